"""A student's path, for real: a fresh environment as Binder builds it, a real JupyterLab, every notebook run
through the browser, every lab moved.

1. A new virtual environment gets ``binder/requirements.txt`` plus JupyterLab at the locked version (Binder
   adds JupyterLab itself), installed with uv from its cache.
2. The notebooks of ``cases/`` and ``exercises/`` and their Chinese twins (``zh/``) are copied to a scratch
   folder (JupyterLab autosaves; the repository's notebooks are never touched) and JupyterLab is started there
   on 127.0.0.1.
3. Debian's Chromium, driven through the DevTools protocol by Playwright (no browser download), opens each
   notebook in JupyterLab's own interface, runs Run → Run All Cells, waits for every cell, and fails on any
   error output and on MyST shown as raw markup (Binder installs jupyterlab-myst to render it). Then it moves
   one control of every lab (a toggle button or a slider, with the keyboard) and checks that the lab's figure
   and sentence both change.

Used by tests/book/test_student_path.py and ``make bench`` (time per notebook). Run alone:
``python -m tools.student_path [NOTEBOOK ...]``.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tools import ROOT
from tools.browser import CHROMIUM, CHROMIUM_ARGS

UV = ROOT / ".tools" / "bin" / "uv"
#: Both editions' student notebooks: the English ones and their Chinese twins (zh/).
STUDENT_FOLDERS = ("cases", "exercises", "zh/cases", "zh/exercises")
NOTEBOOK_GLOBS = tuple(f"{folder}/*.ipynb" for folder in STUDENT_FOLDERS)
TOKEN = "county-cases-student-path"


@dataclass
class NotebookRun:
    """What happened to one notebook on the student's path."""

    path: str
    seconds: float = 0.0
    cells: int = 0
    labs: int = 0
    moved: int = 0
    run_all_tries: int = 0
    problems: list[str] = field(default_factory=list)
    felt: list = field(default_factory=list)   #: Felt per lab, when latency was measured


def locked_version(package: str) -> str:
    """A package's version in uv.lock."""
    text = (ROOT / "uv.lock").read_text(encoding="utf-8")
    found = re.search(rf'^name = "{re.escape(package)}"\nversion = "([^"]+)"', text, flags=re.M)
    if not found:
        raise RuntimeError(f"{package} is not in uv.lock")
    return found.group(1)


def make_environment(where: Path) -> Path:
    """A fresh environment from binder/requirements.txt plus JupyterLab; returns its bin folder."""
    env = where / "binder-env"
    run = lambda *cmd: subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)
    run(str(UV), "venv", "--quiet", "--python", sys.executable, str(env))
    run(str(UV), "pip", "install", "--quiet", "--python", str(env / "bin" / "python"),
        "-r", "binder/requirements.txt", f"jupyterlab=={locked_version('jupyterlab')}")
    return env / "bin"


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def jupyterlab(bin_dir: Path, root_dir: Path, log: Path):
    """JupyterLab on 127.0.0.1 serving ``root_dir``; yields its base URL."""
    port = free_port()
    cmd = [str(bin_dir / "jupyter"), "lab", "--no-browser", f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={root_dir}", "--LabApp.news_url=None",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.extension_manager=readonly"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI machines and containers run as root
        cmd.append("--allow-root")
    # Render every cell (JupyterLab 4 otherwise renders only the cells in view, and their prompts are empty).
    settings = root_dir / ".jupyter" / "lab" / "user-settings"
    tracker = settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True, exist_ok=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}))
    # No "Would you like to get notified about Jupyter news?" toast over the notebook.
    notification = settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notification.parent.mkdir(parents=True, exist_ok=True)
    notification.write_text(json.dumps({"fetchNews": "false"}))
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(root_dir / ".jupyter"), "JUPYTERLAB_SETTINGS_DIR": str(settings),
           "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    with log.open("w") as out:
        server = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=root_dir)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
                break
            if server.poll() is not None or time.monotonic() > deadline:
                tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
                raise RuntimeError(f"JupyterLab did not start:\n{tail}")
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=15)
        if server.poll() is None:
            server.kill()


LABS_JS = """() => [...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .widget-vbox")]
  .filter(box => box.querySelector(':scope > .widget-html img') && box.querySelector('[role=status]'))
  .map((box, i) => { box.dataset.studentLab = i;
                     return {img: box.querySelector('img').getAttribute('src').slice(-200),
                             sentence: box.querySelector('[role=status]').innerText}; })"""
