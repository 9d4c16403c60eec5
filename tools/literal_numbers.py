"""Numbers typed by hand in the book's prose, so that none a model produces slips in.

Every number a model or the data package produces is inserted by name ({eval}`n.key`, {num}`case.key`,
[[case.key]]). This scanner lists the numbers that remain typed in the prose of the chapters, exercises, notes,
role sheets and quizzes (code, roles, placeholders, labels and links left out).
``tests/book/literal_numbers.yml`` lists, per file, the typed numbers that are allowed and why (a sourced
figure with its citation, a structural number such as "week 2", the input of a question); the test fails on
any other, so a number typed by hand must either be inserted from the model or be justified there.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from tools import ROOT

EDITION = ("cases/*.ipynb", "exercises/*.ipynb", "instructor/*.ipynb", "exercises/*.md", "instructor/*.md", "intro.md")
#: Both editions' pages (the Chinese under zh/) and every quiz file (case1.json, case1.zh.json).
SOURCES = (*EDITION, *(f"zh/{pattern}" for pattern in EDITION), "exercises/quizzes/*.json")
#: A number starts after anything but a Latin letter, digit or . - / (so "H2" or "v1.2" are not numbers, and a
#: number right after a Chinese character, as in 约10,000, is).
NUMBER = re.compile(r"(?<![A-Za-z0-9_.\-/])\d(?:[\d,]*\d)?(?:\.\d+)?%?")
DROP = [
    re.compile(r"^(```|~~~).*?^\1", re.M | re.S),          # fenced code and directives' bodies stay (see below)
    re.compile(r"\{[a-z:]+\}`[^`]*`"),                        # roles: {eval}`…`, {num}`…`, {cite}`…`, {doc}`…`
    re.compile(r"`[^`\n]*`"),                                # inline code (never across a line)
    re.compile(r"\[\[\w+\.\w+\]\]"),                          # quiz placeholders
    re.compile(r"\]\([^)]*\)"),                               # link targets
    re.compile(r"<!--.*?-->", re.S),                          # comments
    re.compile(r"^:[a-z_-]+:.*$", re.M),                      # directive options (:label:, :widths:, :class:)
    re.compile(r"^\s*(\d+)\.\s", re.M),                       # numbered-list markers
    re.compile(r"^#+ .*$", re.M),                             # headings ("Case 1", "Part B")
]


def _unfence(text: str) -> str:
    """Keep the content of MyST directives (admonitions, exercises, tables) but drop code fences."""
    def keep(match: re.Match) -> str:
        first = match.group(0).splitlines()[0]
        return "" if re.match(r"^(```|~~~)\s*(python|bash|text|)\s*$", first) else match.group(0)[len(first):]
    return re.sub(r"^(```|~~~)[^\n]*\n.*?^\1\s*$", keep, text, flags=re.M | re.S)


def prose(path: Path) -> str:
    """The prose of one source file: Markdown cells, a Markdown page, or a quiz's texts."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        return "\n\n".join("".join(c["source"]) for c in json.loads(text)["cells"] if c["cell_type"] == "markdown")
    if path.suffix == ".json":
        data = json.loads(text)
        texts = [data.get("title", "")]
        for q in data.get("questions", []):
            texts += [q.get("question", ""), *[o.get("text", "") + "\n" + o.get("feedback", "")
                                               for o in q.get("options", [])]]
        return "\n\n".join(texts)
    return text


def typed_numbers(text: str) -> list[str]:
    """The numbers typed in a text, once each, in order."""
    text = _unfence(text)
    for pattern in DROP[1:]:
        text = pattern.sub(" ", text)
    return list(dict.fromkeys(NUMBER.findall(text)))


def scan(root: Path = ROOT) -> dict[str, list[str]]:
    """Every source file's typed numbers (files without any left out)."""
    out = {}
    for pattern in SOURCES:
        for path in sorted(root.glob(pattern)):
            found = typed_numbers(prose(path))
            if found:
                out[path.relative_to(root).as_posix()] = found
    return out


def unexplained(found: dict[str, list[str]], allowed: dict[str, dict[str, str]]) -> list[str]:
    """Typed numbers that the allow-list does not explain, as ``file: number``."""
    return [f"{file}: {number}" for file, numbers in found.items() for number in numbers
            if number not in (allowed.get(file) or {})]


if __name__ == "__main__":
    for file, numbers in scan().items():
        print(file, numbers)
