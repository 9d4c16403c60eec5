"""The leader-attention model: the protocol's rules as a table test, the force order of the channels, the
budget, unmet demand, the "free the leader" levers, and the exact solver checked against brute force."""
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import countylab  # noqa: F401  (registers every string table)
from countylab.core.data import csv_rows
from countylab.core.i18n import STRINGS
from countylab.leader.allocation import allocate, naive_plan
from countylab.leader.channels import CHANNELS, channels
from countylab.leader.protocol import IMPORTANCE, RANKS, RELATIONS, reception_form, reception_rules, relation_of
from countylab.leader.solver import best_allocation, frontier, month_frontier, plan_month
from countylab.leader.week import Meeting, Policy, Task, Visit, Week, month, week

# --- the protocol ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("host", RANKS)
def test_equal_rank_high_importance_the_top_leader_accompanies_the_whole_visit(host):
    r = reception_form(host, host, "high")
    assert (r.who, r.extent, r.signal) == ("top_leader", "whole_visit", "high")
    assert r.leader_hours(8) == 8


@pytest.mark.parametrize("host", RANKS)
def test_equal_rank_normal_importance_a_deputy_accompanies_and_the_top_leader_joins_one_meal(host):
    r = reception_form(host, host, "normal")
    assert (r.who, r.extent) == ("deputy", "one_meal")
    assert r.leader_hours(8) == 1.5


@pytest.mark.parametrize("visitor, host", [(v, h) for v in RANKS for h in RANKS if h > v])
@pytest.mark.parametrize("importance", ["normal", "high"])
def test_a_host_who_outranks_the_visitor_signals_high_regard_by_the_meal_alone(visitor, host, importance):
    r = reception_form(visitor, host, importance)
    assert (r.extent, r.signal) == ("one_meal", "high")
    assert r.goodwill == max(rule.goodwill for rule in reception_rules().values())


@pytest.mark.parametrize("visitor, host", list(itertools.product(RANKS, RANKS)))
def test_an_unimportant_visit_gets_no_appearance_at_all(visitor, host):
    r = reception_form(visitor, host, "low")
    assert r.extent == "none" and not r.appears and r.who != "top_leader"
    assert r.leader_hours(10) == 0 and r.goodwill == 0


def test_every_combination_has_a_rule_with_a_note_and_the_essays_rules_are_marked_sourced():
    rules = reception_rules()
    assert set(rules) == {(rel, imp) for rel in RELATIONS for imp in IMPORTANCE}
    for rule in rules.values():
        assert rule.note and rule.status in ("sourced", "illustrative")
    for key in [("equal", "high"), ("equal", "normal"), ("host_higher", "normal"), ("equal", "low")]:
        assert rules[key].status == "sourced", key


def test_presence_signals_more_when_the_host_outranks_the_visitor():
    # The same meal signals high regard from a higher-ranked host, ordinary regard at equal rank.
    assert reception_form(1, 2, "normal").signal == "high" and reception_form(2, 2, "normal").signal == "ordinary"
    assert relation_of(3, 2) == "visitor_higher" and relation_of(2, 2) == "equal" and relation_of(1, 2) == "host_higher"


