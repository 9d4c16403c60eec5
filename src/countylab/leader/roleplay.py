"""The role-play "A week in the secretary's diary": its plan sheet, and the week model replaying a filled sheet.

The week is :data:`RP_WEEK` of the month. The sheet's fields map one to one onto the model's inputs: ``hours``
→ the budget; one column per visit (its sheet name, e.g. ``province_inspection``) → the policy's attendance for
that visit (``protocol`` leaves it to the reception rules); ``cut`` → the policy's named meeting cuts; one column
per village task (e.g. ``land_dispute``) → the plan's channel for it (``none``: not this week). Sheet names are
made from the data (level and topic of a visit, topic of a meeting or task, numbered when repeated).
"""
from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ..core.data import data_cache
from ..core.i18n import check_lang, t
from ..core.sheets import SheetField, read_sheet, read_sheets_csv
from ..core.tables import Table
from .allocation import Allocation, allocate
from .channels import CHANNELS
from .hours import leader_fact
from .protocol import ATTENDANCE
from .solver import best_allocation
from .week import Policy, Week, week

#: The week of the month the role-play is set in.
RP_WEEK = 2
VISIT_CHOICES = ("protocol", *ATTENDANCE)
TASK_CHOICES = (*CHANNELS, "none")


def _numbered(names: list[str]) -> list[str]:
    """Names made unique: a name that repeats gets ``_1``, ``_2`` … in order."""
    repeated = {n for n in names if names.count(n) > 1}
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(f"{n}_{seen[n]}" if n in repeated else n)
    return out


@dataclass(frozen=True)
class SheetNames:
    """The sheet's name for every visit, meeting and task of a week (name → id)."""

    visits: dict[str, str]
    meetings: dict[str, str]
    tasks: dict[str, str]

    @classmethod
    def of(cls, w: Week) -> SheetNames:
        """The names of a week's demands."""
        visits = _numbered([f"{v.from_level}_{v.topic}" for v in w.visits])
        return cls(dict(zip(visits, (v.id for v in w.visits))),
                   dict(zip(_numbered([m.topic for m in w.meetings]), (m.id for m in w.meetings))),
                   dict(zip(_numbered([t.topic for t in w.tasks]), (t.id for t in w.tasks))))


def sheet_fields(w: Week | None = None) -> tuple[SheetField, ...]:
    """The plan sheet's fields for a week (the role-play's week by default)."""
    names = SheetNames.of(w or week(RP_WEEK))
    return (
        SheetField("group", "text", "sheet.w.group"),
        SheetField("hours", "number", "sheet.w.hours", low=0, high=168, step=0.5),
        *(SheetField(n, "choice", "sheet.w.visit", VISIT_CHOICES, default="protocol") for n in names.visits),
        SheetField("cut", "many", "sheet.w.cut", tuple(names.meetings), default=()),
        *(SheetField(n, "choice", "sheet.w.task", TASK_CHOICES, default="none") for n in names.tasks),
    )


@dataclass(frozen=True)
class PlanOutcome:
    """A plan sheet replayed: the group, the model's inputs and the week's allocation under them."""

    group: str
    budget_hours: float
    policy: Policy
    plan: dict[str, str]
    allocation: Allocation

    @property
    def progress(self) -> float:
        """Value of the village tasks done (progress points)."""
        return self.allocation.progress

    @property
    def goodwill(self) -> float:
        """Goodwill earned with upper levels by the receptions attended."""
        return self.allocation.goodwill

    @property
    def inspection_hours(self) -> float:
        """The top leader's hours with the week's longest visit (the cross-level inspection in week 2)."""
        longest = max(self.allocation.receptions, key=lambda r: r.visit.duration_hours)
        return longest.hours if longest.attended else 0.0

    @property
    def below_protocol(self) -> tuple[str, ...]:
        """Ids of the visits received with less of the top leader than the protocol asks."""
        return tuple(r.visit.id for r in self.allocation.receptions if r.below_protocol)


def inputs_of(sheet: Mapping[str, object], w: Week) -> tuple[float, Policy, dict[str, str]]:
    """The budget, policy and plan of a checked sheet (see the module's field map)."""
    names = SheetNames.of(w)
    attendance = {vid: sheet[n] for n, vid in names.visits.items() if sheet[n] != "protocol"}
    policy = Policy(attendance=attendance, cut_meetings=tuple(names.meetings[n] for n in sheet["cut"]))
    plan = {tid: sheet[n] for n, tid in names.tasks.items() if sheet[n] != "none"}
    return float(sheet["hours"]), policy, plan


def replay(sheet: object, w: Week | None = None) -> PlanOutcome:
    """Play a filled plan sheet with the week model (the role-play's week by default).

    ``sheet`` maps the fields of :func:`sheet_fields` to values (text as on a CSV line, or typed values); a
    missing or out-of-range field is a ``ValueError`` naming it and what it allows. Tasks are worked in the
    sheet's order until Lin's hours run out."""
    w = w or week(RP_WEEK)
    if not isinstance(w, Week):
        raise ValueError(f"w must be a Week; got {type(w).__name__}")
    checked = read_sheet(sheet_fields(w), sheet)
    budget, policy, plan = inputs_of(checked, w)
    return PlanOutcome(str(checked["group"]), budget, policy, plan, allocate(w, plan, budget, policy))


