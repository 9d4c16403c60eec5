"""The launch paths outside Binder, for real and without any outside service.

**Local launch** (`local_environment`): README's three commands for a student's own computer, run as written in
the student content tree (`make student-content`): a virtual environment, `pip install -r requirements.txt`
(countylab from the tree's wheel, the locked runtime, JupyterLab), and JupyterLab started in the tree.

**JupyterHub launch** (`hub_path`): what a hub image holds (that environment plus nbgitpuller), a Jupyter server
on 127.0.0.1 standing in for the user's server, and the nbgitpuller link the book's launch button makes, opened
in Chromium against a local git repository holding the student content. The link clones the content and opens
the notebook in JupyterLab; the student path's driver runs all cells and moves every lab. Then the student
edits the notebook, the instructor changes the content upstream, and the same link pulls again: nbgitpuller's
merge keeps the student's edit and brings the instructor's change.

Used by tests/book/test_launch.py. Run alone: ``python -m tools.hub_path`` (prints the timings).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from tools import student_content
from tools.browser import CHROMIUM, CHROMIUM_ARGS
from tools.student_path import TOKEN, NotebookRun, jupyterlab, locked_version, run_notebook, shut_down_kernels

LOCAL_COMMANDS = student_content.LOCAL_COMMANDS
NOTEBOOK = "cases/h_town_b.ipynb"
STUDENT_NOTE = "My own note: screening first costs days, pushing costs trust."


@dataclass
class HubRun:
    """What the hub path did, with its timings (seconds)."""

    timings: dict[str, float] = field(default_factory=dict)
    notebook: NotebookRun | None = None
    kept_student_edit: bool = False
    got_upstream_change: bool = False
    problems: list[str] = field(default_factory=list)


def pull_link(hub: str, repo: str, branch: str, path: str, interface: str = "lab") -> str:
    """An nbgitpuller link as Jupyter Book's launch button writes it for ``launch_buttons.jupyterhub_url``:
    ``{hub}/hub/user-redirect/git-pull?repo=…&urlpath=lab/tree/<repo name>/<path>&branch=…``. A single-user
    server (no hub in front) takes the same query at ``/git-pull``."""
    name = repo.rstrip("/").removesuffix(".git").rsplit("/", 1)[-1]
    query = urllib.parse.urlencode({"repo": repo, "urlpath": f"{interface}/tree/{name}/{path}", "branch": branch})
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def run_readme_command(command: str, cwd: Path) -> None:
    """One of README's commands, as a student types it (PIP_ options quiet it; nothing else changes)."""
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_PROGRESS_BAR": "off"}
    out = subprocess.run(command.split(), cwd=cwd, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(f"`{command}` failed in {cwd}:\n{out.stdout[-1500:]}\n{out.stderr[-1500:]}")


def local_environment(where: Path) -> tuple[Path, dict[str, float]]:
    """The student content tree at ``where/content`` (a git repository) with README's first two commands run
    in it; returns the tree and the seconds each step took. The third command is `jupyterlab()`."""
    timings = {}
    start = time.perf_counter()
    content = student_content.build(where / "content", git=True)
    timings["student content"] = time.perf_counter() - start
    for command in LOCAL_COMMANDS[:2]:
        start = time.perf_counter()
        run_readme_command(command, content)
        timings[command] = time.perf_counter() - start
    return content, timings


def _commit(repo: Path, message: str) -> None:
    run = lambda *cmd: subprocess.run(["git", *cmd], cwd=repo, check=True, capture_output=True, text=True)
    run("add", "--all")
    run("-c", "user.name=Instructor", "-c", "user.email=instructor@localhost", "commit", "--quiet", "-m", message)


def _pull(page, link: str, server: str, path: str) -> None:
    """Open an nbgitpuller link and wait until JupyterLab shows the notebook it names."""
    page.goto(link.replace(f"{server}/hub/user-redirect", server) + f"&token={TOKEN}", wait_until="domcontentloaded")
    page.wait_for_url(f"**/lab/tree/**{path}*", timeout=120_000)


def student_edit(notebook: Path) -> None:
    """The student writes a note into the notebook's last Markdown cell and saves (as JupyterLab would)."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    last = [c for c in nb["cells"] if c["cell_type"] == "markdown"][-1]
    last["source"] = "".join(last["source"]) + f"\n\n{STUDENT_NOTE}\n"
    notebook.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def hub_path(browser=None, log=print) -> HubRun:
    """Run the whole hub path; see the module's docstring."""
    from playwright.sync_api import sync_playwright
    result = HubRun()
    with tempfile.TemporaryDirectory(prefix="hub-path-") as tmp:
        tmp = Path(tmp)
        upstream, timings = local_environment(tmp)
        result.timings.update(timings)
        start = time.perf_counter()
        run_readme_command(f".venv/bin/pip install nbgitpuller=={locked_version('nbgitpuller')}", upstream)
        result.timings["nbgitpuller"] = time.perf_counter() - start
        log(f"hub_path: environment ready ({', '.join(f'{k} {v:.1f} s' for k, v in result.timings.items())})")
        home = tmp / "home"
        home.mkdir()
        start = time.perf_counter()
        with jupyterlab(upstream / ".venv" / "bin", home, tmp / "server.log") as server:
            result.timings["server ready"] = time.perf_counter() - start
            link = pull_link(server, f"file://{upstream}", student_content.BRANCH, NOTEBOOK)
            own = sync_playwright().start() if browser is None else None
            chromium = browser or own.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = chromium.new_page(viewport={"width": 1280, "height": 900})
                start = time.perf_counter()
                _pull(page, link, server, NOTEBOOK)
                result.timings["first pull"] = time.perf_counter() - start
                clone = home / upstream.name
                result.notebook = run_notebook(page, server, f"{upstream.name}/{NOTEBOOK}", source=clone / NOTEBOOK)
                result.timings[NOTEBOOK] = result.notebook.seconds
                result.problems += result.notebook.problems
                page.close()  # the student closes the tab (no autosave after this)
                shut_down_kernels(server)
                student_edit(clone / NOTEBOOK)
                readme = upstream / "README.md"
                readme.write_text(readme.read_text() + "\nAn instructor's change, pulled by the second click.\n")
                _commit(upstream, "Instructor: a note in README")
                page = chromium.new_page(viewport={"width": 1280, "height": 900})
                start = time.perf_counter()
                _pull(page, link, server, NOTEBOOK)
                result.timings["second pull"] = time.perf_counter() - start
                page.close()
                result.kept_student_edit = STUDENT_NOTE in (clone / NOTEBOOK).read_text(encoding="utf-8")
                result.got_upstream_change = "An instructor's change" in (clone / "README.md").read_text()
            finally:
                if own:
                    chromium.close()
                    own.stop()
    if not result.kept_student_edit:
        result.problems.append("the second pull lost the student's edit")
    if not result.got_upstream_change:
        result.problems.append("the second pull did not bring the instructor's change")
    log(f"hub_path: {'; '.join(f'{k} {v:.1f} s' for k, v in result.timings.items())}"
        + (f" — problems: {'; '.join(result.problems)}" if result.problems else ""))
    return result


if __name__ == "__main__":
    sys.exit(1 if hub_path().problems else 0)
