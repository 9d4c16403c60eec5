"""The student-only content tree (`make student-content`): what students open in Binder, on a JupyterHub or on
their own computer, with no instructor material.

It holds the student notebooks (cases/, exercises/ with its quizzes and role-play briefs), the data package, a
README, and an environment that installs countylab from a wheel built from this repository (``wheels/``), with
the locked runtime: ``requirements.txt`` (a hub image, or a laptop) and ``binder/`` (mybinder.org). With
``--git`` it is also a git repository with one commit on branch ``student``, ready to push:

    python -m tools.student_content [--out DIR] [--git]

Nothing from instructor/ is copied, and tests/book/test_launch.py searches the tree for every instructor sentence.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from tools import ROOT
from tools.export_binder import render

OUT = ROOT / "_build" / "student-content"
BRANCH = "student"
#: What is copied, relative to the repository (folders are copied whole, minus caches).
COPIED = ("cases", "exercises", "data", "binder/apt.txt", "binder/runtime.txt")
IGNORED = shutil.ignore_patterns("*.tmp", ".ipynb_checkpoints", "__pycache__", "*.pyc")
README = """# County Cases: the student notebooks

Two teaching cases on Chinese county governance, as Jupyter notebooks with labs to play: the 90% vaccination
target (`cases/h_town_a.ipynb`, `cases/why_90.ipynb`, `cases/h_town_b.ipynb`) and when the leader shows up
(`cases/leader_a.ipynb`, `cases/leader_b.ipynb`); exercises and role-play briefs in `exercises/`.

Open a notebook, choose *Run → Run All Cells*, predict before you play, and open each reveal only after.

On your own computer (Python 3.10 or newer), in this folder:

    python3 -m venv .venv
    .venv/bin/pip install -r requirements.txt
    .venv/bin/jupyter lab

Built from the County Cases repository (its commit: {commit}); the `countylab` package is the wheel in `wheels/`.
"""


def build_wheel(into: Path) -> Path:
    """Build countylab's wheel into ``into``; returns its path."""
    into.mkdir(parents=True, exist_ok=True)
    uv = ROOT / ".tools" / "bin" / "uv"
    subprocess.run([str(uv), "build", "--wheel", "--quiet", "--out-dir", str(into)], cwd=ROOT, check=True,
                   capture_output=True, text=True)
    wheels = sorted(into.glob("countylab-*.whl"))
    if len(wheels) != 1:
        raise RuntimeError(f"expected one countylab wheel in {into}; found {[w.name for w in wheels]}")
    return wheels[0]


def requirements(wheel: Path) -> str:
    """The locked runtime with countylab from the wheel (instead of the editable checkout), plus JupyterLab
    for a laptop (Binder and hub images bring their own; pip keeps theirs when the version is satisfied)."""
    locked = render().replace("-e .\n", f"./wheels/{wheel.name}\n")
    return locked


def commit_of_repository() -> str:
    """The repository's HEAD commit (short), or "unknown" outside git."""
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def build(out: Path = OUT, git: bool = False) -> Path:
    """Write the content tree into ``out`` (emptied first); with ``git``, commit it on branch ``student``."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for rel in COPIED:
        source = ROOT / rel
        if source.is_dir():
            shutil.copytree(source, out / rel, ignore=IGNORED)
        else:
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, out / rel)
    wheel = build_wheel(out / "wheels")
    text = requirements(wheel)
    (out / "binder" / "requirements.txt").write_text(text, encoding="utf-8")
    (out / "requirements.txt").write_text(text + "jupyterlab\n", encoding="utf-8")
    (out / "README.md").write_text(README.format(commit=commit_of_repository()), encoding="utf-8")
    (out / ".gitignore").write_text(".venv/\n.ipynb_checkpoints/\n__pycache__/\n", encoding="utf-8")
    if git:
        run = lambda *cmd: subprocess.run(["git", *cmd], cwd=out, check=True, capture_output=True, text=True)
        run("init", "--quiet", "--initial-branch", BRANCH)
        run("add", "--all")
        run("-c", "user.name=County Cases", "-c", "user.email=county-cases@localhost", "commit", "--quiet",
            "--message", f"Student content from County Cases {commit_of_repository()}")
    return out


def main(argv: list[str]) -> int:
    """Build the tree and say where it is and how to publish it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--git", action="store_true", help=f"make it a git repository on branch {BRANCH!r}")
    args = parser.parse_args(argv)
    out = build(args.out, args.git)
    files = sum(1 for p in out.rglob("*") if p.is_file() and ".git" not in p.parts)
    print(f"student_content: {files} files in {out}" + (f" (a git repository, branch {BRANCH})" if args.git else ""))
    print("publish: cd into it, `git remote add origin <your student repository>` and "
          f"`git push -u origin {BRANCH}`; then set repository.url and repository.branch in _config.yml")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