LAB_STATE_JS = """(i) => { const box = document.querySelector(`[data-student-lab="${i}"]`);
  return {img: box.querySelector('img').getAttribute('src').slice(-200),
          sentence: box.querySelector('[role=status]').innerText}; }"""


def control_moves(page, i: int):
    """The ways to move lab ``i``'s controls, one at a time: each other option of each toggle-button group,
    then each slider one step to the right (with the keyboard, as a student without a mouse would)."""
    box = page.locator(f'[data-student-lab="{i}"]')
    groups = box.locator(".widget-toggle-buttons")
    for g in range(groups.count()):
        buttons = groups.nth(g).locator("button")
        for b in range(buttons.count()):
            if "mod-active" not in (buttons.nth(b).get_attribute("class") or ""):
                yield f"toggle button {buttons.nth(b).inner_text()!r}", buttons.nth(b).click
    handles = box.locator(".noUi-handle")
    for h in range(handles.count()):
        handle = handles.nth(h)
        # A step may change only the words (a slider at its end does not move at all): try a few.
        for key in ("ArrowRight", "ArrowRight", "ArrowLeft", "ArrowLeft", "ArrowLeft"):
            yield f"slider {h + 1} {key}", lambda handle=handle, key=key: (handle.focus(), handle.press(key))


def move_until_both_change(page, i: int, before: dict, attempts: int = 16) -> tuple[bool, str]:
    """Move lab ``i``'s controls one at a time until its figure and its sentence have both changed (a move
    may rightly change only the words: a 0-hour document for a task that needs more changes no bar)."""
    tried = []
    for n, (how, move) in enumerate(control_moves(page, i)):
        if n >= attempts:
            break
        move()
        tried.append(how)
        for _ in range(20):
            page.wait_for_timeout(150)
            after = page.evaluate(LAB_STATE_JS, i)
            if after["img"] != before["img"] and after["sentence"] != before["sentence"]:
                return True, ", ".join(tried)
    return False, ", ".join(tried) or "no control found"


# Timing a move as the student feels it: from the key press (or the click) as the page receives it to the first
# paint that shows the new figure (or words): a requestAnimationFrame callback runs just before a paint, and a
# task it queues runs just after it.
ARM_JS = """(i) => { const box = document.querySelector(`[data-student-lab="${i}"]`);
  const state = () => box.querySelector('img').getAttribute('src') + '|' + box.querySelector('[role=status]').innerText;
  const before = state();
  window.__countyStart = null;
  const start = () => { window.__countyStart = performance.now(); };
  window.addEventListener('keydown', start, {capture: true, once: true});
  window.addEventListener('pointerdown', start, {capture: true, once: true});
  window.__countyChanged = new Promise((resolve) => {
    const seen = () => { if (state() !== before) { observer.disconnect(); resolve(); } };
    const observer = new MutationObserver(seen);
    observer.observe(box, {attributes: true, childList: true, subtree: true, characterData: true});
  }).then(() => box.querySelector('img').decode().catch(() => null))
    .then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
    .then(() => performance.now()); }"""
WAIT_JS = """async () => { const end = await Promise.race([window.__countyChanged,
  new Promise((r) => setTimeout(() => r(null), 5000))]);
  return end === null || window.__countyStart === null ? null : end - window.__countyStart; }"""


@dataclass
class Felt:
    """A lab's updates as a student feels them in JupyterLab: milliseconds from a keyboard move (or a click on
    a toggle button) to the new figure painted, and the bytes the kernel sent for each update."""

    lab: str
    times_ms: list[float] = field(default_factory=list)
    bytes_per_update: list[int] = field(default_factory=list)
    missed: int = 0

    def p(self, q: float) -> float:
        """The q-quantile of the times (0.5: median)."""
        times = sorted(self.times_ms)
        return times[min(len(times) - 1, int(q * (len(times) - 1) + 0.5))] if times else float("nan")


def felt_latency(page, i: int, name: str, moves: int, received: list[int]) -> Felt:
    """Move lab ``i``'s first control back and forth ``moves`` times (the keyboard on a slider, clicks on a toggle
    group) and time each move to the repainted figure; ``received`` collects the kernel's websocket frames."""
    felt = Felt(name)
    box = page.locator(f'[data-student-lab="{i}"]')
    handle = box.locator(".noUi-handle").first
    if handle.count():
        handle.focus()
        steps = [lambda: handle.press("ArrowRight"), lambda: handle.press("ArrowLeft")]
    else:
        buttons = box.locator(".widget-toggle-buttons").first.locator("button")
        steps = [buttons.nth(1).click, buttons.nth(0).click]
    for k in range(moves):
        page.evaluate(ARM_JS, i)
        received.clear()
        steps[k % 2]()
        took = page.evaluate(WAIT_JS)
        page.wait_for_timeout(60)  # let the last frames of this update arrive before counting them
        if took is None:
            felt.missed += 1
            continue
        felt.times_ms.append(took)
        felt.bytes_per_update.append(sum(received))
    return felt


