"""Figures of case 1 (H town): the chain of the 90% target, the arithmetic of the target, and the campaign.

Each is a :class:`countylab.core.charts.LivePlot` (a lab keeps one and moves it) with a function that draws one
static chart of a model result. The cascade and formalism figures are in :mod:`.cascade_figures`.
"""
from __future__ import annotations

import math
from collections.abc import Mapping

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from matplotlib.ticker import MaxNLocator

from ..core.charts import PALETTE, Chart, LivePlot
from ..core.i18n import check_lang, t
from ..core.numbers import percent
from . import strings  # noqa: F401  (registers the case's strings)
from .arithmetic import TargetArithmetic
from .campaign import CampaignResult


def governance_chain(lang: str = "en") -> Figure:
    """The county → township → village chain of case 1, with the target going down and reports going up."""
    check_lang(lang)
    fig = Chart(figsize=(7.5, 4.6), dpi=100)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.axis("off")
    levels = [("county", 8.2, PALETTE["blue"]), ("township", 5.0, PALETTE["green"]),
              ("village", 1.8, PALETTE["orange"])]
    for key, y, colour in levels:
        ax.add_patch(FancyBboxPatch((0.6, y - 0.95), 4.2, 1.9, boxstyle="round,pad=0.05",
                                    facecolor=colour, alpha=0.18, edgecolor=colour, linewidth=2))
        ax.text(2.7, y + 0.35, t(f"level.{key}", lang), ha="center", va="center", fontsize=13,
                fontweight="bold")
        ax.text(2.7, y - 0.4, t(f"level.{key}.role", lang), ha="center", va="center", fontsize=9.5,
                linespacing=1.3)
    for upper, lower in zip(levels, levels[1:]):
        top, bottom = upper[1] - 1.0, lower[1] + 1.0
        ax.add_patch(FancyArrowPatch((1.7, top), (1.7, bottom), arrowstyle="-|>", mutation_scale=18,
                                     color=PALETTE["vermillion"], linewidth=2))
        ax.add_patch(FancyArrowPatch((3.7, bottom), (3.7, top), arrowstyle="-|>", mutation_scale=18,
                                     color=PALETTE["sky"], linewidth=2, linestyle="--"))
    ax.add_patch(FancyBboxPatch((5.6, 4.05), 3.8, 1.9, boxstyle="round,pad=0.05", facecolor="white",
                                edgecolor=PALETTE["grey"], linewidth=1.5, linestyle=":"))
    ax.text(7.5, 5.0, t("level.others", lang), ha="center", va="center", fontsize=9.5, linespacing=1.3,
            color="#444444")
    ax.text(5.6, 8.6, "↓ " + t("chain.down", lang), color=PALETTE["vermillion"], fontsize=10.5)
    ax.text(5.6, 7.9, "↑ " + t("chain.up", lang), color=PALETTE["blue"], fontsize=10.5)
    ax.text(0.6, 9.6, t("chain.title", lang), fontsize=12, va="bottom")
    return fig



