"""Re-execute notebooks in place so their stored outputs match the code (`make notebooks`).

nbval compares every cell's new output with the stored one, so after changing a chapter or countylab, run
this and review the diff. It also stores, in each Markdown cell, the numbers its ``{eval}`n.key``` expressions
give now (tools/notebook_numbers.py), which JupyterLab shows before a student runs the chapter. Each notebook
is executed from its own folder with the `python3` kernel of the running environment, and written back only if
every cell ran (to a temporary file, then renamed), so a failure never leaves a half-written notebook.
Usage: python -m tools.execute_notebooks [NOTEBOOK ...]   (default: cases, exercises and instructor notebooks)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from tools import ROOT, notebook_numbers

DEFAULT_GLOBS = ("cases/*.ipynb", "exercises/*.ipynb", "instructor/*.ipynb")


def execute(path: Path) -> float:
    """Execute one notebook in place (outputs replaced); return the seconds it took."""
    start = time.perf_counter()
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}},
                   store_widget_state=True, record_timing=False).execute()
    notebook_numbers.store(nb)
    tmp = path.with_suffix(".ipynb.tmp")
    tmp.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    tmp.replace(path)
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    """Execute the given notebooks, or every notebook of the book."""
    paths = [Path(a) for a in argv] or sorted(p for g in DEFAULT_GLOBS for p in ROOT.glob(g))
    for i, path in enumerate(paths, 1):
        print(f"[{i}/{len(paths)}] {path} ...", end=" ", flush=True)
        print(f"{execute(path):.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
