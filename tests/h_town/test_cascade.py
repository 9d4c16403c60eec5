"""The target cascade: the worked example, every listed property, and bad input."""
import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from countylab import compensating_markups, effort_cost, formalism, run_cascade

rate = st.floats(0, 1, allow_nan=False)
discount = st.floats(0, 0.5, allow_nan=False)
markup = st.floats(0, 1, allow_nan=False)


@st.composite
def chains(draw, min_levels=2, max_levels=6):
    n = draw(st.integers(min_levels, max_levels))
    return (draw(rate), draw(st.lists(discount, min_size=n - 1, max_size=n - 1)),
            draw(st.lists(markup, min_size=n - 1, max_size=n - 1)), draw(rate))


def test_worked_example():
    markups = compensating_markups([0.05, 0.05])
    assert markups == pytest.approx([0.0526, 0.0526], abs=1e-4)
    r = run_cascade(0.90, [0.05, 0.05], markups, 0.86)
    t = r.table.set_index("level")
    assert list(t.index) == ["county", "township", "village"]
    assert t.loc["township", "received"] == pytest.approx(0.947, abs=1e-3)
    assert t.loc["township", "committed"] == pytest.approx(0.90)
    assert t.loc["village", "received"] == pytest.approx(0.947, abs=1e-3)
    assert t.loc["village", "committed"] == pytest.approx(0.90)
    assert r.real == pytest.approx(0.86) and r.reported == pytest.approx(0.86) and r.paper_gap == 0
    assert list(r.table.columns) == ["level", "received", "discount", "committed", "markup", "passed_down"]


@settings(max_examples=300, deadline=None)
@given(chains())
def test_the_offset(chain):
    goal, ds, _, capacity = chain
    assume(all(goal / (1 - d) <= 1 for d in ds))  # the 100% cap does not bind on the way down
    r = run_cascade(goal, ds, compensating_markups(ds), capacity)
    assert r.pursued == pytest.approx(goal, abs=1e-9)


def test_a_100_percent_goal_cannot_absorb_a_discount():
    ds = [0.05, 0.05]
    r = run_cascade(1.0, ds, compensating_markups(ds), 1.0)
    assert r.pursued == pytest.approx(0.95 ** 1 * 1.0, abs=1e-9) and r.pursued < 1.0


@settings(max_examples=300, deadline=None)
@given(chains(), st.sampled_from([None, "direct", "cross_level"]))
def test_no_markup_beyond_100_and_reported_at_least_real(chain, inspection):
    goal, ds, ms, capacity = chain
    assume(inspection != "cross_level" or len(ds) >= 2)
    r = run_cascade(goal, ds, ms, capacity, inspection=inspection)
    assert (r.table["received"] <= 1.0).all() and (r.table["passed_down"].dropna() <= 1.0).all()
    assert r.reported >= r.real and r.paper_gap >= 0
    assert 0 <= r.real <= min(capacity, 1)


@settings(max_examples=200, deadline=None)
@given(chains(), st.floats(0, 0.999))
def test_max_limit_reports_100_with_a_paper_gap_below_full_capacity(chain, capacity):
    _, ds, ms, _ = chain
    r = run_cascade(1.0, ds, ms, capacity, mode="max_limit")
    assert r.reported == 1.0 and r.paper_gap == pytest.approx(1 - capacity) and r.paper_gap > 0
    assert (r.table["discount"] == 0).all(), "no bargaining under 顶格"


@settings(max_examples=200, deadline=None)
@given(chains())
def test_no_paper_gap_with_negotiation_and_goal_within_capacity(chain):
    goal, ds, ms, capacity = chain
    assume(goal <= capacity)
    for inspection in (None, "direct"):
        r = run_cascade(goal, ds, ms, capacity, inspection=inspection)
        assert r.paper_gap == 0 and r.feedback


@settings(max_examples=200, deadline=None)
@given(chains(), rate, st.integers(0, 4), st.floats(0, 0.5))
def test_real_is_monotone(chain, more_capacity, k, delta):
    goal, ds, ms, capacity = chain
    k = k % len(ds)
    base = run_cascade(goal, ds, ms, capacity).real
    assert run_cascade(goal, ds, ms, min(1.0, capacity + more_capacity)).real >= base - 1e-12
    up = list(ms)
    up[k] = min(1.0, up[k] + delta)
    assert run_cascade(goal, ds, up, capacity).real >= base - 1e-12
    worse = list(ds)
    worse[k] = min(0.999, worse[k] + delta)
    assert run_cascade(goal, worse, ms, capacity).real <= base + 1e-12


@settings(max_examples=200, deadline=None)
@given(chains(min_levels=3), st.integers(0, 10))
def test_cross_level_never_lowers_real(chain, pick):
    goal, ds, ms, capacity = chain
    level = 2 + pick % (len(ds) - 1)
    direct = run_cascade(goal, ds, ms, capacity, inspection="direct", inspected_level=level)
    cross = run_cascade(goal, ds, ms, capacity, inspection="cross_level", inspected_level=level)
    assert cross.real >= direct.real - 1e-12
    assert cross.table.loc[level, "discount"] == 0


