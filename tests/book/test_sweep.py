"""The browser sweep (tools/sweep.py) over both editions of the built web book, at a desktop and a phone
width: no JavaScript error, no request that leaves localhost or fails, no empty widget area, no image without
a real alt text, no serious or critical axe-core violation, in the light and the dark theme (figures framed on
dark pages). And, on fixture pages, proof that it fails."""
import json
from pathlib import Path

import pytest

from tools import ROOT, book, sweep

FIXTURES = ROOT / "tests" / "fixtures" / "sweep"


@pytest.fixture(scope="module")
def chromium(browser):
    """The session's Chromium (conftest.py): Playwright's sync API allows one driver per process."""
    return browser


def run(chromium, folder: Path, name: str, **kw) -> sweep.Report:
    with sweep.serve(folder) as url:
        report = sweep.sweep(chromium, folder, url, shots=name, **kw)
    out = ROOT / "artifacts" / "sweep" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"summary": report.summary(), "pages": report.pages, "visits": report.visits,
                               "requests": report.requests, "problems": report.problems,
                               "violations": dict(report.violations), "rules": dict(report.rules),
                               "problems_by_scheme": dict(report.by_scheme)}, indent=1))
    return report


@pytest.mark.slow
def test_the_student_edition_passes_the_sweep(chromium, built_html):
    report = run(chromium, built_html, "student")
    views = sum(len(sweep.SCHEME_WIDTHS[scheme]) for scheme in sweep.SCHEMES)
    assert report.pages >= 14 and report.visits == views * report.pages
    assert set(report.by_scheme) == {"light", "dark"}
    assert not report.problems, "\n".join(report.problems)


def own_pages(edition: str, student: str) -> list[str]:
    """The pages an instructor edition adds to its student edition (whose own sweep visits the others, built
    from the same sources), and its first page, where the two tables of contents differ most."""
    folder = book.build_dir(edition) / "html"
    if not (folder / "index.html").is_file():
        assert book.build(ROOT, edition=edition).returncode == 0, f"the {edition} edition does not build"
    shared = set(sweep.pages_of(book.build_dir(student) / "html"))
    return ["intro.html", *(p for p in sweep.pages_of(folder) if p not in shared)]


@pytest.mark.slow
@pytest.mark.parametrize("edition, student", [("instructor", "student"), ("zh-instructor", "zh")])
def test_the_instructor_editions_pass_the_sweep(chromium, edition, student):
    pages = own_pages(edition, student)
    assert len(pages) >= 10 and all(p.startswith("instructor/") for p in pages[1:])
    folder = book.build_dir(edition) / "html"
    with sweep.serve(folder) as url:
        report = sweep.sweep(chromium, folder, url, pages=pages, shots=edition)
    assert report.pages == len(pages)
    assert not report.problems, "\n".join(report.problems)


@pytest.mark.slow
def test_the_chinese_student_edition_passes_the_sweep(chromium):
    folder = book.build_dir("zh") / "html"
    if not (folder / "index.html").is_file():
        assert book.build(ROOT, edition="zh").returncode == 0, "run `make book-zh` to see why"
    report = run(chromium, folder, "zh")
    views = sum(len(sweep.SCHEME_WIDTHS[scheme]) for scheme in sweep.SCHEMES)
    assert report.pages >= 14 and report.visits == views * report.pages
    assert not report.problems, "\n".join(report.problems)


def test_no_axe_rule_is_disabled_without_a_reason():
    assert all(len(reason) > 20 for reason in sweep.DISABLED_RULES.values())


@pytest.mark.slow
def test_the_sweep_fails_on_a_script_error_and_on_a_bad_alt_text(chromium):
    report = run(chromium, FIXTURES, "fixtures", widths={"desktop": 1280}, schemes=("light",))
    by_page = {page: [p for p in report.problems if p.startswith(page)] for page in sweep.pages_of(FIXTURES)}
    assert by_page["good.html"] == []
    assert any("JavaScript error" in p and "notDefinedAnywhere" in p for p in by_page["js_error.html"])
    assert any("repeats the file name" in p for p in by_page["bad_alt.html"])


@pytest.mark.parametrize("image, verdict", [
    ({"src": "_images/fig.png", "alt": None}, "no alt text"),
    ({"src": "_images/fig.png", "alt": " "}, "no alt text"),
    ({"src": "_images/fig.png", "alt": "fig.png"}, "repeats the file name"),
    ({"src": "_images/fig.png", "alt": "fig"}, "repeats the file name"),
    ({"src": "_images/fig.png", "alt": "Image"}, "repeats the file name"),
    ({"src": "_images/fig.png", "alt": "A staircase chart of the target"}, None),
    ({"src": "data:image/png;base64,AAAA", "alt": "Two charts. To reach 90% ..."}, None),
])
def test_alt_text_rules(image, verdict):
    got = sweep.bad_alt(image)
    assert (got is None) if verdict is None else (verdict in got)


@pytest.mark.slow
def test_the_sweep_fails_on_a_figure_without_a_frame_on_a_dark_page(chromium):
    report = run(chromium, FIXTURES, "fixtures-dark", pages=["dark_unframed.html"], widths={"desktop": 1280},
                 schemes=("dark",))
    assert any("has no light frame on the dark page" in p for p in report.problems), report.problems
