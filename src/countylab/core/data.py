"""The data package and the quizzes, read from inside the installed package.

A wheel carries the repository's ``data/`` as ``countylab/data`` and ``exercises/quizzes/`` as
``countylab/quizzes`` (``pyproject.toml`` maps them in), so an installed ``countylab`` needs no checkout. In an
editable install from a checkout the package folder has neither, and the repository's own folders are used:
one source for the book and the package either way.
"""
from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: Resource name inside the package → the repository folder it comes from.
RESOURCES = {"data": Path("data"), "quizzes": Path("exercises") / "quizzes"}


@functools.cache
def resource_dir(name: str) -> Traversable:
    """The folder of a shipped resource, ``"data"`` or ``"quizzes"``: inside the package, else the checkout's."""
    if name not in RESOURCES:
        raise ValueError(f"name must be one of {', '.join(map(repr, RESOURCES))}; got {name!r}")
    packaged = resources.files("countylab") / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / RESOURCES[name]
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"countylab's {name} folder is missing: neither {packaged} (an installed wheel) nor "
                            f"{checkout} (a source checkout) exists; reinstall countylab")


def data_file(filename: str) -> Traversable:
    """One file of the data package, e.g. ``data_file("channels.csv")``; a clear error when it is missing."""
    path = resource_dir("data") / filename
    if not path.is_file():
        known = sorted(p.name for p in resource_dir("data").iterdir() if p.name.endswith(".csv"))
        raise FileNotFoundError(f"no data file {filename!r} in countylab's data package; files: {', '.join(known)}")
    return path


def csv_rows(filename: str) -> list[dict[str, str]]:
    """The rows of a CSV file of the data package, as dictionaries keyed by column name."""
    text = data_file(filename).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def csv_frame(filename: str):
    """A CSV file of the data package as a pandas DataFrame."""
    import pandas as pd
    return pd.read_csv(io.StringIO(data_file(filename).read_text(encoding="utf-8")))


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
    return {row["key"]: Fact(row["key"], float(row["value"]), row["unit"], row["status"], row["source"],
                             row["note"]) for row in csv_rows(f"{name}.csv")}


def fact(key: str, name: str = "h_town_facts") -> float:
    """The value of one fact, e.g. ``fact("county_target_rate")`` → 0.9."""
    table = facts(name)
    if key not in table:
        raise KeyError(f"no fact {key!r} in data/{name}.csv; known: {', '.join(sorted(table))}")
    return table[key].value
