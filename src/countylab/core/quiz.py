"""Self-check quizzes that work in the static web book without a kernel, and read as text in the PDF.

A quiz's questions live in one JSON file, ``exercises/quizzes/<name>.json`` (shipped in the package as
``countylab/quizzes``); a number the models produce is written ``[[case.key]]`` and filled in from
:func:`countylab.core.quantities.numbers` when the quiz is read. :class:`Quiz` shows the questions as plain
HTML form controls: each question a ``<fieldset>`` of radio buttons, each option followed by its feedback,
revealed by CSS (``input:checked ~ .feedback``) when the option is chosen. No JavaScript and no kernel are
needed, so the quiz works in the web book, offline, and in a notebook. The HTML is deterministic (ids come from
the quiz's name), so strict nbval can compare it. The LaTeX builder ignores HTML and uses the Markdown form:
the questions and options, with the answers left to the instructor edition (:meth:`Quiz.answer_key`).
"""
from __future__ import annotations

import functools
import html
import json
import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from . import strings  # noqa: F401  (registers the quiz strings)
from .data import resource_dir
from .i18n import check_lang, t
from .quantities import fill

LETTERS = "ABCDEFGH"
STYLE = """<style>
.county-quiz fieldset{border:1px solid #767676;border-radius:6px;margin:0 0 1em;padding:.4em 1em .6em}
.county-quiz legend{font-size:1rem;font-weight:600;line-height:1.4;float:none;width:auto;padding:0 .3em;margin:0}
.county-quiz .option{margin:.3em 0}
.county-quiz .option label{margin-left:.4em}
.county-quiz .feedback{display:none;margin:.3em 0 .5em 1.7em;padding:.2em .7em;border-left:4px solid}
.county-quiz input:checked ~ .feedback{display:block}
.county-quiz .feedback.right{border-color:#009E73}
.county-quiz .feedback.wrong{border-color:#D55E00}
</style>"""


@dataclass(frozen=True)
class Option:
    """One answer to a question: its text, whether it is right, and the feedback shown when chosen."""

    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    """A question and its options (exactly one right)."""

    text: str
    options: tuple[Option, ...]


def _inline(text: str) -> str:
    """Escape for HTML, keeping Markdown *emphasis* and **strong** as tags."""
    out = html.escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    return re.sub(r"\*(.+?)\*", r"<em>\1</em>", out)


@functools.cache
def quiz_schema() -> dict:
    """The JSON Schema every quiz file must follow (``countylab/core/quiz.schema.json``)."""
    return json.loads((resources.files("countylab.core") / "quiz.schema.json").read_text(encoding="utf-8"))


def _where(path: Path | Traversable, location: list) -> str:
    """``case1.json, question 3, option B, correct`` for a schema error's location."""
    parts = [path.name]
    items = list(location)
    if items[:1] == ["questions"] and len(items) > 1:
        parts.append(f"question {items[1] + 1}")
        items = items[2:]
        if items[:1] == ["options"] and len(items) > 1 and isinstance(items[1], int):
            parts.append(f"option {LETTERS[items[1]] if items[1] < len(LETTERS) else items[1] + 1}")
            items = items[2:]
    parts += [str(i) for i in items]
    return ", ".join(parts)


def _message(error) -> str:
    if error.validator in ("minContains", "maxContains", "contains"):
        return "exactly one option must be correct (\"correct\": true)"
    if error.validator == "additionalProperties":
        return f"{error.message}; allowed: {', '.join(error.schema['properties'])}"
    return error.message


def load_quiz(path: Path | Traversable) -> dict:
    """A quiz file, read (a spreadsheet's byte-order mark is fine) and checked against :func:`quiz_schema`; a
    ValueError names the file and the question (and option) of the first problem."""
    import jsonschema
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path.name}: not valid JSON at line {error.lineno}, column {error.colno}: "
                         f"{error.msg}") from None
    validator = jsonschema.Draft202012Validator(quiz_schema())
    # The first question with a problem, and its most precise problem (the deepest in the file).
    errors = sorted(validator.iter_errors(data),
                    key=lambda e: ([(0, p) if isinstance(p, int) else (1, p) for p in list(e.absolute_path)[:2]],
                                   -len(e.absolute_path), e.validator))
    if errors:
        first = errors[0]
        raise ValueError(f"{_where(path, list(first.absolute_path))}: {_message(first)}")
    return data