def expected(rel: str, root: Path = ROOT) -> tuple[int, int]:
    """(code cells, labs) of a notebook: a lab is a stored output carrying a widget view."""
    nb = json.loads((root / rel).read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    labs = sum(any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in c.get("outputs", []))
               for c in code)
    return len(code), labs


VISIBLE = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def open_notebook(page, url: str, rel: str, n_code: int) -> None:
    """Open a notebook in JupyterLab and wait until its cells are there and its kernel is idle."""
    page.goto(f"{url}/lab/tree/{rel}?token={TOKEN}", wait_until="domcontentloaded")
    # The notebook is loaded when all its code cells are there, and its kernel is ready when the status bar
    # says "Idle" for the Python kernel (before that it says "No Kernel | Initializing").
    page.wait_for_function(f"n => document.querySelectorAll('{VISIBLE} .jp-CodeCell').length >= n", arg=n_code,
                           timeout=120_000)
    page.wait_for_function("() => /Python 3.*\\|\\s*Idle/.test(document.querySelector('#jp-main-statusbar')"
                           "?.innerText || '')", timeout=120_000)


def run_all_cells(page, rel: str, n_code: int, result: NotebookRun, timeout_s: float) -> None:
    """Run → Run All Cells from the menu, and wait until every code cell has run (or a dialog, or the timeout)."""
    prompts = page.locator(f"{VISIBLE} .jp-CodeCell .jp-InputPrompt")

    def run_all() -> None:
        page.click(".lm-MenuBar-itemLabel:text-is('Run')")
        page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")

    # Right after the kernel reports idle, JupyterLab occasionally ignores Run All (seen about once in
    # twenty runs on a loaded machine): if no cell has started after 10 s, choose it again, as a student would.
    run_all()
    started, tries = time.monotonic(), 1
    deadline = time.monotonic() + timeout_s
    while True:
        texts = [t.strip() for t in prompts.all_inner_texts()]
        if tries < 3 and all(t == "[ ]:" for t in texts) and time.monotonic() - started > 10:
            run_all()
            started, tries = time.monotonic(), tries + 1
            continue
        if len(texts) == n_code and all(re.fullmatch(r"\[\d+\]:", t) for t in texts):
            break
        if page.locator(".jp-Dialog").count():
            dialog = page.locator(".jp-Dialog").inner_text()[:200]
            result.problems.append(f"{rel}: a dialog interrupted the run: {dialog}")
            break
        if time.monotonic() > deadline:
            result.problems.append(f"{rel}: cells still running or unrun after {timeout_s:.0f} s: {texts}")
            break
        page.wait_for_timeout(250)
    result.cells = len(texts)
    result.run_all_tries = tries


