"""Answer checks for the model exercises: feedback that says *why* an answer is wrong, not just that it is.

Each ``check_…`` function takes a student's answer, works out the right one with the same model the chapter
uses, and recognises the typical wrong answers (each with its own explanation). It returns a
:class:`Feedback`, shown in a notebook as one bold verdict and a sentence. Words come from
:mod:`countylab.i18n`, so the Chinese edition reuses the checks. An unanswered exercise (``None``) gets a
reminder, never an error.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real
from typing import Mapping

from . import attention
from .campaign import target_arithmetic
from .cascade import compensating_markups, run_cascade
from .i18n import check_lang, t


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


def _feedback(exercise: str, kind: str, lang: str, correct: bool = False, **values) -> Feedback:
    return Feedback(exercise, correct, kind, t(f"chk.{exercise}.{kind}", lang, **values), lang)


def _unanswered(exercise: str, lang: str) -> Feedback:
    return Feedback(exercise, False, "unanswered", t("chk.fill_in", lang), lang)


def _pct(x: float, digits: int = 2) -> str:
    return f"{100 * x:.{digits}f}"


def _is_number(x: object) -> bool:
    return isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(x)


# --- Case 1 ------------------------------------------------------------------------------------------------

MARKUP_LEVELS = 4        #: province → city → county → township
MARKUP_DISCOUNT = 0.05   #: each receiving level discounts 5%
MARKUP_GOAL = 0.9        #: the goal set at the top
MARKUP_TOLERANCE = 5e-4  #: answers within 0.05 points of the exact markup count as right


def check_markups(answer, lang: str = "en") -> Feedback:
    """Exercise "markups": in a four-level chain whose three receiving levels each discount 5%, which markup
    at each passing level exactly offsets the discount below it? ``answer``: three shares (0.05 is 5%)."""
    check_lang(lang)
    if answer is None:
        return _unanswered("markups", lang)
    values = [answer] if _is_number(answer) else list(answer) if isinstance(answer, (list, tuple)) else None
    receiving = MARKUP_LEVELS - 1
    if values is None or not all(_is_number(v) for v in values):
        return _feedback("markups", "not_numbers", lang, n=receiving)
    exact = compensating_markups([MARKUP_DISCOUNT] * receiving)
    if len(values) != receiving:
        cumulative = (1 / (1 - MARKUP_DISCOUNT)) ** receiving - 1
        if len(values) == 1 and abs(values[0] - cumulative) <= 1e-3:
            top = min(1.0, MARKUP_GOAL * (1 + values[0]))
            return _feedback("markups", "all_at_top", lang, top=_pct(top, 1), n=receiving)
        return _feedback("markups", "wrong_count", lang, n=receiving, levels=MARKUP_LEVELS, got=len(values))
    if all(v > 1 for v in values):
        return _feedback("markups", "percent", lang)
    if all(abs(v - e) <= MARKUP_TOLERANCE for v, e in zip(values, exact)):
        return _feedback("markups", "right", lang, correct=True, markup=_pct(exact[0]), goal=_pct(MARKUP_GOAL, 0))
    committed = run_cascade(MARKUP_GOAL, [MARKUP_DISCOUNT] * receiving, [max(0.0, v) for v in values],
                            capacity=1.0).pursued
    if all(abs(v - MARKUP_DISCOUNT) <= 1e-9 for v in values):
        return _feedback("markups", "same_as_discount", lang, committed=_pct(committed, 2),
                         goal=_pct(MARKUP_GOAL, 0), product=f"{(1 + MARKUP_DISCOUNT) * (1 - MARKUP_DISCOUNT):.4f}")
    if abs(committed - MARKUP_GOAL) <= MARKUP_TOLERANCE:
        return _feedback("markups", "uneven", lang, goal=_pct(MARKUP_GOAL, 0))
    direction = "too_high" if committed > MARKUP_GOAL else "too_low"
    return _feedback("markups", direction, lang, committed=_pct(committed, 2), goal=_pct(MARKUP_GOAL, 0))


def check_daily_checks(answer, lang: str = "en") -> Feedback:
    """Exercise "checks": the fewest health checks a day with which H town, screening first, reaches the
    target by the deadline (defaults of data/h_town_facts.csv). ``answer``: a whole number of checks a day."""
    check_lang(lang)
    if answer is None:
        return _unanswered("checks", lang)
    if not _is_number(answer) or answer <= 0:
        return _feedback("checks", "not_positive", lang)
    if answer != int(answer):
        return _feedback("checks", "not_whole", lang)
    base = target_arithmetic()
    least = math.ceil(base.checks_needed / base.days_to_deadline)
    values = dict(least=f"{least:,}", needed=f"{base.still_needed:,}", checks=f"{base.checks_needed:,}",
                  days=base.days_to_deadline, fit=_pct(base.fit_share, 0), elderly=f"{base.elderly_left:,}")
    answer = int(answer)
    if answer == least:
        return _feedback("checks", "right", lang, correct=True, **values)
    if answer in (math.floor(base.still_needed / base.days_to_deadline),
                  math.ceil(base.still_needed / base.days_to_deadline)):
        return _feedback("checks", "forgot_unfit", lang, **values)
    if answer in (math.floor(base.elderly_left / base.days_to_deadline),
                  math.ceil(base.elderly_left / base.days_to_deadline)):
        return _feedback("checks", "checked_everyone", lang, **values)
    if answer > least:
        return _feedback("checks", "more_than_needed", lang, answer=f"{answer:,}", **values)
    reached = target_arithmetic(check_capacity=answer)
    return _feedback("checks", "too_few", lang, answer=f"{answer:,}", late=reached.days_needed, **values)


# --- Case 2 ------------------------------------------------------------------------------------------------

def task_name(task, lang: str = "en") -> str:
    """A task's short name, e.g. "land dispute (A)" (also used by the week planner's sentence)."""
    return t("task.short", lang, topic=t(f"topic.{task.topic}", lang), village=task.village)


def check_best_week(answer, lang: str = "en", week_number: int = 1) -> Feedback:
    """Exercise "best_week": a plan for week 1 (task id → channel) that gets the most progress out of the
    secretary's 50 hours, as the solver does. Explains the first problem found in a plan that falls short."""
    check_lang(lang)
    if answer is None:
        return _unanswered("best_week", lang)
    w = attention.week(week_number)
    if not isinstance(answer, Mapping):
        return _feedback("best_week", "not_a_plan", lang, example=w.tasks[0].id)
    try:
        yours = attention.allocate(w, answer)
    except ValueError as error:
        return _feedback("best_week", "bad_plan", lang, error=str(error))
    best = attention.best_allocation(w)
    values = dict(progress=f"{yours.progress:g}", best=f"{best.progress:g}", total=f"{w.total_value:g}")
    if yours.progress >= best.progress:
        return _feedback("best_week", "right", lang, correct=True, **values)
    plan = dict(yours.plan)
    for reason in ("too_weak", "too_slow"):
        for u in yours.unmet_of("task"):
            if u.reason == reason:
                task = w.task(u.id)
                needed = t(f"channel.long.{task.needed_channel}", lang)
                return _feedback("best_week", reason, lang, task=task_name(task, lang),
                                 channel=t(f"channel.long.{plan[u.id]}", lang), needed=needed, **values)
    # Presence spent where a cheaper channel would do is the week's typical waste, whether or not it left a
    # task out of time.
    costly = [w.task(i) for i, c in plan.items() if c == "in_person" and i in yours.done
              and w.task(i).cheapest_channel() != "in_person"]
    if costly:
        return _feedback("best_week", "presence_wasted", lang, task=task_name(costly[0], lang), **values)
    out_of_time = [u for u in yours.unmet_of("task") if u.reason == "no_time"]
    if out_of_time:
        return _feedback("best_week", "no_time", lang, task=task_name(w.task(out_of_time[0].id), lang), **values)
    left = [w.task(u.id) for u in yours.unmet_of("task") if u.reason == "not_planned"]
    if any(task.cheapest_channel() is not None
           and attention.channels()[task.cheapest_channel()].leader_hours <= yours.free for task in left):
        return _feedback("best_week", "left_out", lang, **values)
    return _feedback("best_week", "lower_value", lang, **values)


