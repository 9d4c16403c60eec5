"""No number a model produces is typed by hand: every number left typed in the prose of the chapters,
exercises, notes, role sheets and quizzes is listed in literal_numbers.yml with the reason it may be typed."""
import yaml

from tools import ROOT, literal_numbers

ALLOWED = yaml.safe_load((ROOT / "tests" / "book" / "literal_numbers.yml").read_text(encoding="utf-8"))


def test_every_typed_number_is_justified():
    assert literal_numbers.unexplained(literal_numbers.scan(), ALLOWED) == []


def test_every_justification_has_a_reason_and_is_still_needed():
    found = literal_numbers.scan()
    stale = [f"{file}: {n}" for file, entries in ALLOWED.items() for n in entries if n not in found.get(file, [])]
    assert stale == [], "drop these from literal_numbers.yml: the text no longer types them"
    assert all(reason.strip() for entries in ALLOWED.values() for reason in entries.values())


def test_a_model_number_typed_into_a_chapter_is_caught():
    chapter = ("With the exact markups the village commits to {eval}`n.offset_committed`, really reaches 86% and "
               "reports 86%. The essay's 90% target stands (`run_cascade(0.9, …)` is code).")
    found = {"cases/why_90.ipynb": literal_numbers.typed_numbers(chapter)}
    assert literal_numbers.unexplained(found, {"cases/why_90.ipynb": {"90%": "sourced"}}) == [
        "cases/why_90.ipynb: 86%"]
