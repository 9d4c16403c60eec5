"""The H-town vaccination campaign (case 1).

This module holds the campaign's arithmetic and, later, its day-by-day model (DESIGN §4). Defaults come from
``data/h_town_facts.csv``: the 90% target and the ~10,000 older residents left are from the essay; the
town's size, the health centre's daily capacity and the fit share are illustrative teaching assumptions.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from .data import fact
from .validate import check_choice, check_count, check_number, check_rate


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


def target_arithmetic(target: float | None = None, eligible_adults: int | None = None,
                      elderly_left: int | None = None, check_capacity: int | None = None,
                      fit_share: float | None = None, days_to_deadline: int | None = None) -> TargetArithmetic:
    """How many older residents H town must still vaccinate, and how many days of screening that takes.

    Everyone but the ``elderly_left`` is assumed vaccinated (the essay: all young adults are done). Only
    residents found fit are vaccinated, so finding ``still_needed`` fit people takes
    ``still_needed / fit_share`` checks, at ``check_capacity`` checks a day. Any argument left as None takes
    its value from ``data/h_town_facts.csv``.
    """
    target = check_rate("target", fact("county_target_rate") if target is None else target)
    eligible = check_count("eligible_adults", fact("eligible_adults") if eligible_adults is None
                           else eligible_adults, 1)
    elderly = check_count("elderly_left", fact("elderly_left") if elderly_left is None else elderly_left, 0)
    if elderly > eligible:
        raise ValueError(f"elderly_left must be in [0, eligible_adults={eligible}]; got {elderly}")
    capacity = check_count("check_capacity", fact("check_capacity_per_day") if check_capacity is None
                           else check_capacity, 1)
    fit = check_rate("fit_share", fact("fit_share") if fit_share is None else fit_share)
    deadline = check_count("days_to_deadline", fact("days_to_deadline") if days_to_deadline is None
                           else days_to_deadline, 1)

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


# --- The day-by-day campaign (DESIGN §4, "Vaccination campaign") -------------------------------------

STRATEGIES = ("screen_first", "push_all")

#: Where each CampaignParams field comes from (the essay, or an illustrative teaching assumption).
PROVENANCE = {
    "target": "sourced: the essay (M county's 90%)",
    "elderly_left": "sourced: the essay (about 10,000 older residents left)",
    "eligible_adults": "illustrative", "deadline_days": "illustrative", "horizon_days": "illustrative",
    "vaccination_capacity": "illustrative", "check_capacity": "illustrative", "fit_share": "illustrative",
    "sensitivity": "illustrative", "willingness": "illustrative", "risk": "illustrative",
    "backlash": "illustrative",
}


@dataclass(frozen=True)
class CampaignParams:
    """H town's campaign. Persons are counts, capacities persons per day, shares in [0, 1].

    Everyone eligible but the ``elderly_left`` is vaccinated on day 0 (the essay: all young adults done).
    Field sources are in :data:`PROVENANCE`; defaults come from ``data/h_town_facts.csv`` via :meth:`h_town`.
    """

    eligible_adults: int = 48_000        #: denominator of the county's target (illustrative)
    elderly_left: int = 10_000           #: older residents not yet vaccinated (the essay)
    target: float = 0.90                 #: the county's target rate (the essay)
    deadline_days: int = 30              #: days to the county's deadline (illustrative)
    horizon_days: int = 45               #: days simulated (illustrative)
    vaccination_capacity: int = 600      #: vaccinations per day (illustrative)
    check_capacity: int = 300            #: health checks per day (illustrative)
    fit_share: float = 0.70              #: share of older residents medically fit (illustrative)
    sensitivity: float = 0.90            #: share of unfit people a check catches (illustrative)
    willingness: float = 0.10            #: share of those not yet seen who come forward per day (illustrative)
    risk: float = 0.003                  #: serious reactions per unfit person vaccinated (illustrative)
    backlash: float = 0.15               #: share of willingness lost per serious incident (illustrative)

    def __post_init__(self) -> None:
        check_count("eligible_adults", self.eligible_adults, 1)
        check_count("elderly_left", self.elderly_left, 0, self.eligible_adults)
        check_rate("target", self.target)
        check_count("deadline_days", self.deadline_days, 1, 365)
        check_count("horizon_days", self.horizon_days, 1, 365)
        check_count("vaccination_capacity", self.vaccination_capacity, 0)
        check_count("check_capacity", self.check_capacity, 0)
        for name in ("fit_share", "sensitivity", "willingness", "risk", "backlash"):
            check_rate(name, getattr(self, name))

    @classmethod
    def h_town(cls, **changes) -> "CampaignParams":
        """H town's defaults from ``data/h_town_facts.csv``, with any field changed by keyword."""
        defaults = dict(
            eligible_adults=int(fact("eligible_adults")), elderly_left=int(fact("elderly_left")),
            target=fact("county_target_rate"), deadline_days=int(fact("days_to_deadline")),
            horizon_days=int(fact("horizon_days")), vaccination_capacity=int(fact("vaccination_capacity_per_day")),
            check_capacity=int(fact("check_capacity_per_day")), fit_share=fact("fit_share"),
            sensitivity=fact("sensitivity"), willingness=fact("willingness"), risk=fact("risk"),
            backlash=fact("backlash"))
        unknown = set(changes) - set(defaults)
        if unknown:
            raise ValueError(f"CampaignParams has no field {sorted(unknown)[0]!r}; fields: {', '.join(defaults)}")
        return cls(**{**defaults, **changes})


