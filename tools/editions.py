"""What belongs to the instructor edition only, as sentences to search for: the leak search of the student web
book, its PDF, its printed packets and the student content tree (tests/book/test_editions.py, test_launch.py)."""
from __future__ import annotations

import json
import re

from tools import ROOT, notebook_numbers

INSTRUCTOR = ROOT / "instructor"


def flat(text: str) -> str:
    """Lower-case letters, digits and Han characters only: survives HTML tags, line breaks and hyphenation."""
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", text.lower())


def with_numbers(text: str, case: str | None = None) -> str:
    """The text with the book's inserted numbers written in, as the built pages show them."""
    from countylab import numbers
    text = re.sub(r"\{num\}`(\w+)\.(\w+)`", lambda m: numbers(m.group(1))[m.group(2)], text)
    if case:
        text = re.sub(r"\{eval\}`n\.(\w+)`", lambda m: numbers(case)[m.group(1)], text)
    return text


def instructor_sentences() -> list[str]:
    """Sentences of prose from every instructor page (notes, solutions, role sheets): what must not leak."""
    texts = []
    for path in sorted(INSTRUCTOR.iterdir()):
        if path.suffix == ".md":
            texts.append(with_numbers(path.read_text(encoding="utf-8")))
        elif path.suffix == ".ipynb":
            nb = json.loads(path.read_text(encoding="utf-8"))
            case = notebook_numbers.case_of(nb)
            texts += [with_numbers("".join(c["source"]), case) for c in nb["cells"] if c["cell_type"] == "markdown"]
    sentences = []
    for text in texts:
        # Paragraphs and list items, without their list markers.
        for line in re.split(r"\n\s*\n|\n(?=\s*(?:\d+\.|-) )", re.sub(r"```.*?\n", "\n", text)):
            line = re.sub(r"^\s*(?:\d+\.|-)\s+", "", line)
            if re.match(r"\s*[|#:`]", line) or "{" in line or "`" in line:
                continue
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join(line.split())):
                if len(sentence) >= 60:
                    sentences.append(sentence)
    return sentences
