"""Figures of case 2: the reception protocol, a week of the secretary's hours, and the frontier of freeing the
leader. Each figure draws one typed view of model results (the dataclasses below); its lab builds the view."""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from ..core.charts import PALETTE, Chart, LivePlot
from ..core.i18n import t
from . import strings  # noqa: F401  (registers the case's strings)
from .allocation import USES, Allocation
from .protocol import IMPORTANCE, RELATIONS, Reception, reception_form, reception_rules
from .solver import MonthOutcome


@dataclass(frozen=True)
class ProtocolView:
    """One visit under the protocol: the grades, the rule that applies, and the top leader's hours."""

    visitor_rank: int
    host_rank: int
    form: Reception
    duration_hours: float   #: how long the team stays
    leader_hours: float     #: the top leader's hours of presence the rule asks for


@dataclass(frozen=True)
class WeekComparison:
    """The same week spent two ways: the reader's plan and the solver's."""

    yours: Allocation
    best: Allocation


@dataclass(frozen=True)
class FrontierView:
    """The month under every reception cap (from no cap down to 0 a week), with no meetings cut
    (``baseline``) and with the reader's cut (``current``), and the reader's policy (``chosen``)."""

    baseline: tuple[MonthOutcome, ...]
    current: tuple[MonthOutcome, ...]
    chosen: MonthOutcome

    @property
    def no_cuts(self) -> MonthOutcome:
        """The month with no meetings cut and no cap on receptions."""
        return self.baseline[0]


EXTENT_COLOURS = {"none": "#E8E8E8", "one_meal": PALETTE["sky"], "whole_visit": PALETTE["blue"]}
USE_COLOURS = {"receptions": PALETTE["vermillion"], "meetings": PALETTE["orange"], "document": PALETTE["yellow"],
               "phone": PALETTE["purple"], "staff": PALETTE["green"], "in_person": PALETTE["blue"],
               "free": "#FFFFFF"}


def _use_label(use: str, lang: str) -> str:
    return t(f"use.{use}", lang) if use in ("receptions", "meetings", "free") else t(f"channel.{use}", lang)


class ProtocolPlot(LivePlot):
    """The reception rule table as a 3×3 grid (rank relation × importance) with the current case outlined,
    and the current visit hour by hour: who accompanies the team and when the top leader is present."""

    MAX_HOURS = 12

    def __init__(self, lang: str = "en"):
        self._init_live(lang, (9.6, 4.0))
        grid = self.figure.add_gridspec(1, 2, width_ratios=[1.45, 1], wspace=0.3, left=0.13, right=0.98,
                                        top=0.86, bottom=0.2)
        ax = self.figure.add_subplot(grid[0])
        for (relation, importance), rule in reception_rules().items():
            x, y = RELATIONS.index(relation), IMPORTANCE.index(importance)
            # The rules are the lab's answer: drawn with the result, not before the reader's prediction.
            self.revealed(ax.add_patch(Rectangle((x - 0.48, y - 0.46), 0.96, 0.92,
                                                facecolor=EXTENT_COLOURS[rule.extent], edgecolor="white",
                                                linewidth=1.5, linestyle="-" if rule.status == "sourced" else "--")))
            text = t("rp.cell", lang, who=t(f"who.{rule.who}", lang), signal=t(f"signal.{rule.signal}", lang))
            self.revealed(ax.text(x, y, text + ("" if rule.status == "sourced" else " *"), ha="center",
                                 va="center", fontsize=7.8, color="white" if rule.extent == "whole_visit" else "black"))
        ax.set_xlim(-0.52, 2.52)
        ax.set_ylim(-0.52, 2.52)
        ax.set_xticks(range(3), [t(f"relation.{r}", lang) for r in RELATIONS], fontsize=8)
        ax.set_yticks(range(3), [textwrap.fill(t(f"importance.{i}", lang), 13) for i in IMPORTANCE], fontsize=8)
        ax.tick_params(length=0)
        for side in ax.spines.values():
            side.set_visible(False)
        ax.set_title(t("rp.grid_title", lang), fontsize=10.5, loc="left")
        ax.legend(handles=[Patch(facecolor=EXTENT_COLOURS[e], edgecolor="grey", label=t(f"rp.legend.{e}", lang))
                           for e in EXTENT_COLOURS], loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3,
                  fontsize=7.5, frameon=False)
        self.outline = self.dynamic(ax.add_patch(Rectangle((0, 0), 0.96, 0.92, fill=False,
                                                           edgecolor=PALETTE["orange"], linewidth=4)))
        day = self.figure.add_subplot(grid[1])
        self.team = self.dynamic(day.add_patch(Rectangle((0, 0.62), 0, 0.3, facecolor=PALETTE["grey"], alpha=0.6)))
        self.top = self.dynamic(day.add_patch(Rectangle((0, 0.08), 0, 0.3, facecolor=PALETTE["blue"])))
        self.team_text = self.dynamic(day.text(0.2, 1.0, "", fontsize=8.5, va="bottom"))
        self.top_text = self.dynamic(day.text(0.2, 0.46, "", fontsize=8.5, va="bottom"))
        day.set_xlim(0, self.MAX_HOURS)
        day.set_ylim(0, 1.3)
        day.set_yticks([])
        day.set_xlabel(t("rp.hours_axis", lang))
        day.set_title(t("rp.day_title", lang), fontsize=10.5, loc="left")
        day.grid(axis="x", alpha=0.3)

    def update(self, view: ProtocolView) -> ProtocolPlot:
        """Outline the rule that applies and draw the visit hour by hour."""
        form, duration, hours = view.form, view.duration_hours, view.leader_hours
        x, y = RELATIONS.index(form.relation), IMPORTANCE.index(form.importance)
        self.outline.set_xy((x - 0.48, y - 0.46))
        shown = min(duration, self.MAX_HOURS)
        self.team.set_width(shown)
        self.team_text.set_text(t("rp.team", self.lang, who=t(f"who.{form.who}", self.lang)))
        start = 0.0 if form.extent == "whole_visit" else max(0.0, shown / 2 - hours / 2)
        self.top.set_x(start)
        self.top.set_width(min(hours, self.MAX_HOURS))
        self.top_text.set_text(f"{t('rp.top', self.lang)}: {hours:g} h")
        return self


