"""Number formatting shared by figures, labs, tables and answer checks."""
from __future__ import annotations


def percent(share: float, digits: int = 1) -> str:
    """A share as a percentage string without a trailing ".0": 0.9 → "90", 0.9375 → "93.8"."""
    text = f"{100 * share:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def number(x: float) -> str:
    """A control's bound as a reader sees it: thousands separated when large and whole (20,000), else short."""
    return f"{x:,.0f}" if float(x).is_integer() and abs(x) >= 1000 else f"{x:g}"
