"""Tables of case 2's chapters: the reception rules, the channels, a week under three plans, and the month
under a few "free the leader" policies. Each is a :class:`countylab.core.tables.Table` (a real table in the
web book and the PDF)."""
from __future__ import annotations

import pandas as pd

from ..core.tables import Table
from .allocation import Allocation, allocate, naive_plan
from .channels import CHANNELS, channels
from .protocol import IMPORTANCE, RELATIONS, reception_rules
from .solver import best_allocation, plan_month
from .week import Policy, week


def rule_table() -> Table:
    """The reception protocol, one row per combination, saying which rows are the essay's."""
    rows = [{"visitor vs host": rel.replace("_", " "), "importance": imp, "accompanies": r.who.replace("_", " "),
             "top leader": r.extent.replace("_", " "), "signal": r.signal, "goodwill": r.goodwill,
             "rule": "the essay" if r.status == "sourced" else "our extension"}
            for (rel, imp), r in sorted(reception_rules().items(),
                                        key=lambda kv: (RELATIONS.index(kv[0][0]), -IMPORTANCE.index(kv[0][1])))]
    return Table(pd.DataFrame(rows), fmt=".0f")


def channel_table() -> Table:
    """The four channels: force (the essay's order) and costs (illustrative)."""
    rows = [{"channel": c.name.replace("_", " "), "force": c.force, "leader hours": c.leader_hours,
             "staff hours": c.staff_hours, "days to take effect": c.delay_days} for c in channels().values()]
    return Table(pd.DataFrame(rows), fmt="g")


def _outcome_row(label: str, a: Allocation) -> dict:
    return {"plan": label, "receptions h": a.hours["receptions"], "meetings h": a.hours["meetings"],
            "village work h": sum(a.hours[c] for c in CHANNELS), "unused h": a.free,
            "tasks done": f"{len(a.done)} of {len(a.done) + len(a.unmet_of('task'))}",
            "progress": a.progress, "goodwill": a.goodwill}


def week_table(number: int = 1, budget_hours: float | None = None, policy: Policy = Policy()) -> Table:
    """One week under three plans: a document for everything, in person down the list, and the solver's."""
    w = week(number)
    rows = [_outcome_row("a document for everything", allocate(w, naive_plan(w, "document"), budget_hours, policy)),
            _outcome_row("in person, down the list", allocate(w, naive_plan(w, "in_person"), budget_hours, policy)),
            _outcome_row("the solver's plan", best_allocation(w, budget_hours, policy))]
    return Table(pd.DataFrame(rows), fmt="g")


def month_table(policies: dict[str, Policy] | None = None, budget_hours: float | None = None) -> Table:
    """The month, each week planned by the solver, under a few "free the leader" policies."""
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