class TargetArithmeticPlot(LivePlot):
    """Where H town's target must come from (left) and how screening gets there day by day (right).

    The figure and its artists are made once; :meth:`update` moves them to a new
    :class:`countylab.h_town.arithmetic.TargetArithmetic` result, so a lab redraws without building a new figure.
    """

    HORIZON_DAYS = 120  #: the day axis is fixed, so moving a slider rarely forces a full redraw

    def __init__(self, lang: str = "en"):
        self._init_live(lang, (9.0, 3.6))
        self.bar_ax, self.line_ax = self.figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.25]})
        self.figure.subplots_adjust(left=0.07, right=0.98, top=0.84, bottom=0.16, wspace=0.28)
        self._init_bar()
        self._init_line()

    def _init_bar(self) -> None:
        ax, lang = self.bar_ax, self.lang
        colours = (PALETTE["blue"], PALETTE["green"], PALETTE["grey"])
        keys = ("ta.vaccinated", "ta.fit", "ta.unfit")
        self.bars = [self.dynamic(ax.barh([0.25], [0], left=[0], height=0.5, color=c, label=t(k, lang),
                                          hatch="//" if k == "ta.unfit" else None, edgecolor="white")[0])
                     for c, k in zip(colours, keys)]
        self.bar_target = self.dynamic(ax.axvline(90, color=PALETTE["vermillion"], linestyle="--", linewidth=2))
        self.bar_target_text = self.dynamic(ax.text(90, 0.56, "", color=PALETTE["vermillion"], ha="center",
                                                    fontsize=9, bbox={"facecolor": "white", "edgecolor": "none",
                                                                      "pad": 1}))
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.75, 0.65)
        ax.set_yticks([])
        ax.set_xlabel(t("ta.share_axis", lang))
        ax.set_title(t("ta.bar_title", lang), fontsize=10.5, loc="left")
        ax.legend(loc="lower left", fontsize=8, frameon=False, handlelength=1.2)

    def _init_line(self) -> None:
        ax, lang = self.line_ax, self.lang
        self.progress = self.dynamic(*ax.plot([], [], color=PALETTE["green"], linewidth=2.5,
                                              label=t("ta.progress", lang)))
        self.line_target = self.dynamic(ax.axhline(90, color=PALETTE["vermillion"], linestyle="--",
                                                   linewidth=1.5, label=t("ta.target_line", lang)))
        self.deadline = self.dynamic(ax.axvline(30, color=PALETTE["black"], linestyle=":", linewidth=1.5,
                                                label=t("ta.deadline", lang)))
        self.reached = self.dynamic(*ax.plot([], [], "o", color=PALETTE["vermillion"], markersize=8))
        self.reached_text = self.dynamic(ax.text(0, 0, "", fontsize=9, ha="left", va="top"))
        ax.xaxis.set_major_locator(MaxNLocator(6, integer=True))
        ax.yaxis.set_major_locator(MaxNLocator(6, steps=[1, 2, 2.5, 5, 10]))
        ax.set_xlabel(t("ta.days_axis", lang))
        ax.set_ylabel(t("ta.coverage_axis", lang))
        ax.set_title(t("ta.line_title", lang), fontsize=10.5, loc="left")
        ax.grid(alpha=0.3)
        ax.legend(loc="lower right", fontsize=8, frameon=True)

    def update(self, r: TargetArithmetic) -> TargetArithmeticPlot:
        """Move every artist to the result ``r``."""
        lang = self.lang
        eligible = r.eligible_adults
        widths = [100 * r.vaccinated / eligible, 100 * r.fit_elderly / eligible,
                  100 * (r.elderly_left - r.fit_elderly) / eligible]
        left = 0.0
        for bar, width in zip(self.bars, widths):
            bar.set_x(left)
            bar.set_width(width)
            left += width
        target = 100 * r.target
        self.bar_target.set_xdata([target, target])
        self.bar_target_text.set_x(min(max(target, 8), 92))
        self.bar_target_text.set_text(t("ta.target_label", lang, target=percent(r.target)))

        horizon = self.HORIZON_DAYS
        days = [0, min(r.days_to_check_all, horizon), horizon]
        self.progress.set_data(days, [100 * r.coverage_after(d) for d in days])
        self.line_target.set_ydata([target, target])
        self.deadline.set_xdata([r.days_to_deadline, r.days_to_deadline])
        if r.days_needed is not None and r.still_needed > 0:
            self.reached.set_data([r.days_needed], [100 * r.coverage_after(r.days_needed)])
            self.reached_text.set_position((r.days_needed + 3, target - 1))
            self.reached_text.set_text(t("ta.reached", lang, days=r.days_needed))
        else:
            self.reached.set_data([], [])
            self.reached_text.set_text("")
        # Coarse, stable ranges: a full redraw (ticks and labels) happens only when a range jumps.
        low = 25 * math.floor((min(100 * r.coverage_now, target) - 1) / 25)
        self.line_ax.set_xlim(0, horizon)  # fixed; a target reached later is off the chart (the sentence says when)
        self.line_ax.set_ylim(max(0, low), 101)
        return self


def target_arithmetic_chart(result: TargetArithmetic, lang: str = "en") -> Chart:
    """A static chart of one TargetArithmetic result (the lab draws the same figure, kept and updated)."""
    return TargetArithmeticPlot(lang).update(result).static()


