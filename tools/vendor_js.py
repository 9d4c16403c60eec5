"""Vendor the JavaScript that built pages load, from the npm registry, at the versions in vendor/js-lock.json.

Each package is fetched with `npm pack NAME@VERSION` (a tarball, no dependency tree), its sha512 is
checked against the lock, and the listed files are copied to book_static/widgets/. Files are written to
a temporary folder first and moved into place at the end, so a failed run leaves nothing half-written.
Usage: python -m tools.vendor_js [--lock vendor/js-lock.json] [--out book_static/widgets]
(the tests' own JavaScript, axe-core: --lock vendor/test-js-lock.json --out .tools/test-js)
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from tools import ROOT

LOCK = ROOT / "vendor" / "js-lock.json"
STAMP = ".js-lock.json"


def sri_sha512(path: Path) -> str:
    """A file's subresource-integrity hash (sha512, base64), as npm records it."""
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def fetch(name: str, version: str, workdir: Path) -> Path:
    """Download one npm package tarball into ``workdir`` with ``npm pack``."""
    out = subprocess.run(["npm", "pack", "--silent", f"{name}@{version}", "--pack-destination", str(workdir)],
                         capture_output=True, text=True, cwd=workdir)
    if out.returncode != 0:
        sys.exit(f"vendor_js: `npm pack {name}@{version}` failed:\n{out.stderr}")
    return workdir / out.stdout.strip().splitlines()[-1]


def vendor(out_dir: Path, lock_path: Path = LOCK) -> None:
    """Fetch, verify and unpack every package of the lock file into ``out_dir``."""
    lock = json.loads(lock_path.read_text())
    if (out_dir / STAMP).is_file() and (out_dir / STAMP).read_text() == lock_path.read_text():
        print(f"vendor_js: {out_dir} is up to date")
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        staged = tmp / "staged"
        for name, spec in lock["packages"].items():
            tgz = fetch(name, spec["version"], tmp)
            got = sri_sha512(tgz)
            if got != spec["integrity"]:
                sys.exit(f"vendor_js: integrity mismatch for {name}@{spec['version']}: lock says "
                         f"{spec['integrity']}, registry sent {got}")
            unpacked = tmp / tgz.stem
            with tarfile.open(tgz) as tar:
                tar.extractall(unpacked, filter="data")
            for pattern, dest in spec["files"]:
                matches = sorted((unpacked / "package").glob(pattern))
                if not matches:
                    sys.exit(f"vendor_js: {name}@{spec['version']} has no file matching {pattern!r}")
                for src in matches:
                    target = staged / dest / src.name if dest.endswith("/") else staged / dest
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(src, target)
            print(f"vendor_js: {name}@{spec['version']} verified")
        (staged / STAMP).write_text(lock_path.read_text())
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staged), out_dir)
    print(f"vendor_js: wrote {out_dir}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=LOCK)
    parser.add_argument("--out", type=Path, default=ROOT / "book_static" / "widgets")
    args = parser.parse_args()
    vendor(args.out, args.lock)
