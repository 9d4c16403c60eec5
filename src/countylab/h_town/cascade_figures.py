"""Figures of the chapter "Why 90% and not 100%": the target staircase and formalism under many 100% tasks."""
from __future__ import annotations

import math

from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..core.charts import PALETTE, Chart, LivePlot, blank_rect
from ..core.i18n import has, t
from ..core.numbers import percent
from . import strings  # noqa: F401  (registers the case's strings)
from .cascade import CascadeResult, FormalismResult, formalism


class CascadePlot(LivePlot):
    """The target staircase: per level, what it received and committed, what it passed down; the capacity
    line; and at the bottom, the real rate against the reported one with the paper gap shaded."""

    MAX_LEVELS = 6

    def __init__(self, lang: str = "en"):
        self._init_live(lang, (8.6, 3.9))
        ax = self.ax = self.figure.add_subplot()
        self.figure.subplots_adjust(left=0.08, right=0.72, top=0.9, bottom=0.14)
        self.committed = [self.dynamic(blank_rect(ax, PALETTE["blue"], alpha=0.85)) for _ in range(self.MAX_LEVELS)]
        self.discounted = [self.dynamic(blank_rect(ax, PALETTE["sky"], alpha=0.35, hatch="..", edgecolor=PALETTE["sky"],
                                              linewidth=0)) for _ in range(self.MAX_LEVELS)]
        self.passed = [self.dynamic(*ax.plot([], [], color=PALETTE["orange"], linestyle="--", marker=">",
                                             markevery=[1], linewidth=1.8)) for _ in range(self.MAX_LEVELS)]
        self.values = [self.dynamic(ax.text(0, 0, "", ha="center", va="bottom", fontsize=8.5))
                       for _ in range(self.MAX_LEVELS)]
        self.capacity = self.dynamic(ax.axhline(0.9, color=PALETTE["green"], linestyle=":", linewidth=2))
        self.gap = self.dynamic(blank_rect(ax, PALETTE["vermillion"], alpha=0.35, hatch="//",
                                      edgecolor=PALETTE["vermillion"], linewidth=0))
        self.real = self.dynamic(*ax.plot([], [], "o", color=PALETTE["green"], markersize=9,
                                          markeredgecolor="black"))
        self.reported = self.dynamic(*ax.plot([], [], "*", color=PALETTE["vermillion"], markersize=14,
                                              markeredgecolor="black"))
        self.gap_text = self.dynamic(ax.text(0, 0, "", color=PALETTE["vermillion"], fontsize=9, va="center"))
        ax.set_ylabel(t("cas.rate_axis", lang))
        ax.set_title(t("cas.title", lang), fontsize=10.5, loc="left")
        ax.grid(axis="y", alpha=0.3)
        handles = [Patch(color=PALETTE["blue"], alpha=0.85, label=t("cas.committed", lang)),
                   Patch(facecolor=PALETTE["sky"], alpha=0.35, hatch="..", edgecolor=PALETTE["sky"],
                         label=t("cas.discount", lang)),
                   Line2D([], [], color=PALETTE["orange"], linestyle="--", marker=">", label=t("cas.passed", lang)),
                   Line2D([], [], color=PALETTE["green"], linestyle=":", linewidth=2, label=t("cas.capacity", lang)),
                   Line2D([], [], marker="o", linestyle="", color=PALETTE["green"], markeredgecolor="black",
                          label=t("cas.real", lang)),
                   Line2D([], [], marker="*", linestyle="", color=PALETTE["vermillion"], markersize=12,
                          markeredgecolor="black", label=t("cas.reported", lang)),
                   Patch(facecolor=PALETTE["vermillion"], alpha=0.35, hatch="//", edgecolor=PALETTE["vermillion"],
                         label=t("cas.gap", lang))]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8.5, frameon=False)

    def update(self, r: CascadeResult) -> CascadePlot:
        """Move every artist to the result ``r``."""
        n, table = len(r.levels), r.table
        for i in range(self.MAX_LEVELS):
            visible = i < n
            for artist in (self.committed[i], self.discounted[i], self.passed[i], self.values[i]):
                artist.set_visible(visible)
            if not visible:
                continue
            received, committed = table["received"].iloc[i], table["committed"].iloc[i]
            self.committed[i].set_bounds(i - 0.3, 0, 0.6, committed)
            self.discounted[i].set_bounds(i - 0.3, committed, 0.6, received - committed)
            self.values[i].set_position((i, received + 0.005))
            self.values[i].set_text(f"{percent(committed)}%")
            if i < n - 1:
                self.passed[i].set_data([i + 0.3, i + 0.7], [committed, table["passed_down"].iloc[i]])
            else:
                self.passed[i].set_data([], [])
        self.capacity.set_ydata([r.capacity, r.capacity])
        x = n - 1 + 0.42
        self.real.set_data([x], [r.real])
        self.reported.set_data([x], [r.reported])
        self.gap.set_bounds(x - 0.07, r.real, 0.14, r.paper_gap)
        self.gap.set_visible(r.paper_gap > 1e-9)
        self.gap_text.set_visible(r.paper_gap > 1e-9)
        self.gap_text.set_position((x + 0.12, (r.real + r.reported) / 2))
        self.gap_text.set_text(t("cas.gap_label", self.lang, points=percent(r.paper_gap)))
        self.ax.set_xlim(-0.6, n + 0.3)
        self.ax.set_xticks(range(n), [t(f"level.name.{name}", self.lang) if has(f"level.name.{name}")
                                      else name for name in r.levels])
        values = list(table["committed"]) + [r.real, r.capacity]
        self.ax.set_ylim(min(0.5, 0.1 * math.floor(10 * min(values) - 0.5)), 1.06)
        return self


