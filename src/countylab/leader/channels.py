"""The four channels for pushing work down to a village, weakest first (``data/channels.csv``).

The order of force is the essay's: a document < a phone call < staff sent in the secretary's name < the
secretary in person. What each costs (the leader's hours, staff hours, days until it takes effect) is an
illustrative teaching assumption.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..core.data import csv_rows
from .hours import check_half_hours

CHANNELS = ("document", "phone", "staff", "in_person")


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
    rows = [Channel(r["channel"], int(r["force"]), check_half_hours("leader_hours", float(r["leader_hours"])),
                    float(r["staff_hours"]), float(r["delay_days"])) for r in csv_rows("channels.csv")]
    rows.sort(key=lambda c: c.force)
    if tuple(c.name for c in rows) != CHANNELS:
        raise ValueError(f"data/channels.csv must list the channels {CHANNELS} in order of force")
    return {c.name: c for c in rows}

