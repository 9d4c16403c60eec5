"""Case 1's answer checks: right answers pass, typical wrong answers are recognised and explained."""
import pytest

from countylab import check_daily_checks, check_markups, compensating_markups


@pytest.mark.parametrize("answer, kind", [
    (compensating_markups([0.05] * 3), "right"),
    ([0.0526, 0.0526, 0.0526], "right"),
    ([0.05, 0.05, 0.05], "same_as_discount"),
    ([5.26, 5.26, 5.26], "percent"),
    ([0.1664], "all_at_top"),
    ([0.0526, 0.0526], "wrong_count"),
    ([0.08, 0.08, 0.08], "too_high"),
    ([0.02, 0.03, 0.04], "too_low"),
    ([0, 0, 0.1664], "uneven"),
    ("five percent", "not_numbers"),
])
def test_markups_recognises_the_typical_wrong_answers(answer, kind):
    feedback = check_markups(answer)
    assert feedback.kind == kind and feedback.correct == (kind == "right"), feedback


def test_a_wrong_answer_never_gives_the_right_one_away():
    assert "5.26" not in check_markups([5.26, 5.26, 5.26]).message
    for wrong in (174, 334, 400, 200):
        assert "248" not in check_daily_checks(wrong).message, wrong


def test_markups_explains_why_five_percent_falls_short():
    message = check_markups([0.05, 0.05, 0.05]).message
    assert "0.9975" in message and "89.33%" in message


@pytest.mark.parametrize("answer, kind", [
    (248, "right"), (174, "forgot_unfit"), (173, "forgot_unfit"), (334, "checked_everyone"),
    (400, "more_than_needed"), (200, "too_few"), (247, "too_few"), (0, "not_positive"), ("many", "not_positive"),
    (247.5, "not_whole"),
])
def test_daily_checks_recognises_the_typical_wrong_answers(answer, kind):
    feedback = check_daily_checks(answer)
    assert feedback.kind == kind and feedback.correct == (kind == "right"), feedback
    if kind == "too_few":
        assert "after the deadline" in feedback.message


def test_checks_speak_chinese():
    assert check_markups([0.05] * 3, lang="zh").message.startswith("加码5%抵消不了")
    with pytest.raises(ValueError, match="lang must be one of"):
        check_markups(None, lang="fr")
