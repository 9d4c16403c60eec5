"""A week of demands on the secretary (visits, meetings, village tasks), the month they come from, and the
"free the leader" policy levers.

The month is ``data/leader_month.csv`` (constructed for teaching, illustrative), read when first asked for.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from ..core.data import DataError, Row, data_cache, read_table, where
from ..core.validate import check_choice, check_count, check_number, check_rate
from .channels import CHANNELS, channels
from .hours import check_half_hours, leader_fact
from .protocol import ATTENDANCE, IMPORTANCE, Reception, check_rank, reception_form


@dataclass(frozen=True)
class Visit:
    """A visiting team: its leader's grade, how much the host cares, and how long it stays (hours)."""

    id: str
    visitor_rank: int
    importance: str
    duration_hours: float
    topic: str = "inspection"
    from_level: str = "city"

    def __post_init__(self) -> None:
        check_rank("visitor_rank", self.visitor_rank)
        check_choice("importance", self.importance, IMPORTANCE)
        check_half_hours("duration_hours", self.duration_hours, 168)


@dataclass(frozen=True)
class Meeting:
    """A meeting the secretary is expected to attend. ``priority`` 1 is kept longest when meetings are cut;
    higher numbers are cut first."""

    id: str
    hours: float
    priority: int = 2
    topic: str = "meeting"

    def __post_init__(self) -> None:
        check_half_hours("hours", self.hours, 168)
        check_count("priority", self.priority, 1)


@dataclass(frozen=True)
class Task:
    """Work to push in a village: its value (progress points), the force it needs (1 document … 4 in person)
    and the days within which it must take effect."""

    id: str
    value: float
    needed_force: int
    due_days: float = 7
    topic: str = "task"
    village: str = ""

    def __post_init__(self) -> None:
        check_number("value", self.value, 0)
        check_count("needed_force", self.needed_force, 1, len(CHANNELS))
        check_number("due_days", self.due_days, 0)

    @property
    def needed_channel(self) -> str:
        """The weakest channel with the force the task needs."""
        return CHANNELS[self.needed_force - 1]

    def done_by(self, channel: str) -> bool:
        """Whether pushing the task through ``channel`` gets it done: enough force, and in time."""
        c = channels()[check_choice("channel", channel, CHANNELS)]
        return c.force >= self.needed_force and c.delay_days <= self.due_days

    def cheapest_channel(self) -> str | None:
        """The channel that gets the task done for the fewest of the leader's hours (then staff hours)."""
        able = [c for c in channels().values() if self.done_by(c.name)]
        return min(able, key=lambda c: (c.leader_hours, c.staff_hours)).name if able else None


@dataclass(frozen=True)
class Week:
    """One week's demands on the secretary: visits (received by protocol), meetings and village tasks."""

    number: int
    visits: tuple[Visit, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    tasks: tuple[Task, ...] = ()
    host_rank: int = 2

    def __post_init__(self) -> None:
        check_count("number", self.number, 1)
        check_rank("host_rank", self.host_rank)
        for name, kind in (("visits", Visit), ("meetings", Meeting), ("tasks", Task)):
            items = getattr(self, name)
            if isinstance(items, (str, bytes)) or not hasattr(items, "__iter__"):
                raise ValueError(f"{name} must be a sequence of {kind.__name__}; got {items!r}")
            items = tuple(items)
            wrong = [x for x in items if not isinstance(x, kind)]
            if wrong:
                raise ValueError(f"{name} must hold only {kind.__name__} objects; got {wrong[0]!r}")
            object.__setattr__(self, name, items)  # a tuple, so a week can be cached by the solver
        ids = [x.id for x in (*self.visits, *self.meetings, *self.tasks)]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"demand ids must be unique within a week; repeated: {', '.join(duplicates)}")

    def task(self, task_id: str) -> Task:
        """The task with this id; a ValueError listing the week's tasks otherwise."""
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise ValueError(f"week {self.number} has no task {task_id!r}; tasks: "
                         f"{', '.join(t.id for t in self.tasks)}")

    @property
    def total_value(self) -> float:
        """The value of every village task of the week."""
        return sum(t.value for t in self.tasks)

    def forms(self) -> tuple[Reception, ...]:
        """The protocol's answer to each visit, in the visits' order."""
        return tuple(reception_form(v.visitor_rank, self.host_rank, v.importance) for v in self.visits)


#: The columns each kind of demand needs in data/leader_month.csv (the others stay empty for it).
NEEDS = {"visit": ("visitor_rank", "importance", "hours"), "meeting": ("hours", "priority"),
         "task": ("value", "needed_force", "due_days", "village")}


def _demand(row: Row) -> Visit | Meeting | Task:
    """One row of the month as the demand its kind names, with the file's line in any error."""
    r, kind = row.values, row.values["kind"]
    place = f"{where('leader_month.csv')}, line {row.line}"
    empty = [column for column in NEEDS[kind] if r[column] is None]
    if empty:
        raise DataError(f"{place}, column {empty[0]}: a {kind} needs a value here "
                        f"(a {kind} needs {', '.join(NEEDS[kind])})")
    try:
        if kind == "visit":
            return Visit(r["id"], r["visitor_rank"], r["importance"], r["hours"], r["topic"], r["from_level"] or "")
        if kind == "meeting":
            return Meeting(r["id"], r["hours"], r["priority"], r["topic"])
        return Task(r["id"], r["value"], r["needed_force"], r["due_days"], r["topic"], r["village"])
    except ValueError as error:
        raise DataError(f"{place}: {error}") from None


