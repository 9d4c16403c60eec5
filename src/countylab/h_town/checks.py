"""Answer checks of case 1's model exercises: the markups that offset a chain of discounts, and the health
checks a day H town needs. Each recognises the typical wrong answers and says why they are wrong."""
from __future__ import annotations

import math

from ..core.feedback import Feedback, answer_check, as_numbers, feedback, is_number, pct
from . import strings  # noqa: F401  (registers the case's strings)
from .arithmetic import target_arithmetic
from .cascade import compensating_markups, run_cascade

MARKUP_LEVELS = 4        #: province → city → county → township
MARKUP_DISCOUNT = 0.05   #: each receiving level discounts 5%
MARKUP_GOAL = 0.9        #: the goal set at the top
MARKUP_TOLERANCE = 5e-4  #: answers within 0.05 points of the exact markup count as right


@answer_check("markups")
def check_markups(answer, lang: str = "en") -> Feedback:
    """Exercise "markups": in a four-level chain whose three receiving levels each discount 5%, which markup
    at each passing level exactly offsets the discount below it? ``answer``: three shares (0.05 is 5%), as a
    list, tuple or array."""
    values = as_numbers(answer)
    receiving = MARKUP_LEVELS - 1
    if values is None:
        return feedback("markups", "not_numbers", lang, n=receiving)
    if any(v < 0 for v in values):
        return feedback("markups", "negative", lang)
    if any(v > 1 for v in values):
        kind = ("multiplier" if all(1 <= v < 2 for v in values) else
                "percent" if all(v <= 100 for v in values) else "too_large")
        return feedback("markups", kind, lang)
    exact = compensating_markups([MARKUP_DISCOUNT] * receiving)
    if len(values) != receiving:
        cumulative = (1 / (1 - MARKUP_DISCOUNT)) ** receiving - 1
        if len(values) == 1 and abs(values[0] - cumulative) <= 1e-3:
            top = min(1.0, MARKUP_GOAL * (1 + values[0]))
            return feedback("markups", "all_at_top", lang, top=pct(top, 1), n=receiving)
        return feedback("markups", "wrong_count", lang, n=receiving, levels=MARKUP_LEVELS, got=len(values))
    if all(abs(v - e) <= MARKUP_TOLERANCE for v, e in zip(values, exact)):
        return feedback("markups", "right", lang, correct=True, markup=pct(exact[0]), goal=pct(MARKUP_GOAL, 0))
    committed = run_cascade(MARKUP_GOAL, [MARKUP_DISCOUNT] * receiving, values, capacity=1.0).pursued
    if all(abs(v - MARKUP_DISCOUNT) <= 1e-9 for v in values):
        return feedback("markups", "same_as_discount", lang, committed=pct(committed, 2),
                         goal=pct(MARKUP_GOAL, 0), product=f"{(1 + MARKUP_DISCOUNT) * (1 - MARKUP_DISCOUNT):.4f}")
    if abs(committed - MARKUP_GOAL) <= MARKUP_TOLERANCE:
        return feedback("markups", "uneven", lang, goal=pct(MARKUP_GOAL, 0))
    direction = "too_high" if committed > MARKUP_GOAL else "too_low"
    return feedback("markups", direction, lang, committed=pct(committed, 2), goal=pct(MARKUP_GOAL, 0))


@answer_check("checks")
def check_daily_checks(answer, lang: str = "en") -> Feedback:
    """Exercise "checks": the fewest health checks a day with which H town, screening first, reaches the
    target by the deadline (defaults of data/h_town_facts.csv). ``answer``: a whole number of checks a day."""
    if not is_number(answer) or answer <= 0:
        return feedback("checks", "not_positive", lang)
    if answer != int(answer):
        return feedback("checks", "not_whole", lang)
    base = target_arithmetic()
    least = math.ceil(base.checks_needed / base.days_to_deadline)
    values = dict(least=f"{least:,}", needed=f"{base.still_needed:,}", checks=f"{base.checks_needed:,}",
                  days=base.days_to_deadline, fit=pct(base.fit_share, 0), elderly=f"{base.elderly_left:,}")
    answer = int(answer)
    if answer == least:
        return feedback("checks", "right", lang, correct=True, **values)
    if answer in (math.floor(base.still_needed / base.days_to_deadline),
                  math.ceil(base.still_needed / base.days_to_deadline)):
        return feedback("checks", "forgot_unfit", lang, **values)
    if answer in (math.floor(base.elderly_left / base.days_to_deadline),
                  math.ceil(base.elderly_left / base.days_to_deadline)):
        return feedback("checks", "checked_everyone", lang, **values)
    if answer > least:
        return feedback("checks", "more_than_needed", lang, answer=f"{answer:,}", **values)
    reached = target_arithmetic(check_capacity=answer)
    return feedback("checks", "too_few", lang, answer=f"{answer:,}", late=reached.days_needed, **values)

