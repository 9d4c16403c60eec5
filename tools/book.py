#!/usr/bin/env python3
"""Build the book the one way every make target and test uses: Jupyter Book 1 with warnings as errors.

Usage: python tools/book.py html|pdf [--path DIR]
The build runs with ``-n -W --keep-going`` (nitpicky, every warning fails, all of them reported). The web
book is then checked by tools/check_site.py; the PDF (Jupyter Book's LaTeX builder through xelatex) by
tools/check_pdf.py. Prints where to open the result.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_FLAGS = ["-n", "-W", "--keep-going"]
BUILDERS = {"html": "html", "pdf": "pdflatex"}
PDF_NAME = "county-cases.pdf"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def code_fingerprint(root: Path = ROOT) -> str:
    """A hash of what notebook outputs depend on besides their own cells: countylab's code and the data."""
    digest = hashlib.sha256()
    for path in sorted([*(root / "src" / "countylab").rglob("*.py"), *(root / "data").glob("*")]):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def refresh_execution_cache(root: Path = ROOT) -> bool:
    """Drop the notebook execution cache when countylab or data/ changed since the last build.

    Sphinx re-reads only changed source files and jupyter-cache re-executes a notebook only when its code
    cells change, so without this a change to a model would leave last build's outputs (and lab states) in
    the book. Dropping the cache and Sphinx's saved environment makes the next build re-execute every
    notebook. Returns True when it dropped them."""
    build_dir = root / "_build"
    stamp = build_dir / ".countylab-fingerprint"
    now = code_fingerprint(root)
    stale = stamp.is_file() and stamp.read_text() != now
    if stale or not stamp.is_file():
        for cached in (".jupyter_cache", ".doctrees"):
            shutil.rmtree(build_dir / cached, ignore_errors=True)
    build_dir.mkdir(exist_ok=True)
    stamp.write_text(now)
    return stale


def jupyter_book() -> str:
    return str(Path(sys.executable).with_name("jupyter-book"))


def build(path: Path, builder: str = "html", extra: list[str] | None = None,
          capture: bool = False) -> subprocess.CompletedProcess:
    """Run ``jupyter-book build`` on ``path`` with the project's flags; return the finished process."""
    cmd = [jupyter_book(), "build", str(path), "--builder", builder, *BUILD_FLAGS, *(extra or [])]
    env = {**os.environ, "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    return subprocess.run(cmd, cwd=ROOT, env=env, text=True, capture_output=capture)


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the book with warnings as errors.")
    parser.add_argument("builder", choices=sorted(BUILDERS))
    parser.add_argument("--path", type=Path, default=ROOT)
    args = parser.parse_args()
    start = time.perf_counter()
    if refresh_execution_cache(args.path):
        print("book: countylab or data/ changed since the last build; notebooks will be re-executed")
    if build(args.path, BUILDERS[args.builder]).returncode != 0:
        print("book: the build failed or warned (see above); warnings count as failures.", file=sys.stderr)
        return 1
    took = time.perf_counter() - start
    if args.builder == "pdf":
        from check_pdf import main as check_pdf_main
        pdf = args.path / "_build" / "latex" / PDF_NAME
        if check_pdf_main([str(pdf)]) != 0:
            return 1
        print(f"book: PDF built in {took:.1f} s: {pdf.resolve()}")
        return 0
    from check_site import main as check_site_main
    out = args.path / "_build" / "html"
    if check_site_main([str(out)]) != 0:
        return 1
    print(f"book: built in {took:.1f} s. Open {out.resolve() / 'index.html'}"
          " in a browser, or run `make serve` and visit http://127.0.0.1:8000/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
