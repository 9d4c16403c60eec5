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
import warnings

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from .i18n import check_lang, t

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
