"""ruff, configured in pyproject.toml (line length 120, pep257 docstrings, each ignored rule with its reason),
finds nothing in the repository's Python, and does find a fault when there is one."""
import subprocess
import sys
from pathlib import Path

from tools import ROOT

RUFF = Path(sys.executable).with_name("ruff")


def ruff(*paths: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(RUFF), "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"),
                           "--output-format", "concise", *paths], cwd=cwd, capture_output=True, text=True)


def test_the_repository_is_ruff_clean():
    out = ruff(".")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_finds_a_fault(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('"""A module."""\nimport os\n\n\ndef public():\n    return 1\n')
    out = ruff(str(bad), cwd=tmp_path)
    assert out.returncode == 1
    assert "F401" in out.stdout and "D103" in out.stdout, out.stdout
