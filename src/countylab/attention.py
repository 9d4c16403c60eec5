"""The leader's presence as a budget (case 2, "When the leader shows up"; DESIGN §4, "Leader attention").

The essay's claim: a leader's *attention* can be spread and delegated (secretaries follow up instructions,
the supervision office pushes priorities), but the leader's *presence* (领导出面) cannot — the leader is in one
place at a time. This module prices presence in hours:

- :func:`reception_form` — the reception protocol: who meets a visiting team, for how long the top leader
  appears, and what that signals, from the rule table ``data/reception_rules.csv``;
- :func:`channels` — the four channels for pushing work to a village, ordered by force (the essay), each with
  the leader's hours, staff hours and days until it takes effect (illustrative, ``data/channels.csv``);
- :func:`allocate` — one week: the protocol's receptions and the meetings come first, then the village tasks
  in the order of the reader's plan, until the hours run out;
- :func:`best_allocation` — the plan that maximises progress within the hours left, found exactly by dynamic
  programming over half hours.

Ranks are cadre grades coded 1 科级, 2 处级, 3 厅级, 4 部级. Hours are the top leader's hours unless a name says
``staff``. Every number that is not in the essay is an illustrative teaching assumption (see ``data/``).
"""
from __future__ import annotations

import csv
import functools
import math
from dataclasses import dataclass
from typing import Mapping

from .data import DATA_DIR, fact
from .validate import check_choice, check_count, check_number, check_rate

RANKS = (1, 2, 3, 4)
RANK_NAMES = {1: "科级", 2: "处级", 3: "厅级", 4: "部级"}
IMPORTANCE = ("low", "normal", "high")
RELATIONS = ("visitor_higher", "equal", "host_higher")
WHO = ("top_leader", "deputy", "staff")
EXTENTS = ("none", "one_meal", "whole_visit")
SIGNALS = ("low", "ordinary", "high")
CHANNELS = ("document", "phone", "staff", "in_person")
LEADER_FACTS = "leader_facts"


def _facts_default(key: str) -> float:
    return fact(key, LEADER_FACTS)


def _check_half_hours(name: str, hours: object, high: float | None = None) -> float:
    """Hours in whole or half hours (the solver's unit), >= 0."""
    value = check_number(name, hours, 0, high)
    if not float(2 * value).is_integer():
        raise ValueError(f"{name} must be in whole or half hours; got {hours!r}")
    return value


def _half_hours(hours: float) -> int:
    return int(round(2 * hours))


# --- The reception protocol ---------------------------------------------------------------------------

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
        duration = _check_half_hours("duration_hours", duration_hours)
        meal = _check_half_hours("meal_hours", _facts_default("meal_hours") if meal_hours is None else meal_hours)
        return {"none": 0.0, "one_meal": min(meal, duration), "whole_visit": duration}[self.extent]


@functools.cache
def reception_rules() -> dict[tuple[str, str], Reception]:
    """The rule table, keyed by (relation, importance); every combination is present (checked on load)."""
    with (DATA_DIR / "reception_rules.csv").open(encoding="utf-8", newline="") as f:
        rules = {(r["relation"], r["importance"]): Reception(
            r["relation"], r["importance"], r["who"], r["extent"], r["signal"], float(r["goodwill"]),
            r["status"], r["note"]) for r in csv.DictReader(f)}
    missing = [(rel, imp) for rel in RELATIONS for imp in IMPORTANCE if (rel, imp) not in rules]
    if missing:
        raise ValueError(f"data/reception_rules.csv lacks the combinations {missing}")
    return rules


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


# --- Channels for pushing work to a village -----------------------------------------------------------

@dataclass(frozen=True)
class Channel:
    """One way for the secretary to push a task to a village (``data/channels.csv``).

    ``force`` ranks the channels (the essay: document < phone < staff < in person); ``leader_hours``,
    ``staff_hours`` and ``delay_days`` (until it takes effect) are illustrative teaching assumptions.
    """

    name: str
    force: int
    leader_hours: float
    staff_hours: float
    delay_days: float


