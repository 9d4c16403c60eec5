"""The English and Chinese editions side by side: every page of one has a twin in the other, built alike.

The Chinese edition is a set of parallel source files under ``zh/`` (same paths; quizzes as
``exercises/quizzes/<name>.zh.json``). Prose differs by design — the Chinese is written for Chinese readers,
not translated sentence by sentence — so what must agree is the *structure* a reader and the checks rely on.
For each pair of pages this compares:

- the tables of contents (the same pages in the same order, in both editions);
- headings (their levels, in order), MyST directives (names in order; the arguments and ``:label:``/``:name:``/
  ``:class:`` options that are names), labels and cross-reference targets;
- the inserted numbers (``{eval}``/``{num}``/``[[…]]`` names, counted), citations (the set of keys) and the
  number of "our reading" markers (``[Our reading]`` / ``【本书解读】``: what the model or the book says, never
  the essay);
- for notebooks, the cells (kind and tags, in order) and the functions each code cell calls (so a lab, table
  or answer check cannot be missing or extra);
- for quizzes, the questions, their options, which option is right, and the numbers each inserts.

An English change that alters any of these fails ``tests/book/test_twins.py`` until the Chinese follows.
Usage: python -m tools.twins   (prints every difference; exit status 1 when there is any)
"""
from __future__ import annotations

import ast
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from tools import ROOT

ZH = "zh"
TOCS = {"_toc.yml": "zh/_toc.yml", "_toc_instructor.yml": "zh/_toc_instructor.yml"}
QUIZZES = "exercises/quizzes"

FENCE = re.compile(r"^\s*(`{3,}|:{3,})\s*(\{([\w-]+)\})?\s*(.*?)\s*$")
OPTION = re.compile(r"^\s*:(label|name|class):\s*(.*?)\s*$")
HEADING = re.compile(r"^(#{1,6})\s+\S")
LABEL = re.compile(r"^\s*\(([\w-]+)\)=\s*$", re.M)
INSERTED = re.compile(r"\{(eval|num)\}`([^`]+)`")
CITE = re.compile(r"\{cite(?::\w+)?\}`([^`]+)`")
XREF = re.compile(r"\{(doc|ref|numref)\}`(?:[^`<]*<)?([^`>]+)>?`")
READING = {"en": re.compile(r"\[Our\s+reading\]"), "zh": re.compile(r"【本书解读】")}
PLACEHOLDER = re.compile(r"\[\[(\w+\.\w+)\]\]")
#: Directives whose argument is a name (a builder, a format, a case), not a title to translate.
NAMED_ARGUMENT = {"only", "raw", "agreement-sheet", "outcome-table", "case-table", "bibliography"}


def pages(toc: Path) -> list[str]:
    """The pages of a table of contents, in reading order (root first)."""
    data = yaml.safe_load(toc.read_text(encoding="utf-8"))
    out = [data["root"]]
    for part in data.get("parts", []):
        out.extend(chapter["file"] for chapter in part.get("chapters", []))
    return out


def source_of(page: str, root: Path) -> Path:
    """The file of a page (``cases/h_town_a`` → ``cases/h_town_a.ipynb`` or ``.md``)."""
    for suffix in (".ipynb", ".md"):
        if (root / f"{page}{suffix}").is_file():
            return root / f"{page}{suffix}"
    raise FileNotFoundError(f"no source file for page {page!r} under {root}")


def markdown_of(path: Path) -> tuple[str, list[dict]]:
    """A page's prose (a notebook's Markdown cells, joined) and, for a notebook, its cells."""
    if path.suffix != ".ipynb":
        return path.read_text(encoding="utf-8"), []
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    text = "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return text, cells


