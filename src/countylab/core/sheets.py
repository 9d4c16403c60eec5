"""Agreement sheets: the fields a role-play group fills in, read from a dict or a CSV file with clear errors.

A case describes its sheet as a tuple of :class:`SheetField`; the same description gives the printed sheet and
the web form (``book_ext``), reads the groups' CSV lines (:func:`read_sheets_csv`) and checks one sheet
(:func:`read_sheet`). Every error names the field (and the line and group of a CSV file) and what is allowed.
"""
from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass

KINDS = ("text", "choice", "int", "number", "many")


class SheetError(ValueError):
    """A sheet that cannot be replayed: the message names the field and what it allows."""


@dataclass(frozen=True)
class SheetField:
    """One field of an agreement sheet (a CSV column).

    ``kind``: ``text`` (free text, e.g. the group's name), ``choice`` (one of ``choices``), ``int`` or ``number``
    (in [``low``, ``high``], a multiple of ``step``), ``many`` (any of ``choices``, separated by ``;``).
    ``default`` is used for a blank cell; a field without one is required. ``label_key`` names the field's
    label in the case's strings (English and Chinese).
    """

    name: str
    kind: str
    label_key: str
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    step: float = 1
    default: object = None

    @property
    def required(self) -> bool:
        """Whether a blank cell is an error."""
        return self.default is None

    def allowed(self) -> str:
        """What the field accepts, in words."""
        if self.kind in ("choice", "many"):
            words = " | ".join(self.choices)
            if self.kind == "choice":
                return f"one of {words}"
            return f"any of {words}, separated by ';' (or blank or none)"
        if self.kind in ("int", "number"):
            unit = "a whole number" if self.kind == "int" else (
                "a number" if self.step == 0 else f"a number in steps of {self.step:g}")
            return f"{unit} from {self.low:g} to {self.high:g}"
        return "any text"

    def allowed_in(self, lang: str = "en") -> str:
        """What the field accepts, in words of ``lang`` (the printed sheet of each edition)."""
        from .i18n import t
        if lang == "en":
            return self.allowed()
        words = " | ".join(self.choices)
        if self.kind == "choice":
            return t("sheet.one_of", lang, words=words)
        if self.kind == "many":
            return t("sheet.any_of", lang, words=words)
        if self.kind in ("int", "number"):
            unit = t("sheet.whole" if self.kind == "int" else "sheet.number" if self.step == 0 else "sheet.step",
                     lang, step=f"{self.step:g}")
            return t("sheet.range", lang, unit=unit, low=f"{self.low:g}", high=f"{self.high:g}")
        return t("sheet.text", lang)

    def parse(self, value: object) -> object:
        """The field's value from a cell (text) or a typed value; a SheetError naming the field otherwise."""
        if value is None or (isinstance(value, str) and not value.strip()):
            if self.required:
                raise SheetError(f"{self.name} is missing; it must be {self.allowed()}")
            return self.default
        text = value.strip() if isinstance(value, str) else value
        if self.kind == "text":
            return str(text)
        if self.kind == "choice":
            if text not in self.choices:
                raise SheetError(f"{self.name} must be {self.allowed()}; got {value!r}")
            return text
        if self.kind == "many":
            if isinstance(text, str) and text.lower() == "none":
                return ()
            items = [x.strip() for x in text.split(";") if x.strip()] if isinstance(text, str) else list(text)
            wrong = [x for x in items if x not in self.choices]
            if wrong:
                raise SheetError(f"{self.name} must be {self.allowed()}; got {wrong[0]!r}")
            return tuple(dict.fromkeys(items))
        return self._number(value, text)

    def _number(self, value: object, text: object) -> float | int:
        try:
            if isinstance(text, bool):
                raise ValueError
            number = float(text)
        except (TypeError, ValueError):
            raise SheetError(f"{self.name} must be {self.allowed()}; got {value!r}") from None
        if not math.isfinite(number):
            raise SheetError(f"{self.name} must be {self.allowed()}; got {value!r}")
        in_steps = self.step == 0 or math.isclose(number / self.step, round(number / self.step), abs_tol=1e-9)
        if not (self.low <= number <= self.high) or not in_steps or (
                self.kind == "int" and not number.is_integer()):
            raise SheetError(f"{self.name} must be {self.allowed()}; got {value!r}")
        return int(number) if self.kind == "int" else number


def read_sheet(fields: tuple[SheetField, ...], sheet: object) -> dict[str, object]:
    """One filled sheet (a mapping of field names to cells) as typed values, every field present."""
    if not isinstance(sheet, Mapping):
        raise SheetError(f"a sheet must map field names to values ({', '.join(f.name for f in fields)}); "
                         f"got {type(sheet).__name__}")
    known = {f.name for f in fields}
    unknown = [k for k in sheet if k not in known]
    if unknown:
        raise SheetError(f"the sheet has no field {unknown[0]!r}; its fields: {', '.join(f.name for f in fields)}")
    return {f.name: f.parse(sheet.get(f.name)) for f in fields}


def header(fields: tuple[SheetField, ...]) -> str:
    """The CSV header line of a sheet."""
    return ",".join(f.name for f in fields)


def read_sheets_csv(fields: tuple[SheetField, ...], text: str) -> list[dict[str, object]]:
    """Every group's sheet from CSV text (a header line, then one line per group); blank lines are skipped.

    A SheetError names the line, the group and the field that is wrong; groups must have distinct names."""
    if not isinstance(text, str):
        raise SheetError(f"the sheets must be CSV text; got {type(text).__name__}")
    try:
        return _read_rows(fields, csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    except csv.Error as error:
        raise SheetError(f"the sheets are not readable as CSV ({error}); one header line, then one line per "
                         "group") from None


def _read_rows(fields: tuple[SheetField, ...], rows: csv.DictReader) -> list[dict[str, object]]:
    columns = rows.fieldnames or []
    names = [f.name for f in fields]
    missing = [n for n in names if n not in columns and next(f for f in fields if f.name == n).required]
    unknown = [c for c in columns if c not in names]
    if missing or unknown:
        raise SheetError(f"line 1: the header must be {header(fields)}; "
                         + (f"missing {', '.join(missing)}" if missing else f"unknown column {unknown[0]!r}"))
    sheets, seen = [], set()
    for row in rows:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        where = f"line {rows.line_num}" + (f" (group {row.get(names[0])})" if row.get(names[0]) else "")
        if None in row:
            raise SheetError(f"{where}: more cells than the {len(columns)} columns of the header")
        try:
            sheet = read_sheet(fields, {k: v for k, v in row.items() if k in names})
        except SheetError as error:
            raise SheetError(f"{where}: {error}") from None
        if sheet[names[0]] in seen:
            raise SheetError(f"{where}: {names[0]} {sheet[names[0]]!r} appears twice; each group once")
        seen.add(sheet[names[0]])
        sheets.append(sheet)
    if not sheets:
        raise SheetError("the file has a header but no group's sheet")
    return sheets


def form_spec(fields: tuple[SheetField, ...], label) -> list[dict[str, object]]:
    """The fields as the web form needs them (JSON-ready); ``label`` turns a label key into words."""
    return [{"name": f.name, "label": label(f.label_key), "kind": f.kind, "choices": list(f.choices),
             "low": f.low, "high": f.high, "step": f.step, "default": None if f.default is None else
             ";".join(f.default) if isinstance(f.default, tuple) else f.default, "allowed": f.allowed()}
            for f in fields]
