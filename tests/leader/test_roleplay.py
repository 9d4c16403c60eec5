"""The role-play "A week in the secretary's diary" replayed: attendance and named cuts, the sheet, the debrief."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countylab import Policy, allocate, best_allocation, replay_week_plan, week, week_plan_debrief
from countylab.core.i18n import t
from countylab.core.sheets import header
from countylab.leader import roleplay
from countylab.leader.debrief import TYPICAL, typical_table
from countylab.leader.hours import leader_fact
from countylab.leader.protocol import ATTENDANCE
from tools import ROOT

W = week(roleplay.RP_WEEK)
SAMPLE = (ROOT / "instructor" / "sample_plans_week.csv").read_text(encoding="utf-8")
SHEET = {"group": "G", "hours": "50", "province_inspection": "opening_closing", "cut": "study",
         "housing_safety": "in_person", "land_dispute": "in_person"}


def test_attending_less_of_a_visit_frees_hours_and_never_earns_more_goodwill():
    inspection = max(W.visits, key=lambda v: v.duration_hours)
    by_extent = {e: allocate(W, {}, 50, Policy(attendance={inspection.id: e})) for e in ATTENDANCE}
    hours = [by_extent[e].hours["receptions"] for e in ATTENDANCE]
    goodwill = [by_extent[e].goodwill for e in ATTENDANCE]
    assert hours == sorted(hours) and goodwill == sorted(goodwill)
    assert by_extent["whole_visit"].goodwill == allocate(W, {}, 50).goodwill
    assert by_extent["opening_closing"].hours["receptions"] == pytest.approx(
        allocate(W, {}, 50).hours["receptions"] - inspection.duration_hours + leader_fact("opening_closing_hours"))


def test_named_meetings_are_cut_whatever_their_priority():
    video = [m.id for m in W.meetings if m.topic == "video_conference"]
    kept = allocate(W, {}, 50, Policy(meeting_cut=0.5)).meetings_attended
    assert not set(video) & set(kept), "the share cut takes the video conferences first (why named cuts exist)"
    named = allocate(W, {}, 50, Policy(cut_meetings=("w2m4", "w2m5"))).meetings_attended
    assert set(video) <= set(named) and not {"w2m4", "w2m5"} & set(named)


@pytest.mark.parametrize("policy, message", [
    (dict(attendance={"w2v1": "half"}), r"attendance\['w2v1'\] must be one of"),
    (dict(attendance="w2v1"), "attendance must map visit ids"),
    (dict(cut_meetings="w2m1"), "cut_meetings must be a sequence")])
def test_a_bad_policy_is_refused_by_name(policy, message):
    with pytest.raises(ValueError, match=message):
        Policy(**policy)


def test_ids_the_week_lacks_are_named():
    with pytest.raises(ValueError, match="attendance names visit 'w9v1'.*visits: w2v1"):
        allocate(W, {}, 50, Policy(attendance={"w9v1": "none"}))
    with pytest.raises(ValueError, match="cut_meetings names meeting 'w1m1'"):
        best_allocation(W, 50, Policy(cut_meetings=("w1m1",)))


def test_the_sheet_maps_one_to_one_onto_the_models_inputs():
    o = replay_week_plan(SHEET)
    assert o.budget_hours == 50 and dict(o.policy.attendance) == {"w2v1": "opening_closing"}
    assert o.policy.cut_meetings == ("w2m5",) and o.plan == {"w2t2": "in_person", "w2t4": "in_person"}
    assert o.inspection_hours == leader_fact("opening_closing_hours") and o.below_protocol == ("w2v1",)
    names = [f.name for f in roleplay.sheet_fields()]
    assert names[:2] == ["group", "hours"] and "video_conference_1" in roleplay.sheet_fields()[6].choices
    assert len(names) == 3 + len(W.visits) + len(W.tasks)


@settings(max_examples=40, deadline=None)
@given(hours=st.integers(20, 80), extra=st.integers(1, 20),
       channels=st.lists(st.sampled_from(roleplay.TASK_CHOICES), min_size=6, max_size=6))
def test_more_hours_never_do_less_for_the_same_plan(hours, extra, channels):
    tasks = dict(zip(roleplay.SheetNames.of(W).tasks, channels))
    less = replay_week_plan({"group": "G", "hours": hours, **tasks})
    more = replay_week_plan({"group": "G", "hours": hours + extra, **tasks})
    assert more.progress >= less.progress
    # Receptions are served first-fit in priority order, so below the hours they ask for, one more hour can
    # swap a long reception for two short ones; once they all fit, goodwill no longer depends on the hours.
    fixed = sum(r.hours for r in allocate(W, {}, 168).receptions) + sum(m.hours for m in W.meetings)
    if hours >= fixed:
        assert more.goodwill == less.goodwill


@pytest.mark.parametrize("change, message", [
    ({"hours": ""}, "hours is missing"), ({"hours": "49.3"}, "hours must be a number in steps of 0.5"),
    ({"province_inspection": "lunch"}, "province_inspection must be one of protocol"),
    ({"cut": "study;lunch"}, "cut must be any of"), ({"road": "walk"}, "road must be one of document")])
def test_a_bad_sheet_names_its_field(change, message):
    with pytest.raises(ValueError, match=message):
        replay_week_plan({**SHEET, **change})


def test_no_deal_is_the_diary_as_it_stands_and_the_best_is_no_worse():
    nd, best = roleplay.no_deal(), roleplay.best_deal()
    solver = best_allocation(W, leader_fact("weekly_hours"))
    assert (nd.progress, nd.goodwill) == (solver.progress, solver.goodwill)
    assert (best.progress, best.goodwill) >= (nd.progress, nd.goodwill)
    assert not [m for m in best.policy.cut_meetings if m in ("w2m2", "w2m6")], "the city's conferences are kept"
    assert replay_week_plan(roleplay.sheet_of(best)).progress == best.progress


def test_the_class_debrief_replays_every_group_of_the_sample():
    debrief = week_plan_debrief(SAMPLE)
    assert [o.group for o in debrief.groups] == ["G1", "G2", "G3", "G4", "G5", "G6"]
    frame = debrief.table().frame
    assert len(frame) == 8 and list(frame["goodwill"][:6]) == [o.goodwill for o in debrief.groups]
    points = debrief.chart().axes[0].collections[0].get_offsets()
    assert [tuple(p) for p in points] == [(o.goodwill, o.progress) for o in debrief.groups]
    with pytest.raises(ValueError, match="line 2 .group G1.: hours must be"):
        week_plan_debrief(header(roleplay.sheet_fields()) + "\nG1,200,,,,,,,,,,,\n")


def test_the_typical_table_lists_no_deal_every_typical_plan_and_the_best():
    frame = typical_table().frame
    assert list(frame.iloc[:, 0]) == ["no deal", *(t(key, "en") for key in TYPICAL), "the model's best"]
