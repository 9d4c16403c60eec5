"""Answer-check feedback: a verdict and a sentence that says *why* an answer is wrong, not just that it is.

Each case's ``checks`` module works out the right answer with the same model its chapter uses, recognises the
typical wrong answers, and returns a :class:`Feedback`, shown in a notebook as one bold verdict and a sentence.
Words come from the string tables, so the Chinese edition reuses the checks. An unanswered exercise (``None``)
gets a reminder, never an error.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

from . import strings  # noqa: F401  (registers the verdict strings)
from .i18n import t


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
    """Whether ``x`` is a finite real number (not a bool)."""
    return isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(x)

