"""The timed plans of the teaching notes and the role-play briefs, summed (tests/book/test_timings.py).

A timed plan is a Markdown table with a column headed ``Minutes`` of whole numbers and a last row whose first
cell is ``**Total**``. A plan adds up when its rows sum to its Total; a session plan (in the teaching notes)
totals the session's minutes, and its row whose first cell starts with ``Role-play`` gives the role-play the
minutes its brief's Rounds table totals. The brief's opening "About N minutes" says the same. The Chinese
edition's pages (under zh/) write ``分钟``, ``**合计**``, ``角色扮演`` and ``约N分钟`` and are checked alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SESSION_MINUTES = 90
#: Each case's teaching notes and the brief of its role-play.
PAIRS = {"instructor/case1_notes.md": "exercises/roleplay_90.md",
         "instructor/case2_notes.md": "exercises/roleplay_week.md",
         "zh/instructor/case1_notes.md": "zh/exercises/roleplay_90.md",
         "zh/instructor/case2_notes.md": "zh/exercises/roleplay_week.md"}
#: The words of a timed table in each edition: the minutes column, the total row, the role-play row.
MINUTES, TOTALS, ROLEPLAY = ("Minutes", "分钟"), ("**Total**", "**合计**"), ("Role-play", "角色扮演")
ABOUT = re.compile(r"About (\d+) minutes|约\s*(\d+)\s*分钟")


@dataclass(frozen=True)
class Plan:
    """One timed table: its rows (first cell, minutes) and its stated total."""

    rows: tuple[tuple[str, int], ...]
    total: int | None

    @property
    def summed(self) -> int:
        """The minutes of the rows, added up."""
        return sum(m for _, m in self.rows)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def plans(text: str) -> list[Plan]:
    """Every timed table of a Markdown text, in order. A Minutes cell that is not a whole number is a
    ValueError naming the row (a range such as 0–10 cannot be summed)."""
    found, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        heading = _cells(lines[i]) if lines[i].lstrip().startswith("|") else []
        if any(word in heading for word in MINUTES):
            column = next(heading.index(word) for word in MINUTES if word in heading)
            rows, total, i = [], None, i + 2
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                cells = _cells(lines[i])
                if not re.fullmatch(r"\d+", cells[column]):
                    raise ValueError(f"row {cells[0]!r}: Minutes must be a whole number; got {cells[column]!r}")
                if cells[0] in TOTALS:
                    total = int(cells[column])
                else:
                    rows.append((cells[0], int(cells[column])))
                i += 1
            found.append(Plan(tuple(rows), total))
        i += 1
    return found


def problems(notes: str, brief: str) -> list[str]:
    """What does not add up between a case's notes and its role-play brief (empty when all is well)."""
    out = []
    for name, text in (("notes", notes), ("brief", brief)):
        for plan in plans(text):
            if plan.total is None:
                out.append(f"{name}: a timed table has no **Total** row")
            elif plan.summed != plan.total:
                out.append(f"{name}: the rows sum to {plan.summed} minutes, the Total says {plan.total}")
    session = [p for p in plans(notes) if any(r.startswith(ROLEPLAY) for r, _ in p.rows)]
    rounds = plans(brief)
    if len(session) != 1 or len(rounds) != 1:
        return out + [f"expected one session plan with a Role-play row in the notes ({len(session)}) and one "
                      f"Rounds table in the brief ({len(rounds)})"]
    plan, brief_total = session[0], rounds[0].total
    if plan.total != SESSION_MINUTES:
        out.append(f"notes: the session plan totals {plan.total} minutes, not {SESSION_MINUTES}")
    roleplay = next(m for r, m in plan.rows if r.startswith(ROLEPLAY))
    if roleplay != brief_total:
        out.append(f"notes give the role-play {roleplay} minutes; the brief's rounds total {brief_total}")
    about = ABOUT.search(brief)
    said = about and int(about.group(1) or about.group(2))
    if about and said != brief_total:
        out.append(f"brief: says about {said} minutes; its rounds total {brief_total}")
    return out


def check_all(root: Path) -> dict[str, list[str]]:
    """Every case's problems, by notes file."""
    return {notes: problems((root / notes).read_text(encoding="utf-8"), (root / brief).read_text(encoding="utf-8"))
            for notes, brief in PAIRS.items()}
