"""The data package and the quizzes, read from inside the installed package, checked as they are read.

A wheel carries the repository's ``data/`` as ``countylab/data`` and ``exercises/quizzes/`` as
``countylab/quizzes`` (``pyproject.toml`` maps them in), so an installed ``countylab`` needs no checkout. In an
editable install from a checkout the package folder has neither, and the repository's own folders are used:
one source for the book and the package either way.

Every table is read through :func:`read_table`, which enforces the rules ``data/datapackage.json`` states for
it — the columns, each field's type (a whole number where a count is meant), ``required``, ``minimum``,
``maximum``, ``enum``, ``pattern``, ``unique``, the primary key and foreign keys — and accepts what a
spreadsheet saves (a byte-order mark, CRLF line ends, spaces around a value). A broken rule is a
:class:`DataError` naming the file, the line and the column. The cases add the rules a schema cannot state
(a complete day × township grid, every combination of the reception rules) where they load their tables.

:func:`data_folder` points countylab at another copy of the data package (an instructor adapting the cases,
or a test), and every cached table is read again from there.
"""
from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

#: Resource name inside the package → the repository folder it comes from.
RESOURCES = {"data": Path("data"), "quizzes": Path("exercises") / "quizzes"}
#: Folders set by :func:`data_folder`, innermost last.
_OVERRIDES: list[Path] = []
#: Called when the data folder changes, so cached tables and what depends on them are read again.
_ON_CHANGE: list[Callable[[], None]] = []


class DataError(ValueError):
    """A data file breaks a rule of the data package; the message names the file, the line and the column."""


def resource_dir(name: str) -> Traversable:
    """The folder of a shipped resource, ``"data"`` or ``"quizzes"``: inside the package, else the checkout's."""
    if name not in RESOURCES:
        raise ValueError(f"name must be one of {', '.join(map(repr, RESOURCES))}; got {name!r}")
    if name == "data" and _OVERRIDES:
        return _OVERRIDES[-1]
    return _packaged_dir(name)


@functools.cache
def _packaged_dir(name: str) -> Traversable:
    packaged = resources.files("countylab") / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / RESOURCES[name]
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"countylab's {name} folder is missing: neither {packaged} (an installed wheel) nor "
                            f"{checkout} (a source checkout) exists; reinstall countylab")


def on_data_change(callback: Callable[[], None]) -> Callable[[], None]:
    """Register ``callback`` to run whenever :func:`data_folder` changes the data package in use."""
    _ON_CHANGE.append(callback)
    return callback


def data_cache(function: Callable) -> Callable:
    """Cache a function of the data package; the cache is dropped when :func:`data_folder` changes it."""
    cached = functools.lru_cache(maxsize=4096)(function)
    on_data_change(cached.cache_clear)
    return cached


def _changed() -> None:
    for callback in _ON_CHANGE:
        callback()


@contextlib.contextmanager
def data_folder(folder: str | Path) -> Iterator[Path]:
    """Use another copy of the data package (a folder with ``datapackage.json`` and the CSV files) inside a
    ``with`` block; every cached table is read again from it, and from the usual one afterwards."""
    folder = Path(folder)
    if not (folder / "datapackage.json").is_file():
        raise FileNotFoundError(f"{folder} is not a data package: it has no datapackage.json")
    _OVERRIDES.append(folder)
    _changed()
    try:
        yield folder
    finally:
        _OVERRIDES.remove(folder)
        _changed()


def where(filename: str) -> str:
    """How messages name a data file: ``data/<file>`` for the package's own, else its full path."""
    return f"data/{filename}" if not _OVERRIDES else str(resource_dir("data") / filename)


def data_file(filename: str) -> Traversable:
    """One file of the data package, e.g. ``data_file("channels.csv")``; a clear error when it is missing."""
    path = resource_dir("data") / filename
    if not path.is_file():
        known = sorted(p.name for p in resource_dir("data").iterdir() if p.name.endswith(".csv"))
        raise DataError(f"no data file {filename!r} in {where('')}; files: {', '.join(known)}")
    return path


@data_cache
def descriptor() -> dict:
    """``datapackage.json``: the schema of every table."""
    text = data_file("datapackage.json").read_text(encoding="utf-8-sig")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DataError(f"{where('datapackage.json')}: not valid JSON ({error})") from None


def table_schema(filename: str) -> dict:
    """The schema ``datapackage.json`` gives a CSV file of the package."""
    for resource in descriptor().get("resources", []):
        if resource.get("path") == filename:
            return resource["schema"]
    raise DataError(f"{where('datapackage.json')} describes no file {filename!r}")


def _resource_path(name: str) -> str:
    for resource in descriptor().get("resources", []):
        if resource.get("name") == name:
            return resource["path"]
    raise DataError(f"{where('datapackage.json')}: a foreign key refers to no resource named {name!r}")


def _convert(field: dict, raw: str, place: str) -> Any:
    """One cell, converted to its field's type and checked against its constraints."""
    rules = field.get("constraints", {})
    if raw == "":
        if rules.get("required"):
            raise DataError(f"{place}: empty, but a value is required")
        return None
    kind = field.get("type", "string")
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", raw):
            raise DataError(f"{place}: {raw!r} is not a whole number")
        value: Any = int(raw)
    elif kind == "number":
        try:
            value = float(raw)
        except ValueError:
            raise DataError(f"{place}: {raw!r} is not a number") from None
        if not math.isfinite(value):
            raise DataError(f"{place}: {raw!r} is not a finite number")
    else:
        value = raw
    if "enum" in rules and value not in rules["enum"]:
        raise DataError(f"{place}: {raw!r} is not one of {', '.join(map(str, rules['enum']))}")
    if "pattern" in rules and not re.fullmatch(rules["pattern"], value):
        raise DataError(f"{place}: {raw!r} does not match the pattern {rules['pattern']}")
    if "minimum" in rules and value < rules["minimum"]:
        raise DataError(f"{place}: {raw} is below the minimum {rules['minimum']}")
    if "maximum" in rules and value > rules["maximum"]:
        raise DataError(f"{place}: {raw} is above the maximum {rules['maximum']}")
    return value


