"""A student's path, end to end (tools/student_path.py): a fresh environment from binder/requirements.txt plus
JupyterLab, every notebook of cases/ and exercises/ (and their Chinese twins in zh/) run through JupyterLab's own
interface in headless Chromium, and one control of every lab moved, changing both its figure and its sentence."""
import pytest

from tools import student_path


@pytest.mark.slow
def test_a_student_runs_every_notebook_in_jupyterlab_and_moves_every_lab(browser):
    runs, timings = student_path.student_path(log=print, browser=browser)
    student_path.write_artifact(runs, timings)
    assert [r.path for r in runs] == student_path.notebooks()
    problems = [p for r in runs for p in r.problems]
    assert not problems, "\n".join(problems)
    for r in runs:
        n_code, n_labs = student_path.expected(r.path)
        assert r.cells == n_code and r.labs == n_labs == r.moved, r
    assert sum(r.labs for r in runs) >= 7, "every lab of the book is on the path"