@functools.cache
def channels() -> dict[str, Channel]:
    """The channels by name, weakest first."""
    with (DATA_DIR / "channels.csv").open(encoding="utf-8", newline="") as f:
        rows = [Channel(r["channel"], int(r["force"]), _check_half_hours("leader_hours", float(r["leader_hours"])),
                        float(r["staff_hours"]), float(r["delay_days"])) for r in csv.DictReader(f)]
    rows.sort(key=lambda c: c.force)
    if tuple(c.name for c in rows) != CHANNELS:
        raise ValueError(f"data/channels.csv must list the channels {CHANNELS} in order of force")
    return {c.name: c for c in rows}


# --- A week of demands ---------------------------------------------------------------------------------

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
        _check_half_hours("duration_hours", self.duration_hours, 168)


@dataclass(frozen=True)
class Meeting:
    """A meeting the secretary is expected to attend. ``priority`` 1 is kept longest when meetings are cut;
    higher numbers are cut first."""

    id: str
    hours: float
    priority: int = 2
    topic: str = "meeting"

    def __post_init__(self) -> None:
        _check_half_hours("hours", self.hours, 168)
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
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise ValueError(f"week {self.number} has no task {task_id!r}; tasks: "
                         f"{', '.join(t.id for t in self.tasks)}")

    @property
    def total_value(self) -> float:
        return sum(t.value for t in self.tasks)

    def forms(self) -> tuple[Reception, ...]:
        """The protocol's answer to each visit, in the visits' order."""
        return tuple(reception_form(v.visitor_rank, self.host_rank, v.importance) for v in self.visits)


