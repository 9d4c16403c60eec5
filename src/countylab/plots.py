"""Figures: one function per figure, model result in, matplotlib Figure out.

Fonts are set up here, once, on import: Noto Sans CJK SC (Debian's fonts-noto-cjk, also installed in
Binder via binder/apt.txt) for Chinese labels, DejaVu Sans as the fallback, and an ASCII minus sign
because CJK fonts lack U+2212. Figures are :class:`Chart` objects (a ``matplotlib.figure.Figure`` that
shows itself) rather than pyplot figures, so nothing is drawn twice in a notebook and no global figure
registry grows while a lab is used.
"""
from __future__ import annotations

import glob
import io
import math
import textwrap
import warnings

import matplotlib
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.ticker import MaxNLocator
from PIL import Image
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Patch, Rectangle

from .attention import IMPORTANCE, RELATIONS, USES, reception_form, reception_rules
from .i18n import STRINGS, check_lang, t

CJK_FONT = "Noto Sans CJK SC"
CJK_FONT_FILES = "/usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc"

# Okabe & Ito's colour-blind-safe palette (Color Universal Design).
PALETTE = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
}


def setup_fonts() -> bool:
    """Make Chinese labels render; return True when the CJK font is available.

    Matplotlib's font cache hides fonts installed after it was built, so when the font is on disk but
    unknown to the cache it is registered directly. Without the font a warning says what to install.
    """
    known = {f.name for f in font_manager.fontManager.ttflist}
    if CJK_FONT not in known:
        for path in glob.glob(CJK_FONT_FILES):
            font_manager.fontManager.addfont(path)
        known = {f.name for f in font_manager.fontManager.ttflist}
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [CJK_FONT, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.fonttype"] = "none"
    if CJK_FONT not in known:
        warnings.warn(f"font {CJK_FONT!r} not found: Chinese labels will not render. "
                      "Install it with `apt-get install fonts-noto-cjk` (Debian/Ubuntu).", stacklevel=2)
        return False
    return True


setup_fonts()


class Chart(Figure):
    """A matplotlib Figure that shows itself as a PNG in a notebook, without pyplot or ``%matplotlib``."""

    def _repr_png_(self) -> bytes:
        buf = io.BytesIO()
        self.savefig(buf, format="png", dpi=self.dpi)
        return buf.getvalue()


def encode_png(canvas: FigureCanvasAgg) -> bytes:
    """The canvas's pixels as PNG bytes (fast zlib level: a lab re-encodes on every update)."""
    buf = io.BytesIO()
    # Figures are opaque: dropping the alpha channel makes a quarter less to filter and compress.
    Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba()).convert("RGB").save(
        buf, format="png", compress_level=1)
    return buf.getvalue()


class LivePlot:
    """A figure that is drawn once and then updated in place, fast enough for a slider.

    Subclasses build their artists in ``__init__`` and register the ones that change with :meth:`dynamic`;
    ``update(result)`` moves them. :meth:`render_png` redraws only the dynamic artists over a cached
    background (blitting), and redraws everything only when an axis range changed since the last frame.
    :meth:`static` gives an ordinary figure (every artist drawn by ``savefig``) for books and papers.
    """

    figure: Chart

    def _init_live(self, lang: str, figsize: tuple[float, float], dpi: int = 90) -> None:
        """Set the language and make the one figure this plot keeps."""
        self.lang = check_lang(lang)
        self.figure = Chart(figsize=figsize, dpi=dpi)
        self.canvas = FigureCanvasAgg(self.figure)
        self._dynamic: list = []
        self._background = None
        self._limits: tuple | None = None

    def dynamic(self, *artists):
        """Mark artists as changing on every update; returns the first, for convenience."""
        for artist in artists:
            artist.set_animated(True)
            self._dynamic.append(artist)
        return artists[0]

    def _current_limits(self) -> tuple:
        return tuple((ax.get_xlim(), ax.get_ylim()) for ax in self.figure.axes)

    def render_png(self) -> bytes:
        """PNG bytes of the current state."""
        limits = self._current_limits()
        if self._background is None or limits != self._limits:
            self.canvas.draw()  # everything but the dynamic artists
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
            self._limits = limits
        else:
            self.canvas.restore_region(self._background)
        for artist in self._dynamic:
            self.figure.draw_artist(artist)
        return encode_png(self.canvas)

    def static(self) -> Chart:
        """The figure with every artist drawn normally (for a static chart, not a lab)."""
        for artist in self._dynamic:
            artist.set_animated(False)
        self._dynamic.clear()
        return self.figure


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