def largest_cap_for_all_tasks(week_number: int = 2) -> int | None:
    """The largest reception cap with which the solver still does every task of the week (None: none does)."""
    w = attention.week(week_number)
    for cap in range(attention.max_receptions((w,)), -1, -1):
        if attention.best_allocation(w, policy=attention.Policy(reception_cap=cap)).progress == w.total_value:
            return cap
    return None


def check_reception_cap(answer, lang: str = "en", week_number: int = 2) -> Feedback:
    """Exercise "reception_cap": in the inspection week, the largest number of receptions the secretary can
    attend (the protocol keeps the most important) with every village task still done."""
    check_lang(lang)
    if answer is None:
        return _unanswered("reception_cap", lang)
    if not _is_number(answer) or answer < 0 or answer != int(answer):
        return _feedback("reception_cap", "not_whole", lang)
    w = attention.week(week_number)
    right = largest_cap_for_all_tasks(week_number)
    answer = int(answer)
    if right is None:
        return _feedback("reception_cap", "none_works", lang)

    def week_of(cap):
        return attention.best_allocation(w, policy=attention.Policy(reception_cap=cap))

    values = dict(right=right, total=f"{w.total_value:g}", goodwill=f"{week_of(right).goodwill:g}")
    if answer == right:
        return _feedback("reception_cap", "right", lang, correct=True, **values)
    if answer > right:
        a = week_of(answer)
        kept = [p for p in a.receptions if p.attended and p.form.appears]
        freed = sum(p.hours for p in week_of(None).receptions if p.attended) - sum(p.hours for p in kept)
        return _feedback("reception_cap", "too_many" if freed > 0 else "no_change", lang, answer=answer, progress=f"{a.progress:g}",
                         freed=f"{freed:g}", **values)
    return _feedback("reception_cap", "too_few", lang, answer=answer,
                     lost=f"{week_of(right).goodwill - week_of(answer).goodwill:g}", **values)
