"""The package installs and works outside the repository: the wheel is built, installed into a fresh virtual
environment in a temporary folder, and from another temporary folder every model's worked example runs (with
the data and quizzes the wheel carries) and every registered lab is made and moved. The outcomes must equal
those of the checkout's countylab."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tools import ROOT

UV = ROOT / ".tools" / "bin" / "uv"

#: Run in the installed environment, from a folder outside the repository; prints one JSON object.
EXAMPLES = r'''
import json, sys
import countylab as c
from countylab.core.data import resource_dir

out = {"file": c.__file__, "data": str(resource_dir("data")), "quiz_dir": str(resource_dir("quizzes"))}
offset = c.run_cascade(0.90, [0.05, 0.05], c.compensating_markups([0.05, 0.05]), 0.86)
out["cascade"] = [offset.pursued, offset.real, offset.reported, offset.cost]
top = c.run_cascade(1.0, [0.05, 0.05], [0.05, 0.05], 0.86, mode="max_limit")
out["max_limit"] = [top.real, top.reported, top.paper_gap]
out["formalism"] = c.formalism(8).real_share
t = c.target_arithmetic()
out["target"] = [t.still_needed, t.checks_needed, t.days_needed]
out["campaign"] = {s: [r.reached_target_day, r.total_incidents, int(r.daily["rank"].iloc[-1])]
                   for s, r in c.compare_strategies(c.CampaignParams.h_town()).items()}
out["reception"] = [c.reception_form(2, 2, "high").extent, c.reception_form(1, 2, "normal").signal]
w = c.week(1)
out["week"] = [c.allocate(w, c.naive_plan(w)).progress, c.best_allocation(w).progress,
               c.plan_month().progress, len(c.channels())]
out["checks"] = [c.check_markups([0.05] * 3).kind, c.check_daily_checks(248).correct,
                 c.check_best_week(None).kind, c.check_reception_cap(1).correct]
out["quizzes"] = [len(c.Quiz(name).questions) for name in ("case1", "case2")]
out["tables"] = [repr(c.rule_table()).count("\n"), repr(c.outcome_table()).count("\n")]
labs = {}
for name, lab_class in sorted(c.LABS.items()):
    lab = lab_class()
    start = lab.sentence
    for spec in lab.specs():
        lab.set(**{spec.name: spec.grid()[-1]})
    labs[name] = [start, lab.sentence, lab.png[:8].hex()]
out["labs"] = labs
try:
    import ipykernel  # noqa: F401
    out["ipykernel"] = True
except ImportError:
    out["ipykernel"] = False
print(json.dumps(out))
'''


def run(*cmd, cwd: Path = ROOT, **kw) -> subprocess.CompletedProcess:
    out = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, **kw)
    assert out.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh environment outside the repository with the built wheel installed; returns its python."""
    where = tmp_path_factory.mktemp("wheel")
    run(UV, "build", "--wheel", "--quiet", "--out-dir", where / "dist")
    wheels = list((where / "dist").glob("countylab-*.whl"))
    assert len(wheels) == 1, wheels
    # The runtime dependencies at the locked versions (binder/requirements.txt is exported from the lock).
    constraints = where / "constraints.txt"
    constraints.write_text("\n".join(line for line in (ROOT / "binder" / "requirements.txt").read_text().splitlines()
                                     if "==" in line))
    run(UV, "venv", "--quiet", "--python", sys.executable, where / "venv")
    python = where / "venv" / "bin" / "python"
    run(UV, "pip", "install", "--quiet", "--python", python, "-c", constraints, wheels[0])
    return python


@pytest.mark.slow
def test_the_wheel_carries_the_data_and_the_quizzes(installed):
    import zipfile
    wheel = next(installed.parent.parent.parent.glob("dist/countylab-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for path in ("countylab/data/datapackage.json", "countylab/data/leader_month.csv",
                 "countylab/quizzes/case1.json", "countylab/h_town/README.md", "countylab/leader/README.md"):
        assert path in names, path


@pytest.mark.slow
def test_the_installed_package_works_outside_the_repository(installed, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    out = json.loads(run(installed, "-c", EXAMPLES, cwd=work, env={"PATH": "/usr/bin:/bin"}).stdout)
    for key in ("file", "data", "quiz_dir"):
        assert not Path(out[key]).resolve().is_relative_to(ROOT), f"{key} comes from the checkout: {out[key]}"
        assert "site-packages" in out[key]
    assert out.pop("ipykernel") is False, "ipykernel must not be a dependency of the package"
    here = json.loads(run(sys.executable, "-c", EXAMPLES, cwd=work).stdout)
    for key in ("file", "data", "quiz_dir", "ipykernel"):
        here.pop(key)
    assert out.pop("file") and out.pop("data") and out.pop("quiz_dir")
    assert out == here, "the installed package must give the checkout's results"
    assert len(out["labs"]) == 7 and all(start != moved for start, moved, _ in out["labs"].values())
