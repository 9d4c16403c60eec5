"""Answer-check feedback and quizzes: every check answers an unanswered exercise with a reminder, and every quiz
file is well formed and renders the same every time."""
import json

import pytest

from countylab import Feedback, Quiz, check_best_week, check_daily_checks, check_markups, check_reception_cap
from countylab.core.data import resource_dir

CHECKS = [check_markups, check_daily_checks, check_best_week, check_reception_cap]


@pytest.mark.parametrize("check", CHECKS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_unanswered_exercise_gets_a_reminder_not_an_error(check, lang):
    feedback = check(None, lang=lang)
    assert isinstance(feedback, Feedback) and not feedback and feedback.kind == "unanswered"
    assert "None" in feedback.message and feedback._repr_markdown_().startswith("**")


QUIZZES = sorted(p.name.removesuffix(".json") for p in resource_dir("quizzes").iterdir()
                 if p.name.endswith(".json"))


@pytest.mark.parametrize("name", QUIZZES)
def test_every_quiz_is_well_formed_and_renders_the_same_every_time(name):
    name, _, lang = name.partition(".")  # case1.zh: the Chinese edition's quiz
    quiz = Quiz(name, lang=lang or "en")
    assert 5 <= len(quiz.questions) <= 8
    page = quiz._repr_html_()
    assert page == Quiz(name, lang=lang or "en")._repr_html_(), "the HTML must be deterministic for nbval"
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
    with pytest.raises(ValueError, match="bad.json, question 1, options: exactly one option must be correct"):
        Quiz("bad", folder=tmp_path)
    with pytest.raises(ValueError, match="no quiz file"):
        Quiz("missing", folder=tmp_path)
    with pytest.raises(ValueError, match="name must be lower-case"):
        Quiz("../etc")
