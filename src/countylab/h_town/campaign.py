"""H town's vaccination campaign, day by day (case 1, chapter "Racing the ranking").

Each day some older residents come forward; H town either vaccinates them straight away (``push_all``) or
checks them first and vaccinates only those cleared (``screen_first``). Vaccinating someone unfit risks a
serious reaction, and each incident lowers everyone's willingness. The county ranks H town every day against
its other townships (``data/m_county_*.csv``, illustrative). Defaults come from ``data/h_town_facts.csv``;
each field of :class:`CampaignParams` says whether it is sourced or illustrative.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..core.data import DataError, csv_frame, data_cache, fact, where
from ..core.validate import check_choice, check_count, check_rate

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
    def h_town(cls, **changes) -> CampaignParams:
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
        try:
            cls(**defaults)
        except ValueError as error:  # the data package itself holds a value the model refuses
            raise DataError(f"{where('h_town_facts.csv')}: {error}") from None
        return cls(**{**defaults, **changes})



@dataclass(frozen=True)
class CampaignResult:
    """One campaign run. ``daily`` has one row per day (day 0 = before the campaign)."""

    params: CampaignParams
    strategy: str
    negotiated: bool
    seed: int | None
    daily: pd.DataFrame
    reached_target_day: int | None  #: first day with evaluated coverage >= target, or None
    max_reachable: float            #: the coverage this strategy could reach with unlimited time
    total_incidents: float

    @property
    def final(self) -> pd.Series:
        """The last day's row of ``daily``."""
        return self.daily.iloc[-1]



@data_cache
def other_townships() -> tuple[pd.DataFrame, pd.DataFrame]:
    """M county's other townships (illustrative): their sizes, and their coverage by day (wide: day × town).

    Every township must have a row for every day from 0 to the last day of the file: a missing day would
    silently change H town's rank, so it is a :class:`DataError` naming the township and the day."""
    towns = csv_frame("m_county_townships.csv")
    long = csv_frame("m_county_daily.csv")
    days = range(int(long["day"].max()) + 1)
    for town in towns["township"]:
        have = set(long.loc[long["township"] == town, "day"])
        missing = [d for d in days if d not in have]
        if missing:
            raise DataError(f"{where('m_county_daily.csv')}: {town} has no row for day "
                            f"{', '.join(map(str, missing[:5]))}{' …' if len(missing) > 5 else ''}; every "
                            f"township needs every day from 0 to {days[-1]}")
    daily = long.pivot(index="day", columns="township", values="coverage")
    return towns, daily[list(towns["township"])]


def first_day_at(daily: pd.DataFrame, column: str, target: float) -> int | None:
    """The first day on which ``daily[column]`` reaches ``target``, or None."""
    hit = daily.index[daily[column] >= target - 1e-12]
    return int(daily.loc[hit[0], "day"]) if len(hit) else None


def rank_of(value: float, others) -> int:
    """Rank among the other townships' values: 1 = best; ties share the better rank."""
    return 1 + int((others > value + 1e-12).sum())


def take_share(fit: float, unfit: float, amount: float) -> tuple[float, float]:
    """Take ``amount`` people from a pool of ``fit`` and ``unfit`` people, in proportion: (fit, unfit) taken."""
    pool = fit + unfit
    share = amount / pool if pool > 0 else 0.0
    return fit * share, unfit * share


@dataclass
class _Town:
    """H town's older residents during the campaign, by state (persons; fractional in expected-value runs)."""

    wait_fit: float              #: not yet seen, fit
    wait_unfit: float            #: not yet seen, unfit
    willingness: float           #: share of those not yet seen who come forward today
    queue_fit: float = 0.0       #: cleared by a check, waiting for a shot
    queue_unfit: float = 0.0     #: unfit but missed by the check, waiting for a shot
    deferred: float = 0.0        #: found unfit and sent home
    vacc_fit: float = 0.0
    vacc_unfit: float = 0.0

    @classmethod
    def start(cls, p: CampaignParams) -> _Town:
        fit = p.elderly_left * p.fit_share
        return cls(wait_fit=fit, wait_unfit=p.elderly_left - fit, willingness=p.willingness)

    def push_all(self, p: CampaignParams) -> tuple[float, float]:
        """Vaccinate those who come forward, up to capacity; returns (screened, unfit vaccinated) today."""
        coming = self.willingness * (self.wait_fit + self.wait_unfit)
        new_fit, new_unfit = take_share(self.wait_fit, self.wait_unfit, min(p.vaccination_capacity, coming))
        self.wait_fit -= new_fit
        self.wait_unfit -= new_unfit
        self._vaccinate(new_fit, new_unfit)
        return 0.0, new_unfit

    def screen_first(self, p: CampaignParams) -> tuple[float, float]:
        """Check those who come forward, defer the unfit the check catches, vaccinate the cleared queue."""
        coming = self.willingness * (self.wait_fit + self.wait_unfit)
        screened = min(p.check_capacity, coming)
        seen_fit, seen_unfit = take_share(self.wait_fit, self.wait_unfit, screened)
        self.wait_fit -= seen_fit
        self.wait_unfit -= seen_unfit
        self.deferred += seen_unfit * p.sensitivity
        self.queue_fit += seen_fit
        self.queue_unfit += seen_unfit * (1 - p.sensitivity)
        shots = min(p.vaccination_capacity, self.queue_fit + self.queue_unfit)
        new_fit, new_unfit = take_share(self.queue_fit, self.queue_unfit, shots)
        self.queue_fit -= new_fit
        self.queue_unfit -= new_unfit
        self._vaccinate(new_fit, new_unfit)
        return screened, new_unfit

    def _vaccinate(self, fit: float, unfit: float) -> None:
        self.vacc_fit += fit
        self.vacc_unfit += unfit


