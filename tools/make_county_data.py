#!/usr/bin/env python3
"""Construct M county's illustrative township data (data/m_county_townships.csv, m_county_daily.csv).

The essay names no other townships and gives no daily figures; these are constructed for teaching and
labelled so. Each other township pushes everyone: its coverage rises from its starting value toward a
ceiling with a time constant (days), coverage(t) = ceiling - (ceiling - start) * exp(-t / tau), rounded
to 4 decimals. Run it to regenerate the files; tests check the files against this rule.
"""
from __future__ import annotations

import csv
import math
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
DAYS = 60
#: name, eligible adults, starting coverage, ceiling, time constant (days) — all illustrative
TOWNSHIPS = [
    ("A town", 52_000, 0.80, 0.975, 9.0),
    ("B town", 36_000, 0.84, 0.970, 8.0),
    ("C town", 41_000, 0.78, 0.960, 12.0),
    ("D township", 29_000, 0.82, 0.950, 10.0),
    ("E township", 33_000, 0.76, 0.955, 14.0),
    ("F town", 45_000, 0.81, 0.965, 11.0),
    ("G township", 25_000, 0.79, 0.940, 16.0),
]


def coverage(start: float, ceiling: float, tau: float, day: int) -> float:
    return round(ceiling - (ceiling - start) * math.exp(-day / tau), 4)


def main() -> None:
    with (DATA / "m_county_townships.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["township", "eligible_adults", "starting_coverage", "ceiling", "tau_days", "status", "note"])
        for name, eligible, start, ceiling, tau in TOWNSHIPS:
            w.writerow([name, eligible, start, ceiling, tau, "illustrative",
                        "constructed for teaching: pushes everyone, no screening"])
    with (DATA / "m_county_daily.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["township", "day", "coverage"])
        for name, _, start, ceiling, tau in TOWNSHIPS:
            for day in range(DAYS + 1):
                w.writerow([name, day, coverage(start, ceiling, tau, day)])
    print("wrote data/m_county_townships.csv and data/m_county_daily.csv")


if __name__ == "__main__":
    main()
