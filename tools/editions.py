"""What belongs to the instructor edition only, as sentences to search for: the leak search of the student web
book, its PDF, its printed packets and the student content tree (tests/book/test_editions.py, test_launch.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from tools import ROOT, notebook_numbers

INSTRUCTOR = ROOT / "instructor"


def flat(text: str) -> str:
    """Lower-case letters, digits and Han characters only: survives HTML tags, line breaks and hyphenation."""
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", text.lower())


def with_numbers(text: str, case: str | None = None, lang: str = "en") -> str:
    """The text with the book's inserted numbers written in, as the built pages (of the edition in ``lang``)
    show them."""
    from countylab import numbers
    text = re.sub(r"\{num\}`(\w+)\.(\w+)`", lambda m: numbers(m.group(1), lang)[m.group(2)], text)
    if case:
        text = re.sub(r"\{eval\}`n\.(\w+)`", lambda m: numbers(case, lang)[m.group(1)], text)
    return text


#: Where a sentence ends, and how long one must be to search for it, in each edition.
SENTENCE_END = {"en": r"(?<=[.!?])\s+", "zh": r"(?<=[。！？])"}
SENTENCE_MIN = {"en": 60, "zh": 25}


def instructor_sentences(folder: Path = INSTRUCTOR, lang: str = "en") -> list[str]:
    """Sentences of prose from every instructor page (notes, solutions, role sheets) of the edition in ``lang``
    (its instructor pages in ``folder``): what must not leak."""
    texts = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".md":
            texts.append(with_numbers(path.read_text(encoding="utf-8"), lang=lang))
        elif path.suffix == ".ipynb":
            nb = json.loads(path.read_text(encoding="utf-8"))
            case = notebook_numbers.case_of(nb)
            texts += [with_numbers("".join(c["source"]), case, lang) for c in nb["cells"]
                      if c["cell_type"] == "markdown"]
    sentences = []
    for text in texts:
        # Paragraphs and list items, without their list markers.
        for line in re.split(r"\n\s*\n|\n(?=\s*(?:\d+\.|-) )", re.sub(r"```.*?\n", "\n", text)):
            line = re.sub(r"^\s*(?:\d+\.|-)\s+", "", line)
            if re.match(r"\s*[|#:`]", line) or "{" in line or "`" in line:
                continue
            for sentence in re.split(SENTENCE_END[lang], " ".join(line.split())):
                if len(sentence) >= SENTENCE_MIN[lang]:
                    sentences.append(sentence)
    return sentences
