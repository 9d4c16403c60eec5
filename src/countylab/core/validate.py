"""Input checks shared by the models: each raises a ValueError naming the parameter and what it allows.

Numbers must be real and finite (``nan``, ``inf`` and integers too large for a float are refused), so nothing
downstream meets a value it cannot compute with.
"""
from __future__ import annotations

import math
from numbers import Real


def brief(value: object, width: int = 60) -> str:
    """``repr(value)``, shortened for a message."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def check_number(name: str, value: object, low: float, high: float | None = None) -> float:
    """``value`` as a float if it is a finite real number in [low, high]; else a ValueError naming ``name``."""
    allowed = f"in [{low:g}, {high:g}]" if high is not None else f">= {low:g}"
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"{name} must be a number {allowed}; got {brief(value)}")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number {allowed}; got {brief(value)}")
    if number < low or (high is not None and number > high):
        raise ValueError(f"{name} must be {allowed}; got {brief(value)}")
    return number


def check_rate(name: str, value: object) -> float:
    """A share or rate in [0, 1]."""
    return check_number(name, value, 0.0, 1.0)


def check_count(name: str, value: object, low: int = 0, high: int | None = None) -> int:
    """A whole number (of people, days, …) in [low, high]."""
    number = check_number(name, value, low, high)
    if number != int(number):
        raise ValueError(f"{name} must be a whole number; got {brief(value)}")
    return int(number)


def _same(value: object, choice: object) -> bool:
    if value is choice:
        return True
    if isinstance(choice, str):
        return isinstance(value, str) and value == choice
    return type(value) is type(choice) and bool(value == choice)


def check_choice(name: str, value: object, choices: tuple) -> object:
    """One of ``choices`` (a string choice accepts only a string: 1 is not "1", True is not 1)."""
    try:
        ok = any(_same(value, c) for c in choices)
    except (TypeError, ValueError):  # a value that cannot be compared (an array, say)
        ok = False
    if not ok:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}; got {brief(value)}")
    return value
