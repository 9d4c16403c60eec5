"""Binder installs exactly the locked environment, and repo2docker would build it."""
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from tools import ROOT, export_binder

BINDER = ROOT / "binder"


def test_binder_requirements_match_the_lock():
    assert (BINDER / "requirements.txt").read_text() == export_binder.render(), (
        "binder/requirements.txt has drifted from uv.lock: run `make binder`")


def test_binder_requirements_pin_every_runtime_dependency():
    lines = [line.split(";")[0].strip() for line in (BINDER / "requirements.txt").read_text().splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    assert "-e ." in lines, "Binder must install the countylab package itself"
    pins = {line.split("==")[0].lower() for line in lines if "==" in line}
    assert all("==" in line for line in lines if line != "-e ."), "every requirement must be pinned"
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for dep in deps:
        name = re.split(r"[<>=!~\[ ]", dep)[0].lower()
        assert name in pins, f"runtime dependency {name} is not pinned for Binder"


def test_binder_runtime_and_fonts():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    runtime = (BINDER / "runtime.txt").read_text().strip()
    assert re.fullmatch(r"python-3\.\d+", runtime)
    assert int(runtime.split(".")[1]) >= int(requires.split(".")[1])
    assert "fonts-noto-cjk" in (BINDER / "apt.txt").read_text().split()


def test_repo2docker_would_install_the_locked_requirements_and_the_package():
    repo2docker = Path(sys.executable).with_name("repo2docker")
    out = subprocess.run([str(repo2docker), "--no-build", "--debug", str(ROOT)], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    dockerfile = out.stdout + out.stderr
    assert "Building conda environment for python=3.11" in dockerfile
    assert re.search(r"apt-get install --yes --no-install-recommends fonts-noto-cjk", dockerfile)
    copy_repo = dockerfile.index("COPY --chown=0:0 src/ ${REPO_DIR}/")
    install = dockerfile.index('bin/pip install --no-cache-dir -r "binder/requirements.txt"')
    assert copy_repo < install, "the repository (for `-e .`) must be copied before the requirements install"
