"""Tables of case 1's chapters: the cascade level by level, scenarios side by side, and the campaign's
outcomes under both strategies. Each is a :class:`countylab.core.tables.Table` (a real table in the web book
and the PDF)."""
from __future__ import annotations

import pandas as pd

from ..core.tables import Table
from .campaign import CampaignParams, compare_strategies, first_day_at
from .cascade import CascadeResult


def level_table(result: CascadeResult) -> Table:
    """The per-level table of a result in percent, ready to display in a chapter."""
    frame = result.table.copy()
    for column in ("received", "discount", "committed", "markup", "passed_down"):
        frame[column] = 100 * frame[column]
    frame.columns = ["level", "received %", "discount %", "committed %", "markup %", "passed down %"]
    return Table(frame, fmt=".2f")


def scenario_table(results: dict[str, CascadeResult]) -> Table:
    """One row per named result: pursued, real, reported, paper gap (percent) and cost (effort units)."""
    frame = pd.DataFrame(
        [{"scenario": name, "pursued %": 100 * r.pursued, "real %": 100 * r.real,
          "reported %": 100 * r.reported, "paper gap (points)": 100 * r.paper_gap, "cost (units)": r.cost}
         for name, r in results.items()])
    return Table(frame, fmt=".1f")


def outcome_table(params: CampaignParams | None = None) -> Table:
    """Both strategies, with and without the county's understanding: the numbers a seminar compares."""
    p = params or CampaignParams.h_town()
    rows = []
    for negotiated in (False, True):
        for strategy, r in compare_strategies(p, negotiated).items():
            d = r.daily
            deadline = min(p.deadline_days, len(d) - 1)
            county_day = first_day_at(d, "county_coverage", p.target)
            rows.append({
                "strategy": strategy.replace("_", " "), "county understands": "yes" if negotiated else "no",
                "target day": r.reached_target_day if r.reached_target_day is not None else "not reached",
                "incidents": round(r.total_incidents, 1),
                "coverage at end %": 100 * d["coverage"].iloc[-1],
                "rank at deadline": int(d["rank"].iloc[deadline]),
                "county-wide 90% on day": county_day if county_day is not None else "never"})
    return Table(pd.DataFrame(rows), fmt=".1f")