def replay_csv(text: str) -> list[PlanOutcome]:
    """Every group's sheet in CSV text (header = the sheet's fields), replayed."""
    return [replay(sheet) for sheet in read_sheets_csv(sheet_fields(), text)]


def solved_plan(group: str, w: Week, budget: float, policy: Policy) -> PlanOutcome:
    """The week under ``policy`` and ``budget`` with the best village plan the solver finds, as a group's outcome."""
    a = best_allocation(w, budget, policy)
    return PlanOutcome(group, budget, policy, dict(a.plan), a)


@data_cache
def no_deal() -> PlanOutcome:
    """No agreement: the diary as it stands (every visit as the protocol asks, no meeting cut, the usual
    hours) and the best village plan in the hours left."""
    return solved_plan("no deal", week(RP_WEEK), leader_fact("weekly_hours"), Policy())


@data_cache
def best_deal() -> PlanOutcome:
    """The model's best plan at the usual hours with the city's video conferences kept: the most progress,
    then the most goodwill, then the fewest meetings cut (the least important first), over every attendance
    at the longest visit (the others as the protocol asks or declined) and every set of other meetings cut."""
    w = week(RP_WEEK)
    names = SheetNames.of(w)
    longest = max(w.visits, key=lambda v: v.duration_hours).id
    others = [v.id for v in w.visits if v.id != longest]
    optional = [mid for n, mid in names.meetings.items() if not n.startswith("video_conference")]
    best, key = None, None
    for extent in ATTENDANCE:
        for declined in itertools.chain.from_iterable(itertools.combinations(others, k) for k in range(3)):
            for k in range(len(optional) + 1):
                for cut in itertools.combinations(optional, k):
                    policy = Policy(attendance={longest: extent, **{v: "none" for v in declined}}, cut_meetings=cut)
                    outcome = solved_plan("model's best", w, leader_fact("weekly_hours"), policy)
                    priority = sum(m.priority for m in w.meetings if m.id in cut)
                    rank = (outcome.progress, outcome.goodwill, -len(cut), priority)
                    if key is None or rank > key:
                        best, key = outcome, rank
    return best


def sheet_of(outcome: PlanOutcome, w: Week | None = None) -> dict[str, object]:
    """The plan sheet that gives an outcome's inputs (to print the model's best as a group would write it)."""
    names = SheetNames.of(w or week(RP_WEEK))
    attendance = dict(outcome.policy.attendance)
    return {"group": outcome.group, "hours": outcome.budget_hours,
            **{n: attendance.get(vid, "protocol") for n, vid in names.visits.items()},
            "cut": ";".join(n for n, mid in names.meetings.items() if mid in outcome.policy.cut_meetings),
            **{n: outcome.plan.get(tid, "none") for n, tid in names.tasks.items()}}


def _note(text: str) -> str:
    """A data row's note without its "illustrative: " label (the brief says once that the week is invented)."""
    return text.split(": ", 1)[-1] if text.startswith("illustrative") else text


def visits_table(lang: str = "en") -> Table:
    """The role-play week's visits by sheet name: hours, who the protocol sends and the top leader's hours."""
    lang, w = check_lang(lang), week(RP_WEEK)
    names = {vid: n for n, vid in SheetNames.of(w).visits.items()}
    rows = [{t("rt.column", lang): names[v.id], t("rt.visit", lang): t(f"topic.{v.topic}", lang),
             t("rt.from", lang): t(f"level.name.{v.from_level}", lang), t("rt.hours", lang): v.duration_hours,
             t("rt.who", lang): t(f"who.{f.who}", lang), t("rt.extent", lang): t(f"extent.{f.extent}", lang),
             t("rt.lin_hours", lang): f.leader_hours(v.duration_hours)} for v, f in zip(w.visits, w.forms())]
    return Table(pd.DataFrame(rows), fmt="g")


def meetings_table(lang: str = "en") -> Table:
    """The role-play week's meetings by sheet name, with their hours."""
    lang, w = check_lang(lang), week(RP_WEEK)
    rows = [{t("rt.name", lang): n, t("rt.meeting", lang): t(f"topic.{m.topic}", lang), t("rt.hours", lang): m.hours}
            for n, m in zip(SheetNames.of(w).meetings, w.meetings)]
    return Table(pd.DataFrame(rows), fmt="g")


def tasks_table(lang: str = "en") -> Table:
    """The role-play week's village tasks by sheet name: value, the weakest channel that moves it, due days."""
    lang, w = check_lang(lang), week(RP_WEEK)
    rows = [{t("rt.column", lang): n, t("rt.village", lang): task.village,
             t("rt.task", lang): t(f"topic.{task.topic}", lang), t("rt.value", lang): task.value,
             t("rt.needs", lang): task.needed_channel, t("rt.due", lang): task.due_days}
            for n, task in zip(SheetNames.of(w).tasks, w.tasks)]
    return Table(pd.DataFrame(rows), fmt="g")
