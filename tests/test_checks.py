"""Answer checks and quizzes: right answers pass, typical wrong answers are recognised and explained, bad input
gets a message rather than an error, and every quiz file is well formed and renders the same every time."""
import json

import pytest

from countylab.attention import best_allocation, naive_plan, week
from countylab.cascade import compensating_markups
from countylab.checks import (Feedback, check_best_week, check_daily_checks, check_markups, check_reception_cap,
                              largest_cap_for_all_tasks)
from countylab.quiz import QUIZ_DIR, Quiz

CHECKS = [check_markups, check_daily_checks, check_best_week, check_reception_cap]


@pytest.mark.parametrize("check", CHECKS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_unanswered_exercise_gets_a_reminder_not_an_error(check, lang):
    feedback = check(None, lang=lang)
    assert isinstance(feedback, Feedback) and not feedback and feedback.kind == "unanswered"
    assert "None" in feedback.message and feedback._repr_markdown_().startswith("**")


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
    assert "1" not in check_reception_cap(0).message.replace("10", "")


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


def test_best_week_recognises_the_typical_wrong_answers():
    w = week(1)
    assert check_best_week(dict(best_allocation(w).plan)).correct
    documents = check_best_week(naive_plan(w, "document"))
    assert documents.kind == "too_weak" and "a document is too weak" in documents.message
    in_person = check_best_week(naive_plan(w, "in_person"))
    assert in_person.kind == "presence_wasted" and "petitioner household" in in_person.message
    assert check_best_week({"w1t1": "staff"}).kind == "too_weak"
    assert check_best_week({"w1t4": "document"}).kind == "left_out"
    # All 16 hours used, each pushed task done, but presence spent on the petitioner household that staff
    # could move: the waste is named even though nothing ran out of time.
    wasted = check_best_week({"w1t1": "in_person", "w1t2": "in_person", "w1t3": "in_person", "w1t5": "in_person"})
    assert wasted.kind == "presence_wasted" and "petitioner household" in wasted.message
    # Same hours, but the 0-hour form left out: it still fits.
    assert check_best_week({f"w1t{i}": "in_person" for i in (1, 2, 5, 6)}).kind == "left_out"
    lower = check_best_week({**{f"w1t{i}": "in_person" for i in (1, 2, 5, 6)}, "w1t4": "document"})
    assert lower.kind == "lower_value" and "Every hour is used" in lower.message
    assert check_best_week(["w1t1"]).kind == "not_a_plan"
    assert check_best_week({"w9t9": "phone"}).kind == "bad_plan"


def test_reception_cap_recognises_the_typical_wrong_answers():
    assert largest_cap_for_all_tasks(2) == 1
    assert check_reception_cap(1).correct
    too_many = check_reception_cap(2)
    assert too_many.kind == "too_many" and "frees only 3 hours" in too_many.message
    assert check_reception_cap(4).kind == "no_change"
    too_few = check_reception_cap(0)
    assert too_few.kind == "too_few" and "3 goodwill points" in too_few.message
    assert check_reception_cap(1.5).kind == "not_whole"


def test_checks_speak_chinese():
    assert check_markups([0.05] * 3, lang="zh").message.startswith("加码5%抵消不了")
    with pytest.raises(ValueError, match="lang must be one of"):
        check_markups(None, lang="fr")


# --- quizzes ----------------------------------------------------------------------------------------------

QUIZZES = sorted(p.stem for p in QUIZ_DIR.glob("*.json"))


@pytest.mark.parametrize("name", QUIZZES)
def test_every_quiz_is_well_formed_and_renders_the_same_every_time(name):
    quiz = Quiz(name)
    assert 5 <= len(quiz.questions) <= 8
    page = quiz._repr_html_()
    assert page == Quiz(name)._repr_html_(), "the HTML must be deterministic for nbval"
    assert "<script" not in page, "the quiz must work without JavaScript"
    assert page.count("<fieldset>") == len(quiz.questions) and page.count("<legend>") == len(quiz.questions)
    for i, q in enumerate(quiz.questions, 1):
        for letter in "abcdefgh"[:len(q.options)]:
            assert f'id="quiz-{name}-q{i}-{letter}"' in page and f'for="quiz-{name}-q{i}-{letter}"' in page
    printed = quiz._repr_markdown_()
    assert all(q.text in printed for q in quiz.questions)
    assert not any(o.feedback in printed for q in quiz.questions for o in q.options), "no answers in print"
    key = quiz.answer_key()._repr_markdown_()
    assert all(next(o.feedback for o in q.options if o.correct) in key for q in quiz.questions)


def test_a_malformed_quiz_is_refused_with_the_file_and_question(tmp_path):
    bad = {"title": "t", "questions": [{"question": "q?", "options": [
        {"text": "a", "correct": True, "feedback": "f"}, {"text": "b", "correct": True, "feedback": "g"}]}]}
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    with pytest.raises(ValueError, match="bad.json, question 1: exactly one option must be correct"):
        Quiz("bad", folder=tmp_path)
    with pytest.raises(ValueError, match="no quiz file"):
        Quiz("missing", folder=tmp_path)
    with pytest.raises(ValueError, match="name must be lower-case"):
        Quiz("../etc")
