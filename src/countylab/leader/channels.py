"""The four channels for pushing work down to a village, weakest first (``data/channels.csv``).

The order of force is the essay's: a document < a phone call < staff sent in the secretary's name < the
secretary in person. What each costs (the leader's hours, staff hours, days until it takes effect) is an
illustrative teaching assumption.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.data import DataError, csv_rows, data_cache, where
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


@data_cache
def channels() -> dict[str, Channel]:
    """The channels by name, weakest first."""
    rows = []
    for r in csv_rows("channels.csv"):
        try:
            hours = check_half_hours("leader_hours", r["leader_hours"])
        except ValueError as error:
            raise DataError(f"{where('channels.csv')}, channel {r['channel']}: {error}") from None
        rows.append(Channel(r["channel"], r["force"], hours, r["staff_hours"], r["delay_days"]))
    rows.sort(key=lambda c: c.force)
    if tuple(c.name for c in rows) != CHANNELS or [c.force for c in rows] != [1, 2, 3, 4]:
        raise DataError(f"{where('channels.csv')} must give the channels {', '.join(CHANNELS)} the forces 1 to 4, "
                        f"in that order (the essay's order of force); it gives "
                        f"{', '.join(f'{c.name} {c.force}' for c in rows)}")
    return {c.name: c for c in rows}