def outline(text: str) -> tuple[list[str], list[str]]:
    """Headings (as levels) and directives (name, named argument, name-like options), in order; plain code
    fences are skipped, directive bodies read."""
    headings, directives, code_fence = [], [], None
    current = None
    for line in text.splitlines():
        fence = FENCE.match(line)
        if code_fence:
            if fence and fence.group(1) == code_fence and not fence.group(2):
                code_fence = None
            continue
        if fence and fence.group(2):
            name, argument = fence.group(3), fence.group(4)
            current = [name + (f" {argument}" if name in NAMED_ARGUMENT and argument else "")]
            directives.append(current)
            continue
        if fence and fence.group(1).startswith("`") and fence.group(4):
            code_fence = fence.group(1)
            continue
        option = OPTION.match(line)
        if option and current is not None:
            current.append(f":{option.group(1)}: {option.group(2)}")
            continue
        heading = HEADING.match(line)
        if heading:
            headings.append(f"h{len(heading.group(1))}")
    return headings, [" ".join(d) for d in directives]


def calls(source: str) -> list[str]:
    """The names of the functions a code cell calls, sorted (keyword arguments such as lang= ignored)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ["<syntax error>"]
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            names.append(f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else "?")
    return sorted(names)


def structure(path: Path, lang: str) -> dict:
    """What must agree between a page and its twin."""
    text, cells = markdown_of(path)
    headings, directives = outline(text)
    cites = {key.strip() for group in CITE.findall(text) for key in group.split(",")}
    out = {
        "headings": headings,
        "directives": directives,
        "labels": sorted(LABEL.findall(text)),
        "cross-references": sorted({target for _, target in XREF.findall(text)}),
        "inserted numbers": sorted(Counter(f"{{{role}}}`{name}`" for role, name in INSERTED.findall(text)).items()),
        "citations": sorted(cites),
        "our-reading markers": len(READING[lang].findall(text)),
    }
    if cells:
        out["cells"] = [f"{c['cell_type']} {sorted(c.get('metadata', {}).get('tags', []))}" for c in cells]
        out["code calls"] = [calls("".join(c["source"])) for c in cells if c["cell_type"] == "code"]
    return out


def quiz_structure(path: Path) -> dict:
    """A quiz's questions: options per question, the right one, and the numbers each inserts."""
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    return {"questions": [{"options": len(q["options"]),
                           "right": [i for i, o in enumerate(q["options"]) if o["correct"]],
                           "numbers": sorted(PLACEHOLDER.findall(json.dumps(q, ensure_ascii=False)))}
                          for q in data["questions"]]}


def compare(name: str, english: dict, chinese: dict) -> list[str]:
    """One line per aspect in which the twins differ."""
    problems = []
    for key in english:
        if english[key] != chinese.get(key):
            problems.append(f"{name}: {key} differ: English {_short(english[key])} / Chinese "
                            f"{_short(chinese.get(key))}")
    return problems


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 300 else text[:300] + "…"


def differences(root: Path = ROOT) -> list[str]:
    """Every difference between the English edition under ``root`` and the Chinese one under ``root/zh``."""
    problems = []
    for english_toc, chinese_toc in TOCS.items():
        ours, theirs = pages(root / english_toc), pages(root / chinese_toc)
        if ours != theirs:
            problems.append(f"{chinese_toc}: pages differ from {english_toc}: {theirs} / {ours}")
    every = dict.fromkeys(p for toc in TOCS for p in pages(root / toc))
    for page in every:
        try:
            english = source_of(page, root)
        except FileNotFoundError as error:
            problems.append(str(error))
            continue
        chinese = root / ZH / english.relative_to(root)
        if not chinese.is_file():
            problems.append(f"{english.relative_to(root)}: no Chinese twin {chinese.relative_to(root)}")
            continue
        problems += compare(page, structure(english, "en"), structure(chinese, "zh"))
    for quiz in sorted((root / QUIZZES).glob("*.json")):
        if quiz.name.count(".") != 1:
            continue
        twin = quiz.with_name(quiz.name.replace(".json", ".zh.json"))
        if not twin.is_file():
            problems.append(f"{quiz.relative_to(root)}: no Chinese twin {twin.relative_to(root)}")
            continue
        problems += compare(quiz.relative_to(root).as_posix(), quiz_structure(quiz), quiz_structure(twin))
    return problems


def main(argv: list[str]) -> int:
    """Print every difference between the editions; exit status 1 when there is any."""
    root = Path(argv[0]) if argv else ROOT
    problems = differences(root)
    for line in problems:
        print(line)
    print(f"twins: {len(problems)} difference(s) between the English and Chinese editions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
