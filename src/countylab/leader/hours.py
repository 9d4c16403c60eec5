"""The week's unit of time and its defaults: the top leader's hours, in whole or half hours (the solver's unit).

Defaults come from ``data/leader_facts.csv`` (illustrative teaching assumptions, labelled so there).
"""
from __future__ import annotations

from ..core.data import checked_fact
from ..core.validate import check_count, check_number

LEADER_FACTS = "leader_facts"


def leader_fact(key: str) -> float:
    """One value of ``data/leader_facts.csv``, e.g. ``leader_fact("weekly_hours")`` → 50, checked against the
    model's rule for it (a grade from 1 to 4, hours a week up to 168, a meal in whole or half hours)."""
    return checked_fact(key, CHECKS.get(key, lambda name, value: value), LEADER_FACTS)


def check_half_hours(name: str, hours: object, high: float | None = None) -> float:
    """Hours in whole or half hours (the solver's unit), >= 0 (and <= ``high``)."""
    value = check_number(name, hours, 0, high)
    if not float(2 * value).is_integer():
        raise ValueError(f"{name} must be in whole or half hours; got {hours!r}")
    return value


def half_hours(hours: float) -> int:
    """Hours as a whole number of half hours."""
    return int(round(2 * hours))


#: The model's rule for each value of data/leader_facts.csv.
CHECKS = {
    "host_rank": lambda name, value: check_count(name, value, 1, 4),
    "weekly_hours": lambda name, value: check_number(name, value, 0, 168),
    "meal_hours": lambda name, value: check_half_hours(name, value),
    "opening_closing_hours": lambda name, value: check_half_hours(name, value),
}


def check_budget(budget_hours: float | None) -> float:
    """The secretary's hours in a week, in [0, 168]; None takes ``weekly_hours`` from data/leader_facts.csv."""
    budget = leader_fact("weekly_hours") if budget_hours is None else budget_hours
    return check_number("budget_hours", budget, 0, 168)
