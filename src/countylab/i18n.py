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
    # The arithmetic of the target (figure and lab in the H-town chapter, part A).
    "ta.vaccinated": {"en": "already vaccinated", "zh": "已接种"},
    "ta.fit": {"en": "older residents fit to vaccinate", "zh": "身体允许接种的老年人"},
    "ta.unfit": {"en": "older residents found unfit", "zh": "身体不宜接种的老年人"},
    "ta.share_axis": {"en": "share of eligible adults (%)", "zh": "占应接种人口的比例(%)"},
    "ta.bar_title": {"en": "Where the target must come from", "zh": "目标从哪里来"},
    "ta.target_label": {"en": "target {target}%", "zh": "目标{target}%"},
    "ta.progress": {"en": "coverage while screening", "zh": "边体检边接种的接种率"},
    "ta.target_line": {"en": "county target", "zh": "县里的目标"},
    "ta.deadline": {"en": "deadline (illustrative)", "zh": "截止日期(示意)"},
    "ta.reached": {"en": "target on day {days}", "zh": "第{days}天达标"},
    "ta.days_axis": {"en": "days of screening", "zh": "体检天数"},
    "ta.coverage_axis": {"en": "coverage (%)", "zh": "接种率(%)"},
    "ta.line_title": {"en": "Screening first: checks at full capacity", "zh": "先体检后接种:体检满负荷"},
    "ta.title": {"en": "The arithmetic of the target", "zh": "目标的算术"},
    "ta.sentence.met": {
        "en": "H town is already at {coverage}%, at or above the {target}% target: no older resident has to be "
              "vaccinated to meet it.",
        "zh": "H镇的接种率已达{coverage}%,不低于{target}%的目标:无需再给老年人接种即可达标。"},
    "ta.sentence.reachable": {
        "en": "To reach {target}%, H town must vaccinate {needed} more older residents. At {capacity} checks a "
              "day with {fit}% found fit, that takes {checks} checks, or {days} days: {margin}.",
        "zh": "要达到{target}%,H镇还需给{needed}名老年人接种。每天体检{capacity}人、{fit}%身体允许接种,"
              "需要体检{checks}人次,共{days}天:{margin}。"},
    "ta.sentence.unreachable": {
        "en": "Even if all {elderly} older residents are checked, only {fit_people} would be found fit: H town can "
              "reach at most {max}%, short of the {target}% target. Screening first cannot meet it.",
        "zh": "即使{elderly}名老年人全部体检,也只有{fit_people}人身体允许接种:H镇最多只能达到{max}%,"
              "低于{target}%的目标。先体检后接种无法达标。"},
    "ta.margin.early": {"en": "{days} days before the deadline", "zh": "比截止日期提前{days}天"},
    "ta.margin.late": {"en": "{days} days after the deadline", "zh": "比截止日期晚{days}天"},
    "ta.margin.exact": {"en": "exactly on the deadline", "zh": "恰好在截止日期当天"},
    "ta.alt": {"en": "Two charts. {sentence}", "zh": "两幅图。{sentence}"},
    # Lab controls: label, unit and range.
    "ctl.target": {"en": "County target", "zh": "县里的目标"},
    "ctl.eligible_adults": {"en": "Eligible adults", "zh": "应接种人口"},
    "ctl.elderly_left": {"en": "Older residents left", "zh": "未接种老年人"},
    "ctl.check_capacity": {"en": "Health checks per day", "zh": "每天体检人数"},
    "ctl.fit_share": {"en": "Found fit", "zh": "体检合格比例"},
    "ctl.days_to_deadline": {"en": "Days to deadline", "zh": "距截止日期天数"},
    "unit.percent": {"en": "%", "zh": "%"},
    "unit.persons": {"en": "people", "zh": "人"},
    "unit.persons_per_day": {"en": "people/day", "zh": "人/天"},
    "unit.days": {"en": "days", "zh": "天"},
    "ui.control_label": {"en": "{label} ({unit}, {low}–{high})", "zh": "{label}({unit},{low}–{high})"},
    "ui.reset": {"en": "Reset", "zh": "重置"},
    "ui.reset_tooltip": {"en": "Put every control back to its starting value",
                         "zh": "把所有控件恢复到初始值"},
    "ui.bad_start": {"en": "{name} must be in [{low}, {high}] {unit}; got {value}",
                     "zh": "{name}必须在[{low}, {high}]{unit}之间;收到的是{value}"},
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