def protocol_chart(visitor_rank: int, host_rank: int, importance: str, duration_hours: float = 8,
                   lang: str = "en") -> Chart:
    """A static protocol grid for one visit."""
    form = reception_form(visitor_rank, host_rank, importance)
    view = ProtocolView(visitor_rank, host_rank, form, duration_hours, form.leader_hours(duration_hours))
    return ProtocolPlot(lang).update(view).static()


class WeekPlot(LivePlot):
    """A week of the secretary's hours by use, for the reader's plan and the solver's (left), and the
    progress and goodwill each buys (right)."""

    def __init__(self, lang: str = "en", total_value: float = 40, max_goodwill: float = 10, max_hours: float = 70):
        self._init_live(lang, (9.6, 3.9))
        grid = self.figure.add_gridspec(1, 3, width_ratios=[2.3, 0.62, 0.62], wspace=0.5, left=0.11, right=0.97,
                                        top=0.86, bottom=0.3)
        ax = self.figure.add_subplot(grid[0])
        self.bars = {row: {use: self.dynamic(ax.add_patch(Rectangle(
            (0, row - 0.32), 0, 0.64, facecolor=USE_COLOURS[use], edgecolor="black" if use == "free" else "white",
            linewidth=0.8, hatch="//" if use == "free" else None))) for use in USES} for row in (0, 1)}
        self.budget = self.dynamic(ax.axvline(50, color=PALETTE["black"], linestyle="--", linewidth=1.5))
        ax.set_xlim(0, max_hours)
        ax.set_ylim(-0.6, 1.6)
        ax.set_yticks([1, 0], [t("wk.yours", lang), t("wk.solver", lang)])
        ax.set_xlabel(t("wk.hours_axis", lang))
        ax.set_title(t("wk.hours_title", lang), fontsize=10.5, loc="left")
        ax.grid(axis="x", alpha=0.3)
        handles = [Patch(facecolor=USE_COLOURS[u], edgecolor="black", hatch="//" if u == "free" else None,
                         label=_use_label(u, lang)) for u in USES]
        handles.append(Line2D([], [], color=PALETTE["black"], linestyle="--", label=t("wk.budget", lang)))
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.55, -0.2), ncol=4, fontsize=7.5,
                  frameon=False)
        self.points: dict[str, dict] = {}
        for i, (key, top) in enumerate((("progress", total_value), ("goodwill", max_goodwill))):
            pax = self.figure.add_subplot(grid[1 + i])
            bars = [self.dynamic(pax.add_patch(Rectangle((x - 0.35, 0), 0.7, 0, facecolor=colour)))
                    for x, colour in ((0, PALETTE["orange"]), (1, PALETTE["blue"]))]
            texts = [self.dynamic(pax.text(x, 0, "", ha="center", va="bottom", fontsize=8)) for x in (0, 1)]
            pax.set_xlim(-0.6, 1.6)
            pax.set_ylim(0, top * 1.15)
            pax.set_xticks([0, 1], [t("wk.yours", lang), t("wk.solver", lang)], fontsize=7.5, rotation=30)
            pax.set_title(t(f"wk.{key}", lang), fontsize=9.5)
            pax.axhline(top, color=PALETTE["grey"], linewidth=1, linestyle=":")
            self.points[key] = {"bars": bars, "texts": texts}

    def update(self, week: WeekComparison) -> WeekPlot:
        """Draw the reader's allocation (top row) and the solver's (bottom row)."""
        for row, allocation in ((1, week.yours), (0, week.best)):
            left = 0.0
            for use in USES:
                width = allocation.hours[use]
                self.bars[row][use].set_x(left)
                self.bars[row][use].set_width(width)
                left += width
        self.budget.set_xdata([week.yours.budget_hours] * 2)
        for key in ("progress", "goodwill"):
            for i, allocation in enumerate((week.yours, week.best)):
                value = getattr(allocation, key)
                self.points[key]["bars"][i].set_height(value)
                self.points[key]["texts"][i].set_position((i, value))
                self.points[key]["texts"][i].set_text(f"{value:g}")
        return self


