"""Each check of `make test` can fail: nbval on a changed output or a raising cell, the build on a warning."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import ROOT, book

FIXTURES = ROOT / "tests" / "fixtures"


def nbval(notebook: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run the project's own nbval configuration (pyproject addopts) on one fixture notebook."""
    copy = tmp_path / notebook
    shutil.copy(FIXTURES / "nbval" / notebook, copy)
    return subprocess.run([sys.executable, "-m", "pytest", str(copy), "-p", "no:cacheprovider",
                           f"--rootdir={ROOT}", "-c", str(ROOT / "pyproject.toml")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_nbval_passes_a_notebook_whose_outputs_match(tmp_path):
    out = nbval("good.ipynb", tmp_path)
    assert out.returncode == 0, out.stdout[-3000:]
    assert "2 passed" in out.stdout


def test_nbval_fails_on_a_changed_stored_output(tmp_path):
    out = nbval("changed_output.ipynb", tmp_path)
    assert out.returncode == 1, out.stdout[-3000:]
    assert "1 failed" in out.stdout and "41" in out.stdout and "42" in out.stdout


def test_nbval_fails_on_a_cell_that_raises(tmp_path):
    out = nbval("raises.ipynb", tmp_path)
    assert out.returncode == 1, out.stdout[-3000:]
    assert "ZeroDivisionError" in out.stdout


@pytest.mark.slow
def test_book_build_fails_on_a_sphinx_warning(tmp_path):
    fixture = tmp_path / "warnbook"
    shutil.copytree(FIXTURES / "warnbook", fixture)
    out = book.build(fixture, capture=True)
    assert out.returncode != 0
    assert "a-label-that-does-not-exist" in out.stdout + out.stderr


def test_a_change_to_countylab_or_data_drops_the_execution_cache(tmp_path):
    from tools import book
    (tmp_path / "src" / "countylab").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    model = tmp_path / "src" / "countylab" / "model.py"
    model.write_text("RATE = 0.9\n")
    (tmp_path / "data" / "facts.csv").write_text("key,value\n")
    cache = tmp_path / "_build" / ".jupyter_cache"
    book.refresh_execution_cache(tmp_path)
    cache.mkdir(parents=True)
    assert book.refresh_execution_cache(tmp_path) is False and cache.is_dir(), "nothing changed: keep the cache"
    model.write_text("RATE = 1.0\n")
    assert book.refresh_execution_cache(tmp_path) is True and not cache.exists()
