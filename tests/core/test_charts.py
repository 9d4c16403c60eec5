import io
import warnings

import numpy as np
import pytest
from matplotlib.figure import Figure
from PIL import Image

from countylab import LABS, governance_chain
from countylab.core import charts


def render(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def test_cjk_font_is_configured():
    assert charts.setup_fonts() is True
    import matplotlib
    assert matplotlib.rcParams["font.sans-serif"][0] == charts.CJK_FONT


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_governance_chain_draws_without_missing_glyphs(lang):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" is a UserWarning
        png = render(governance_chain(lang))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_chinese_chain_has_chinese_labels():
    texts = [t.get_text() for t in governance_chain("zh").axes[0].texts]
    assert "M县" in texts and "H镇" in texts


def test_missing_glyph_check_can_fail():
    """A character no configured font has (Ethiopic) must raise the warning the checks rely on."""
    fig = Figure()
    fig.text(0.5, 0.5, "ሀ")
    with pytest.warns(UserWarning, match="missing from font"):
        render(fig)


def test_bad_language_is_rejected():
    with pytest.raises(ValueError, match="lang"):
        governance_chain("de")


# --- LivePlot: what the cached-background path draws ----------------------------------------------------

def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def same_picture(a: bytes, b: bytes) -> bool:
    return pixels(a).shape == pixels(b).shape and bool((pixels(a) == pixels(b)).all())


def moved_then_fresh(lab_class, changes: dict) -> tuple[bytes, bytes]:
    """The PNG of a lab moved to ``changes`` (redrawn over its cached background) and of a lab started there."""
    moved = lab_class()
    moved.set(**changes)
    return moved.png, lab_class(**changes).png


def changes_for(lab_class) -> dict:
    """A change of every control to a value other than its default (the middle of its grid, else its end)."""
    out = {}
    for spec in lab_class.specs():
        grid = spec.grid()
        middle = grid[len(grid) // 2]
        out[spec.name] = middle if middle != spec.default else grid[-1]
    return out


@pytest.mark.parametrize("name", sorted(LABS))
def test_a_moved_lab_draws_what_a_fresh_lab_draws(name):
    """LivePlot redraws only its dynamic artists over a cached background; the picture must be the one a full
    draw of the same state gives, and differ from the starting picture."""
    moved, fresh = moved_then_fresh(LABS[name], changes_for(LABS[name]))
    assert same_picture(moved, fresh)
    assert not same_picture(moved, LABS[name]().png)


class StaleTitlePlot(charts.LivePlot):
    """A faulty live plot: its title changes on update but is not marked dynamic, so blitting keeps the old one."""

    def __init__(self):
        self._init_live("en", (3, 2))
        self.ax = self.figure.add_subplot()
        self.ax.set_xlim(0, 1)
        self.ax.set_ylim(0, 1)
        self.line = self.dynamic(*self.ax.plot([], [], linewidth=3))

    def update(self, y: float) -> "StaleTitlePlot":
        self.ax.set_title(f"level {y:.1f}")
        self.line.set_data([0, 1], [y, y])
        return self


def test_the_moved_versus_fresh_comparison_catches_a_stale_artist():
    moved = StaleTitlePlot().update(0.2)
    moved.render_png()
    stale = moved.update(0.8).render_png()
    fresh = StaleTitlePlot().update(0.8).render_png()
    assert not same_picture(stale, fresh)


@pytest.mark.parametrize("name", sorted(LABS))
def test_a_lab_walked_across_its_ranges_and_back_draws_what_a_fresh_lab_draws(name):
    """Backgrounds are cached per set of axis ranges (a slider that moves a range back reuses one): after every
    step of a walk that takes each control to both ends of its grid, the picture is a full draw's."""
    lab_class = LABS[name]
    moved, state = lab_class(), {}
    for spec in lab_class.specs():
        grid = spec.grid()
        for value in (grid[-1], grid[0]):
            try:
                moved.set(**{spec.name: value})
            except ValueError:  # a combination the model refuses (the lab is unchanged): skip it
                continue
            state[spec.name] = value
            assert same_picture(moved.png, lab_class(**state).png), f"{spec.name}={value!r} after {state}"
