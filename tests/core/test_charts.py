import io
import warnings

import pytest
from matplotlib.figure import Figure

from countylab import governance_chain
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
