"""Generate binder/requirements.txt from uv.lock, so Binder installs exactly the locked runtime.

Binder needs what a student's kernel needs: the countylab package (`-e .`) and its locked runtime
dependencies; JupyterLab itself comes with repo2docker's base environment. The book and test groups are
left out. `--check` exits 1 when the committed file has drifted from the lock.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

from tools import ROOT

TARGET = ROOT / "binder" / "requirements.txt"
EXPORT = ["export", "--frozen", "--no-hashes", "--no-default-groups", "--group", "notebook", "--format",
          "requirements-txt", "--no-header"]
HEADER = ("# Generated from uv.lock by `make binder` (tools/export_binder.py); do not edit.\n"
          "# tests/book/test_binder.py fails when this file drifts from the lock.\n")


def uv() -> str:
    """The uv command: the project's own (.tools/bin/uv) or one on the PATH."""
    for candidate in (ROOT / ".tools" / "bin" / "uv", shutil.which("uv")):
        if candidate and os.access(candidate, os.X_OK):
            return str(candidate)
    sys.exit("export_binder: uv not found; run `make setup` first")


def render() -> str:
    """binder/requirements.txt as the lock says it should be."""
    out = subprocess.run([uv(), *EXPORT], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return HEADER + out


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        if TARGET.read_text() != text:
            sys.exit("binder/requirements.txt differs from uv.lock: run `make binder`")
        print("binder/requirements.txt matches uv.lock")
    else:
        tmp = TARGET.with_suffix(".tmp")
        tmp.write_text(text)
        tmp.replace(TARGET)
        print(f"wrote {TARGET.relative_to(ROOT)}")
