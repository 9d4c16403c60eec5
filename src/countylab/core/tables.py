"""Tables for chapters: shown as Markdown, so the web book and the PDF both get a real table.

A pandas DataFrame shows as HTML in the web book but as monospace text in the PDF (the LaTeX builder has
no HTML). A :class:`Table` offers Markdown, which Jupyter Book renders as a table for every builder, and a
stable plain-text form that nbval compares.
"""
from __future__ import annotations

import math

import pandas as pd


def _cell(value: object, fmt: str) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        return format(value, fmt)
    return str(value).replace("|", "\\|")


class Table:
    """A small table for display: ``Table(df, fmt=".1f")``; floats formatted with ``fmt``."""

    def __init__(self, frame: pd.DataFrame, fmt: str = ".1f", index: bool = False):
        self.frame = frame.reset_index() if index else frame
        self.fmt = fmt

    def _rows(self) -> list[list[str]]:
        return [[_cell(v, self.fmt) for v in row] for row in self.frame.itertuples(index=False)]

    def _repr_markdown_(self) -> str:
        header = [str(c) for c in self.frame.columns]
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in self._rows()]
        return "\n".join(lines)

    def __repr__(self) -> str:
        header = [str(c) for c in self.frame.columns]
        rows = self._rows()
        widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
        fmt = lambda cells: "  ".join(c.rjust(w) for c, w in zip(cells, widths))
        return "\n".join([fmt(header)] + [fmt(r) for r in rows])