def check_outputs(page, rel: str, result: NotebookRun) -> None:
    """No raw MyST (jupyterlab-myst renders the chapters' admonitions and roles) and no error output."""
    raw = [t for t in page.locator(f"{VISIBLE} .jp-MarkdownCell .jp-RenderedMarkdown").all_inner_texts()
           if re.search(r"\{(admonition|exercise|doc|cite|only|table|eval|num)\}", t)]
    if raw:
        result.problems.append(f"{rel}: {len(raw)} Markdown cell(s) show raw MyST, e.g. {raw[0][:120]!r}")
    errors = page.locator(f"{VISIBLE} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    for text in errors.all_inner_texts():
        result.problems.append(f"{rel}: error output: {text.strip()[:300]}")


def move_every_lab(page, rel: str, n_labs: int, result: NotebookRun) -> None:
    """Wait for the notebook's labs to render, then move each until its figure and sentence both change."""
    labs = []
    for _ in range(120):
        labs = page.evaluate(LABS_JS)
        if len(labs) >= n_labs:
            break
        page.wait_for_timeout(250)
    result.labs = len(labs)
    if len(labs) < n_labs:
        result.problems.append(f"{rel}: {n_labs} lab(s) expected, {len(labs)} rendered")
    for i, before in enumerate(labs):
        moved, how = move_until_both_change(page, i, before)
        if moved:
            result.moved += 1
        else:
            result.problems.append(f"{rel}: lab {i + 1}: its figure and sentence did not both change ({how})")


def run_notebook(page, url: str, rel: str, timeout_s: float = 120, source: Path | None = None,
                 felt_moves: int = 0, received: list[int] | None = None) -> NotebookRun:
    """Open one notebook in JupyterLab, run all cells, move every lab; report what happened. ``source`` is the
    notebook file to count cells and labs in (default: ``rel`` in this repository). With ``felt_moves``, each
    lab is then moved that many more times and timed as the student feels it (``received``: the page's
    websocket frame sizes, collected by the caller)."""
    result = NotebookRun(rel)
    n_code, n_labs = expected(rel) if source is None else expected(source.name, source.parent)
    start = time.perf_counter()
    open_notebook(page, url, rel, n_code)
    run_all_cells(page, rel, n_code, result, timeout_s)
    check_outputs(page, rel, result)
    move_every_lab(page, rel, n_labs, result)
    result.seconds = time.perf_counter() - start
    for i in range(result.labs if felt_moves else 0):
        result.felt.append(felt_latency(page, i, f"{Path(rel).stem} lab {i + 1}", felt_moves, received))
    return result


def shut_down_kernels(url: str) -> None:
    """End every session, so each notebook starts on an idle machine (closing a tab leaves its kernel)."""
    def call(method: str, path: str):
        request = urllib.request.Request(f"{url}{path}", method=method,
                                         headers={"Authorization": f"token {TOKEN}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"null")
    for session in call("GET", "/api/sessions") or []:
        call("DELETE", f"/api/sessions/{session['id']}")


def notebooks(selected: list[str] | None = None) -> list[str]:
    """The notebooks to run: the given ones, or every student notebook of both editions."""
    return selected or sorted(p.relative_to(ROOT).as_posix() for g in NOTEBOOK_GLOBS for p in ROOT.glob(g))


def student_path(selected: list[str] | None = None, log=print, browser=None,
                 felt_moves: int = 0) -> tuple[list[NotebookRun], dict]:
    """Run the whole path; returns each notebook's run and the set-up timings (seconds). ``browser``: a
    Playwright Chromium to use (Playwright's sync API allows one driver per process); else one is started.
    ``felt_moves``: also time that many moves of every lab as the student feels them (``make bench``)."""
    from playwright.sync_api import sync_playwright
    timings = {}
    with tempfile.TemporaryDirectory(prefix="student-path-") as tmp:
        tmp = Path(tmp)
        start = time.perf_counter()
        bin_dir = make_environment(tmp)
        timings["environment"] = time.perf_counter() - start
        log(f"student_path: environment from binder/requirements.txt in {timings['environment']:.1f} s")
        work = tmp / "work"
        for folder in STUDENT_FOLDERS:
            shutil.copytree(ROOT / folder, work / folder, ignore=shutil.ignore_patterns("*.tmp", ".ipynb_checkpoints"))
        start = time.perf_counter()
        runs = []
        with jupyterlab(bin_dir, work, tmp / "jupyterlab.log") as url, contextlib.ExitStack() as stack:
            timings["jupyterlab start"] = time.perf_counter() - start
            if browser is None:
                p = stack.enter_context(sync_playwright())
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                stack.callback(browser.close)
            for rel in notebooks(selected):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                received: list[int] = []
                page.on("websocket", lambda ws, into=received: ws.on("framereceived", lambda f: into.append(len(f))))
                try:
                    run = run_notebook(page, url, rel, felt_moves=felt_moves, received=received)
                except Exception as error:  # a broken page must be reported, not end the path
                    run = NotebookRun(rel, problems=[f"{rel}: {type(error).__name__}: {str(error)[:300]}"])
                finally:
                    page.close()
                    shut_down_kernels(url)
                runs.append(run)
                log(f"student_path: {rel}: {run.cells} cells, {run.moved}/{run.labs} labs moved, "
                    f"{run.seconds:.1f} s{'' if not run.problems else ' — ' + '; '.join(run.problems)}")
    return runs, timings


def write_artifact(runs: list[NotebookRun], timings: dict) -> Path:
    """Write the runs and timings to artifacts/student_path.json."""
    out = ROOT / "artifacts" / "student_path.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"timings": timings, "notebooks": [asdict(run) for run in runs]}, indent=1))
    return out


if __name__ == "__main__":
    runs, timings = student_path(sys.argv[1:] or None)
    write_artifact(runs, timings)
    sys.exit(1 if any(r.problems for r in runs) else 0)