@dataclass(frozen=True)
class CampaignResult:
    """One campaign run. ``daily`` has one row per day (day 0 = before the campaign)."""

    params: CampaignParams
    strategy: str
    negotiated: bool
    seed: int | None
    daily: "pd.DataFrame"
    reached_target_day: int | None  #: first day with evaluated coverage >= target, or None
    max_reachable: float            #: the coverage this strategy could reach with unlimited time
    total_incidents: float

    @property
    def final(self) -> "pd.Series":
        return self.daily.iloc[-1]


@functools.cache
def other_townships() -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """M county's other townships (illustrative): their sizes, and their coverage by day (wide: day × town)."""
    import pandas as pd
    from .data import DATA_DIR
    towns = pd.read_csv(DATA_DIR / "m_county_townships.csv")
    daily = pd.read_csv(DATA_DIR / "m_county_daily.csv").pivot(index="day", columns="township", values="coverage")
    return towns, daily[list(towns["township"])]


def first_day_at(daily: "pd.DataFrame", column: str, target: float) -> int | None:
    """The first day on which ``daily[column]`` reaches ``target``, or None."""
    hit = daily.index[daily[column] >= target - 1e-12]
    return int(daily.loc[hit[0], "day"]) if len(hit) else None


def rank_of(value: float, others) -> int:
    """Rank among the other townships' values: 1 = best; ties share the better rank."""
    return 1 + int((others > value + 1e-12).sum())


