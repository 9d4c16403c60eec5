"""The class chart of a role-play debrief: every group's outcome beside the model's no-deal and best cases.

Each case turns its replayed sheets into :class:`ClassPoint` objects (two numbers per group, e.g. the day the
target is reached and the incidents) and calls :func:`class_chart`. Points the model cannot place on the x axis
(a target never reached) sit at the right edge under the label "never".
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from . import strings  # noqa: F401  (registers the chart's strings)
from .charts import PALETTE, Chart
from .i18n import check_lang, t
from .tables import Table

KINDS = ("group", "no_deal", "best")
STYLE = {"group": dict(marker="o", color=PALETTE["blue"], s=70, zorder=3),
         "no_deal": dict(marker="s", color=PALETTE["vermillion"], s=110, zorder=4),
         "best": dict(marker="*", color=PALETTE["green"], s=260, zorder=4)}


@dataclass(frozen=True)
class ClassPoint:
    """One outcome on the class chart: ``x`` None means off the scale (never reached)."""

    label: str
    x: float | None
    y: float
    kind: str = "group"


@dataclass(frozen=True)
class Axes:
    """The chart's words (already in the reader's language) and the x value drawn as "never"."""

    title: str
    xlabel: str
    ylabel: str
    x_never: float | None = None
    x_line: float | None = None        #: a reference line (e.g. the deadline), or None
    x_line_label: str = ""


def class_chart(points: list[ClassPoint], axes: Axes, lang: str = "en") -> Chart:
    """A scatter of every group's outcome, the no-deal case (a square) and the model's best (a star)."""
    lang = check_lang(lang)
    figure = Chart(figsize=(8.4, 4.6), dpi=90)
    ax = figure.add_subplot()
    figure.subplots_adjust(left=0.09, right=0.97, top=0.9, bottom=0.13)
    for kind in KINDS:
        mine = [p for p in points if p.kind == kind]
        if not mine:
            continue
        xs = [axes.x_never if p.x is None else p.x for p in mine]
        ax.scatter(xs, [p.y for p in mine], label=t(f"db.{kind}", lang), edgecolors="black", linewidths=0.6,
                   **STYLE[kind])
        for p, x in zip(mine, xs):
            ax.annotate(p.label, (x, p.y), textcoords="offset points", xytext=(7, 5), fontsize=8)
    if axes.x_line is not None:
        ax.axvline(axes.x_line, color=PALETTE["black"], linestyle=":", linewidth=1)
        ax.annotate(axes.x_line_label, (axes.x_line, 1), xycoords=("data", "axes fraction"),
                    xytext=(-4, -12), textcoords="offset points", ha="right", fontsize=8)
    if axes.x_never is not None and any(p.x is None for p in points):
        ax.annotate(t("db.never", lang), (axes.x_never, 0), xycoords=("data", "axes fraction"),
                    xytext=(0, 4), textcoords="offset points", ha="center", fontsize=8)
    ax.set_title(axes.title, fontsize=10.5, loc="left")
    ax.set_xlabel(axes.xlabel)
    ax.set_ylabel(axes.ylabel)
    ax.grid(alpha=0.3)
    ax.margins(x=0.12, y=0.15)
    ax.legend(loc="best", fontsize=8.5)
    return figure


@dataclass(frozen=True)
class Debrief:
    """A class's replayed sheets beside the model's no deal and best. A case subclasses it with ``frame``
    (outcomes → a DataFrame of the table), ``xy`` (an outcome → its point) and ``axes`` (the chart's words);
    each outcome has a ``group`` field."""

    groups: tuple
    no_deal: object
    best: object
    fmt = ".1f"

    def frame(self, outcomes: list, lang: str):  # pragma: no cover - every case overrides it
        """One row per outcome."""
        raise NotImplementedError

    def xy(self, outcome) -> tuple[float | None, float]:  # pragma: no cover - every case overrides it
        """An outcome's place on the class chart."""
        raise NotImplementedError

    def axes(self, lang: str) -> Axes:  # pragma: no cover - every case overrides it
        """The chart's words and reference line."""
        raise NotImplementedError

    def table(self, lang: str = "en") -> Table:
        """Every group, then no deal and the model's best."""
        lang = check_lang(lang)
        named = [dataclasses.replace(self.no_deal, group=t("db.no_deal", lang)),
                 dataclasses.replace(self.best, group=t("db.best", lang))]
        return Table(self.frame([*self.groups, *named], lang), fmt=self.fmt)

    def chart(self, lang: str = "en") -> Chart:
        """The class chart: every group's point, no deal (a square) and the model's best (a star)."""
        points = [ClassPoint(o.group, *self.xy(o)) for o in self.groups]
        points += [ClassPoint("", *self.xy(self.no_deal), "no_deal"), ClassPoint("", *self.xy(self.best), "best")]
        return class_chart(points, self.axes(lang), lang)