def week_chart(yours: Allocation, best: Allocation, lang: str = "en") -> Chart:
    """A static week chart for two Allocations of the same week (the reader's and the solver's)."""
    goodwill = max(yours.goodwill, best.goodwill, 1)
    return WeekPlot(lang, yours.total_value, goodwill, max(70, yours.budget_hours)).update(
        WeekComparison(yours, best)).static()


class FrontierPlot(LivePlot):
    """The month's goodwill against progress as receptions are capped, with no meetings cut and with the
    reader's cut, and the reader's policy marked."""

    def __init__(self, lang: str = "en", max_goodwill: float = 25, total_value: float = 150, n_points: int = 5,
                 lowest_progress: float = 0):
        self._init_live(lang, (8.4, 4.2))
        ax = self.ax = self.figure.add_subplot()
        self.figure.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.13)
        self.base = self.dynamic(*ax.plot([], [], color=PALETTE["grey"], linestyle="--", marker="s", markersize=5,
                                          linewidth=1.6, label=t("fl.no_cut", lang)))
        self.curve = self.dynamic(*ax.plot([], [], color=PALETTE["blue"], marker="o", markersize=6, linewidth=2.2,
                                           label=t("fl.cut", lang)))
        self.now = self.dynamic(*ax.plot([], [], "o", color=PALETTE["orange"], markersize=13,
                                         markeredgecolor="black", label=t("fl.now", lang)))
        self.labels = [self.dynamic(ax.text(0, 0, "", fontsize=8, ha="left", va="bottom")) for _ in range(n_points)]
        ax.axhline(total_value, color=PALETTE["black"], linewidth=1, linestyle=":")
        ax.text(max_goodwill * 1.08 + 0.3, total_value, t("fl.all_done", lang), fontsize=8, ha="right", va="bottom")
        # Fixed ranges (the lowest progress the lab can reach, passed in): the figure is never fully redrawn.
        ax.set_xlim(-0.5, max_goodwill * 1.08 + 0.5)
        ax.set_ylim(10 * math.floor(max(0.0, lowest_progress - 5) / 10), total_value * 1.06)
        ax.set_xlabel(t("fl.goodwill_axis", lang))
        ax.set_ylabel(t("fl.progress_axis", lang))
        ax.set_title(t("fl.plot_title", lang), fontsize=10.5, loc="left")
        ax.grid(alpha=0.3)
        ax.legend(loc="lower left", fontsize=8.5)

    def update(self, view: FrontierView) -> FrontierPlot:
        """Draw both frontiers and mark the reader's policy."""
        base, current, chosen = view.baseline, view.current, view.chosen
        self.base.set_data([m.goodwill for m in base], [m.progress for m in base])
        self.curve.set_data([m.goodwill for m in current], [m.progress for m in current])
        self.now.set_data([chosen.goodwill], [chosen.progress])
        for label, m in zip(self.labels, current):
            cap = m.policy.reception_cap
            label.set_text(t("fl.no_cap", self.lang) if cap is None else t("fl.cap", self.lang, cap=cap))
            label.set_position((m.goodwill + 0.3, m.progress + 0.6))
        return self


def frontier_chart(view: FrontierView, lang: str = "en") -> Chart:
    """A static frontier for one view of the month."""
    goodwill = max(m.goodwill for m in view.baseline)
    total = view.baseline[0].total_value
    lowest = min(m.progress for m in (*view.baseline, *view.current))
    return FrontierPlot(lang, goodwill, total, len(view.current), lowest).update(view).static()
