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
#: What an agreement struck during the campaign may choose: the two strategies, or screening in some villages only.
AGREEMENT_STRATEGIES = (*STRATEGIES, "partial")


def share_screened(strategy: str, partial_share: float = 1.0) -> float:
    """The share of the older residents not yet seen who live in villages that screen: 1 screening first,
    0 pushing all, ``partial_share`` under ``partial``."""
    return {"screen_first": 1.0, "push_all": 0.0}.get(strategy, partial_share)

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
class Agreement:
    """A change to the campaign agreed on ``day`` and applied from that day to the end of the run.

    ``strategy``: ``screen_first``, ``push_all`` or ``partial`` (screening goes on in some villages only:
    ``screened_share`` of the older residents still waiting live in villages that keep screening, the rest are
    vaccinated when they come; ignored for the two pure strategies). ``extra_checks``: health checks a day
    added to the health centre's own from ``day`` for ``extra_days`` days (doctors lent by the county).
    ``negotiated``: from ``day`` on, H town is evaluated against eligible adults minus those found unfit.
    Days count from the start of the campaign (day 0); shares are in [0, 1]; checks are persons per day.
    """

    day: int = 0
    strategy: str = "screen_first"
    screened_share: float = 1.0
    extra_checks: int = 0
    extra_days: int = 0
    negotiated: bool = False

    def __post_init__(self) -> None:
        check_count("day", self.day, 0, 365)
        check_choice("strategy", self.strategy, AGREEMENT_STRATEGIES)
        check_rate("screened_share", self.screened_share)
        check_count("extra_checks", self.extra_checks, 0)
        check_count("extra_days", self.extra_days, 0, 365)
        if not isinstance(self.negotiated, bool):
            raise ValueError(f"negotiated must be True or False; got {self.negotiated!r}")

    @property
    def share_screened(self) -> float:
        """The share of waiting older residents in villages that screen (see :func:`share_screened`)."""
        return share_screened(self.strategy, self.screened_share)

    def checks_on(self, day: int, own: int) -> int:
        """Health checks a day on ``day``: the health centre's ``own`` plus the lent checks while they last."""
        lent = self.day <= day < self.day + self.extra_days
        return own + (self.extra_checks if lent else 0)


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
    agreement: Agreement | None = None  #: the change agreed during the run, if any

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
    """H town's older residents during the campaign, by state (persons; fractional in expected-value runs).

    Those not yet seen wait in villages that screen (``wait_*``) or in villages that push (``push_*``): under
    ``screen_first`` everyone is in the first, under ``push_all`` in the second, under an agreement to screen in
    some villages only they are split between them."""

    wait_fit: float              #: not yet seen, fit, in villages that screen
    wait_unfit: float            #: not yet seen, unfit, in villages that screen
    willingness: float           #: share of those not yet seen who come forward today
    push_fit: float = 0.0        #: not yet seen, fit, in villages that vaccinate whoever comes
    push_unfit: float = 0.0      #: not yet seen, unfit, in villages that vaccinate whoever comes
    queue_fit: float = 0.0       #: cleared by a check, waiting for a shot
    queue_unfit: float = 0.0     #: unfit but missed by the check, waiting for a shot
    deferred: float = 0.0        #: found unfit and sent home
    vacc_fit: float = 0.0
    vacc_unfit: float = 0.0

    @classmethod
    def start(cls, p: CampaignParams, strategy: str) -> _Town:
        fit = p.elderly_left * p.fit_share
        town = cls(wait_fit=fit, wait_unfit=p.elderly_left - fit, willingness=p.willingness)
        town.split(share_screened(strategy))
        return town

    @property
    def waiting(self) -> float:
        """Older residents not yet seen, in all villages."""
        return self.wait_fit + self.wait_unfit + self.push_fit + self.push_unfit

    def split(self, screened_share: float) -> None:
        """Move those not yet seen so that ``screened_share`` of them live in villages that screen."""
        fit, unfit = self.wait_fit + self.push_fit, self.wait_unfit + self.push_unfit
        self.wait_fit, self.wait_unfit = fit * screened_share, unfit * screened_share
        self.push_fit, self.push_unfit = fit - self.wait_fit, unfit - self.wait_unfit

    def step(self, p: CampaignParams, check_capacity: int) -> tuple[float, float]:
        """One day: villages that push vaccinate whoever comes, up to capacity; villages that screen check
        those who come (up to ``check_capacity``), defer the unfit the check catches, and the cleared queue gets
        the shots left. Returns (screened, unfit vaccinated) today."""
        coming = self.willingness * (self.push_fit + self.push_unfit)
        direct_fit, direct_unfit = take_share(self.push_fit, self.push_unfit, min(p.vaccination_capacity, coming))
        self.push_fit -= direct_fit
        self.push_unfit -= direct_unfit
        self._vaccinate(direct_fit, direct_unfit)
        coming = self.willingness * (self.wait_fit + self.wait_unfit)
        screened = min(check_capacity, coming)
        seen_fit, seen_unfit = take_share(self.wait_fit, self.wait_unfit, screened)
        self.wait_fit -= seen_fit
        self.wait_unfit -= seen_unfit
        self.deferred += seen_unfit * p.sensitivity
        self.queue_fit += seen_fit
        self.queue_unfit += seen_unfit * (1 - p.sensitivity)
        shots = min(p.vaccination_capacity - (direct_fit + direct_unfit), self.queue_fit + self.queue_unfit)
        new_fit, new_unfit = take_share(self.queue_fit, self.queue_unfit, shots)
        self.queue_fit -= new_fit
        self.queue_unfit -= new_unfit
        self._vaccinate(new_fit, new_unfit)
        return screened, direct_unfit + new_unfit

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
                    waiting=town.waiting, cleared=town.queue_fit + town.queue_unfit,
                    deferred=town.deferred, vaccinated_unfit=town.vacc_unfit, county_coverage=county)