@pytest.mark.parametrize("call, message", [
    (lambda: reception_form(5, 2, "high"), r"visitor_rank must be in \[1, 4\]; got 5"),
    (lambda: reception_form(2, 0, "high"), r"host_rank must be in \[1, 4\]; got 0"),
    (lambda: reception_form(2, 2, "urgent"), "importance must be one of 'low', 'normal', 'high'; got 'urgent'"),
    (lambda: reception_form(2, 2, "high").leader_hours(2.25), "duration_hours must be in whole or half hours"),
    (lambda: Policy(meeting_cut=1.5), r"meeting_cut must be in \[0, 1\]; got 1.5"),
    (lambda: Policy(reception_cap=-1), "reception_cap must be >= 0; got -1"),
    (lambda: Task("t", 3, 5), r"needed_force must be in \[1, 4\]; got 5"),
    (lambda: Meeting("m", -2), r"hours must be in \[0, 168\]; got -2"),
    (lambda: Visit("v", 2, "high", 3.3), "duration_hours must be in whole or half hours"),
    (lambda: Week(1, tasks=(Task("t", 1, 1), Task("t", 2, 2))), "repeated: t"),
    (lambda: allocate(week(1), {"w9t9": "phone"}), "week 1 has no task 'w9t9'"),
    (lambda: allocate(week(1), {"w1t1": "fax"}), r"plan\['w1t1'\] must be one of 'document', 'phone'"),
    (lambda: allocate(week(1), {}, budget_hours=-1), r"budget_hours must be in \[0, 168\]; got -1"),
    (lambda: allocate(week(1), ["w1t1"]), "plan must map task ids to channels"),
    (lambda: allocate("week 1", {}), "demands must be a Week"),
    (lambda: best_allocation(week(1), policy=0.5), "policy must be a Policy"),
    (lambda: week(5), r"week must be in \[1, 4\]; got 5"),
])
def test_bad_input_is_named_with_its_allowed_range(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- channels ---------------------------------------------------------------------------------------------

def test_the_channels_are_ordered_by_force_and_in_person_costs_the_leader_most():
    cs = list(channels().values())
    assert [c.name for c in cs] == list(CHANNELS) == ["document", "phone", "staff", "in_person"]
    assert [c.force for c in cs] == sorted({c.force for c in cs}), "force must strictly increase"
    assert channels()["in_person"].leader_hours == max(c.leader_hours for c in cs)
    assert channels()["staff"].leader_hours < channels()["in_person"].leader_hours
    assert channels()["staff"].staff_hours == max(c.staff_hours for c in cs), "sending staff costs staff most"


@given(st.integers(1, 4), st.floats(0, 10))
def test_a_task_done_by_a_channel_is_done_by_every_stronger_one(needed, due):
    task = Task("t", 1, needed, due)
    done = [task.done_by(c) for c in CHANNELS]
    assert done == sorted(done), done          # False ... False True ... True
    assert task.done_by("document") == (needed == 1 and due >= channels()["document"].delay_days)


def test_a_village_secretary_lets_a_document_wait_but_not_the_secretary_in_person():
    task = Task("t", 5, needed_force=4, due_days=3)
    assert not task.done_by("document") and not task.done_by("staff") and task.done_by("in_person")
    a = allocate(Week(1, tasks=(task,)), {"t": "document"}, budget_hours=10)
    assert a.progress == 0 and [(u.id, u.reason) for u in a.unmet] == [("t", "too_weak")]


# --- allocations: random weeks --------------------------------------------------------------------------

half_hours = st.integers(0, 16).map(lambda n: n / 2)
visits = st.builds(Visit, id=st.just(""), visitor_rank=st.sampled_from(RANKS), importance=st.sampled_from(IMPORTANCE),
                   duration_hours=half_hours)
meetings = st.builds(Meeting, id=st.just(""), hours=st.integers(0, 8).map(lambda n: n / 2),
                     priority=st.integers(1, 3))
tasks = st.builds(Task, id=st.just(""), value=st.integers(0, 10), needed_force=st.integers(1, 4),
                  due_days=st.sampled_from([0, 1, 2, 3, 5, 7]))


@st.composite
def weeks(draw, max_tasks=5):
    vs = draw(st.lists(visits, max_size=3))
    ms = draw(st.lists(meetings, max_size=4))
    ts = draw(st.lists(tasks, max_size=max_tasks))
    name = lambda prefix, items: tuple(type(x)(**{**x.__dict__, "id": f"{prefix}{i}"}) for i, x in enumerate(items))
    return Week(1, name("v", vs), name("m", ms), name("t", ts), host_rank=draw(st.sampled_from(RANKS)))


@st.composite
def plans(draw, w):
    chosen = draw(st.lists(st.sampled_from([None, *CHANNELS]), min_size=len(w.tasks), max_size=len(w.tasks)))
    order = draw(st.permutations(list(w.tasks)))
    return {t.id: chosen[i] for i, t in enumerate(order)}


policies = st.builds(Policy, meeting_cut=st.sampled_from([0, 0.25, 0.5, 1]),
                     reception_cap=st.none() | st.integers(0, 3))
budgets = st.integers(0, 120).map(lambda n: n / 2)


@settings(max_examples=150, deadline=None)
@given(st.data(), weeks(), budgets, policies)
def test_hours_never_exceed_the_budget_and_every_unmet_demand_is_reported(data, w, budget, policy):
    a = allocate(w, data.draw(plans(w)), budget, policy)
    assert a.hours_used <= budget + 1e-9 and a.free >= -1e-9
    assert a.hours_used + a.free == pytest.approx(budget)
    task_ids = {t.id for t in w.tasks}
    unmet_tasks = [u.id for u in a.unmet_of("task")]
    assert sorted(unmet_tasks + list(a.done)) == sorted(task_ids), "every task is done or unmet, once"
    assert a.progress == sum(w.task(i).value for i in a.done)
    met_meetings = set(a.meetings_attended)
    assert met_meetings | {u.id for u in a.unmet_of("meeting")} == {m.id for m in w.meetings}
    for r in a.receptions:
        if r.form.appears and not r.attended:
            assert r.visit.id in {u.id for u in a.unmet_of("visit")}
    assert a.goodwill == sum(r.form.goodwill for r in a.receptions if r.attended)


@settings(max_examples=150, deadline=None)
@given(st.data(), weeks(), budgets, st.sampled_from([0, 0.25, 0.5, 0.75, 1]), st.sampled_from([0, 0.25, 0.5, 1]),
       st.none() | st.integers(0, 3), st.integers(0, 3))
def test_cutting_meetings_or_receptions_never_lowers_progress(data, w, budget, cut, more_cut, cap, fewer):
    plan = data.draw(plans(w))
    before = Policy(cut, cap)
    after = Policy(min(1.0, cut + more_cut), (3 if cap is None else cap) - min(fewer, 3 if cap is None else cap))
    assert allocate(w, plan, budget, after).progress >= allocate(w, plan, budget, before).progress
    assert best_allocation(w, budget, after).progress >= best_allocation(w, budget, before).progress


def brute_force_progress(w, budget, policy):
    best = 0.0
    for choice in itertools.product([None, *CHANNELS], repeat=len(w.tasks)):
        plan = {t.id: c for t, c in zip(w.tasks, choice)}
        best = max(best, allocate(w, plan, budget, policy).progress)
    return best


@settings(max_examples=60, deadline=None)
@given(weeks(max_tasks=4), budgets, policies)
def test_best_allocation_equals_brute_force_on_small_weeks(w, budget, policy):
    best = best_allocation(w, budget, policy)
    assert best.progress == brute_force_progress(w, budget, policy)
    assert best.hours_used <= budget + 1e-9
    assert not best.unmet_of("task") or all(u.reason == "not_planned" for u in best.unmet_of("task"))


@settings(max_examples=150, deadline=None)
@given(st.data(), weeks(max_tasks=7), budgets, policies)
def test_best_allocation_is_at_least_as_good_as_any_plan(data, w, budget, policy):
    plan = data.draw(plans(w))
    assert best_allocation(w, budget, policy).progress >= allocate(w, plan, budget, policy).progress


# --- the month in data/ ------------------------------------------------------------------------------------

def test_the_month_has_four_weeks_of_visits_meetings_and_tasks():
    weeks_ = month()
    assert [w.number for w in weeks_] == [1, 2, 3, 4]
    for w in weeks_:
        assert w.visits and w.meetings and w.tasks and w.host_rank == 2
        assert any(t.needed_force == 4 for t in w.tasks), "every week has work only presence moves"


def test_the_default_week_naive_plans_against_the_solver():
    w = week(1)
    documents = allocate(w, naive_plan(w, "document"))
    in_person = allocate(w, naive_plan(w, "in_person"))
    best = best_allocation(w)
    assert (documents.progress, in_person.progress, best.progress, w.total_value) == (2, 25, 32, 37)
    assert documents.hours["receptions"] == 11 and documents.hours["meetings"] == 23 and documents.free == 16
    assert {u.id for u in in_person.unmet_of("task")} == {"w1t5", "w1t6"}
    assert best.goodwill == documents.goodwill == 7
    assert dict(best.plan)["w1t3"] == "staff", "staff are enough for the petitioner household and cost less"


def test_freeing_the_leader_trades_goodwill_for_progress_along_the_frontier():
    points = frontier(0.0)
    progress = [p.progress for p in points]
    goodwill = [p.goodwill for p in points]
    assert progress == sorted(progress) and goodwill == sorted(goodwill, reverse=True)
    assert progress[0] < progress[-1] and goodwill[-1] == 0
    assert plan_month(policy=Policy(meeting_cut=0.5)).progress > plan_month().progress


def test_village_work_gets_only_the_hours_left_after_every_reception_and_meeting():
    # A reception (3 h) and a meeting (4 h) do not both fit in 5 hours. If the hours the meeting could not use
    # went to the villages, capping the reception would *lower* progress (the meeting then fits and eats them).
    w = Week(1, visits=(Visit("v", 2, "high", 3),), meetings=(Meeting("m", 4, 1),),
             tasks=(Task("a", 1, 3), Task("b", 1, 3)))
    plan = {"a": "staff", "b": "staff"}
    before = allocate(w, plan, 5)
    after = allocate(w, plan, 5, Policy(reception_cap=0))
    assert before.free == 2 and before.progress == 0 and [u.reason for u in before.unmet_of("meeting")] == ["no_time"]
    assert after.progress == 1 and after.hours["meetings"] == 4


def test_every_demand_in_the_month_has_words_in_both_languages():
    rows = csv_rows("leader_month.csv")
    keys = {f"topic.{r['topic']}" for r in rows} | {f"level.name.{r['from_level']}" for r in rows if r["from_level"]}
    missing = sorted(k for k in keys if k not in STRINGS)
    assert not missing, f"add to countylab/leader/strings.py: {missing}"


def test_every_protocol_value_and_channel_has_words():
    keys = {f"rank.{r}" for r in RANKS} | {f"importance.{i}" for i in IMPORTANCE}
    keys |= {f"relation.{r}" for r in RELATIONS} | {f"channel.{c}" for c in ("none", *CHANNELS)}
    keys |= {f"channel.long.{c}" for c in CHANNELS}
    for rule in reception_rules().values():
        keys |= {f"who.{rule.who}", f"extent.{rule.extent}", f"signal.{rule.signal}", f"rp.legend.{rule.extent}"}
    missing = sorted(k for k in keys if k not in STRINGS)
    assert not missing, f"add to countylab/leader/strings.py: {missing}"


@pytest.mark.parametrize("call, message", [
    (lambda: week(1.5), r"week must be a whole number; got 1.5"),
    (lambda: week(1, host_rank=[2]), "host_rank must be a number"),
    (lambda: Week(1, tasks=({"id": "t"},)), "tasks must hold only Task objects"),
    (lambda: Week(1, tasks="t1"), "tasks must be a sequence of Task"),
    (lambda: naive_plan(None), "demands must be a Week"),
    (lambda: month_frontier(0, [50]), "budget_hours must be a number"),
    (lambda: month_frontier(2), r"meeting_cut must be in \[0, 1\]; got 2"),
])
def test_more_bad_input_is_named(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_a_week_built_from_lists_can_still_be_solved():
    w = Week(1, visits=[Visit("v", 2, "high", 2)], meetings=[Meeting("m", 1)], tasks=[Task("t", 3, 2)])
    assert isinstance(w.tasks, tuple) and best_allocation(w, 10).progress == 3
    assert week(1.0).number == 1
