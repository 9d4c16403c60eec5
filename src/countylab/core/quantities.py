"""The book's numbers, computed from the models: one named table per case, inserted into the text at build time.

Each case registers a function that computes its named quantities (``h_town/numbers.py``,
``leader/numbers.py``) and returns them as the book prints them ("5.26%", "24", "7,429"). The chapters never
type such a number: a notebook's Markdown writes ``{eval}`n.offset_markup``` (with ``n = numbers("h_town")`` in
its first cell), a Markdown page writes ``{num}`h_town.offset_markup``` (a role of the book's Sphinx extension),
and a quiz file writes ``[[h_town.offset_markup]]``. All three read the same table, so a change to a model or to
the data changes every number that depends on it, in both editions and both languages.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .data import data_cache
from .i18n import check_lang

#: Case name → the function computing its quantities in a language (registered by the case's numbers module).
COMPUTE: dict[str, Callable[[str], dict[str, str]]] = {}


class Shown(str):
    """A number as the book prints it. Its ``repr`` is the text itself, so an inline ``{eval}`` in a notebook
    (in the book and in JupyterLab) shows ``5.26%``, not ``'5.26%'``."""

    def __repr__(self) -> str:
        return str(self)


class Quantities:
    """The named numbers of one case: ``n.offset_markup`` or ``n["offset_markup"]`` gives a :class:`Shown`."""

    def __init__(self, case: str, values: dict[str, str]):
        self._case = case
        self._values = {key: Shown(value) for key, value in values.items()}

    def __getattr__(self, key: str) -> Shown:
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __getitem__(self, key: str) -> Shown:
        if key not in self._values:
            raise KeyError(f"case {self._case!r} has no number named {key!r}; its numbers are: "
                           f"{', '.join(sorted(self._values))}")
        return self._values[key]

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __dir__(self) -> list[str]:
        return sorted(self._values)

    def keys(self) -> list[str]:
        """The names of the case's numbers."""
        return sorted(self._values)

    def __repr__(self) -> str:
        return f"<the {len(self._values)} numbers of case {self._case!r}>"


def register_numbers(case: str) -> Callable:
    """Decorator: register a case's function that computes its named numbers (as printed strings) in a language
    (``compute(lang)``)."""
    def wrap(compute: Callable[[str], dict[str, str]]) -> Callable[[str], dict[str, str]]:
        COMPUTE[case] = compute
        return compute
    return wrap


@data_cache
def numbers(case: str, lang: str = "en") -> Quantities:
    """The named numbers of ``case`` ("h_town" or "leader"), computed from its models and the data package, as
    the edition in ``lang`` prints them: the same digits in both languages; the few numbers written in words
    ("four", "half", "never", task names) in that language."""
    if case not in COMPUTE:
        raise ValueError(f"case must be one of {', '.join(map(repr, sorted(COMPUTE)))}; got {case!r}")
    return Quantities(case, COMPUTE[case](check_lang(lang)))


#: ``[[case.key]]`` in a text that is not a notebook (a quiz file).
PLACEHOLDER = re.compile(r"\[\[(\w+)\.(\w+)\]\]")


def fill(text: str, lang: str = "en") -> str:
    """``text`` with every ``[[case.key]]`` replaced by that number as the edition in ``lang`` prints it (a
    KeyError names an unknown one)."""
    return PLACEHOLDER.sub(lambda m: numbers(m.group(1), lang)[m.group(2)], text)
