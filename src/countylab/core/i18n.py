"""Language and string lookup: every user-visible string of countylab, in English and Chinese.

Each case keeps its strings beside its code (``<case>/strings.py``) and adds them here with
:func:`add_strings`; the core's own (controls, quizzes, answer checks) are in :mod:`countylab.core.strings`.
Figures, labs and answer checks look their words up with :func:`t`, so a Chinese edition reuses the code
unchanged. A key may belong to one table only; the tests fail when a key lacks a language, when the two
versions take different ``{placeholders}``, or when no code uses a key.
"""
from __future__ import annotations

import string

LANGS = ("en", "zh")

#: Every registered string: key → {"en": …, "zh": …}. Filled by :func:`add_strings`.
STRINGS: dict[str, dict[str, str]] = {}
#: Who registered each key (a module name), for error messages and tests.
OWNERS: dict[str, str] = {}


def add_strings(owner: str, table: dict[str, dict[str, str]]) -> None:
    """Register a table of strings (``owner`` names the module it comes from); a key may not be reused."""
    clashes = sorted(key for key in table if key in OWNERS and OWNERS[key] != owner)
    if clashes:
        raise ValueError(f"{owner} reuses string keys of another table: "
                         + ", ".join(f"{k} ({OWNERS[k]})" for k in clashes))
    STRINGS.update(table)
    OWNERS.update(dict.fromkeys(table, owner))


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is one of :data:`LANGS`, else raise a ValueError naming the choices."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(map(repr, LANGS))}; got {lang!r}")
    return lang


def t(key: str, lang: str = "en", **values: object) -> str:
    """The string ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    check_lang(lang)
    try:
        entry = STRINGS[key]
    except KeyError:
        raise KeyError(f"no user-visible string named {key!r}; the strings are in countylab/core/strings.py "
                       "and each case's strings.py") from None
    return entry[lang].format(**values) if values else entry[lang]


def has(key: str) -> bool:
    """Whether a string named ``key`` is registered."""
    return key in STRINGS


def placeholders(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``text``."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