@functools.cache
def month(host_rank: int | None = None) -> tuple[Week, ...]:
    """The fictional secretary's month (``data/leader_month.csv``, illustrative), week by week.

    ``host_rank`` defaults to ``host_rank`` in data/leader_facts.csv (2, a county-level 处级 secretary)."""
    host = check_rank("host_rank", int(_facts_default("host_rank")) if host_rank is None else host_rank)
    weeks: dict[int, dict[str, list]] = {}
    with (DATA_DIR / "leader_month.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            week = weeks.setdefault(int(r["week"]), {"visit": [], "meeting": [], "task": []})
            if r["kind"] == "visit":
                week["visit"].append(Visit(r["id"], int(r["visitor_rank"]), r["importance"], float(r["hours"]),
                                           r["topic"], r["from_level"]))
            elif r["kind"] == "meeting":
                week["meeting"].append(Meeting(r["id"], float(r["hours"]), int(r["priority"]), r["topic"]))
            else:
                week["task"].append(Task(r["id"], float(r["value"]), int(r["needed_force"]),
                                         float(r["due_days"]), r["topic"], r["village"]))
    return tuple(Week(n, tuple(d["visit"]), tuple(d["meeting"]), tuple(d["task"]), host)
                 for n, d in sorted(weeks.items()))


def week(number: int = 1, host_rank: int | None = None) -> Week:
    """One week of the month (1–4)."""
    weeks = month(None if host_rank is None else check_rank("host_rank", host_rank))
    return weeks[check_count("week", number, 1, len(weeks)) - 1]


# --- Policy: the "free the leader" levers --------------------------------------------------------------

@dataclass(frozen=True)
class Policy:
    """The levers of "freeing the leader" (解放领导).

    ``meeting_cut``: the share of meetings cut (in [0, 1]), lowest priority first, then the longest;
    ``reception_cap``: at most this many receptions a week at which the top leader appears (None: no cap);
    the protocol's most important visits are kept, the rest received without the top leader.
    """

    meeting_cut: float = 0.0
    reception_cap: int | None = None

    def __post_init__(self) -> None:
        check_rate("meeting_cut", self.meeting_cut)
        if self.reception_cap is not None:
            check_count("reception_cap", self.reception_cap, 0)

    def meetings_kept(self, meetings: tuple[Meeting, ...]) -> tuple[tuple[Meeting, ...], tuple[Meeting, ...]]:
        """(kept, cut): the cut meetings are the ``meeting_cut`` share with the lowest priority (then the
        longest). A larger cut always cuts a superset."""
        n_cut = math.floor(self.meeting_cut * len(meetings) + 1e-9)
        order = sorted(range(len(meetings)), key=lambda i: (-meetings[i].priority, -meetings[i].hours, i))
        cut = set(order[:n_cut])
        return (tuple(m for i, m in enumerate(meetings) if i not in cut),
                tuple(m for i, m in enumerate(meetings) if i in cut))


# --- One week's allocation -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Unmet:
    """A demand the week did not meet, and why."""

    id: str
    kind: str      #: "visit", "meeting" or "task"
    reason: str    #: capped, no_time, not_planned, too_weak, too_slow, cut


@dataclass(frozen=True)
class ReceptionPlan:
    """A visit, the protocol's answer, and whether the top leader appeared as the protocol asks."""

    visit: Visit
    form: Reception
    hours: float          #: the top leader's hours the protocol asks for
    attended: bool        #: False when the cap or the budget kept the top leader away


@dataclass(frozen=True)
class Allocation:
    """What a week of the secretary's hours bought.

    ``hours`` by use: receptions, meetings, and each channel of village work; ``free`` is the budget left.
    ``progress`` is the value of village tasks done; ``goodwill`` the points earned with upper levels by
    receptions the top leader attended; ``unmet`` every demand left unmet, with its reason.
    """

    week: int
    budget_hours: float
    policy: Policy
    plan: tuple[tuple[str, str], ...]
    receptions: tuple[ReceptionPlan, ...]
    meetings_attended: tuple[str, ...]
    hours: dict[str, float]
    staff_hours: float
    done: tuple[str, ...]
    unmet: tuple[Unmet, ...]
    progress: float
    goodwill: float
    total_value: float

    @property
    def hours_used(self) -> float:
        return sum(v for k, v in self.hours.items() if k != "free")

    @property
    def free(self) -> float:
        return self.hours["free"]

    def unmet_of(self, kind: str) -> tuple[Unmet, ...]:
        return tuple(u for u in self.unmet if u.kind == kind)


USES = ("receptions", "meetings", *CHANNELS, "free")


def _receptions(week: Week, policy: Policy) -> list[ReceptionPlan]:
    """The protocol's answer for every visit, in priority order (most important, highest-ranked first),
    with the cap applied to those where the top leader would appear."""
    plans = [ReceptionPlan(v, form, 0.0, False) for v, form in zip(week.visits, week.forms())]
    order = sorted(range(len(plans)), key=lambda i: (-IMPORTANCE.index(plans[i].visit.importance),
                                                      -plans[i].visit.visitor_rank, i))
    out, shown = [], 0
    for i in order:
        p = plans[i]
        hours = p.form.leader_hours(p.visit.duration_hours)
        allowed = not p.form.appears or policy.reception_cap is None or shown < policy.reception_cap
        shown += p.form.appears and allowed
        out.append(ReceptionPlan(p.visit, p.form, hours, allowed))
    return out


@dataclass(frozen=True)
class _Fixed:
    receptions: tuple[ReceptionPlan, ...]
    meetings: tuple[Meeting, ...]
    unmet: tuple[Unmet, ...]
    reception_hours: float
    meeting_hours: float
    left: float            #: hours left for village work


@functools.lru_cache(maxsize=4096)
def _fixed_demands(week: Week, budget: float, policy: Policy) -> _Fixed:
    """Receptions (as the protocol asks, capped by the policy) and the meetings kept come first, in that
    order. Whatever of them does not fit the budget is unmet; village work gets only the hours left after
    all of them are served, so cutting a meeting or a reception never takes hours away from the villages."""
    receptions = _receptions(week, policy)
    kept, cut = policy.meetings_kept(week.meetings)
    unmet = [Unmet(p.visit.id, "visit", "capped") for p in receptions if not p.attended]
    unmet += [Unmet(m.id, "meeting", "cut") for m in cut]
    demanded = sum(p.hours for p in receptions if p.attended) + sum(m.hours for m in kept)
    used, served = 0.0, []
    for p in receptions:
        if p.attended and used + p.hours > budget + 1e-9:
            p = ReceptionPlan(p.visit, p.form, p.hours, False)
            unmet.append(Unmet(p.visit.id, "visit", "no_time"))
        used += p.hours if p.attended else 0.0
        served.append(p)
    reception_hours, meetings = used, []
    for m in sorted(kept, key=lambda m: (m.priority, m.hours)):
        if used + m.hours > budget + 1e-9:
            unmet.append(Unmet(m.id, "meeting", "no_time"))
            continue
        used += m.hours
        meetings.append(m)
    return _Fixed(tuple(served), tuple(meetings), tuple(unmet), reception_hours, used - reception_hours,
                  max(0.0, budget - demanded))


def _check_inputs(demands: object, budget_hours: float | None, policy: object) -> float:
    if not isinstance(demands, Week):
        raise ValueError(f"demands must be a Week (see countylab.attention.week); got {type(demands).__name__}")
    if not isinstance(policy, Policy):
        raise ValueError(f"policy must be a Policy; got {type(policy).__name__}")
    return _check_budget(budget_hours)


def _check_budget(budget_hours: float | None) -> float:
    budget = _facts_default("weekly_hours") if budget_hours is None else budget_hours
    return check_number("budget_hours", budget, 0, 168)


def _check_plan(week: Week, plan: Mapping[str, str | None]) -> tuple[tuple[str, str], ...]:
    if not isinstance(plan, Mapping):
        raise ValueError(f"plan must map task ids to channels ({', '.join(CHANNELS)}); got {plan!r}")
    out = []
    for task_id, channel in plan.items():
        week.task(task_id)
        if channel is None or channel == "none":
            continue
        if channel not in CHANNELS:
            raise ValueError(f"plan[{task_id!r}] must be one of {', '.join(map(repr, CHANNELS))} or None; "
                             f"got {channel!r}")
        out.append((task_id, channel))
    return tuple(out)


def allocate(demands: Week, plan: Mapping[str, str | None], budget_hours: float | None = None,
             policy: Policy = Policy()) -> Allocation:
    """Spend a week of the secretary's hours: receptions and meetings first, then the plan, in its order.

    ``plan`` maps task ids to a channel (or None); the secretary works down it until the next item does not
    fit in the hours left, and everything after that is unmet ("no_time"). A task pushed with too little
    force ("too_weak") or a channel too slow for its due date ("too_slow") costs the hours and is not done.
    ``budget_hours`` defaults to ``weekly_hours`` in data/leader_facts.csv (50, illustrative).
    """
    budget = _check_inputs(demands, budget_hours, policy)
    steps = _check_plan(demands, plan)
    fixed = _fixed_demands(demands, budget, policy)
    hours = {use: 0.0 for use in USES}
    hours["receptions"], hours["meetings"] = fixed.reception_hours, fixed.meeting_hours
    left, staff, done, unmet = fixed.left, 0.0, [], list(fixed.unmet)
    out_of_time = False
    for task_id, channel in steps:
        task, c = demands.task(task_id), channels()[channel]
        if out_of_time or c.leader_hours > left + 1e-9:
            out_of_time = True
            unmet.append(Unmet(task_id, "task", "no_time"))
            continue
        left -= c.leader_hours
        hours[channel] += c.leader_hours
        staff += c.staff_hours
        if task.done_by(channel):
            done.append(task_id)
        else:
            unmet.append(Unmet(task_id, "task", "too_weak" if c.force < task.needed_force else "too_slow"))
    planned = {task_id for task_id, _ in steps}
    unmet += [Unmet(t.id, "task", "not_planned") for t in demands.tasks if t.id not in planned]
    hours["free"] = max(0.0, budget - sum(hours.values()))
    goodwill = sum(p.form.goodwill for p in fixed.receptions if p.attended)
    return Allocation(
        week=demands.number, budget_hours=budget, policy=policy, plan=steps, receptions=fixed.receptions,
        meetings_attended=tuple(m.id for m in fixed.meetings), hours=hours, staff_hours=staff,
        done=tuple(done), unmet=tuple(unmet), progress=sum(demands.task(i).value for i in done),
        goodwill=goodwill, total_value=demands.total_value)


@functools.lru_cache(maxsize=256)
def _knapsack(tasks: tuple[Task, ...]) -> tuple[list[tuple[float, float]], list[list[str | None]]]:
    """The solver's tables for every number of half-hours up to the cost of doing everything.

    ``best[h]`` is (progress, -staff hours) of the best choice with at most ``h`` half-hours; ``choices[i][h]``
    is the channel chosen for task ``i`` at ``h`` (None: left alone). Cached: a week's tables serve every
    budget and policy, which is what keeps the labs fast.
    """
    options = [[(c.name, _half_hours(c.leader_hours), c.staff_hours) for c in channels().values()
                if task.done_by(c.name)] for task in tasks]
    capacity = sum(max((cost for _, cost, _ in opts), default=0) for opts in options)
    best = [(0.0, 0.0)] * (capacity + 1)
    choices: list[list[str | None]] = []
    for task, opts in zip(tasks, options):
        new, pick = list(best), [None] * (capacity + 1)
        for h in range(capacity + 1):
            for name, cost, staff in opts:
                if cost <= h:
                    prev = best[h - cost]
                    candidate = (prev[0] + task.value, prev[1] - staff)
                    if candidate > new[h]:
                        new[h], pick[h] = candidate, name
        best = new
        choices.append(pick)
    return best, choices


def best_allocation(demands: Week, budget_hours: float | None = None, policy: Policy = Policy()) -> Allocation:
    """The plan with the most progress the hours left after receptions and meetings allow, found exactly.

    A multiple-choice knapsack solved by dynamic programming over half hours: each task is left alone or
    pushed through a channel that gets it done. Ties go to fewer leader hours, then fewer staff hours. The plan
    lists the chosen tasks in their listed order.
    """
    budget = _check_inputs(demands, budget_hours, policy)
    fixed = _fixed_demands(demands, budget, policy)
    best, choices = _knapsack(demands.tasks)
    capacity = min(len(best) - 1, int(math.floor(2 * fixed.left + 1e-9)))
    top = best[capacity][0]
    h = min(i for i in range(capacity + 1) if best[i][0] == top)
    plan: dict[str, str] = {}
    for i in range(len(demands.tasks) - 1, -1, -1):
        name = choices[i][h]
        if name is not None:
            plan[demands.tasks[i].id] = name
            h -= _half_hours(channels()[name].leader_hours)
    ordered = {t.id: plan[t.id] for t in demands.tasks if t.id in plan}
    return allocate(demands, ordered, budget, policy)


def naive_plan(demands: Week, channel: str = "document") -> dict[str, str]:
    """Every task through one channel, in listed order — the office's default (a document for everything)
    or the diligent secretary's (in person everywhere)."""
    check_choice("channel", channel, CHANNELS)
    if not isinstance(demands, Week):
        raise ValueError(f"demands must be a Week (see countylab.attention.week); got {type(demands).__name__}")
    return {t.id: channel for t in demands.tasks}


# --- The month and the policy frontier -------------------------------------------------------------------

@dataclass(frozen=True)
class MonthOutcome:
    """The month under one policy, each week planned by :func:`best_allocation`."""

    policy: Policy
    budget_hours: float
    weeks: tuple[Allocation, ...]

    @property
    def progress(self) -> float:
        return sum(a.progress for a in self.weeks)

    @property
    def goodwill(self) -> float:
        return sum(a.goodwill for a in self.weeks)

    @property
    def total_value(self) -> float:
        return sum(a.total_value for a in self.weeks)

    def hours(self, use: str) -> float:
        return sum(a.hours[use] for a in self.weeks)


def plan_month(budget_hours: float | None = None, policy: Policy = Policy(),
               weeks: tuple[Week, ...] | None = None) -> MonthOutcome:
    """Plan every week of the month with the solver, under one policy."""
    weeks = month() if weeks is None else weeks
    budget = _check_budget(budget_hours)
    return MonthOutcome(policy, budget, tuple(best_allocation(w, budget, policy) for w in weeks))


def max_receptions(weeks: tuple[Week, ...] | None = None) -> int:
    """The most receptions in any week at which the protocol asks the top leader to appear."""
    weeks = month() if weeks is None else weeks
    return max((sum(form.appears for form in w.forms()) for w in weeks), default=0)


def frontier(meeting_cut: float = 0.0, budget_hours: float | None = None,
             weeks: tuple[Week, ...] | None = None) -> list[MonthOutcome]:
    """The month's outcome at one meeting cut for every reception cap, from no cap down to 0 a week:
    goodwill falls and progress rises along it (the trade-off of "freeing the leader")."""
    weeks = month() if weeks is None else weeks
    caps = [None, *range(max_receptions(weeks) - 1, -1, -1)]
    return [plan_month(budget_hours, Policy(meeting_cut, cap), weeks) for cap in caps]


def month_frontier(meeting_cut: float = 0.0, budget_hours: float | None = None) -> tuple[MonthOutcome, ...]:
    """:func:`frontier` for the month in data/, cached (the free-the-leader lab asks for it on every move)."""
    return _month_frontier(check_rate("meeting_cut", meeting_cut), _check_budget(budget_hours))


@functools.lru_cache(maxsize=512)
def _month_frontier(meeting_cut: float, budget_hours: float) -> tuple[MonthOutcome, ...]:
    return tuple(frontier(meeting_cut, budget_hours))


# --- Tables for the chapters ---------------------------------------------------------------------------

def rule_table():
    """The reception protocol, one row per combination, saying which rows are the essay's."""
    import pandas as pd
    from .tables import Table
    rows = [{"visitor vs host": rel.replace("_", " "), "importance": imp, "accompanies": r.who.replace("_", " "),
             "top leader": r.extent.replace("_", " "), "signal": r.signal, "goodwill": r.goodwill,
             "rule": "the essay" if r.status == "sourced" else "our extension"}
            for (rel, imp), r in sorted(reception_rules().items(),
                                        key=lambda kv: (RELATIONS.index(kv[0][0]), -IMPORTANCE.index(kv[0][1])))]
    return Table(pd.DataFrame(rows), fmt=".0f")


def channel_table():
    """The four channels: force (the essay's order) and costs (illustrative)."""
    import pandas as pd
    from .tables import Table
    rows = [{"channel": c.name.replace("_", " "), "force": c.force, "leader hours": c.leader_hours,
             "staff hours": c.staff_hours, "days to take effect": c.delay_days} for c in channels().values()]
    return Table(pd.DataFrame(rows), fmt="g")


def _outcome_row(label: str, a: Allocation) -> dict:
    return {"plan": label, "receptions h": a.hours["receptions"], "meetings h": a.hours["meetings"],
            "village work h": sum(a.hours[c] for c in CHANNELS), "unused h": a.free,
            "tasks done": f"{len(a.done)} of {len(a.done) + len(a.unmet_of('task'))}",
            "progress": a.progress, "goodwill": a.goodwill}


def week_table(number: int = 1, budget_hours: float | None = None, policy: Policy = Policy()):
    """One week under three plans: a document for everything, in person down the list, and the solver's."""
    import pandas as pd
    from .tables import Table
    w = week(number)
    rows = [_outcome_row("a document for everything", allocate(w, naive_plan(w, "document"), budget_hours, policy)),
            _outcome_row("in person, down the list", allocate(w, naive_plan(w, "in_person"), budget_hours, policy)),
            _outcome_row("the solver's plan", best_allocation(w, budget_hours, policy))]
    return Table(pd.DataFrame(rows), fmt="g")


def month_table(policies: dict[str, Policy] | None = None, budget_hours: float | None = None):
    """The month, each week planned by the solver, under a few "free the leader" policies."""
    import pandas as pd
    from .tables import Table
    policies = policies or {"no cuts": Policy(), "half the meetings cut": Policy(meeting_cut=0.5),
                            "at most 2 receptions a week": Policy(reception_cap=2),
                            "both": Policy(meeting_cut=0.5, reception_cap=2)}
    rows = []
    for label, policy in policies.items():
        m = plan_month(budget_hours, policy)
        rows.append({"policy": label, "receptions h": m.hours("receptions"), "meetings h": m.hours("meetings"),
                     "village work h": sum(m.hours(c) for c in CHANNELS), "unused h": m.hours("free"),
                     "progress": m.progress, "of": m.total_value, "goodwill": m.goodwill})
    return Table(pd.DataFrame(rows), fmt="g")