def evaluated_coverage(vaccinated: float, eligible: float, deferred: float) -> float:
    """Coverage as the county evaluates it when it understands: vaccinated ÷ (eligible − found unfit), in [0, 1].

    When everyone eligible has been found unfit there is nobody left to evaluate against: the target is met
    by definition (1.0). Float cancellation never lifts the rate above 1."""
    evaluable = eligible - deferred
    if evaluable <= 1e-9:
        return 1.0
    return min(1.0, max(0.0, vaccinated / evaluable))


def _check_run(params: object, strategy: object, negotiated: object, seed: object, agreement: object) -> None:
    if not isinstance(params, CampaignParams):
        raise ValueError(f"params must be a CampaignParams; got {type(params).__name__}")
    check_choice("strategy", strategy, STRATEGIES)
    if not isinstance(negotiated, bool):
        raise ValueError(f"negotiated must be True or False; got {negotiated!r}")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise ValueError(f"seed must be None or a whole number >= 0; got {seed!r}")
    if agreement is not None and not isinstance(agreement, Agreement):
        raise ValueError(f"agreement must be None or an Agreement; got {type(agreement).__name__}")
    if agreement is not None and agreement.day > params.horizon_days:
        raise ValueError(f"agreement.day must be in [0, {params.horizon_days}] (the days simulated); "
                         f"got {agreement.day}")


def max_reachable(p: CampaignParams, strategy: str) -> float:
    """The coverage a strategy could reach with unlimited time: everyone when pushing, else everyone but the
    unfit the checks catch."""
    caught = p.elderly_left * (1 - p.fit_share) * p.sensitivity * share_screened(strategy)
    return (p.eligible_adults - caught) / p.eligible_adults


def _reachable(p: CampaignParams, town: _Town, agreement: Agreement | None, strategy: str) -> float:
    """The coverage reachable with unlimited time: everyone not found unfit, less the unfit the checks would
    still catch among those waiting in villages that screen."""
    if agreement is None:
        return max_reachable(p, strategy)
    still_caught = town.wait_unfit * p.sensitivity
    return (p.eligible_adults - town.deferred - still_caught) / p.eligible_adults


def run_campaign(params: CampaignParams, strategy: str = "screen_first", negotiated: bool = False,
                 seed: int | None = None, agreement: Agreement | None = None) -> CampaignResult:
    """Simulate H town's campaign day by day.

    Each day a share ``willingness`` of the older residents not yet seen come forward. Under
    ``push_all`` they are vaccinated up to ``vaccination_capacity``; under ``screen_first`` they are
    checked first (up to ``check_capacity``): checks catch a share ``sensitivity`` of the unfit, who are
    deferred; everyone cleared joins a queue vaccinated up to ``vaccination_capacity``. Each unfit person
    vaccinated causes a serious incident with probability ``risk``; each incident lowers willingness by a
    share ``backlash``. With ``seed=None`` flows and incidents are expected values; with a seed, incidents
    are Poisson draws. ``negotiated=True`` evaluates H town against eligible adults minus those found unfit.
    An :class:`Agreement` changes the strategy, the checks and the evaluation from its ``day`` on (days
    before it follow ``strategy`` and ``negotiated``).
    """
    _check_run(params, strategy, negotiated, seed, agreement)
    p = params
    rng = np.random.default_rng(seed) if seed is not None else None
    county, town = _County.load(p.horizon_days), _Town.start(p, strategy)
    judged = negotiated or (agreement is not None and agreement.day == 0 and agreement.negotiated)
    if agreement is not None and agreement.day == 0:
        town.split(agreement.share_screened)
    rows, total = [county.row(0, town, p, judged, 0.0, 0.0)], 0.0
    for day in range(1, p.horizon_days + 1):
        if agreement is not None and day == agreement.day:
            town.split(agreement.share_screened)
            judged = agreement.negotiated
        checks = agreement.checks_on(day, p.check_capacity) if agreement is not None else p.check_capacity
        screened, new_unfit = town.step(p, checks)
        expected = p.risk * new_unfit
        incidents = float(rng.poisson(expected)) if rng is not None else expected
        total += incidents
        town.willingness *= (1 - p.backlash) ** incidents
        rows.append(county.row(day, town, p, judged, screened, incidents))
    daily = pd.DataFrame(rows)
    return CampaignResult(params=p, strategy=strategy, negotiated=negotiated, seed=seed, daily=daily,
                          reached_target_day=first_day_at(daily, "evaluated_coverage", p.target),
                          max_reachable=_reachable(p, town, agreement, strategy), total_incidents=total,
                          agreement=agreement)


def compare_strategies(params: CampaignParams, negotiated: bool = False,
                       seed: int | None = None) -> dict[str, CampaignResult]:
    """Both strategies under the same parameters, keyed by strategy name."""
    return {s: run_campaign(params, s, negotiated, seed) for s in STRATEGIES}
