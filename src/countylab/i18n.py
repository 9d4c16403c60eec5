"""Every user-visible string of countylab, in English and Chinese.

One place, so a Chinese edition reuses the code unchanged: figures, labs and answer checks look their
words up here with :func:`t`. ``tests/test_i18n.py`` fails when a key lacks a language or when the two
versions of a string take different ``{placeholders}``.
"""
from __future__ import annotations

import string

LANGS = ("en", "zh")

STRINGS: dict[str, dict[str, str]] = {
    # The governance chain of case 1 (figure in the H-town chapter).
    "level.county": {"en": "M county", "zh": "M县"},
    "level.township": {"en": "H town (township)", "zh": "H镇"},
    "level.village": {"en": "villages", "zh": "各村"},
    "level.county.role": {"en": "sets the 90% target,\npublishes a daily ranking",
                          "zh": "定下90%的目标,\n每天公布排名"},
    "level.township.role": {"en": "one of several townships;\nyoung adults all done",
                            "zh": "全县若干乡镇之一;\n年轻人已全部接种"},
    "level.village.role": {"en": "about 10,000 elderly\nstill unvaccinated",
                           "zh": "约1万名老年人\n尚未接种"},
    "level.others": {"en": "the other townships\n(ranked against H town\nevery day)",
                     "zh": "其他乡镇\n(每天与H镇\n一起排名)"},
    "chain.down": {"en": "target passed down", "zh": "目标向下传递"},
    "chain.up": {"en": "progress reported up", "zh": "进度向上汇报"},
    "chain.title": {"en": "Who asks whom: the chain of the 90% target",
                    "zh": "谁向谁要数:90%目标的层级链条"},
    "chain.alt": {"en": ("Diagram of three stacked boxes: M county at the top sets the 90% target and "
                         "publishes a daily ranking; H town in the middle; its villages at the bottom with "
                         "about 10,000 elderly still unvaccinated; beside H town, the other townships it is "
                         "ranked against every day. Arrows show the target going down and "
                         "progress reports going up."),
                  "zh": ("示意图:三个上下排列的方框。最上为M县,定下90%目标并每天公布排名;中间为H镇;"
                         "最下为各村,约1万名老年人尚未接种;H镇旁是每天与它一起排名的其他乡镇。箭头表示目标向下传递、进度向上汇报。")},
}


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
        raise KeyError(f"no user-visible string named {key!r} in countylab.i18n.STRINGS") from None
    return entry[lang].format(**values) if values else entry[lang]


def placeholders(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``text``."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
