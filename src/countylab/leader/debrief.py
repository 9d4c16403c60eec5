"""The class debrief of "A week in the secretary's diary": every group's plan replayed, in a table and on the
class chart (goodwill against village progress) beside the model's no-deal and best plans."""
from __future__ import annotations

import dataclasses

import pandas as pd

from ..core import debrief as core_debrief
from ..core.debrief import Axes
from ..core.i18n import check_lang, t
from ..core.tables import Table
from . import strings  # noqa: F401  (registers the debrief's strings)
from .hours import leader_fact
from .roleplay import RP_WEEK, PlanOutcome, SheetNames, best_deal, no_deal, replay_csv, solved_plan, week
from .week import Policy


def _shown(name: str, demand_id: str, lang: str) -> str:
    """A demand as the table names it: the sheet's code in English (as the groups wrote it), the demand's topic
    (a visit's with the level it comes from, a repeated topic with its number) in other languages."""
    if lang == "en":
        return name
    demand = {d.id: d for d in (*week(RP_WEEK).visits, *week(RP_WEEK).meetings, *week(RP_WEEK).tasks)}[demand_id]
    level = t(f"level.name.{demand.from_level}", lang) if hasattr(demand, "from_level") else ""
    number = name.rsplit("_", 1)[1] if name.rsplit("_", 1)[-1].isdigit() else ""
    return f"{level}{t(f'topic.{demand.topic}', lang)}{number}"


def _names(ids, names: dict[str, str], lang: str) -> str:
    chosen = [_shown(n, i, lang) for n, i in names.items() if i in ids]
    return t("db2.sep", lang).join(chosen) if chosen else t("db2.none", lang)


def _undone(a, names: dict[str, str], lang: str) -> str:
    """The village tasks left undone, each with its reason."""
    by_id = {i: n for n, i in names.items()}
    undone = []
    for u in a.unmet_of("task"):
        reason = t(f"dbw.reason.{u.reason}", lang)
        undone.append(t("db2.with_reason", lang, name=_shown(by_id[u.id], u.id, lang), reason=reason))
    return t("db2.sep", lang).join(undone) if undone else t("db2.none", lang)


def outcome_frame(outcomes: list[PlanOutcome], lang: str = "en") -> pd.DataFrame:
    """One row per replayed plan: its levers and what the model says the week bought."""
    lang = check_lang(lang)
    names = SheetNames.of(week(RP_WEEK))
    rows = []
    for o in outcomes:
        a = o.allocation
        rows.append({
            t("db2.col_group", lang): o.group, t("db2.col_hours", lang): o.budget_hours,
            t("db2.col_used", lang): a.hours_used,
            t("db2.col_inspection", lang): o.inspection_hours,
            t("db2.col_cut", lang): _names(o.policy.cut_meetings, names.meetings, lang),
            t("db2.col_done", lang): _names(a.done, names.tasks, lang),
            t("db2.col_undone", lang): _undone(a, names.tasks, lang),
            t("db2.col_progress", lang): f"{a.progress:g} / {a.total_value:g}",
            t("db2.col_goodwill", lang): a.goodwill,
            t("db2.col_below", lang): _names(o.below_protocol, names.visits, lang)})
    return pd.DataFrame(rows)


class Debrief(core_debrief.Debrief):
    """The class's plans replayed, with the model's no-deal and best plans for comparison: the table and the
    class chart (goodwill with upper levels against the value of village work done)."""

    fmt = "g"

    def frame(self, outcomes: list[PlanOutcome], lang: str) -> pd.DataFrame:
        """One row per plan."""
        return outcome_frame(outcomes, lang)

    def xy(self, outcome: PlanOutcome) -> tuple[float, float]:
        """Goodwill and progress."""
        return outcome.goodwill, outcome.progress

    def axes(self, lang: str) -> Axes:
        """Goodwill on x, progress on y."""
        return Axes(t("db2.title", lang), t("db2.x", lang), t("db2.y", lang))


def _named(o: PlanOutcome, name: str) -> PlanOutcome:
    return dataclasses.replace(o, group=name)


def week_plan_debrief(csv_text: str) -> Debrief:
    """Replay every group's plan sheet (CSV text, header = the sheet's fields) for the class debrief."""
    return Debrief(tuple(replay_csv(csv_text)), no_deal(), best_deal())


#: Typical plans for the notes' outcome table (a room without computers): the levers, each with the best
#: village plan in the hours left, at the usual hours (visit and meeting ids of the role-play's week).
TYPICAL = {
    "Lin at the inspection's opening and closing only": Policy(attendance={"w2v1": "opening_closing"}),
    "Lin at one meal of the inspection": Policy(attendance={"w2v1": "one_meal"}),
    "study session and campaign meeting cut": Policy(cut_meetings=("w2m4", "w2m5")),
    "opening and closing only; study and campaign cut": Policy(attendance={"w2v1": "opening_closing"},
                                                                cut_meetings=("w2m4", "w2m5")),
    "both city video conferences cut": Policy(cut_meetings=("w2m2", "w2m6")),
}


def typical_outcomes() -> list[PlanOutcome]:
    """No deal and the typical plans of :data:`TYPICAL`, replayed."""
    w = week(RP_WEEK)
    return [no_deal(), *(solved_plan(name, w, leader_fact("weekly_hours"), policy) for name, policy in TYPICAL.items())]


def typical_table(lang: str = "en") -> Table:
    """The notes' table of typical plans and the model's best, replayed."""
    names = [t(f"dbw.typical.{i}", lang) for i in range(len(TYPICAL) + 1)]  # no deal, then TYPICAL
    rows = [*(_named(o, name) for o, name in zip(typical_outcomes(), names)), _named(best_deal(), t("db.best", lang))]
    return Table(outcome_frame(rows, lang), fmt="g")
