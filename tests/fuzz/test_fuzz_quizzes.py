"""Fuzzing the quiz loader: each quiz file broken the ways a hand-edited JSON file breaks (a value of the wrong
type, a key deleted or added, an option duplicated, the text cut short). Loading either gives a quiz that
renders, or a ValueError naming the file (and, for a question's fault, the question)."""
import copy
import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from countylab import Quiz
from countylab.core.data import resource_dir

QUIZ_FILES = sorted(p.name for p in resource_dir("quizzes").iterdir() if p.name.endswith(".json"))
CASES = 200
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=True), st.text(max_size=5),
                   st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def paths(node, prefix=()):
    """Every path into a JSON value."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from paths(value, (*prefix, i))


def at(node, path):
    for step in path:
        node = node[step]
    return node


@st.composite
def broken_quiz(draw):
    name = draw(st.sampled_from(QUIZ_FILES))
    data = json.loads((resource_dir("quizzes") / name).read_text(encoding="utf-8"))
    kind = draw(st.sampled_from(["replace", "delete", "add_key", "duplicate", "truncate"]))
    if kind == "truncate":
        text = json.dumps(data, ensure_ascii=False)
        return name, kind, text[: draw(st.integers(0, len(text) - 1))]
    path = draw(st.sampled_from([p for p in paths(data) if p]))
    parent, last = at(data, path[:-1]), path[-1]
    broken = copy.deepcopy(data)
    target = at(broken, path[:-1])
    if kind == "replace":
        target[last] = draw(VALUES)
    elif kind == "delete":
        del target[last]
    elif kind == "add_key":
        node = at(broken, path)
        if isinstance(node, dict):
            node[draw(st.sampled_from(["hint", "points", "correct"]))] = draw(VALUES)
    elif kind == "duplicate" and isinstance(parent, list):
        target.insert(last, copy.deepcopy(target[last]))
    return name, kind, json.dumps(broken, ensure_ascii=False)


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=broken_quiz())
def test_a_broken_quiz_loads_and_renders_or_is_refused_naming_the_file(tmp_path, case):
    name, kind, text = case
    (tmp_path / name).write_text(text, encoding="utf-8")
    stem, _, lang = name.removesuffix(".json").partition(".")  # case1.zh.json: the Chinese quiz
    try:
        quiz = Quiz(stem, lang=lang or "en", folder=tmp_path)
    except ValueError as error:
        assert str(error).startswith(name), str(error)
        event(f"{kind}: refused")
        return
    event(f"{kind}: loaded")
    assert quiz._repr_html_().count("<fieldset>") == len(quiz.questions)
    assert all(sum(o.correct for o in q.options) == 1 for q in quiz.questions)


@pytest.mark.parametrize("change, message", [
    (lambda d: d["questions"][2]["options"][1].update(correct="yes"),
     r"case1.json, question 3, option B, correct: 'yes' is not of type 'boolean'"),
    (lambda d: d["questions"][0]["options"][0].pop("feedback"),
     r"case1.json, question 1, option A: 'feedback' is a required property"),
    (lambda d: [o.update(correct=True) for o in d["questions"][4]["options"]],
     r"case1.json, question 5, options: exactly one option must be correct"),
    (lambda d: d.update(questions="none"), r"case1.json, questions: 'none' is not of type 'array'"),
])
def test_the_faults_found_by_hand_name_the_file_and_question(tmp_path, change, message):
    data = json.loads((resource_dir("quizzes") / "case1.json").read_text(encoding="utf-8"))
    change(data)
    (tmp_path / "case1.json").write_text(json.dumps(data))
    with pytest.raises(ValueError, match=message):
        Quiz("case1", folder=tmp_path)


def test_bad_json_names_the_file_line_and_column(tmp_path):
    (tmp_path / "quiz.json").write_text('{"title": "t",\n "questions": [,]}')
    with pytest.raises(ValueError, match=r"quiz.json: not valid JSON at line 2, column 16"):
        Quiz("quiz", folder=tmp_path)
