"""Check a built PDF: every glyph present, Chinese in a CJK font, every chapter title and the glossary's
Chinese terms in the text, and no raw HTML or widget JSON leaked into it.

Usage: python -m tools.check_pdf [_build/latex/county-cases.pdf] [--toc _toc.yml]; exit status 1 with one line
per problem.
Needs poppler-utils (pdffonts, pdftotext).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tools import ROOT

LEAKS = ["application/vnd.jupyter", "model_id", "<div", "<script", "<img", "VBox(", "ipywidgets", "&lt;",
         "version_major", "data:image/png;base64"]


def toc_files(root: Path = ROOT, toc: str = "_toc.yml") -> list[Path]:
    """The source files listed in a table of contents (default _toc.yml), in order; a page's path is relative to
    its table of contents' folder (zh/_toc.yml lists the Chinese pages under zh/)."""
    text = (root / toc).read_text(encoding="utf-8")
    base = (root / toc).parent
    names = ["intro"] + re.findall(r"^\s*- file:\s*(\S+)", text, flags=re.M)
    found = []
    for name in names:
        for suffix in (".ipynb", ".md"):
            if (base / f"{name}{suffix}").is_file():
                found.append(base / f"{name}{suffix}")
                break
    return found


def page_markdown(path: Path) -> str:
    """A page's Markdown: the file itself, or a notebook's Markdown cells joined."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        return text
    return "\n".join("".join(c["source"]) for c in json.loads(text)["cells"] if c["cell_type"] == "markdown")


def first_heading(path: Path) -> str:
    """The text of a page's first level-1 heading (what the PDF prints as its title)."""
    match = re.search(r"^# (.+)$", page_markdown(path), flags=re.M)
    return match.group(1).strip() if match else ""


def glossary_terms(root: Path = ROOT, toc: str = "_toc.yml") -> list[str]:
    """The Chinese terms of every glossary table (first column of a table under a "Glossary" / "术语表" heading;
    in the Chinese edition a term with its English beside it)."""
    terms = []
    for path in toc_files(root, toc):
        for block in re.findall(r"^## (?:Glossary|术语表)\n(.*?)(?=^## |\Z)", page_markdown(path),
                                flags=re.M | re.S):
            lines = block.splitlines()
            rows = [line for line, below in zip(lines, [*lines[1:], ""])
                    if not re.match(r"\|\s*:?-", below)]  # a table's header row stands above its |---| line
            terms += [m.strip() for m in re.findall(r"^\|\s*([^|\s][^|]*?)\s*\|", "\n".join(rows), flags=re.M)
                      if re.search(r"[\u4e00-\u9fff]", m)]
    return terms


def normalise(text: str) -> str:
    """Text reduced to letters, digits and Han characters, lower-cased, for searching a PDF."""
    return re.sub(r"\s+", "", text.replace("’", "'").replace("\u00ad", "")).lower()


def pdf_text(pdf: Path) -> str:
    """The PDF's text (pdftotext, UTF-8), pages separated by form feeds."""
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def check_pdf(pdf: Path, toc: str = "_toc.yml") -> list[str]:
    """Every problem found in a built PDF (missing glyphs, fonts, titles, glossary terms, leaked markup)."""
    if not pdf.is_file():
        return [f"{pdf}: no PDF (build it with `make pdf`)"]
    problems = []
    log = pdf.with_suffix(".log")
    if log.is_file() and "Missing character" in log.read_text(errors="replace"):
        lines = [line for line in log.read_text(errors="replace").splitlines() if "Missing character" in line]
        problems.append(f"{log.name}: {len(lines)} missing character(s), e.g. {lines[0].strip()!r}")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    if not re.search(r"CJK", fonts):
        problems.append(f"{pdf.name}: no CJK font embedded (pdffonts)")
    text = pdf_text(pdf)
    flat = normalise(text)
    for path in toc_files(ROOT, toc):
        title = first_heading(path)
        if title and normalise(title) not in flat:
            problems.append(f"{pdf.name}: chapter title {title!r} ({path.name}) not in the text")
    terms = glossary_terms(ROOT, toc)
    if not terms:
        problems.append("no glossary terms found in the chapters")
    problems += [f"{pdf.name}: glossary term {term!r} not in the text" for term in terms
                 if normalise(term) not in flat]
    problems += [f"{pdf.name}: leaked markup {leak!r}" for leak in LEAKS if leak in text]
    return problems


def main(argv: list[str]) -> int:
    """Check one PDF; print one line per problem; exit status 1 when there is any."""
    toc = "_toc.yml"
    if "--toc" in argv:
        i = argv.index("--toc")
        toc, argv = argv[i + 1], argv[:i] + argv[i + 2:]
    pdf = Path(argv[0] if argv else ROOT / "_build" / "latex" / "county-cases.pdf")
    problems = check_pdf(pdf, toc)
    for line in problems:
        print(line)
    print(f"check_pdf: {pdf.name}, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


#: The words of a Predict box, the chapter's reveals section and a reveal's title, in each edition.
PREDICT, REVEALS, REVEAL = ("Predict", "预测"), ("Reveals", "答案揭晓"), ("Reveal:", "揭晓：")


def reveals_before_their_section(text: str) -> list[str]:
    """Reveal boxes printed before their chapter's "Reveals" section: after a Predict box, the next reveal
    material must be the section, never a reveal right under the question (both editions' words)."""
    problems, waiting = [], None
    for line in text.splitlines():
        line = line.strip()
        if line in PREDICT:
            waiting = "Predict"
        elif line in REVEALS:
            waiting = None
        elif line.startswith(REVEAL) and waiting:
            problems.append(f"{line!r} is printed under its Predict box, before the chapter's Reveals section")
    return problems
