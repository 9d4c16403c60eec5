"""Answer-check feedback: a verdict and a sentence that says *why* an answer is wrong, not just that it is.

Each case's ``checks`` module works out the right answer with the same model its chapter uses, recognises the
typical wrong answers, and returns a :class:`Feedback`, shown in a notebook as one bold verdict and a sentence.
Words come from the string tables, so the Chinese edition reuses the checks. An unanswered exercise (``None``)
gets a reminder, never an error.
"""
from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from numbers import Integral, Real

from . import strings  # noqa: F401  (registers the verdict strings)
from .i18n import check_lang, t
from .validate import brief


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer: ``correct`` and a ``message`` saying why (``kind`` names the case found:
    "right", "unanswered", or the typical mistake)."""

    exercise: str
    correct: bool
    kind: str
    message: str
    lang: str = "en"

    def _verdict(self) -> str:
        key = "chk.right" if self.correct else "chk.unanswered" if self.kind == "unanswered" else "chk.not_yet"
        return t(key, self.lang)

    def _repr_markdown_(self) -> str:
        return t("chk.line", self.lang, verdict=f"**{self._verdict()}**", message=self.message)

    def __repr__(self) -> str:
        return t("chk.line", self.lang, verdict=self._verdict(), message=self.message)

    def __bool__(self) -> bool:
        return self.correct


def feedback(exercise: str, kind: str, lang: str, correct: bool = False, **values) -> Feedback:
    """The feedback of kind ``kind`` for an exercise, in words from the string ``chk.<exercise>.<kind>``."""
    return Feedback(exercise, correct, kind, t(f"chk.{exercise}.{kind}", lang, **values), lang)


def unanswered(exercise: str, lang: str) -> Feedback:
    """The reminder for an exercise still answered ``None``."""
    return Feedback(exercise, False, "unanswered", t("chk.fill_in", lang), lang)


def pct(x: float, digits: int = 2) -> str:
    """A share as a percentage with a fixed number of decimals: 0.05263 → "5.26"."""
    return f"{100 * x:.{digits}f}"


def is_number(x: object) -> bool:
    """Whether ``x`` is a real number a student could mean (not a bool, not nan or infinite; any whole number)."""
    if isinstance(x, bool) or not isinstance(x, Real):
        return False
    return isinstance(x, Integral) or math.isfinite(x)


def as_float(x: Real) -> float:
    """A number as a float; a whole number too large for a float becomes an infinity of its sign."""
    try:
        return float(x)
    except OverflowError:
        return math.inf if x > 0 else -math.inf


#: The most values an answer may list (a longer one, or an endless iterator, is not read to its end).
MOST_VALUES = 100


def as_numbers(answer: object) -> list[float] | None:
    """A student's answer as a list of numbers: one number, or a list, tuple, array or other sequence of them.
    None when it is something else (text, a dictionary, a list holding text, more than 100 values)."""
    if is_number(answer):
        return [as_float(answer)]
    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(answer, Iterable):
        return None
    items = list(itertools.islice(iter(answer), MOST_VALUES + 1))
    if len(items) > MOST_VALUES or not all(is_number(v) for v in items):
        return None
    return [as_float(v) for v in items]


def answer_check(exercise: str) -> Callable:
    """Decorate a check ``check(answer, lang, **options)``: the language is checked, ``None`` gets a reminder,
    and anything the check cannot read gets feedback that says so. Nothing a student types makes a check
    raise; a wrong ``lang`` (the notebook's, not the student's) is still a ValueError."""
    def wrap(check: Callable) -> Callable:
        @functools.wraps(check)
        def run(answer=None, lang: str = "en", **options) -> Feedback:
            check_lang(lang)
            if answer is None:
                return unanswered(exercise, lang)
            try:
                return check(answer, lang, **options)
            except Exception as error:  # noqa: BLE001  (the student sees why, instead of a traceback)
                return Feedback(exercise, False, "unreadable",
                                t("chk.unreadable", lang, error=brief(str(error), 120)), lang)
        return run
    return wrap