def percent(share: float, digits: int = 1) -> str:
    """A share as a percentage string without a trailing ".0": 0.9 → "90", 0.9375 → "93.8"."""
    text = f"{100 * share:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class TargetArithmeticPlot(LivePlot):
    """Where H town's target must come from (left) and how screening gets there day by day (right).

    The figure and its artists are made once; :meth:`update` moves them to a new
    :class:`countylab.campaign.TargetArithmetic` result, so a lab redraws without building a new figure.
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

    def update(self, r) -> "TargetArithmeticPlot":
        """Move every artist to the result ``r`` (a TargetArithmetic)."""
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


def target_arithmetic_chart(result, lang: str = "en") -> Chart:
    """A static chart of one TargetArithmetic result (the lab draws the same figure, kept and updated)."""
    return TargetArithmeticPlot(lang).update(result).static()


def _rect(ax, colour, **kw):
    return ax.add_patch(Rectangle((0, 0), 0, 0, facecolor=colour, **kw))


class CascadePlot(LivePlot):
    """The target staircase: per level, what it received and committed, what it passed down; the capacity
    line; and at the bottom, the real rate against the reported one with the paper gap shaded."""

    MAX_LEVELS = 6

    def __init__(self, lang: str = "en"):
        self._init_live(lang, (8.6, 3.9))
        ax = self.ax = self.figure.add_subplot()
        self.figure.subplots_adjust(left=0.08, right=0.72, top=0.9, bottom=0.14)
        self.committed = [self.dynamic(_rect(ax, PALETTE["blue"], alpha=0.85)) for _ in range(self.MAX_LEVELS)]
        self.discounted = [self.dynamic(_rect(ax, PALETTE["sky"], alpha=0.35, hatch="..", edgecolor=PALETTE["sky"],
                                              linewidth=0)) for _ in range(self.MAX_LEVELS)]
        self.passed = [self.dynamic(*ax.plot([], [], color=PALETTE["orange"], linestyle="--", marker=">",
                                             markevery=[1], linewidth=1.8)) for _ in range(self.MAX_LEVELS)]
        self.values = [self.dynamic(ax.text(0, 0, "", ha="center", va="bottom", fontsize=8.5))
                       for _ in range(self.MAX_LEVELS)]
        self.capacity = self.dynamic(ax.axhline(0.9, color=PALETTE["green"], linestyle=":", linewidth=2))
        self.gap = self.dynamic(_rect(ax, PALETTE["vermillion"], alpha=0.35, hatch="//",
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

    def update(self, r) -> "CascadePlot":
        """Move every artist to the CascadeResult ``r``."""
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
        self.ax.set_xticks(range(n), [t(f"level.name.{name}", self.lang) if f"level.name.{name}" in STRINGS
                                      else name for name in r.levels])
        values = list(table["committed"]) + [r.real, r.capacity]
        self.ax.set_ylim(min(0.5, 0.1 * math.floor(10 * min(values) - 0.5)), 1.06)
        return self


def cascade_chart(result, lang: str = "en") -> Chart:
    """A static target staircase for one CascadeResult."""
    return CascadePlot(lang).update(result).static()


class FormalismPlot(LivePlot):
    """Real and reported completion as the number of 100% tasks grows, for a fixed team's hours."""

    MAX_TASKS = 20

    def __init__(self, lang: str = "en"):
        self._init_live(lang, (7.6, 3.6))
        ax = self.ax = self.figure.add_subplot()
        self.figure.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.15)
        ax.axhline(100, color=PALETTE["vermillion"], linestyle="--", linewidth=2, label=t("fm.reported", lang))
        self.curve = self.dynamic(*ax.plot([], [], color=PALETTE["blue"], linewidth=2.5, marker="o",
                                           markersize=4, label=t("fm.real", lang)))
        self.fill = None
        self.marker = self.dynamic(*ax.plot([], [], "o", color=PALETTE["orange"], markersize=11,
                                            markeredgecolor="black", label=t("fm.now", lang)))
        self.gap = self.dynamic(_rect(ax, PALETTE["vermillion"], alpha=0.3, hatch="//",
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

    def update(self, r) -> "FormalismPlot":
        """Move the artists to the FormalismResult ``r`` (the curve comes from the same model)."""
        from .cascade import formalism
        curve = [formalism(n, r.staff_hours, r.hours_per_task).real_share for n in range(1, self.MAX_TASKS + 1)]
        xs = list(range(1, len(curve) + 1))
        self.curve.set_data(xs, [100 * c for c in curve])
        n = min(r.n_tasks, self.MAX_TASKS)
        self.marker.set_data([n], [100 * r.real_share])
        self.gap.set_bounds(n - 0.15, 100 * r.real_share, 0.3, 100 * r.paper_gap)
        self.note.set_position((min(n + 0.4, self.MAX_TASKS - 5), 100 * r.real_share + 50 * r.paper_gap))
        self.note.set_text(t("fm.gap_label", self.lang, points=percent(r.paper_gap)) if r.paper_gap > 0 else "")
        return self


def formalism_chart(result, lang: str = "en") -> Chart:
    """A static formalism curve for one FormalismResult."""
    return FormalismPlot(lang).update(result).static()


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

    def update(self, results: dict, chosen: str | None = None) -> "CampaignPlot":
        """Move the artists to ``results`` (strategy → CampaignResult, as from compare_strategies); the
        ``chosen`` strategy is drawn bold, the other faded."""
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


def campaign_chart(results: dict, lang: str = "en") -> Chart:
    """A static chart of both strategies (from countylab.campaign.compare_strategies)."""
    return CampaignPlot(lang).update(results).static()


# --- Case 2: "When the leader shows up" ------------------------------------------------------------------

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
        ax = self.grid_ax = self.figure.add_subplot(grid[0])
        for (relation, importance), rule in reception_rules().items():
            x, y = RELATIONS.index(relation), IMPORTANCE.index(importance)
            ax.add_patch(Rectangle((x - 0.48, y - 0.46), 0.96, 0.92, facecolor=EXTENT_COLOURS[rule.extent],
                                   edgecolor="white", linewidth=1.5,
                                   linestyle="-" if rule.status == "sourced" else "--"))
            text = t("rp.cell", lang, who=t(f"who.{rule.who}", lang), signal=t(f"signal.{rule.signal}", lang))
            ax.text(x, y, text + ("" if rule.status == "sourced" else " *"), ha="center", va="center",
                    fontsize=7.8, color="white" if rule.extent == "whole_visit" else "black")
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
        day = self.day_ax = self.figure.add_subplot(grid[1])
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

    def update(self, result) -> "ProtocolPlot":
        """Outline ``result["form"]`` (a Reception) and draw a visit of ``result["duration"]`` hours."""
        form, duration, hours = result["form"], result["duration"], result["hours"]
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
    return ProtocolPlot(lang).update({"form": form, "duration": duration_hours,
                                      "hours": form.leader_hours(duration_hours)}).static()


class WeekPlot(LivePlot):
    """A week of the secretary's hours by use, for the reader's plan and the solver's (left), and the
    progress and goodwill each buys (right)."""

    def __init__(self, lang: str = "en", total_value: float = 40, max_goodwill: float = 10, max_hours: float = 70):
        self._init_live(lang, (9.6, 3.9))
        grid = self.figure.add_gridspec(1, 3, width_ratios=[2.3, 0.62, 0.62], wspace=0.5, left=0.11, right=0.97,
                                        top=0.86, bottom=0.3)
        ax = self.hours_ax = self.figure.add_subplot(grid[0])
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

    def update(self, result) -> "WeekPlot":
        """Draw ``result["yours"]`` and ``result["best"]`` (two Allocations of the same week)."""
        for row, allocation in ((1, result["yours"]), (0, result["best"])):
            left = 0.0
            for use in USES:
                width = allocation.hours[use]
                self.bars[row][use].set_x(left)
                self.bars[row][use].set_width(width)
                left += width
        self.budget.set_xdata([result["yours"].budget_hours] * 2)
        for key in ("progress", "goodwill"):
            for i, allocation in enumerate((result["yours"], result["best"])):
                value = getattr(allocation, key)
                self.points[key]["bars"][i].set_height(value)
                self.points[key]["texts"][i].set_position((i, value))
                self.points[key]["texts"][i].set_text(f"{value:g}")
        return self


def week_chart(yours, best, lang: str = "en") -> Chart:
    """A static week chart for two Allocations of the same week (the reader's and the solver's)."""
    goodwill = max(yours.goodwill, best.goodwill, 1)
    return WeekPlot(lang, yours.total_value, goodwill, max(70, yours.budget_hours)).update(
        {"yours": yours, "best": best}).static()


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

    def update(self, result) -> "FrontierPlot":
        """Draw ``result["baseline"]`` and ``result["current"]`` (MonthOutcomes from no cap down to cap 0) and
        mark ``result["chosen"]``."""
        base, current, chosen = result["baseline"], result["current"], result["chosen"]
        self.base.set_data([m.goodwill for m in base], [m.progress for m in base])
        self.curve.set_data([m.goodwill for m in current], [m.progress for m in current])
        self.now.set_data([chosen.goodwill], [chosen.progress])
        for label, m in zip(self.labels, current):
            cap = m.policy.reception_cap
            label.set_text(t("fl.no_cap", self.lang) if cap is None else t("fl.cap", self.lang, cap=cap))
            label.set_position((m.goodwill + 0.3, m.progress + 0.6))
        return self


def frontier_chart(result, lang: str = "en") -> Chart:
    """A static frontier for ``{"baseline": …, "current": …, "chosen": …}`` (MonthOutcomes)."""
    goodwill = max(m.goodwill for m in result["baseline"])
    total = result["baseline"][0].total_value
    lowest = min(m.progress for m in (*result["baseline"], *result["current"]))
    return FrontierPlot(lang, goodwill, total, len(result["current"]), lowest).update(result).static()
