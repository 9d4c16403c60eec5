"""The built web book: links resolve, nothing is fetched from outside, no glyph warnings hide in pages."""
from pathlib import Path

import pytest

from tools.check_site import check_site

GOOD = '<html><body><h1 id="top">Page</h1><a href="#top">up</a><a href="other.html#x">other</a></body></html>'


def test_built_book_passes_the_site_checks(built_html):
    assert check_site(built_html) == []


def test_widget_javascript_is_served_by_the_book(built_html):
    static = built_html / "_static" / "widgets"
    assert (static / "require.js").stat().st_size > 50_000
    assert (static / "@jupyter-widgets" / "html-manager" / "dist" / "embed-amd.js").stat().st_size > 1_000_000


def site(tmp_path: Path, index: str, css: str = "") -> Path:
    (tmp_path / "index.html").write_text(index)
    (tmp_path / "other.html").write_text('<html><body><p id="x">x</p></body></html>')
    if css:
        (tmp_path / "style.css").write_text(css)
    return tmp_path


def test_clean_fixture_site_passes(tmp_path):
    assert check_site(site(tmp_path, GOOD)) == []


@pytest.mark.parametrize("html, css, expected", [
    (GOOD.replace("</body>", '<script src="https://cdn.jsdelivr.net/npm/x.js"></script></body>'), "",
     "loads 'https://cdn.jsdelivr.net/npm/x.js' from outside"),
    (GOOD.replace("</body>", '<link rel="stylesheet" href="//fonts.example.org/a.css"></body>'), "",
     "from outside"),
    (GOOD, "@import 'https://fonts.example.org/css';", "style.css: loads"),
    (GOOD.replace("other.html#x", "missing.html"), "", "points to a missing file"),
    (GOOD.replace("other.html#x", "other.html#nowhere"), "", "missing anchor #nowhere"),
    (GOOD.replace("</body>", '<script type="application/vnd.jupyter.widget-state+json">{"text": '
                  '"UserWarning: Glyph 21439 (\\\\N{CJK}) missing from font(s) DejaVu Sans."}</script></body>'),
     "", "glyph warning"),
])
def test_each_site_check_can_fail(tmp_path, html, css, expected):
    problems = check_site(site(tmp_path, html, css))
    assert any(expected in p for p in problems), problems


def test_links_outside_are_not_loads(tmp_path):
    html = GOOD.replace("</body>", '<a href="https://mybinder.org/v2/gh/x/y/main">Binder</a></body>')
    assert check_site(site(tmp_path, html)) == []
