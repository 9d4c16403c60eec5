"""Construct M county's illustrative township data (data/m_county_townships.csv, m_county_daily.csv).

The essay names no other townships and gives no daily figures; these are constructed for teaching and
labelled so. Each other township pushes everyone (no health checks): its coverage rises from its starting
value toward a ceiling, coverage(t) = ceiling - (ceiling - start) * exp(-t / tau), rounded to 4 decimals,
with the time constant tau = eligible adults * (ceiling - start) / daily vaccination capacity (the days the
gap would take at full capacity). Elderly share and fit share describe each township for discussion; the
trajectories do not use them, since these townships do not screen. Run it to regenerate the files; tests
check the files against this rule.
"""
from __future__ import annotations

import csv
import math

from tools import ROOT

DATA = ROOT / "data"
DAYS = 60
#: name, eligible adults, elderly share, starting coverage, ceiling, vaccinations per day, fit share
#: — all illustrative
TOWNSHIPS = [
    ("A town", 52_000, 0.24, 0.80, 0.975, 1_000, 0.72),
    ("B town", 36_000, 0.22, 0.84, 0.970, 600, 0.75),
    ("C town", 41_000, 0.26, 0.78, 0.960, 620, 0.68),
    ("D township", 29_000, 0.25, 0.82, 0.950, 380, 0.70),
    ("E township", 33_000, 0.27, 0.76, 0.955, 460, 0.66),
    ("F town", 45_000, 0.23, 0.81, 0.965, 630, 0.71),
    ("G township", 25_000, 0.28, 0.79, 0.940, 240, 0.65),
]


def tau_days(eligible: int, start: float, ceiling: float, capacity: int) -> float:
    """Days the gap between start and ceiling would take at full daily vaccination capacity."""
    return round(eligible * (ceiling - start) / capacity, 2)


def coverage(start: float, ceiling: float, tau: float, day: int) -> float:
    """A township's coverage on ``day``: from ``start`` toward ``ceiling`` with time constant ``tau``."""
    return round(ceiling - (ceiling - start) * math.exp(-day / tau), 4)


def main() -> None:
    """Write data/m_county_townships.csv and data/m_county_daily.csv."""
    with (DATA / "m_county_townships.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["township", "eligible_adults", "elderly_share", "starting_coverage", "ceiling",
                    "vaccination_capacity_per_day", "check_capacity_per_day", "fit_share", "tau_days", "status",
                    "note"])
        for name, eligible, elderly, start, ceiling, capacity, fit in TOWNSHIPS:
            w.writerow([name, eligible, elderly, start, ceiling, capacity, 0, fit,
                        tau_days(eligible, start, ceiling, capacity), "illustrative",
                        "constructed for teaching: pushes everyone, no screening"])
    with (DATA / "m_county_daily.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["township", "day", "coverage"])
        for name, eligible, _, start, ceiling, capacity, _ in TOWNSHIPS:
            tau = tau_days(eligible, start, ceiling, capacity)
            for day in range(DAYS + 1):
                w.writerow([name, day, coverage(start, ceiling, tau, day)])
    print("wrote data/m_county_townships.csv and data/m_county_daily.csv")


if __name__ == "__main__":
    main()
