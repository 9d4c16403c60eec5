"""The exact solver and the month: the plan that maximises progress within the hours left after receptions and
meetings (a multiple-choice knapsack, solved by dynamic programming over half hours), each week of the month
planned by it, and the frontier of "freeing the leader" (goodwill against progress as receptions are capped)."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..core.data import data_cache
from ..core.validate import check_rate
from .allocation import Allocation, allocate, check_inputs, fixed_demands
from .channels import channels
from .hours import check_budget, half_hours
from .week import Policy, Task, Week, month


@data_cache  # the channels' costs come from the data package
def _knapsack(tasks: tuple[Task, ...]) -> tuple[list[tuple[float, float]], list[list[str | None]]]:
    """The solver's tables for every number of half-hours up to the cost of doing everything.

    ``best[h]`` is (progress, -staff hours) of the best choice with at most ``h`` half-hours; ``choices[i][h]``
    is the channel chosen for task ``i`` at ``h`` (None: left alone). Cached: a week's tables serve every
    budget and policy, which is what keeps the labs fast.
    """
    options = [[(c.name, half_hours(c.leader_hours), c.staff_hours) for c in channels().values()
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
    budget = check_inputs(demands, budget_hours, policy)
    fixed = fixed_demands(demands, budget, policy)
    best, choices = _knapsack(demands.tasks)
    capacity = min(len(best) - 1, int(math.floor(2 * fixed.left + 1e-9)))
    top = best[capacity][0]
    h = min(i for i in range(capacity + 1) if best[i][0] == top)
    plan: dict[str, str] = {}
    for i in range(len(demands.tasks) - 1, -1, -1):
        name = choices[i][h]
        if name is not None:
            plan[demands.tasks[i].id] = name
            h -= half_hours(channels()[name].leader_hours)
    ordered = {t.id: plan[t.id] for t in demands.tasks if t.id in plan}
    return allocate(demands, ordered, budget, policy)



@dataclass(frozen=True)
class MonthOutcome:
    """The month under one policy, each week planned by :func:`best_allocation`."""

    policy: Policy
    budget_hours: float
    weeks: tuple[Allocation, ...]

    @property
    def progress(self) -> float:
        """The value of the village tasks done over the month."""
        return sum(a.progress for a in self.weeks)

    @property
    def goodwill(self) -> float:
        """Goodwill earned with upper levels over the month."""
        return sum(a.goodwill for a in self.weeks)

    @property
    def total_value(self) -> float:
        """The value of every village task of the month."""
        return sum(a.total_value for a in self.weeks)

    def hours(self, use: str) -> float:
        """The month's hours spent on one use (see ``USES``)."""
        return sum(a.hours[use] for a in self.weeks)


def plan_month(budget_hours: float | None = None, policy: Policy = Policy(),
               weeks: tuple[Week, ...] | None = None) -> MonthOutcome:
    """Plan every week of the month with the solver, under one policy."""
    weeks = month() if weeks is None else weeks
    budget = check_budget(budget_hours)
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
    return _month_frontier(check_rate("meeting_cut", meeting_cut), check_budget(budget_hours))


@data_cache
def _month_frontier(meeting_cut: float, budget_hours: float) -> tuple[MonthOutcome, ...]:
    return tuple(frontier(meeting_cut, budget_hours))

