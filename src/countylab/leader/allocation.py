"""One week's allocation of the secretary's hours: the protocol's receptions and the meetings come first, then
the village tasks in the order of the reader's plan, until the hours run out. Every demand left unmet is
reported with its reason."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from ..core.data import data_cache
from ..core.validate import check_choice
from .channels import CHANNELS, channels
from .hours import check_budget
from .protocol import IMPORTANCE, Reception, attendance_hours
from .week import Meeting, Policy, Visit, Week


@dataclass(frozen=True)
class Unmet:
    """A demand the week did not meet, and why."""

    id: str
    kind: str      #: "visit", "meeting" or "task"
    reason: str    #: capped, declined (the plan's attendance), no_time, not_planned, too_weak, too_slow, cut


@dataclass(frozen=True)
class ReceptionPlan:
    """A visit, the protocol's answer, and whether the top leader appeared as the protocol asks."""

    visit: Visit
    form: Reception
    hours: float          #: the top leader's hours the protocol (or the policy's attendance) asks for
    attended: bool        #: False when the cap, the budget or the policy kept the top leader away
    goodwill: float = 0.0  #: the goodwill the reception earns if attended

    @property
    def below_protocol(self) -> bool:
        """Whether the top leader gives this visit less than the protocol asks (less time, or is absent)."""
        return self.form.appears and (not self.attended or self.hours < self.form.leader_hours(
            self.visit.duration_hours) - 1e-9)


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
        """Hours spent on anything."""
        return sum(v for k, v in self.hours.items() if k != "free")

    @property
    def free(self) -> float:
        """Hours left unused."""
        return self.hours["free"]

    def unmet_of(self, kind: str) -> tuple[Unmet, ...]:
        """The unmet demands of one kind: "visit", "meeting" or "task"."""
        return tuple(u for u in self.unmet if u.kind == kind)


USES = ("receptions", "meetings", *CHANNELS, "free")


def _receptions(week: Week, policy: Policy) -> list[ReceptionPlan]:
    """The protocol's answer for every visit, in priority order (most important, highest-ranked first),
    with the cap applied to those where the top leader would appear."""
    plans = [ReceptionPlan(v, form, 0.0, False) for v, form in zip(week.visits, week.forms())]
    order = sorted(range(len(plans)), key=lambda i: (-IMPORTANCE.index(plans[i].visit.importance),
                                                      -plans[i].visit.visitor_rank, i))
    chosen = dict(policy.attendance)
    out, shown = [], 0
    for i in order:
        p = plans[i]
        if p.visit.id in chosen:  # the plan says how much the top leader attends: neither protocol nor cap
            extent = chosen[p.visit.id]
            out.append(ReceptionPlan(p.visit, p.form, attendance_hours(extent, p.visit.duration_hours),
                                     extent != "none", p.form.goodwill_for(extent)))
            continue
        hours = p.form.leader_hours(p.visit.duration_hours)
        allowed = not p.form.appears or policy.reception_cap is None or shown < policy.reception_cap
        shown += p.form.appears and allowed
        out.append(ReceptionPlan(p.visit, p.form, hours, allowed, p.form.goodwill))
    return out


@dataclass(frozen=True)
class FixedDemands:
    """What a week asks of the secretary before any village work: receptions and the meetings kept."""

    receptions: tuple[ReceptionPlan, ...]
    meetings: tuple[Meeting, ...]
    unmet: tuple[Unmet, ...]
    reception_hours: float
    meeting_hours: float
    left: float            #: hours left for village work


@data_cache  # receptions follow the protocol in the data package
def fixed_demands(week: Week, budget: float, policy: Policy) -> FixedDemands:
    """Receptions (as the protocol asks, capped by the policy) and the meetings kept come first, in that
    order. Whatever of them does not fit the budget is unmet; village work gets only the hours left after
    all of them are served, so cutting a meeting or a reception never takes hours away from the villages."""
    receptions = _receptions(week, policy)
    kept, cut = policy.meetings_kept(week.meetings)
    chosen = dict(policy.attendance)
    unmet = [Unmet(p.visit.id, "visit", "declined" if p.visit.id in chosen else "capped")
             for p in receptions if not p.attended]
    unmet += [Unmet(m.id, "meeting", "cut") for m in cut]
    demanded = sum(p.hours for p in receptions if p.attended) + sum(m.hours for m in kept)
    used, served = 0.0, []
    for p in receptions:
        if p.attended and used + p.hours > budget + 1e-9:
            p = dataclasses.replace(p, attended=False)
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
    return FixedDemands(tuple(served), tuple(meetings), tuple(unmet), reception_hours, used - reception_hours,
                        max(0.0, budget - demanded))


def check_inputs(demands: object, budget_hours: float | None, policy: object) -> float:
    """The budget in hours, once ``demands`` (a Week) and ``policy`` (a Policy) are checked."""
    if not isinstance(demands, Week):
        raise ValueError(f"demands must be a Week (see countylab.week); got {type(demands).__name__}")
    if not isinstance(policy, Policy):
        raise ValueError(f"policy must be a Policy; got {type(policy).__name__}")
    policy.check_ids(demands)
    return check_budget(budget_hours)


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
    budget = check_inputs(demands, budget_hours, policy)
    steps = _check_plan(demands, plan)
    fixed = fixed_demands(demands, budget, policy)
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
    goodwill = sum(p.goodwill for p in fixed.receptions if p.attended)
    return Allocation(
        week=demands.number, budget_hours=budget, policy=policy, plan=steps, receptions=fixed.receptions,
        meetings_attended=tuple(m.id for m in fixed.meetings), hours=hours, staff_hours=staff,
        done=tuple(done), unmet=tuple(unmet), progress=sum(demands.task(i).value for i in done),
        goodwill=goodwill, total_value=demands.total_value)



def naive_plan(demands: Week, channel: str = "document") -> dict[str, str]:
    """Every task through one channel, in listed order — the office's default (a document for everything)
    or the diligent secretary's (in person everywhere)."""
    check_choice("channel", channel, CHANNELS)
    if not isinstance(demands, Week):
        raise ValueError(f"demands must be a Week (see countylab.week); got {type(demands).__name__}")
    return {t.id: channel for t in demands.tasks}

