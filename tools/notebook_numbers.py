"""The numbers a notebook's prose inserts with ``{eval}`n.key```, and the copy of them each notebook stores.

In the built book myst-nb evaluates ``{eval}`n.key``` as it reads the notebook (``n = countylab.numbers(case)``
is set in the chapter's first cell). JupyterLab (jupyterlab-myst) evaluates the same expressions when a
student runs the notebook, and before that shows the results stored in each Markdown cell's
``user_expressions`` metadata. ``make notebooks`` stores them (:func:`store`); ``tests/book/test_numbers.py``
fails when a stored number differs from what the model gives now (:func:`stale`), so what a student sees
before running a chapter is never an old number either.
"""
from __future__ import annotations

import re

EVAL = re.compile(r"\{eval\}`([^`]+)`")
CASE = re.compile(r"""numbers\(\s*["'](\w+)["']\s*(?:,\s*(?:lang\s*=\s*)?["'](\w+)["']\s*)?\)""")


def edition_of(nb) -> tuple[str | None, str]:
    """The case whose numbers a notebook loads and their language (``n = numbers("h_town", "zh")`` in a code
    cell): (None, "en") when it loads none."""
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            found = CASE.search("".join(cell["source"]))
            if found:
                return found.group(1), found.group(2) or "en"
    return None, "en"


def case_of(nb) -> str | None:
    """The case whose numbers a notebook loads (``n = numbers("h_town")`` in a code cell), or None."""
    return edition_of(nb)[0]


def expressions(cell) -> list[str]:
    """The ``{eval}`…``` expressions of a Markdown cell, in order, each once."""
    if cell["cell_type"] != "markdown":
        return []
    return list(dict.fromkeys(EVAL.findall("".join(cell["source"]))))


def value_of(expression: str, case: str, lang: str = "en") -> str:
    """What an expression gives with ``n = numbers(case, lang)`` (only ``n.<key>`` is allowed)."""
    from countylab import numbers
    if not re.fullmatch(r"n\.[a-z][a-z0-9_]*", expression):
        raise ValueError(f"{{eval}}`{expression}`: only n.<key> is allowed in the book's prose")
    return str(numbers(case, lang)[expression[2:]])


def expected(nb) -> dict[int, list[dict]]:
    """For each Markdown cell with expressions, the ``user_expressions`` metadata it should store."""
    case, lang = edition_of(nb)
    out = {}
    for i, cell in enumerate(nb["cells"]):
        found = expressions(cell)
        if found:
            if case is None:
                raise ValueError("a notebook that uses {eval} must set n = numbers(case) in a code cell")
            out[i] = [{"expression": e, "result": {"status": "ok", "data": {"text/plain": value_of(e, case, lang)},
                                                    "metadata": {}}} for e in found]
    return out


def store(nb) -> int:
    """Store every Markdown cell's expressions and their values in its metadata; return how many."""
    wanted = expected(nb)
    for i, cell in enumerate(nb["cells"]):
        if i in wanted:
            cell["metadata"]["user_expressions"] = wanted[i]
        else:
            cell["metadata"].pop("user_expressions", None)
    return sum(len(v) for v in wanted.values())


def stale(nb) -> list[str]:
    """Every stored number that is missing or differs from the model's value now."""
    problems = []
    wanted = expected(nb)
    for i, cell in enumerate(nb["cells"]):
        stored = cell["metadata"].get("user_expressions", [])
        have = {e["expression"]: e["result"]["data"]["text/plain"] for e in stored}
        for entry in wanted.get(i, []):
            expression, value = entry["expression"], entry["result"]["data"]["text/plain"]
            if have.get(expression) != value:
                problems.append(f"cell {i}: {expression} is stored as {have.get(expression)!r}, the model gives "
                                f"{value!r}")
    return problems
