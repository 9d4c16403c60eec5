"""Loading the data package in ``data/`` (schema and codebook: data/datapackage.json, data/README.md)."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


@dataclass(frozen=True)
class Fact:
    """One quantity of a case: its value and unit, and whether it is sourced or an illustrative assumption."""

    key: str
    value: float
    unit: str
    status: str
    source: str
    note: str


@functools.cache
def facts(name: str = "h_town_facts") -> dict[str, Fact]:
    """The rows of ``data/<name>.csv`` by key."""
    path = DATA_DIR / f"{name}.csv"
    if not path.is_file():
        raise FileNotFoundError(f"data file {path} not found; countylab expects the repository's data/ folder")
    with path.open(encoding="utf-8", newline="") as f:
        return {row["key"]: Fact(row["key"], float(row["value"]), row["unit"], row["status"], row["source"],
                                 row["note"]) for row in csv.DictReader(f)}


def fact(key: str, name: str = "h_town_facts") -> float:
    """The value of one fact, e.g. ``fact("county_target_rate")`` → 0.9."""
    table = facts(name)
    if key not in table:
        raise KeyError(f"no fact {key!r} in data/{name}.csv; known: {', '.join(sorted(table))}")
    return table[key].value