def run_campaign(params: CampaignParams, strategy: str = "screen_first", negotiated: bool = False,
                 seed: int | None = None) -> CampaignResult:
    """Simulate H town's campaign day by day.

    Each day a share ``willingness`` of the older residents not yet seen come forward. Under
    ``push_all`` they are vaccinated up to ``vaccination_capacity``; under ``screen_first`` they are
    checked first (up to ``check_capacity``): checks catch a share ``sensitivity`` of the unfit, who are
    deferred; everyone cleared joins a queue vaccinated up to ``vaccination_capacity``. Each unfit person
    vaccinated causes a serious incident with probability ``risk``; each incident lowers willingness by a
    share ``backlash``. With ``seed=None`` flows and incidents are expected values; with a seed, incidents
    are Poisson draws. ``negotiated=True`` evaluates H town against eligible adults minus those found unfit.
    """
    import numpy as np
    import pandas as pd

    if not isinstance(params, CampaignParams):
        raise ValueError(f"params must be a CampaignParams; got {type(params).__name__}")
    strategy = check_choice("strategy", strategy, STRATEGIES)
    if not isinstance(negotiated, bool):
        raise ValueError(f"negotiated must be True or False; got {negotiated!r}")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise ValueError(f"seed must be None or a whole number >= 0; got {seed!r}")
    rng = np.random.default_rng(seed) if seed is not None else None
    p = params
    towns, others_frame = other_townships()
    if p.horizon_days > others_frame.index.max():
        raise ValueError(f"horizon_days must be in [1, {others_frame.index.max()}] (the days in "
                         f"data/m_county_daily.csv); got {p.horizon_days}")
    others = others_frame.to_numpy()                  # day × township
    weights = towns["eligible_adults"].to_numpy(dtype=float)
    others_vaccinated = others @ weights              # vaccinated in the other townships, by day

    base = p.eligible_adults - p.elderly_left           # vaccinated before day 1
    wait_fit = p.elderly_left * p.fit_share            # not yet seen, fit
    wait_unfit = p.elderly_left - wait_fit             # not yet seen, unfit
    queue_fit = queue_unfit = 0.0                      # cleared by a check, waiting for a shot
    deferred = vacc_fit = vacc_unfit = 0.0
    willingness = p.willingness
    incidents_total = 0.0
    rows = []

    def record(day: int, screened: float, incidents: float) -> None:
        vaccinated = base + vacc_fit + vacc_unfit
        coverage = vaccinated / p.eligible_adults
        evaluated = vaccinated / (p.eligible_adults - deferred) if negotiated else coverage
        county = (others_vaccinated[day] + vaccinated) / (weights.sum() + p.eligible_adults)
        rows.append(dict(day=day, coverage=coverage, evaluated_coverage=evaluated,
                         rank=rank_of(evaluated, others[day]), vaccinated_elderly=vacc_fit + vacc_unfit,
                         screened=screened, incidents=incidents, willingness=willingness,
                         waiting=wait_fit + wait_unfit, cleared=queue_fit + queue_unfit, deferred=deferred,
                         vaccinated_unfit=vacc_unfit, county_coverage=county))

    record(0, 0.0, 0.0)
    for day in range(1, p.horizon_days + 1):
        waiting = wait_fit + wait_unfit
        coming = willingness * waiting
        screened = 0.0
        if strategy == "push_all":
            shots = min(p.vaccination_capacity, coming)
            share = shots / waiting if waiting > 0 else 0.0
            new_fit, new_unfit = wait_fit * share, wait_unfit * share
            wait_fit -= new_fit
            wait_unfit -= new_unfit
        else:
            screened = min(p.check_capacity, coming)
            share = screened / waiting if waiting > 0 else 0.0
            seen_fit, seen_unfit = wait_fit * share, wait_unfit * share
            wait_fit -= seen_fit
            wait_unfit -= seen_unfit
            deferred += seen_unfit * p.sensitivity
            queue_fit += seen_fit
            queue_unfit += seen_unfit * (1 - p.sensitivity)
            queued = queue_fit + queue_unfit
            shots = min(p.vaccination_capacity, queued)
            share = shots / queued if queued > 0 else 0.0
            new_fit, new_unfit = queue_fit * share, queue_unfit * share
            queue_fit -= new_fit
            queue_unfit -= new_unfit
        vacc_fit += new_fit
        vacc_unfit += new_unfit
        expected = p.risk * new_unfit
        incidents = float(rng.poisson(expected)) if rng is not None else expected
        incidents_total += incidents
        willingness *= (1 - p.backlash) ** incidents
        record(day, screened, incidents)

    daily = pd.DataFrame(rows)
    if strategy == "push_all":
        most = 1.0
    else:
        most = (base + p.elderly_left * p.fit_share + p.elderly_left * (1 - p.fit_share) * (1 - p.sensitivity)) / p.eligible_adults
    return CampaignResult(params=p, strategy=strategy, negotiated=negotiated, seed=seed, daily=daily,
                          reached_target_day=first_day_at(daily, "evaluated_coverage", p.target),
                          max_reachable=most, total_incidents=incidents_total)


def compare_strategies(params: CampaignParams, negotiated: bool = False,
                       seed: int | None = None) -> dict[str, CampaignResult]:
    """Both strategies under the same parameters, keyed by strategy name."""
    return {s: run_campaign(params, s, negotiated, seed) for s in STRATEGIES}


def outcome_table(params: CampaignParams | None = None):
    """Both strategies, with and without the county's understanding: the numbers a seminar compares."""
    import pandas as pd
    from .tables import Table
    p = params or CampaignParams.h_town()
    rows = []
    for negotiated in (False, True):
        for strategy, r in compare_strategies(p, negotiated).items():
            d = r.daily
            deadline = min(p.deadline_days, len(d) - 1)
            county_day = first_day_at(d, "county_coverage", p.target)
            rows.append({
                "strategy": strategy.replace("_", " "), "county understands": "yes" if negotiated else "no",
                "target day": r.reached_target_day if r.reached_target_day is not None else "not reached",
                "incidents": round(r.total_incidents, 1),
                "coverage at end %": 100 * d["coverage"].iloc[-1],
                "rank at deadline": int(d["rank"].iloc[deadline]),
                "county-wide 90% on day": county_day if county_day is not None else "never"})
    return Table(pd.DataFrame(rows), fmt=".1f")
