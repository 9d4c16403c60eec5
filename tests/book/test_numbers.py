"""Every number a chapter inserts comes from the models, and nothing that shows it is stale.

Notebooks write ``{eval}`n.key``` (``n = numbers(case)``); Markdown pages ``{num}`case.key```; quiz files
``[[case.key]]``. These tests check that every such name exists, and that the copy of each number a notebook
stores for JupyterLab (shown before a student runs the chapter) equals what the model gives now. A fixture
notebook with a stale number shows the check failing.
"""
import json
import re

import pytest

from countylab import Quiz, numbers
from countylab.core.data import resource_dir
from countylab.core.quantities import PLACEHOLDER
from tools import ROOT, notebook_numbers

# Both editions: the English pages and their Chinese twins under zh/.
NOTEBOOKS = sorted(p for base in (ROOT, ROOT / "zh") for pattern in ("cases", "exercises", "instructor")
                   for p in base.glob(f"{pattern}/*.ipynb"))
PAGES = sorted([*(p for base in (ROOT, ROOT / "zh") for pattern in ("exercises", "instructor")
                  for p in base.glob(f"{pattern}/*.md")), ROOT / "intro.md", ROOT / "zh" / "intro.md"])
FIXTURES = ROOT / "tests" / "fixtures" / "numbers"
ROLE = re.compile(r"\{num\}`(\w+)\.(\w+)`")


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_inserted_number_exists_and_its_stored_copy_is_current(path):
    nb = read(path)
    assert notebook_numbers.stale(nb) == [], f"run `make notebooks` to store the numbers of {path.name}"


def test_a_stale_stored_number_is_found():
    nb = read(FIXTURES / "stale.ipynb")
    assert notebook_numbers.stale(nb) == [
        f"cell 1: n.offset_markup is stored as '5%', the model gives '{numbers('h_town').offset_markup}'"]


def test_an_unknown_number_is_an_error():
    nb = read(FIXTURES / "stale.ipynb")
    nb["cells"][1]["source"] = ["The markup is {eval}`n.no_such_number`."]
    with pytest.raises(KeyError, match="no number named 'no_such_number'"):
        notebook_numbers.stale(nb)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_number_role_in_a_page_names_a_number(path):
    for case, key in ROLE.findall(path.read_text(encoding="utf-8")):
        assert key in numbers(case), f"{path.name}: {{num}}`{case}.{key}` names no number"


@pytest.mark.parametrize("name", sorted(p.name.removesuffix(".json") for p in resource_dir("quizzes").iterdir()
                                        if p.name.endswith(".json")))
def test_every_placeholder_in_a_quiz_is_filled(name):
    name, _, lang = name.partition(".")  # case1.zh: the Chinese edition's quiz
    quiz = Quiz(name, lang=lang or "en")
    texts = [quiz.title] + [x for q in quiz.questions for x in (q.text, *[o.text for o in q.options],
                                                                *[o.feedback for o in q.options])]
    assert not any(PLACEHOLDER.search(text) for text in texts)


def test_a_quiz_placeholder_naming_no_number_is_refused(tmp_path):
    data = json.loads((resource_dir("quizzes") / "case1.json").read_text(encoding="utf-8"))
    data["questions"][0]["question"] += " [[h_town.no_such_number]]"
    (tmp_path / "case1.json").write_text(json.dumps(data))
    with pytest.raises(ValueError, match="case1.json, question 1: .*no number named 'no_such_number'"):
        Quiz("case1", folder=tmp_path)
