"""Input checks shared by the models: each raises a ValueError naming the parameter and its allowed range."""
from __future__ import annotations

import math
from numbers import Real


def check_number(name: str, value: object, low: float, high: float | None = None) -> float:
    """``value`` as a float if it is a real number in [low, high]; else a ValueError naming ``name``."""
    allowed = f"in [{low:g}, {high:g}]" if high is not None else f">= {low:g}"
    if isinstance(value, bool) or not isinstance(value, Real) or math.isnan(value):
        raise ValueError(f"{name} must be a number {allowed}; got {value!r}")
    if value < low or (high is not None and value > high):
        raise ValueError(f"{name} must be {allowed}; got {value!r}")
    return float(value)


def check_rate(name: str, value: object) -> float:
    """A share or rate in [0, 1]."""
    return check_number(name, value, 0.0, 1.0)


def check_count(name: str, value: object, low: int = 0, high: int | None = None) -> int:
    """A whole number (of people, days, …) in [low, high]."""
    number = check_number(name, value, low, high)
    if number != int(number):
        raise ValueError(f"{name} must be a whole number; got {value!r}")
    return int(number)


def check_choice(name: str, value: object, choices: tuple[str, ...]) -> str:
    """One of ``choices``."""
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}; got {value!r}")
    return value  # type: ignore[return-value]