def cascade_chart(result: CascadeResult, lang: str = "en") -> Chart:
    """A static target staircase for one CascadeResult."""
    return CascadePlot(lang).update(result).static()


class FormalismPlot(LivePlot):
    """Real and reported completion as the number of 100% tasks grows, for a fixed team's hours."""

    MAX_TASKS = 20

    def __init__(self, lang: str = "en"):
        self._init_live(lang, (7.6, 3.6))
        ax = self.ax = self.figure.add_subplot()
        self.figure.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.15)
        self.dynamic(ax.axhline(100, color=PALETTE["vermillion"], linestyle="--", linewidth=2,
                                label=t("fm.reported", lang)))
        self.curve = self.dynamic(*ax.plot([], [], color=PALETTE["blue"], linewidth=2.5, marker="o",
                                           markersize=4, label=t("fm.real", lang)))
        self.marker = self.dynamic(*ax.plot([], [], "o", color=PALETTE["orange"], markersize=11,
                                            markeredgecolor="black", label=t("fm.now", lang)))
        self.gap = self.dynamic(blank_rect(ax, PALETTE["vermillion"], alpha=0.3, hatch="//",
                                      edgecolor=PALETTE["vermillion"], linewidth=0))
        self.note = self.dynamic(ax.text(0, 0, "", fontsize=9, ha="left", va="center"))
        ax.set_xlim(0.5, self.MAX_TASKS + 0.5)
        ax.set_ylim(0, 108)
        ax.set_xlabel(t("fm.tasks_axis", lang))
        ax.set_ylabel(t("fm.share_axis", lang))
        ax.set_title(t("fm.title", lang), fontsize=10.5, loc="left")
        ax.xaxis.set_major_locator(MaxNLocator(10, integer=True))
        ax.grid(alpha=0.3)
        ax.legend(loc="lower left", fontsize=8.5)

    def update(self, r: FormalismResult) -> FormalismPlot:
        """Move the artists to the result ``r`` (the curve comes from the same model)."""
        curve = [formalism(n, r.staff_hours, r.hours_per_task).real_share for n in range(1, self.MAX_TASKS + 1)]
        xs = list(range(1, len(curve) + 1))
        self.curve.set_data(xs, [100 * c for c in curve])
        n = min(r.n_tasks, self.MAX_TASKS)
        self.marker.set_data([n], [100 * r.real_share])
        self.gap.set_bounds(n - 0.15, 100 * r.real_share, 0.3, 100 * r.paper_gap)
        self.note.set_position((min(n + 0.4, self.MAX_TASKS - 5), 100 * r.real_share + 50 * r.paper_gap))
        self.note.set_text(t("fm.gap_label", self.lang, points=percent(r.paper_gap)) if r.paper_gap > 0 else "")
        return self


def formalism_chart(result: FormalismResult, lang: str = "en") -> Chart:
    """A static formalism curve for one FormalismResult."""
    return FormalismPlot(lang).update(result).static()