@data_cache
def month(host_rank: int | None = None) -> tuple[Week, ...]:
    """The fictional secretary's month (``data/leader_month.csv``, illustrative), week by week.

    ``host_rank`` defaults to ``host_rank`` in data/leader_facts.csv (2, a county-level 处级 secretary). The
    weeks must run from 1 without a gap, each with at least one village task."""
    host = check_rank("host_rank", int(leader_fact("host_rank")) if host_rank is None else host_rank)
    weeks: dict[int, dict[str, list]] = {}
    for row in read_table("leader_month.csv"):
        demand = _demand(row)
        weeks.setdefault(row["week"], {"visit": [], "meeting": [], "task": []})[row["kind"]].append(demand)
    for number in range(1, max(weeks) + 1):
        if not weeks.get(number, {}).get("task"):
            raise DataError(f"{where('leader_month.csv')}: week {number} has no village task; every week from 1 to "
                            f"{max(weeks)} needs at least one")
    return tuple(Week(n, tuple(d["visit"]), tuple(d["meeting"]), tuple(d["task"]), host)
                 for n, d in sorted(weeks.items()))


def week(number: int = 1, host_rank: int | None = None) -> Week:
    """One week of the month (1–4)."""
    weeks = month(None if host_rank is None else check_rank("host_rank", host_rank))
    return weeks[check_count("week", number, 1, len(weeks)) - 1]



@dataclass(frozen=True)
class Policy:
    """The levers of "freeing the leader" (解放领导).

    ``meeting_cut``: the share of meetings cut (in [0, 1]), lowest priority first, then the longest;
    ``reception_cap``: at most this many receptions a week at which the top leader appears (None: no cap);
    the protocol's most important visits are kept, the rest received without the top leader.
    ``attendance``: visit id → how much the top leader attends that visit (``none``, ``one_meal``,
    ``opening_closing``, ``whole_visit``), overriding the protocol and the cap for that visit;
    ``cut_meetings``: ids of meetings cancelled or delegated, whatever their priority.
    Ids are checked against the week when the policy is applied.
    """

    meeting_cut: float = 0.0
    reception_cap: int | None = None
    attendance: tuple[tuple[str, str], ...] = ()
    cut_meetings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_rate("meeting_cut", self.meeting_cut)
        if self.reception_cap is not None:
            check_count("reception_cap", self.reception_cap, 0)
        attendance = self.attendance
        if isinstance(attendance, Mapping):
            attendance = tuple(attendance.items())
        if isinstance(attendance, (str, bytes)) or not hasattr(attendance, "__iter__"):
            raise ValueError(f"attendance must map visit ids to one of {', '.join(ATTENDANCE)}; got {attendance!r}")
        attendance = tuple(sorted(tuple(pair) for pair in attendance))
        for visit_id, extent in attendance:
            check_choice(f"attendance[{visit_id!r}]", extent, ATTENDANCE)
        cut = self.cut_meetings
        if isinstance(cut, (str, bytes)) or not hasattr(cut, "__iter__"):
            raise ValueError(f"cut_meetings must be a sequence of meeting ids; got {cut!r}")
        object.__setattr__(self, "attendance", attendance)  # tuples, so a policy can be cached
        object.__setattr__(self, "cut_meetings", tuple(sorted(set(cut))))

    def check_ids(self, week: Week) -> None:
        """A ValueError naming any visit or meeting id the policy names that the week does not have."""
        visits, meetings = [v.id for v in week.visits], [m.id for m in week.meetings]
        for visit_id, _ in self.attendance:
            if visit_id not in visits:
                raise ValueError(f"attendance names visit {visit_id!r}, which week {week.number} does not have; "
                                 f"visits: {', '.join(visits)}")
        for meeting_id in self.cut_meetings:
            if meeting_id not in meetings:
                raise ValueError(f"cut_meetings names meeting {meeting_id!r}, which week {week.number} does not "
                                 f"have; meetings: {', '.join(meetings)}")

    def meetings_kept(self, meetings: tuple[Meeting, ...]) -> tuple[tuple[Meeting, ...], tuple[Meeting, ...]]:
        """(kept, cut): the cut meetings are those named in ``cut_meetings`` and the ``meeting_cut`` share with
        the lowest priority (then the longest). A larger cut always cuts a superset."""
        n_cut = math.floor(self.meeting_cut * len(meetings) + 1e-9)
        order = sorted(range(len(meetings)), key=lambda i: (-meetings[i].priority, -meetings[i].hours, i))
        cut = set(order[:n_cut]) | {i for i, m in enumerate(meetings) if m.id in self.cut_meetings}
        return (tuple(m for i, m in enumerate(meetings) if i not in cut),
                tuple(m for i, m in enumerate(meetings) if i in cut))

