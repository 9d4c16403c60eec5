"""Every timed plan adds up: the teaching notes' 90-minute plans, and the role-play briefs' rounds, which the
plans give the role-play (tools/timings.py)."""
import pytest

from tools import ROOT, timings

FIXTURES = ROOT / "tests" / "fixtures" / "timings"


@pytest.mark.parametrize("notes", sorted(timings.PAIRS))
def test_the_session_plan_and_the_briefs_rounds_add_up(notes):
    assert timings.check_all(ROOT)[notes] == []


def test_a_plan_that_overruns_is_caught():
    found = timings.problems((FIXTURES / "overrun_notes.md").read_text(), (FIXTURES / "overrun_brief.md").read_text())
    assert found == ["notes: the rows sum to 100 minutes, the Total says 90",
                     "brief: the rows sum to 50 minutes, the Total says 45",
                     "notes give the role-play 55 minutes; the brief's rounds total 45",
                     "brief: says about 50 minutes; its rounds total 45"]


def test_a_range_of_minutes_cannot_be_summed():
    with pytest.raises(ValueError, match="whole number"):
        timings.plans("| Minutes | What |\n|---|---|\n| 0–10 | cold call |\n")