@dataclass(frozen=True)
class _County:
    """The other townships' coverage by day (day × township) and their sizes, for the rank and county rate."""

    others: np.ndarray
    weights: np.ndarray
    vaccinated: np.ndarray       #: vaccinated in the other townships, by day

    @classmethod
    def load(cls, horizon_days: int) -> _County:
        towns, others_frame = other_townships()
        if horizon_days > others_frame.index.max():
            raise ValueError(f"horizon_days must be in [1, {others_frame.index.max()}] (the days in "
                             f"data/m_county_daily.csv); got {horizon_days}")
        others = others_frame.to_numpy()
        weights = towns["eligible_adults"].to_numpy(dtype=float)
        return cls(others, weights, others @ weights)

    def row(self, day: int, town: _Town, p: CampaignParams, negotiated: bool, screened: float,
            incidents: float) -> dict:
        """One day of the ``daily`` table."""
        vaccinated = p.eligible_adults - p.elderly_left + town.vacc_fit + town.vacc_unfit
        coverage = min(1.0, vaccinated / p.eligible_adults)
        evaluated = evaluated_coverage(vaccinated, p.eligible_adults, town.deferred) if negotiated else coverage
        county = (self.vaccinated[day] + vaccinated) / (self.weights.sum() + p.eligible_adults)
        return dict(day=day, coverage=coverage, evaluated_coverage=evaluated,
                    rank=rank_of(evaluated, self.others[day]), vaccinated_elderly=town.vacc_fit + town.vacc_unfit,
                    screened=screened, incidents=incidents, willingness=town.willingness,
                    waiting=town.wait_fit + town.wait_unfit, cleared=town.queue_fit + town.queue_unfit,
                    deferred=town.deferred, vaccinated_unfit=town.vacc_unfit, county_coverage=county)


def evaluated_coverage(vaccinated: float, eligible: float, deferred: float) -> float:
    """Coverage as the county evaluates it when it understands: vaccinated ÷ (eligible − found unfit), in [0, 1].

    When everyone eligible has been found unfit there is nobody left to evaluate against: the target is met
    by definition (1.0). Float cancellation never lifts the rate above 1."""
    evaluable = eligible - deferred
    if evaluable <= 1e-9:
        return 1.0
    return min(1.0, max(0.0, vaccinated / evaluable))


def _check_run(params: object, strategy: object, negotiated: object, seed: object) -> None:
    if not isinstance(params, CampaignParams):
        raise ValueError(f"params must be a CampaignParams; got {type(params).__name__}")
    check_choice("strategy", strategy, STRATEGIES)
    if not isinstance(negotiated, bool):
        raise ValueError(f"negotiated must be True or False; got {negotiated!r}")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise ValueError(f"seed must be None or a whole number >= 0; got {seed!r}")


def max_reachable(p: CampaignParams, strategy: str) -> float:
    """The coverage a strategy could reach with unlimited time: everyone when pushing, else everyone but the
    unfit the checks catch."""
    if strategy == "push_all":
        return 1.0
    return (p.eligible_adults - p.elderly_left + p.elderly_left * p.fit_share
            + p.elderly_left * (1 - p.fit_share) * (1 - p.sensitivity)) / p.eligible_adults


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
    _check_run(params, strategy, negotiated, seed)
    p = params
    rng = np.random.default_rng(seed) if seed is not None else None
    county, town = _County.load(p.horizon_days), _Town.start(p)
    step = town.push_all if strategy == "push_all" else town.screen_first
    rows, total = [county.row(0, town, p, negotiated, 0.0, 0.0)], 0.0
    for day in range(1, p.horizon_days + 1):
        screened, new_unfit = step(p)
        expected = p.risk * new_unfit
        incidents = float(rng.poisson(expected)) if rng is not None else expected
        total += incidents
        town.willingness *= (1 - p.backlash) ** incidents
        rows.append(county.row(day, town, p, negotiated, screened, incidents))
    daily = pd.DataFrame(rows)
    return CampaignResult(params=p, strategy=strategy, negotiated=negotiated, seed=seed, daily=daily,
                          reached_target_day=first_day_at(daily, "evaluated_coverage", p.target),
                          max_reachable=max_reachable(p, strategy), total_incidents=total)


def compare_strategies(params: CampaignParams, negotiated: bool = False,
                       seed: int | None = None) -> dict[str, CampaignResult]:
    """Both strategies under the same parameters, keyed by strategy name."""
    return {s: run_campaign(params, s, negotiated, seed) for s in STRATEGIES}
