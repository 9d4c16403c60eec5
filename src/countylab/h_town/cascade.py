"""The target cascade of case 1 (chapter "Why 90% and not 100%"): discount, markup, the 100% cap and
cross-level inspection.

A chain of levels L0 → L1 → … → Ln-1 (by default county → township → village). L0 sets the goal; each
level passes a target down with a *markup* (层层加码) and each receiving level *discounts* (打折扣) what it
receives. Rates are shares in [0, 1]; the arithmetic is multiplicative::

    committed[0] = goal
    received[i]  = min(1, committed[i-1] * (1 + markups[i-1]))      i = 1 … n-1
    committed[i] = received[i] * (1 - discounts[i-1])
    real         = min(capacity, committed[n-1])

With negotiation the bottom reports what it really achieved. Under 顶格管理 (``mode="max_limit"``, goal
1.0) there is nothing to bargain over: no discounts, and the result is reported as 100%. Cross-level
inspection (跨级督查) removes the inspected level's discount, because it has no channel to bargain
through, and makes it report its committed target even where capacity falls short.

The cost function and the formalism defaults are illustrative teaching assumptions, not estimates.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from ..core.validate import check_choice, check_count, check_number, check_rate

MODES = ("negotiated", "max_limit")
INSPECTIONS = (None, "direct", "cross_level")
HIERARCHY = ("province", "city", "county", "township", "village")

#: Headroom above capacity in the cost curve (illustrative): the marginal cost of effort is 1 at zero
#: and (capacity + headroom) / headroom at capacity, so effort near capacity is about 20 times dearer.
COST_HEADROOM = 0.05


@dataclass(frozen=True)
class CascadeResult:
    """The outcome of one target cascade. Rates are shares in [0, 1]; ``cost`` is in effort units
    (1 = the effort that lifts the rate by one whole unit without strain; illustrative)."""

    goal: float
    capacity: float
    mode: str
    inspection: str | None
    inspected_level: int | None
    levels: tuple[str, ...]
    pursued: float      #: the target the bottom level works toward (its committed target)
    real: float         #: what is really achieved: min(capacity, pursued)
    reported: float     #: what is reported up the chain
    paper_gap: float    #: reported - real: the part that exists only on paper
    cost: float         #: resources spent on the pursued target, wasted beyond capacity
    table: pd.DataFrame = field(repr=False)  #: one row per level

    @property
    def feedback(self) -> bool:
        """True when a shortfall reaches the top as a shortfall (nothing is reported that is not real)."""
        return self.paper_gap == 0


def _check_rates(name: str, values: Sequence[float], expected: int | None = None,
                 upper_open: bool = False) -> list[float]:
    """``values`` as a list of rates in [0, 1] (``expected`` of them, if given); else a ValueError."""
    if isinstance(values, (str, bytes)) or not hasattr(values, "__len__"):
        count = f"{expected} " if expected is not None else ""
        raise ValueError(f"{name} must be a list of {count}rates in [0, 1]; got {values!r}")
    if expected is not None and len(values) != expected:
        raise ValueError(f"{name} must have {expected} entries (one per link of a {expected + 1}-level "
                         f"chain); got {len(values)}")
    out = [check_rate(f"{name}[{k}]", v) for k, v in enumerate(values)]
    if upper_open and any(v == 1 for v in out):
        k = out.index(1.0)
        raise ValueError(f"{name}[{k}] must be in [0, 1): a discount of 1 leaves nothing to compensate")
    return out


def level_names(n: int, levels: Sequence[str] | None = None) -> tuple[str, ...]:
    """Names of an n-level chain: the given ones, or the bottom of province → … → village."""
    if levels is not None:
        names = tuple(str(x) for x in levels)
        if len(names) != n:
            raise ValueError(f"levels must name all {n} levels of the chain; got {len(names)}")
        return names
    return HIERARCHY[-n:] if n <= len(HIERARCHY) else tuple(f"level {i}" for i in range(n))


def compensating_markups(discounts: Sequence[float]) -> list[float]:
    """The markup that exactly offsets each discount: ``1/(1-d) - 1``.

    With these markups the bottom commits to the original goal — unless the 100% cap binds on the way
    down, which is why a 100% goal cannot absorb any discount.
    """
    ds = _check_rates("discounts", discounts, upper_open=True)
    return [1 / (1 - d) - 1 for d in ds]


def effort_cost(pursued: float, capacity: float) -> float:
    """Resources spent pursuing ``pursued`` with ``capacity``: rising steeply toward capacity, wasted beyond.

    Up to capacity the marginal cost is ``1 / (1 - x/(capacity + h))`` (h = COST_HEADROOM); every point
    pursued beyond capacity costs the marginal cost at capacity and achieves nothing. Non-decreasing in
    ``pursued``. Both are rates in [0, 1]. Illustrative.
    """
    pursued, capacity = check_rate("pursued", pursued), check_rate("capacity", capacity)
    top = capacity + COST_HEADROOM
    reached = min(pursued, capacity)
    cost = -top * math.log(1 - reached / top)
    return cost + max(0.0, pursued - capacity) * top / COST_HEADROOM


def run_cascade(goal: float, discounts: Sequence[float], markups: Sequence[float], capacity: float, *,
                mode: str = "negotiated", inspection: str | None = None, inspected_level: int | None = None,
                levels: Sequence[str] | None = None) -> CascadeResult:
    """Pass ``goal`` down a chain of ``len(discounts) + 1`` levels and say what is real and what is reported.

    ``discounts[k]`` is what level k+1 shaves off what it receives; ``markups[k]`` what level k adds when
    passing down. ``capacity`` is the highest rate the bottom can really reach. ``mode`` is "negotiated" or
    "max_limit" (顶格管理: goal must be 1.0; no discounts; reported as 100%). ``inspection`` is None,
    "direct" (changes nothing) or "cross_level" (needs ≥ 3 levels; removes the discount of
    ``inspected_level``, default the bottom, and makes it report its committed target).
    """
    goal = check_rate("goal", goal)
    capacity = check_rate("capacity", capacity)
    mode = check_choice("mode", mode, MODES)
    inspection = check_choice("inspection", inspection, INSPECTIONS)
    ds = _check_rates("discounts", discounts)
    n = len(ds) + 1
    if n < 2:
        raise ValueError("discounts must have at least 1 entry: a chain has at least 2 levels")
    ms = _check_rates("markups", markups, n - 1)
    names = level_names(n, levels)
    if mode == "max_limit":
        if goal != 1.0:
            raise ValueError(f"goal must be 1.0 with mode='max_limit' (顶格管理 means a 100% target); got {goal!r}")
        ds = [0.0] * (n - 1)  # a 100% order leaves nothing to bargain over
    if inspection == "cross_level":
        if n < 3:
            raise ValueError("inspection='cross_level' needs a chain of at least 3 levels (an inspector two "
                             f"levels up); this chain has {n}")
        inspected_level = (n - 1 if inspected_level is None
                           else check_count("inspected_level", inspected_level, 2, n - 1))
        ds[inspected_level - 1] = 0.0  # no channel to bargain through
    elif inspected_level is not None:
        inspected_level = check_count("inspected_level", inspected_level, 1, n - 1)

    committed, received = [goal], [goal]
    for i in range(1, n):
        received.append(min(1.0, committed[i - 1] * (1 + ms[i - 1])))
        committed.append(received[i] * (1 - ds[i - 1]))
    pursued = committed[-1]
    real = min(capacity, pursued)
    if mode == "max_limit":
        reported = 1.0
    elif inspection == "cross_level":
        reported = max(real, committed[inspected_level])
    else:
        reported = real
    table = pd.DataFrame({
        "level": names,
        "received": received,
        "discount": [0.0] + ds,
        "committed": committed,
        "markup": ms + [float("nan")],
        "passed_down": received[1:] + [float("nan")],
    })
    return CascadeResult(goal=goal, capacity=capacity, mode=mode, inspection=inspection,
                         inspected_level=inspected_level, levels=names, pursued=pursued, real=real,
                         reported=reported, paper_gap=reported - real, cost=effort_cost(pursued, capacity),
                         table=table)


@dataclass(frozen=True)
class FormalismResult:
    """Several tasks, each demanded at 100%, sharing one team's hours. Shares in [0, 1], hours in hours."""

    n_tasks: int
    staff_hours: float
    hours_per_task: float
    real_share: float       #: average real completion across tasks
    reported_share: float   #: always 1: every task is reported as done
    paper_gap: float        #: reported_share - real_share
    tasks_affordable: float  #: how many tasks the hours can really complete


#: Illustrative defaults: a township office's hours for such tasks in a month, and the hours one task
#: needs to be done for real.
FORMALISM_STAFF_HOURS = 160.0
FORMALISM_HOURS_PER_TASK = 40.0


def formalism(n_tasks: int, staff_hours: float = FORMALISM_STAFF_HOURS,
              hours_per_task: float = FORMALISM_HOURS_PER_TASK) -> FormalismResult:
    """Real and reported completion when ``n_tasks`` tasks are each demanded at 100%.

    One 100% task can be met by concentrating resources; the real completion share stays 1 while
    ``n_tasks * hours_per_task <= staff_hours`` and then falls as ``staff_hours / (n_tasks *
    hours_per_task)``. The reported share stays 1 (defaults illustrative).
    """
    n = check_count("n_tasks", n_tasks, 1)
    hours = check_number("staff_hours", staff_hours, 0)
    per_task = check_number("hours_per_task", hours_per_task, 1e-9)
    real = min(1.0, hours / (n * per_task))
    return FormalismResult(n_tasks=n, staff_hours=hours, hours_per_task=per_task, real_share=real,
                           reported_share=1.0, paper_gap=1.0 - real, tasks_affordable=hours / per_task)