def test_cross_level_bites_and_can_raise_the_paper_gap():
    ds = [0.05, 0.05]
    direct = run_cascade(0.9, ds, [0, 0], 0.95, inspection="direct")
    cross = run_cascade(0.9, ds, [0, 0], 0.95, inspection="cross_level")
    assert cross.real > direct.real and cross.cost > direct.cost
    short = run_cascade(0.9, ds, [0.1, 0.1], 0.8, inspection="cross_level")
    assert short.reported > short.real and short.paper_gap > 0


@settings(max_examples=300, deadline=None)
@given(rate, rate, rate)
def test_cost_is_non_decreasing_in_the_pursued_target(a, b, capacity):
    low, high = sorted((a, b))
    assert effort_cost(high, capacity) >= effort_cost(low, capacity)
    assert effort_cost(0, capacity) == 0


def test_cost_rises_steeply_toward_capacity_and_is_wasted_beyond():
    near = effort_cost(0.85, 0.9) - effort_cost(0.80, 0.9)
    far = effort_cost(0.25, 0.9) - effort_cost(0.20, 0.9)
    assert near > 3 * far
    beyond = effort_cost(0.95, 0.9) - effort_cost(0.90, 0.9)
    assert beyond > near and run_cascade(1.0, [0], [0], 0.9, mode="max_limit").real == 0.9


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 60), st.floats(1, 500), st.floats(1, 100))
def test_formalism(n, hours, per_task):
    r = formalism(n, staff_hours=hours, hours_per_task=per_task)
    assert r.reported_share == 1.0
    if n * per_task <= hours:
        assert r.real_share == 1.0
    else:
        assert r.real_share < 1.0
    assert formalism(n + 1, staff_hours=hours, hours_per_task=per_task).real_share <= r.real_share


def test_formalism_defaults_one_task_is_real_many_are_paper():
    assert formalism(1).real_share == 1.0 and formalism(4).real_share == 1.0
    assert formalism(8).real_share == pytest.approx(0.5) and formalism(8).reported_share == 1.0


@pytest.mark.parametrize("kwargs, message", [
    (dict(goal=1.1), r"goal must be in \[0, 1\]; got 1.1"),
    (dict(goal=float("nan")), r"goal must be a finite number in \[0, 1\]"),
    (dict(capacity=-0.1), r"capacity must be in \[0, 1\]"),
    (dict(discounts=[0.05, 2]), r"discounts\[1\] must be in \[0, 1\]; got 2"),
    (dict(markups=[0.05]), "markups must have 2 entries"),
    (dict(discounts=0.05), "discounts must be a list"),
    (dict(discounts=[]), "at least 1 entry"),
    (dict(mode="strict"), "mode must be one of 'negotiated', 'max_limit'; got 'strict'"),
    (dict(inspection="surprise"), "inspection must be one of None, 'direct', 'cross_level'"),
    (dict(mode="max_limit"), r"goal must be 1.0 with mode='max_limit'"),
    (dict(discounts=[0.05], markups=[0.05], inspection="cross_level"), "needs a chain of at least 3 levels"),
    (dict(inspection="cross_level", inspected_level=1), r"inspected_level must be in \[2, 2\]"),
    (dict(levels=["a", "b"]), "levels must name all 3 levels"),
])
def test_bad_input_is_a_clear_error(kwargs, message):
    args = dict(goal=0.9, discounts=[0.05, 0.05], markups=[0.05, 0.05], capacity=0.9) | kwargs
    with pytest.raises(ValueError, match=message):
        run_cascade(**args)


def test_compensating_markups_reject_a_full_discount_and_a_bare_number():
    with pytest.raises(ValueError, match=r"discounts\[0\] must be in \[0, 1\)"):
        compensating_markups([1.0])
    with pytest.raises(ValueError, match=r"discounts must be a list of rates in \[0, 1\]; got 0.05"):
        compensating_markups(0.05)


@pytest.mark.parametrize("kwargs, message", [
    (dict(n_tasks=0), "n_tasks must be >= 1"), (dict(n_tasks=2.5), "n_tasks must be a whole number"),
    (dict(n_tasks=3, staff_hours=-1), "staff_hours must be >= 0"),
])
def test_formalism_bad_input(kwargs, message):
    with pytest.raises(ValueError, match=message):
        formalism(**kwargs)


def test_longer_chains_get_level_names():
    r = run_cascade(0.9, [0.05] * 4, [0.05] * 4, 1.0)
    assert r.levels == ("province", "city", "county", "township", "village")
    assert run_cascade(0.9, [0.0] * 6, [0.0] * 6, 1.0).levels[0] == "level 0"
    assert math.isnan(r.table["markup"].iloc[-1])


@pytest.mark.parametrize("args, message", [((0.5, -0.05), "capacity must be in"), ((1.5, 0.9), "pursued must be in"),
                                           ((float("nan"), 0.9), "pursued must be a finite number")])
def test_effort_cost_checks_its_input(args, message):
    with pytest.raises(ValueError, match=message):
        effort_cost(*args)


def test_infinities_are_refused_everywhere():
    with pytest.raises(ValueError, match="goal must be a finite number"):
        run_cascade(float("inf"), [0.05], [0.05], 0.9)
    with pytest.raises(ValueError, match="staff_hours must be a finite number"):
        formalism(3, staff_hours=float("inf"))
    with pytest.raises(ValueError, match="n_tasks must be a finite number"):
        formalism(10**400)