def _filled(path: Path | Traversable, number: int, q: dict, lang: str = "en") -> Question:
    """A question with the book's numbers (``[[case.key]]``) filled in from the models."""
    try:
        return Question(fill(q["question"], lang), tuple(Option(fill(o["text"], lang), o["correct"],
                                                                fill(o["feedback"], lang))
                                                   for o in q["options"]))
    except (KeyError, ValueError) as error:
        raise ValueError(f"{path.name}, question {number}: {error}") from None


class Quiz:
    """``Quiz("case1")`` loads ``exercises/quizzes/case1.json``: ``{"title": …, "questions": [{"question": …,
    "options": [{"text": …, "correct": true|false, "feedback": …}, …]}, …]}``, exactly one correct option
    per question. ``lang`` chooses the edition: its words around the questions (Right / Not quite) and, for a
    language other than English, the quiz's own file in that language, ``case1.<lang>.json`` (same questions,
    options and answers; ``tools/editions.py`` checks that the two files match)."""

    def __init__(self, name: str, lang: str = "en", folder: Path | Traversable | None = None):
        self.lang = check_lang(lang)
        self.name = name
        if not re.fullmatch(r"[a-z0-9_]+", str(name)):
            raise ValueError("name must be lower-case letters, digits or _ (a file in exercises/quizzes); "
                             f"got {name!r}")
        folder = resource_dir("quizzes") if folder is None else folder
        path = folder / (f"{name}.json" if self.lang == "en" else f"{name}.{self.lang}.json")
        if not path.is_file():
            known = sorted(p.name.removesuffix(".json") for p in folder.iterdir()
                           if p.name.endswith(".json") and p.name.count(".") == 1)
            raise ValueError(f"no quiz file {path}; quizzes are: {', '.join(known)}")
        data = load_quiz(path)
        self.title = data["title"]
        self.questions = tuple(_filled(path, i, q, self.lang) for i, q in enumerate(data["questions"], 1))

    def _repr_html_(self) -> str:
        parts = [f'<div class="county-quiz" id="quiz-{self.name}">', STYLE,
                 f"<p><em>{html.escape(t('quiz.how', self.lang))}</em></p>"]
        for i, q in enumerate(self.questions, 1):
            group = f"quiz-{self.name}-q{i}"
            parts.append(f"<fieldset><legend>{i}. {_inline(q.text)}</legend>")
            for letter, o in zip(LETTERS, q.options):
                oid = f"{group}-{letter.lower()}"
                verdict = t("quiz.right" if o.correct else "quiz.wrong", self.lang)
                parts.append(
                    f'<div class="option"><input type="radio" name="{group}" id="{oid}">'
                    f'<label for="{oid}">{letter}. {_inline(o.text)}</label>'
                    f'<p class="feedback {"right" if o.correct else "wrong"}"><strong>{verdict}</strong> '
                    f"{_inline(o.feedback)}</p></div>")
            parts.append("</fieldset>")
        parts.append("</div>")
        return "\n".join(parts)

    def _repr_markdown_(self) -> str:
        lines = [f"**{self.title}** ({t('quiz.print_note', self.lang)})", ""]
        for i, q in enumerate(self.questions, 1):
            lines.append(f"{i}. {q.text}")
            lines += [f"   - {letter}. {o.text}" for letter, o in zip(LETTERS, q.options)]
            lines.append("")
        return "\n".join(lines)

    def answer_key(self) -> AnswerKey:
        """The right option of every question with its explanation (for the instructor edition)."""
        return AnswerKey(self)

    def __repr__(self) -> str:
        return f"{self.title}: {len(self.questions)} questions"


class AnswerKey:
    """A quiz's answers as Markdown (a real list in the web book and the PDF)."""

    def __init__(self, quiz: Quiz):
        self.quiz = quiz

    def _repr_markdown_(self) -> str:
        lines = []
        for i, q in enumerate(self.quiz.questions, 1):
            letter, right = next((LETTERS[k], o) for k, o in enumerate(q.options) if o.correct)
            lines.append(f"{i}. **{letter}.** {right.text} *{right.feedback}*")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return "\n".join(f"{i}. {LETTERS[[o.correct for o in q.options].index(True)]}"
                         for i, q in enumerate(self.quiz.questions, 1))