@dataclass(frozen=True)
class Row:
    """One row of a data table: its line in the file (the header is line 1) and its typed values."""

    line: int
    values: dict[str, Any]

    def __getitem__(self, column: str) -> Any:
        return self.values[column]


def _check_header(filename: str, header: list[str] | None, fields: list[dict]) -> None:
    header = [h.strip() for h in header or []]
    names = [f["name"] for f in fields]
    missing = [n for n in names if n not in header]
    extra = [h for h in header if h not in names]
    if missing or extra:
        raise DataError(f"{where(filename)}, line 1: the columns must be {', '.join(names)}"
                        + (f"; missing: {', '.join(missing)}" if missing else "")
                        + (f"; unknown: {', '.join(extra)}" if extra else ""))


@data_cache
def read_table(filename: str) -> tuple[Row, ...]:
    """A CSV file of the data package, every row checked against its schema in ``datapackage.json``."""
    schema = table_schema(filename)
    fields = schema["fields"]
    text = data_file(filename).read_text(encoding="utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    _check_header(filename, header, fields)
    position = {h.strip(): i for i, h in enumerate(header)}
    rows, seen = [], {}
    unique = [[f["name"]] for f in fields if f.get("constraints", {}).get("unique")]
    keys = [schema["primaryKey"]] if isinstance(schema.get("primaryKey"), list) else \
        [[schema["primaryKey"]]] if schema.get("primaryKey") else []
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue  # a blank line, as spreadsheets leave at the end
        if len(cells) != len(header):
            raise DataError(f"{where(filename)}, line {line}: {len(cells)} cells where the header has "
                            f"{len(header)} columns")
        values = {f["name"]: _convert(f, cells[position[f["name"]]].strip(),
                                      f"{where(filename)}, line {line}, column {f['name']}") for f in fields}
        for columns in {tuple(c) for c in unique + keys}:
            key = (columns, tuple(values[c] for c in columns))
            if key in seen:
                raise DataError(f"{where(filename)}, line {line}: {' + '.join(columns)} "
                                f"{', '.join(map(str, key[1]))} repeats line {seen[key]}; it must be unique")
            seen[key] = line
        rows.append(Row(line, values))
    if not rows:
        raise DataError(f"{where(filename)}: no rows")
    for foreign in schema.get("foreignKeys", []):
        target = foreign["reference"]
        known = {tuple(r[c] for c in target["fields"]) for r in read_table(_resource_path(target["resource"]))}
        for row in rows:
            value = tuple(row[c] for c in foreign["fields"])
            if value not in known:
                raise DataError(f"{where(filename)}, line {row.line}, column {', '.join(foreign['fields'])}: "
                                f"{', '.join(map(str, value))} is not in {_resource_path(target['resource'])}")
    return tuple(rows)


def csv_rows(filename: str) -> list[dict[str, Any]]:
    """The rows of a CSV file of the data package as dictionaries of typed, checked values."""
    return [dict(row.values) for row in read_table(filename)]


def csv_frame(filename: str):
    """A CSV file of the data package as a pandas DataFrame (checked like :func:`read_table`)."""
    import pandas as pd
    return pd.DataFrame([row.values for row in read_table(filename)])


@dataclass(frozen=True)
class Fact:
    """One quantity of a case: its value and unit, and whether it is sourced or an illustrative assumption."""

    key: str
    value: float
    unit: str
    status: str
    source: str
    note: str
    line: int = 0   #: the line of the file it was read from


#: Units whose values are counts (whole numbers), and units whose values are shares (in [0, 1]).
WHOLE_UNITS = ("persons", "persons per day", "days", "grade")
SHARE_UNITS = ("share",)


@data_cache
def facts(name: str = "h_town_facts") -> dict[str, Fact]:
    """The rows of ``data/<name>.csv`` by key. A count must be whole and a share in [0, 1]."""
    out = {}
    for row in read_table(f"{name}.csv"):
        place = f"{where(name + '.csv')}, line {row.line}, column value"
        value, unit = row["value"], row["unit"]
        if unit in WHOLE_UNITS and not float(value).is_integer():
            raise DataError(f"{place}: {value:g} {unit} must be a whole number")
        if unit in SHARE_UNITS and value > 1:
            raise DataError(f"{place}: {value:g} is a share and must be in [0, 1]")
        out[row["key"]] = Fact(row["key"], value, unit, row["status"], row["source"] or "", row["note"], row.line)
    return out


def _fact(key: str, name: str) -> Fact:
    table = facts(name)
    if key not in table:
        raise DataError(f"{where(name + '.csv')} has no row with the key {key!r}; keys: {', '.join(sorted(table))}")
    return table[key]


def fact(key: str, name: str = "h_town_facts") -> float:
    """The value of one fact, e.g. ``fact("county_target_rate")`` → 0.9."""
    return _fact(key, name).value


def checked_fact(key: str, check: Callable[[str, Any], Any], name: str = "h_town_facts") -> Any:
    """A fact's value passed through a model's validator ``check(key, value)``; if the model refuses it, the
    DataError names the file and the line to correct."""
    row = _fact(key, name)
    try:
        return check(key, row.value)
    except ValueError as error:
        raise DataError(f"{where(name + '.csv')}, line {row.line}, column value: {error}") from None
