"""The arithmetic of H town's target (case 1, chapter "H town and the 90% target"): how many older residents
must still be vaccinated, and how many days of screening that takes.

Defaults come from ``data/h_town_facts.csv``: the 90% target and the ~10,000 older residents left are from the
essay; the town's size, the health centre's daily capacity and the fit share are illustrative teaching
assumptions. The day-by-day campaign is in :mod:`.campaign`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..core.data import checked_fact
from ..core.validate import check_count, check_rate


@dataclass(frozen=True)
class TargetArithmetic:
    """What the county's target asks of H town, given what is already done.

    People are counted in persons, capacity in health checks per day, rates as shares in [0, 1].
    """

    target: float                 #: the county's target rate
    eligible_adults: int          #: the denominator of the target
    elderly_left: int             #: older residents not yet vaccinated (everyone else is done)
    check_capacity: int           #: health checks per day at the township health centre
    fit_share: float              #: share of checked older residents found fit to be vaccinated
    vaccinated: int               #: already vaccinated: eligible adults minus the elderly left
    coverage_now: float           #: vaccinated / eligible adults
    needed_total: int             #: vaccinated people the target requires (rounded up)
    still_needed: int             #: older residents who must still be vaccinated (0 if already met)
    fit_elderly: int              #: older residents who would pass the check (rounded down)
    max_reachable: float          #: the highest coverage screening can reach: (vaccinated + fit) / eligible
    reachable: bool               #: whether the target can be met by vaccinating only the fit
    checks_needed: int | None     #: health checks needed to find enough fit people (None if unreachable)
    days_needed: int | None       #: days of screening at full capacity (None if unreachable)
    days_to_check_all: int        #: days to check every older resident left
    days_to_deadline: int         #: days from the start of screening to the county's deadline
    meets_deadline: bool          #: reachable, and within the deadline

    def coverage_after(self, day: float) -> float:
        """Coverage after ``day`` days of screening at full capacity (fit people vaccinated the same day)."""
        checked = min(self.elderly_left, max(0.0, day) * self.check_capacity)
        return (self.vaccinated + checked * self.fit_share) / self.eligible_adults


def _at_least(low: int):
    """A validator of whole numbers >= ``low``, for :func:`countylab.core.data.checked_fact`."""
    return lambda name, value: check_count(name, value, low)


def target_arithmetic(target: float | None = None, eligible_adults: int | None = None,
                      elderly_left: int | None = None, check_capacity: int | None = None,
                      fit_share: float | None = None, days_to_deadline: int | None = None) -> TargetArithmetic:
    """How many older residents H town must still vaccinate, and how many days of screening that takes.

    Everyone but the ``elderly_left`` is assumed vaccinated (the essay: all young adults are done). Only
    residents found fit are vaccinated, so finding ``still_needed`` fit people takes
    ``still_needed / fit_share`` checks, at ``check_capacity`` checks a day. Any argument left as None takes
    its value from ``data/h_town_facts.csv``.
    """
    target = check_rate("target", target) if target is not None else checked_fact("county_target_rate", check_rate)
    eligible = (check_count("eligible_adults", eligible_adults, 1) if eligible_adults is not None
                else checked_fact("eligible_adults", _at_least(1)))
    elderly = (check_count("elderly_left", elderly_left, 0) if elderly_left is not None
               else checked_fact("elderly_left", _at_least(0)))
    if elderly > eligible:
        raise ValueError(f"elderly_left must be in [0, eligible_adults={eligible}]; got {elderly}")
    capacity = (check_count("check_capacity", check_capacity, 1) if check_capacity is not None
                else checked_fact("check_capacity_per_day", _at_least(1)))
    fit = check_rate("fit_share", fit_share) if fit_share is not None else checked_fact("fit_share", check_rate)
    deadline = (check_count("days_to_deadline", days_to_deadline, 1) if days_to_deadline is not None
                else checked_fact("days_to_deadline", _at_least(1)))

    vaccinated = eligible - elderly
    needed_total = math.ceil(round(target * eligible, 9))
    still_needed = max(0, needed_total - vaccinated)
    fit_elderly = math.floor(round(elderly * fit, 9))
    reachable = still_needed <= fit_elderly
    if reachable:
        checks = math.ceil(round(still_needed / fit, 9)) if still_needed else 0
        days = math.ceil(checks / capacity)
    else:
        checks = days = None
    return TargetArithmetic(
        target=target, eligible_adults=eligible, elderly_left=elderly, check_capacity=capacity,
        fit_share=fit, vaccinated=vaccinated, coverage_now=vaccinated / eligible, needed_total=needed_total,
        still_needed=still_needed, fit_elderly=fit_elderly, max_reachable=(vaccinated + fit_elderly) / eligible,
        reachable=reachable, checks_needed=checks, days_needed=days,
        days_to_check_all=math.ceil(elderly / capacity), days_to_deadline=deadline,
        meets_deadline=days is not None and days <= deadline)

