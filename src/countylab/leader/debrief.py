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


def _labels(names: SheetNames, lang: str) -> dict[str, str]:
    """Each demand of the role-play's week (by id) as the table names it: the sheet's code in English (as the
    groups wrote it), the demand's topic in other languages (a visit's with the level it comes from, a repeated
    topic with its number)."""
    sheet = {**names.visits, **names.meetings, **names.tasks}  # sheet name -> id
    if lang == "en":
        return {i: n for n, i in sheet.items()}
    w = week(RP_WEEK)
    demands = {d.id: d for d in (*w.visits, *w.meetings, *w.tasks)}
    labels = {}
    for name, i in sheet.items():
        level = t(f"level.name.{demands[i].from_level}", lang) if hasattr(demands[i], "from_level") else ""
        number = name.rsplit("_", 1)[1] if name.rsplit("_", 1)[-1].isdigit() else ""
        labels[i] = f"{level}{t(f'topic.{demands[i].topic}', lang)}{number}"
    return labels


def _names(ids, names: dict[str, str], labels: dict[str, str], lang: str) -> str:
    chosen = [labels[i] for i in names.values() if i in ids]
    return t("db2.sep", lang).join(chosen) if chosen else t("db2.none", lang)


def _undone(a, labels: dict[str, str], lang: str) -> str:
    """The village tasks left undone, each with its reason."""
    undone = [t("db2.with_reason", lang, name=labels[u.id], reason=t(f"dbw.reason.{u.reason}", lang))
              for u in a.unmet_of("task")]
    return t("db2.sep", lang).join(undone) if undone else t("db2.none", lang)


def outcome_frame(outcomes: list[PlanOutcome], lang: str = "en") -> pd.DataFrame:
    """One row per replayed plan: its levers and what the model says the week bought."""
    lang = check_lang(lang)
    names = SheetNames.of(week(RP_WEEK))
    labels = _labels(names, lang)
    rows = []
    for o in outcomes:
        a = o.allocation
        rows.append({
            t("db2.col_group", lang): o.group, t("db2.col_hours", lang): o.budget_hours,
            t("db2.col_used", lang): a.hours_used,
            t("db2.col_inspection", lang): o.inspection_hours,
            t("db2.col_cut", lang): _names(o.policy.cut_meetings, names.meetings, labels, lang),
            t("db2.col_done", lang): _names(a.done, names.tasks, labels, lang),
            t("db2.col_undone", lang): _undone(a, labels, lang),
            t("db2.col_progress", lang): f"{a.progress:g} / {a.total_value:g}",
            t("db2.col_goodwill", lang): a.goodwill,
            t("db2.col_below", lang): _names(o.below_protocol, names.visits, labels, lang)})
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
#: village plan in the hours left, at the usual hours (visit and meeting ids of the role-play's week), by the
#: string key of the name the table gives them.
TYPICAL = {
    "dbw.typical.1": Policy(attendance={"w2v1": "opening_closing"}),
    "dbw.typical.2": Policy(attendance={"w2v1": "one_meal"}),
    "dbw.typical.3": Policy(cut_meetings=("w2m4", "w2m5")),
    "dbw.typical.4": Policy(attendance={"w2v1": "opening_closing"}, cut_meetings=("w2m4", "w2m5")),
    "dbw.typical.5": Policy(cut_meetings=("w2m2", "w2m6")),
}


def typical_outcomes(lang: str = "en") -> list[PlanOutcome]:
    """No deal (``dbw.typical.0``) and the typical plans of :data:`TYPICAL`, replayed, named in ``lang``."""
    w = week(RP_WEEK)
    return [_named(no_deal(), t("dbw.typical.0", lang)),
            *(solved_plan(t(key, lang), w, leader_fact("weekly_hours"), policy) for key, policy in TYPICAL.items())]


def typical_table(lang: str = "en") -> Table:
    """The notes' table of typical plans and the model's best, replayed."""
    rows = [*typical_outcomes(lang), _named(best_deal(), t("db.best", lang))]
    return Table(outcome_frame(rows, lang), fmt="g")
