"""`make bench`: how long things take, printed as one table with the budgets beside the figures.

A benchmark, not a test: it never fails on a number. Builds go to a temporary folder so the working
build is untouched. Lab updates are timed in-process, as a reader moves each control across its range:
one update is model + redraw + PNG encoding (what happens between a slider move and the new picture).
The student's path (tools/student_path.py: a fresh Binder environment, JupyterLab in Chromium, every notebook
run and every lab moved) is timed per notebook, and every lab is then moved 30 more times, each move timed as
the student feels it: from the key press (or click) to the new figure painted, with the bytes the kernel sent.
Usage: python -m tools.bench [--skip-builds] [--skip-student-path] [--updates N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools import ROOT

BUDGETS = {
    "lab p50": "< 20 ms", "lab p95": "< 50 ms", "rebuild": "a few seconds (< 5 s)",
    "ci": "well inside 90 min (aim < 15 min)", "notebook": "< 60 s (a seminar waits)",
    "felt p50": "< 60 ms", "felt p95": "< 120 ms",
}
#: Moves per lab when timing the labs as a student feels them in JupyterLab.
FELT_MOVES = 30


def timed(label: str, cmd: list[str], env: dict | None = None) -> float:
    """Run ``cmd`` from the repository root and return its wall time in seconds (NaN when it fails)."""
    print(f"bench: {label} ...", end=" ", flush=True)
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    took = time.perf_counter() - start
    if out.returncode != 0:
        print(f"failed (exit {out.returncode})")
        print(out.stdout[-2000:], out.stderr[-2000:], file=sys.stderr)
        return float("nan")
    print(f"{took:.1f} s")
    return took


def size_mb(path: Path) -> float:
    """The size of a file or a folder, in megabytes."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def lab_latencies(per_control: int) -> dict[str, tuple[float, float, int]]:
    """For each registered lab: (p50 ms, p95 ms, number of updates) over a sweep of every control."""
    from countylab import LABS
    results = {}
    for name, cls in sorted(LABS.items()):
        print(f"bench: lab {name!r} ...", end=" ", flush=True)
        lab = cls()
        times = []
        for spec in lab.specs():
            values = spec.grid(per_control)
            for value in values * (1 if spec.kind in ("float", "int") else 5):
                start = time.perf_counter()
                lab.controls[spec.name].value = value
                times.append(time.perf_counter() - start)
            lab.reset()
        times.sort()
        p50, p95 = statistics.median(times) * 1e3, times[int(0.95 * (len(times) - 1))] * 1e3
        results[name] = (p50, p95, len(times))
        print(f"p50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(times)} updates")
    return results


def main() -> int:
    """Time the builds, the student path and every lab; print the table and write artifacts/bench.md."""
    parser = argparse.ArgumentParser(description="Benchmark builds and labs.")
    parser.add_argument("--skip-builds", action="store_true", help="only time the labs")
    parser.add_argument("--skip-student-path", action="store_true", help="do not time the student's path")
    parser.add_argument("--updates", type=int, default=40, help="values per control in the lab sweep")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    python = sys.executable
    jb = str(Path(python).with_name("jupyter-book"))
    if not args.skip_builds:
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            tmp = Path(tmp)
            uv = str(ROOT / ".tools" / "bin" / "uv")
            env = {"UV_PROJECT_ENVIRONMENT": str(tmp / "venv")}
            rows.append(("fresh environment (uv sync --frozen, package cache warm)",
                         f"{timed('fresh environment', [uv, 'sync', '--frozen', '--python', python], env):.1f} s", "—"))
            flags = ["-n", "-W", "--keep-going", "--path-output", str(tmp / "html")]
            rows.append(("clean HTML build (notebooks executed)",
                         f"{timed('clean HTML build', [jb, 'build', '.', *flags]):.1f} s", "—"))
            rows.append(("nothing-changed rebuild",
                         f"{timed('rebuild', [jb, 'build', '.', *flags]):.1f} s", BUDGETS["rebuild"]))
            rows.append(("nbval, every notebook (strict)",
                         f"{timed('nbval', [python, '-m', 'pytest', '-q', 'cases', 'exercises']):.1f} s", "—"))
            pdf_flags = ["-n", "-W", "--keep-going", "--builder", "pdflatex", "--path-output", str(tmp / "pdf")]
            rows.append(("PDF build (xelatex)", f"{timed('PDF build', [jb, 'build', '.', *pdf_flags]):.1f} s", "—"))
            html = tmp / "html" / "_build" / "html"
            pdf = tmp / "pdf" / "_build" / "latex" / "county-cases.pdf"
            rows.append(("HTML size", f"{size_mb(html):.1f} MB" if html.exists() else "n/a", "—"))
            rows.append(("PDF size", f"{size_mb(pdf):.2f} MB" if pdf.exists() else "n/a", "—"))
    if not args.skip_student_path:
        from tools import student_path
        print("bench: student path (fresh Binder environment, JupyterLab, Chromium) ...", flush=True)
        runs, timings = student_path.student_path(log=lambda line: print(f"bench: {line}", flush=True),
                                                  felt_moves=FELT_MOVES)
        student_path.write_artifact(runs, timings)
        rows.append(("student path: environment from binder/requirements.txt", f"{timings['environment']:.1f} s", "—"))
        rows.append(("student path: JupyterLab ready", f"{timings['jupyterlab start']:.1f} s", "—"))
        for run in runs:
            state = "" if not run.problems else " (FAILED)"
            rows.append((f"student path: {run.path} (open, run all, move {run.labs} lab(s)){state}",
                         f"{run.seconds:.1f} s", BUDGETS["notebook"]))
        for run in runs:
            for felt in run.felt:
                sizes = sorted(felt.bytes_per_update) or [0]
                kb = sizes[len(sizes) // 2] / 1e3
                moves = f"{len(felt.times_ms)} moves" + (f", {felt.missed} missed" if felt.missed else "")
                rows.append((f"felt in JupyterLab: {felt.lab} p50 ({moves})", f"{felt.p(0.5):.1f} ms",
                             BUDGETS["felt p50"]))
                rows.append((f"felt in JupyterLab: {felt.lab} p95", f"{felt.p(0.95):.1f} ms", BUDGETS["felt p95"]))
                rows.append((f"felt in JupyterLab: {felt.lab} bytes per update (median)", f"{kb:.1f} kB", "—"))
    for name, (p50, p95, n) in lab_latencies(args.updates).items():
        rows.append((f"lab {name}: update p50 ({n} updates)", f"{p50:.1f} ms", BUDGETS["lab p50"]))
        rows.append((f"lab {name}: update p95", f"{p95:.1f} ms", BUDGETS["lab p95"]))
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'measure':<{width}} | {'value':>10} | budget |", f"|{'-' * (width + 2)}|{'-' * 12}|--------|"]
    lines += [f"| {m:<{width}} | {v:>10} | {b} |" for m, v, b in rows]
    table = "\n".join(lines)
    print("\n" + table)
    out = ROOT / "artifacts" / "bench.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(table + "\n")
    print(f"\nbench: table written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