class CampaignPlot(LivePlot):
    """H town's campaign, both strategies: evaluated coverage against the target and deadline (left), the
    daily rank among M county's townships (top right) and serious incidents so far (bottom right)."""

    STYLE = {"screen_first": (PALETTE["green"], "-"), "push_all": (PALETTE["vermillion"], "--")}

    def __init__(self, lang: str = "en"):
        self._init_live(lang, (9.6, 4.2))
        grid = self.figure.add_gridspec(2, 2, width_ratios=[1.5, 1], hspace=0.45, wspace=0.25,
                                        left=0.07, right=0.98, top=0.9, bottom=0.13)
        self.cov_ax = self.figure.add_subplot(grid[:, 0])
        self.rank_ax = self.figure.add_subplot(grid[0, 1])
        self.inc_ax = self.figure.add_subplot(grid[1, 1])
        self.lines: dict[str, dict] = {}
        for strategy, (colour, style) in self.STYLE.items():
            label = t(f"camp.{strategy}", lang)
            self.lines[strategy] = {
                "coverage": self.dynamic(*self.cov_ax.plot([], [], color=colour, linestyle=style, linewidth=2.2,
                                                           label=label)),
                "rank": self.dynamic(*self.rank_ax.step([], [], where="post", color=colour, linestyle=style,
                                                        linewidth=1.8)),
                "incidents": self.dynamic(*self.inc_ax.plot([], [], color=colour, linestyle=style, linewidth=1.8)),
                "hit": self.dynamic(*self.cov_ax.plot([], [], "o", color=colour, markersize=8,
                                                      markeredgecolor="black")),
            }
        self.county = self.dynamic(*self.cov_ax.plot([], [], color=PALETTE["blue"], linestyle=":", linewidth=1.8,
                                                     label=t("camp.county", lang)))
        self.target = self.dynamic(self.cov_ax.axhline(90, color=PALETTE["black"], linewidth=1, linestyle="-."))
        self.deadline = [self.dynamic(ax.axvline(30, color=PALETTE["grey"], linewidth=1.2, linestyle=":"))
                         for ax in (self.cov_ax, self.rank_ax, self.inc_ax)]
        self.cov_ax.set_title(t("camp.cov_title", lang), fontsize=10.5, loc="left")
        self.cov_ax.set_xlabel(t("camp.day_axis", lang))
        self.cov_ax.set_ylabel(t("camp.cov_axis", lang))
        self.cov_ax.set_ylim(75, 100.5)
        self.cov_ax.grid(alpha=0.3)
        handles = [self.lines[s]["coverage"] for s in self.STYLE] + [self.county] + [
            Line2D([], [], color=PALETTE["black"], linestyle="-.", label=t("camp.target", lang)),
            Line2D([], [], color=PALETTE["grey"], linestyle=":", label=t("camp.deadline", lang))]
        self.cov_ax.legend(handles=handles, loc="lower right", fontsize=8)
        self.rank_ax.set_title(t("camp.rank_title", lang), fontsize=10, loc="left")
        self.rank_ax.set_ylim(8.5, 0.5)
        self.rank_ax.set_yticks([1, 4, 8])
        self.rank_ax.grid(alpha=0.3)
        self.inc_ax.set_title(t("camp.inc_title", lang), fontsize=10, loc="left")
        self.inc_ax.set_xlabel(t("camp.day_axis", lang))
        # A fixed symmetric-log range shows 0.5 and 50 incidents alike, and never forces a full redraw.
        self.inc_ax.set_yscale("symlog", linthresh=1)
        self.inc_ax.set_ylim(0, 100)
        self.inc_ax.set_yticks([0, 1, 10, 100], ["0", "1", "10", "100"])
        self.inc_ax.grid(alpha=0.3)

    def update(self, results: Mapping[str, CampaignResult], chosen: str | None = None) -> CampaignPlot:
        """Move the artists to ``results`` (strategy → result, as from :func:`.campaign.compare_strategies`);
        the ``chosen`` strategy is drawn bold, the other faded."""
        any_result = next(iter(results.values()))
        p = any_result.params
        for strategy, r in results.items():
            d, lines = r.daily, self.lines[strategy]
            emphasis = chosen is None or strategy == chosen
            for key in ("coverage", "rank", "incidents"):
                lines[key].set_alpha(1.0 if emphasis else 0.4)
                lines[key].set_linewidth(2.6 if emphasis and chosen else 1.6)
            lines["coverage"].set_data(d["day"], 100 * d["evaluated_coverage"])
            lines["rank"].set_data(d["day"], d["rank"])
            lines["incidents"].set_data(d["day"], d["incidents"].cumsum())
            day = r.reached_target_day
            lines["hit"].set_data(([day], [100 * d["evaluated_coverage"].iloc[day]]) if day is not None else ([], []))
        county = results["screen_first"].daily
        self.county.set_data(county["day"], 100 * county["county_coverage"])
        self.target.set_ydata([100 * p.target] * 2)
        for line in self.deadline:
            line.set_xdata([p.deadline_days] * 2)
        for ax in (self.cov_ax, self.rank_ax, self.inc_ax):
            ax.set_xlim(0, p.horizon_days)
        return self


def campaign_chart(results: Mapping[str, CampaignResult], lang: str = "en") -> Chart:
    """A static chart of both strategies (from :func:`.campaign.compare_strategies`)."""
    return CampaignPlot(lang).update(results).static()

