"""Fuzzing the answer checks with what students type: numbers of every size, nan and infinities, text, lists,
arrays, dictionaries and nesting. Every answer gets feedback (a Feedback with a message), never an exception;
answers made only of numbers are read, not merely survived."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countylab import Feedback, check_best_week, check_daily_checks, check_markups, check_reception_cap, week

CASES_PER_CHECK = 300
CHECKS = [check_markups, check_daily_checks, check_best_week, check_reception_cap]

NUMBERS = st.one_of(st.integers(-10**6, 10**6), st.integers(-10**400, 10**400),
                    st.floats(allow_nan=True, allow_infinity=True), st.floats(-2, 2), st.floats(0, 0.2))
TASK_IDS = st.sampled_from([t.id for t in week(1).tasks] + ["w9t9", "", "W1T1"])
CHANNELS = st.sampled_from(["document", "phone", "staff", "in_person", "none", "Phone", "", "fax"])
LEAVES = st.one_of(st.none(), st.booleans(), NUMBERS, st.text(max_size=8), st.binary(max_size=4))
ANSWERS = st.one_of(
    LEAVES,
    st.lists(NUMBERS, max_size=5),
    st.lists(NUMBERS, min_size=3, max_size=3).map(np.array),
    st.tuples(NUMBERS, NUMBERS, NUMBERS),
    st.dictionaries(TASK_IDS, st.one_of(CHANNELS, LEAVES), max_size=6),
    st.recursive(LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                 st.dictionaries(st.text(max_size=3), inner, max_size=3)),
                 max_leaves=8),
)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
@settings(max_examples=CASES_PER_CHECK, deadline=None)
@given(answer=ANSWERS, lang=st.sampled_from(["en", "zh"]))
def test_every_answer_gets_feedback_never_an_exception(check, answer, lang):
    feedback = check(answer, lang=lang)
    assert isinstance(feedback, Feedback)
    assert feedback.message.strip() and repr(feedback) and feedback._repr_markdown_()
    assert feedback.correct == (feedback.kind == "right")


@settings(max_examples=CASES_PER_CHECK, deadline=None)
@given(answer=st.one_of(st.lists(NUMBERS, max_size=5), st.lists(NUMBERS, min_size=3, max_size=3).map(np.array)))
def test_markups_reads_every_list_of_numbers(answer):
    assert check_markups(answer).kind != "unreadable"


@settings(max_examples=CASES_PER_CHECK, deadline=None)
@given(answer=NUMBERS)
def test_the_counting_checks_read_every_number(answer):
    assert check_daily_checks(answer).kind != "unreadable"
    assert check_reception_cap(answer).kind != "unreadable"


@settings(max_examples=CASES_PER_CHECK, deadline=None)
@given(plan=st.dictionaries(TASK_IDS, CHANNELS, max_size=6))
def test_best_week_reads_every_plan_of_tasks_and_channels(plan):
    assert check_best_week(plan).kind != "unreadable"


@pytest.mark.parametrize("answer, kind", [
    ([0.0526, 5.26, 0.0526], "percent"), ([5.26] * 3, "percent"), ([1.0526] * 3, "multiplier"),
    ([-0.05] * 3, "negative"), ([500, 500, 500], "too_large"), (10**400, "too_large"),
    (np.array([0.0526] * 3), "right"), ((0.0526, 0.0526, 0.0526), "right"), (iter([0.0526] * 3), "right"),
])
def test_markups_names_the_typical_slips(answer, kind):
    assert check_markups(answer).kind == kind


def test_the_safety_net_turns_a_broken_check_into_feedback():
    from countylab.core.feedback import answer_check

    @answer_check("markups")
    def broken(answer, lang="en"):
        raise IndexError("a bug, not the student's fault")

    feedback = broken([1, 2, 3])
    assert feedback.kind == "unreadable" and "a bug" in feedback.message
    with pytest.raises(ValueError, match="lang must be one of"):
        broken([1], lang="fr")
