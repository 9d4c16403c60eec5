"""The reception protocol: who meets a visiting team, how much the top leader appears, and what it signals.

The rules are a table, ``data/reception_rules.csv``: one row per combination of rank relation and importance,
each marked as the essay's rule (sourced) or the book's extension of it (illustrative), with a note. Ranks are
cadre grades coded 1 科级, 2 处级, 3 厅级, 4 部级.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.data import DataError, csv_rows, data_cache, where
from ..core.validate import check_choice, check_count
from .hours import check_half_hours, leader_fact

RANKS = (1, 2, 3, 4)
IMPORTANCE = ("low", "normal", "high")
RELATIONS = ("visitor_higher", "equal", "host_higher")
WHO = ("top_leader", "deputy", "staff")
EXTENTS = ("none", "one_meal", "whole_visit")
#: How much the top leader may attend a visit when a plan overrides the protocol: the protocol's extents and
#: ``opening_closing`` (only the opening meeting and the closing feedback; its hours are
#: ``opening_closing_hours`` in data/leader_facts.csv), from least to most.
ATTENDANCE = ("none", "one_meal", "opening_closing", "whole_visit")
#: The share of the protocol's goodwill an attendance earns, relative to the protocol's own extent
#: (illustrative: the book's assumption, not the essay's; see the model card).
ATTENDANCE_WEIGHT = {"none": 0.0, "one_meal": 0.5, "opening_closing": 0.75, "whole_visit": 1.0}
SIGNALS = ("low", "ordinary", "high")


@dataclass(frozen=True)
class Reception:
    """How a host receives a visiting team (one row of ``data/reception_rules.csv``).

    ``who`` accompanies the visit (top_leader, deputy or staff); ``extent`` is how much the host's top leader
    appears (none, one_meal, whole_visit); ``signal`` is the regard it shows (low, ordinary, high);
    ``goodwill`` the points it earns with upper levels (illustrative). ``status`` says whether the row is the
    essay's rule (sourced) or our extension of it (illustrative); ``note`` says which and why.
    """

    relation: str
    importance: str
    who: str
    extent: str
    signal: str
    goodwill: float
    status: str
    note: str

    @property
    def appears(self) -> bool:
        """Whether the top leader appears in person at all."""
        return self.extent != "none"

    def leader_hours(self, duration_hours: float, meal_hours: float | None = None) -> float:
        """The top leader's hours for a visit lasting ``duration_hours``: all of it, one meal, or none.

        ``meal_hours`` defaults to ``meal_hours`` in data/leader_facts.csv (1.5, illustrative)."""
        duration = check_half_hours("duration_hours", duration_hours)
        meal = check_half_hours("meal_hours", leader_fact("meal_hours") if meal_hours is None else meal_hours)
        return attendance_hours(self.extent, duration, meal)

    def goodwill_for(self, extent: str) -> float:
        """The goodwill earned when the top leader attends to ``extent`` (one of :data:`ATTENDANCE`) instead of
        the protocol's extent: the protocol's goodwill, scaled down by :data:`ATTENDANCE_WEIGHT` when the
        leader gives less than the protocol asks, never more than the protocol's."""
        check_choice("extent", extent, ATTENDANCE)
        if not self.appears:
            return self.goodwill
        return self.goodwill * min(1.0, ATTENDANCE_WEIGHT[extent] / ATTENDANCE_WEIGHT[self.extent])


def attendance_hours(extent: str, duration_hours: float, meal_hours: float | None = None) -> float:
    """The top leader's hours at a visit of ``duration_hours`` attended to ``extent`` (:data:`ATTENDANCE`):
    none, one meal (``meal_hours``, default from data/leader_facts.csv), the opening and closing
    (``opening_closing_hours`` from data/leader_facts.csv), or all of it; never more than the visit lasts."""
    duration = check_half_hours("duration_hours", duration_hours)
    extent = check_choice("extent", extent, ATTENDANCE)
    meal = check_half_hours("meal_hours", leader_fact("meal_hours") if meal_hours is None else meal_hours)
    if extent == "opening_closing":  # the only extent that needs this fact: read it only then
        return min(leader_fact("opening_closing_hours"), duration)
    return {"none": 0.0, "one_meal": min(meal, duration), "whole_visit": duration}[extent]


@data_cache
def reception_rules() -> dict[tuple[str, str], Reception]:
    """The rule table, keyed by (relation, importance); every combination is present (checked on load)."""
    rules = {(r["relation"], r["importance"]): _rule(r) for r in csv_rows("reception_rules.csv")}
    missing = [f"{rel} × {imp}" for rel in RELATIONS for imp in IMPORTANCE if (rel, imp) not in rules]
    if missing:
        raise DataError(f"{where('reception_rules.csv')} needs a row for every rank relation × importance; "
                        f"missing: {', '.join(missing)}")
    return rules


def _rule(r: dict) -> Reception:
    """One row of the rule table (its words are checked against the schema's enums when read)."""
    return Reception(r["relation"], r["importance"], r["who"], r["extent"], r["signal"], r["goodwill"],
                     r["status"], r["note"])


def check_rank(name: str, rank: object) -> int:
    """A cadre grade: 1 科级, 2 处级, 3 厅级 or 4 部级."""
    return check_count(name, rank, RANKS[0], RANKS[-1])


def relation_of(visitor_rank: int, host_rank: int) -> str:
    """Whether the visiting leader outranks the host's top leader, equals them, or ranks below."""
    visitor, host = check_rank("visitor_rank", visitor_rank), check_rank("host_rank", host_rank)
    return "visitor_higher" if visitor > host else "equal" if visitor == host else "host_higher"


def reception_form(visitor_rank: int, host_rank: int, importance: str) -> Reception:
    """Who meets a visiting team, how much the top leader appears, and what it signals.

    ``visitor_rank`` is the visiting team leader's grade, ``host_rank`` the host's top leader's (1 科级 …
    4 部级); ``importance`` ("low", "normal", "high") is how much the host cares. The essay's rules: equal rank
    and high importance → the top leader accompanies the whole visit; equal rank and normal importance → a
    deputy accompanies and the top leader joins one meal; a host who outranks the visitor signals high regard
    by joining the meal alone; an unimportant visit gets no appearance at all. The other combinations are our
    extensions, each explained in ``data/reception_rules.csv``.
    """
    relation = relation_of(visitor_rank, host_rank)
    return reception_rules()[(relation, check_choice("importance", importance, IMPORTANCE))]

