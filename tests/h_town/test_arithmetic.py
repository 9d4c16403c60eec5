"""The arithmetic of the target (case 1, part A): worked numbers, general properties, bad input."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countylab import target_arithmetic
from countylab.core.data import facts


def test_default_case_from_the_data_package():
    r = target_arithmetic()
    assert (r.target, r.eligible_adults, r.elderly_left) == (0.9, 48_000, 10_000)
    assert r.vaccinated == 38_000
    assert r.needed_total == 43_200 and r.still_needed == 5_200
    assert r.fit_elderly == 7_000 and r.reachable
    assert r.checks_needed == 7_429  # 5,200 / 0.7, rounded up
    assert r.days_needed == 25       # 7,429 checks at 300 a day
    assert r.meets_deadline and r.days_to_deadline == 30
    assert r.max_reachable == pytest.approx(45_000 / 48_000)


def test_low_fit_share_makes_the_target_unreachable():
    r = target_arithmetic(fit_share=0.5)
    assert not r.reachable and r.checks_needed is None and r.days_needed is None
    assert r.max_reachable == pytest.approx(43_000 / 48_000) and r.max_reachable < r.target


def test_a_met_target_needs_nobody():
    r = target_arithmetic(target=0.75)
    assert r.still_needed == 0 and r.checks_needed == 0 and r.days_needed == 0 and r.meets_deadline


inputs = st.fixed_dictionaries({
    "target": st.floats(0, 1), "eligible_adults": st.integers(1, 200_000),
    "elderly_share": st.floats(0, 1), "check_capacity": st.integers(1, 5_000), "fit_share": st.floats(0, 1),
    "days_to_deadline": st.integers(1, 365)})


def run(d):
    d = dict(d)
    d["elderly_left"] = int(d.pop("elderly_share") * d["eligible_adults"])
    return target_arithmetic(**d)


@settings(max_examples=300, deadline=None)
@given(inputs)
def test_screening_finds_enough_fit_people_exactly_when_reachable(d):
    r = run(d)
    assert r.vaccinated + r.still_needed >= r.needed_total
    assert r.reachable == (r.max_reachable * r.eligible_adults >= r.needed_total - 1e-9) or r.still_needed == 0
    if r.reachable and r.still_needed:
        found = math.floor(r.checks_needed * r.fit_share + 1e-9)
        assert found >= r.still_needed - 1           # enough checks (up to rounding)
        assert r.days_needed == math.ceil(r.checks_needed / r.check_capacity)
        assert r.coverage_after(r.days_needed) >= r.target - 1e-6
        assert r.checks_needed <= r.elderly_left


@settings(max_examples=200, deadline=None)
@given(inputs, st.integers(1, 5_000))
def test_more_check_capacity_never_takes_longer(d, extra):
    slow = run(d)
    fast = run({**d, "check_capacity": d["check_capacity"] + extra})
    if slow.days_needed is not None:
        assert fast.days_needed <= slow.days_needed


@settings(max_examples=200, deadline=None)
@given(inputs, st.floats(0, 1))
def test_a_higher_fit_share_never_hurts(d, more):
    low = run(d)
    high = run({**d, "fit_share": min(1.0, d["fit_share"] + more)})
    assert high.max_reachable >= low.max_reachable - 1e-12
    if low.reachable:
        assert high.reachable and high.checks_needed <= low.checks_needed


@pytest.mark.parametrize("kwargs, message", [
    ({"target": 1.2}, r"target must be in \[0, 1\]; got 1.2"),
    ({"target": float("nan")}, r"target must be a finite number in \[0, 1\]"),
    ({"fit_share": -0.1}, r"fit_share must be in \[0, 1\]"),
    ({"eligible_adults": 0}, "eligible_adults must be >= 1; got 0"),
    ({"eligible_adults": 1000.5}, "eligible_adults must be a whole number"),
    ({"elderly_left": 60_000}, r"elderly_left must be in \[0, eligible_adults=48000\]"),
    ({"check_capacity": 0}, "check_capacity must be >= 1"),
    ({"days_to_deadline": "30"}, "days_to_deadline must be a number"),
    ({"target": True}, "target must be a number"),
])
def test_bad_input_names_the_parameter_and_range(kwargs, message):
    with pytest.raises(ValueError, match=message):
        target_arithmetic(**kwargs)


def test_defaults_are_labelled_in_the_data():
    table = facts()
    assert table["county_target_rate"].status == "sourced"
    assert table["elderly_left"].status == "sourced"
    for key in ("eligible_adults", "check_capacity_per_day", "fit_share", "days_to_deadline"):
        assert table[key].status == "illustrative"
