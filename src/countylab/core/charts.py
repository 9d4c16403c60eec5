"""Charts: the fonts, the palette, a Figure that shows itself, and the live plot every lab keeps.

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
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PIL import Image

from .i18n import check_lang

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
    """The canvas's pixels as PNG bytes, small and fast to make: a chart has few colours, so it is quantised to a
    256-colour palette (fast octree) and compressed at zlib's fastest level. Less than half the bytes of an RGB
    PNG and faster to encode; a lab re-encodes on every update and sends the result to the browser."""
    buf = io.BytesIO()
    rgb = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba()).convert("RGB")
    rgb.quantize(256, method=Image.Quantize.FASTOCTREE).save(buf, format="png", compress_level=1)
    return buf.getvalue()


class LivePlot:
    """A figure that is drawn once and then updated in place, fast enough for a slider.

    Subclasses build their artists in ``__init__`` and register the ones that change with :meth:`dynamic`, and
    the ones that belong to the answer but never change (a rule table a lab reveals) with :meth:`revealed`;
    ``update(result)`` moves the dynamic ones. :meth:`render_png` redraws only the dynamic artists over a cached
    background (blitting): one background with the revealed artists, one without (a lab waiting for a
    prediction), each drawn in full only when first needed or when an axis range changed.
    :meth:`static` gives an ordinary figure (every artist drawn by ``savefig``) for books and papers.
    """

    figure: Chart
    #: Backgrounds kept, one per set of axis ranges (a slider that moves a range back reuses its background).
    BACKGROUNDS = 8

    def _init_live(self, lang: str, figsize: tuple[float, float], dpi: int = 90) -> None:
        """Set the language and make the one figure this plot keeps."""
        self.lang = check_lang(lang)
        self.figure = Chart(figsize=figsize, dpi=dpi)
        self.canvas = FigureCanvasAgg(self.figure)
        self._dynamic: list = []
        self._revealed: list = []
        self._backgrounds: dict[tuple, object] = {}   # (results shown?, axis limits) -> pixels, most recent last

    def dynamic(self, *artists):
        """Mark artists as changing on every update; returns the first, for convenience."""
        for artist in artists:
            artist.set_animated(True)
            self._dynamic.append(artist)
        return artists[0]

    def revealed(self, *artists):
        """Mark artists as part of the answer that never changes: hidden while a lab waits for a prediction,
        then kept in the cached background instead of being redrawn on every update; returns the first."""
        self._revealed.extend(artists)
        return artists[0]

    def _current_limits(self) -> tuple:
        return tuple((ax.get_xlim(), ax.get_ylim()) for ax in self.figure.axes)

    def render_png(self, results: bool = True) -> bytes:
        """PNG bytes of the current state; with ``results=False`` the axes only, without the result drawn on
        them (a lab waiting for the reader's prediction)."""
        key = (results, self._current_limits())
        cached = self._backgrounds.pop(key, None)
        if cached is None:
            for artist in self._revealed:
                artist.set_visible(results)
            self.canvas.draw()  # everything but the dynamic artists
            cached = self.canvas.copy_from_bbox(self.figure.bbox)
            while len(self._backgrounds) >= self.BACKGROUNDS:
                self._backgrounds.pop(next(iter(self._backgrounds)))  # the least recently used
        else:
            self.canvas.restore_region(cached)
        self._backgrounds[key] = cached
        if results:
            for artist in self._dynamic:
                self.figure.draw_artist(artist)
        return encode_png(self.canvas)

    def static(self) -> Chart:
        """The figure with every artist drawn normally (for a static chart, not a lab)."""
        for artist in self._dynamic:
            artist.set_animated(False)
        for artist in self._revealed:
            artist.set_visible(True)
        self._dynamic.clear()
        return self.figure


def blank_rect(ax, colour: str, **style) -> Rectangle:
    """An empty rectangle on ``ax`` in ``colour``, for a live plot to size on every update."""
    return ax.add_patch(Rectangle((0, 0), 0, 0, facecolor=colour, **style))
