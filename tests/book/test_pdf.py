"""The student edition as a PDF (xelatex): checked for glyphs, CJK fonts, titles, glossary, leaks, figures."""
import subprocess
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from tools import ROOT, book, check_pdf

PDF = ROOT / "_build" / "latex" / book.PDF_NAME


@pytest.fixture(scope="module")
def built_pdf() -> Path:
    if not PDF.is_file():
        assert book.build(ROOT, "pdflatex").returncode == 0, "the PDF does not build; run `make pdf`"
    return PDF


def test_built_pdf_passes_every_check(built_pdf):
    assert check_pdf.check_pdf(built_pdf) == []


def test_pdf_shows_the_figures_as_images(built_pdf):
    listing = subprocess.run(["pdfimages", "-list", str(built_pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert len(listing) >= 2, "expected the chain figure and the lab's static PNG"


def test_pdf_keeps_english_ui_strings(built_pdf):
    text = check_pdf.pdf_text(built_pdf)
    assert "CONTENTS" in text and "Chapter 1" in text
    assert "目录" not in text


def test_glossary_terms_are_found_in_the_sources():
    terms = check_pdf.glossary_terms()
    assert {"顶格管理", "打折扣", "层层加码", "跨级督查"} <= set(terms)


def test_each_pdf_check_can_fail(tmp_path):
    fig = Figure()
    fig.text(0.1, 0.5, '<div class="x"> model_id VBox(children=...)', family="DejaVu Sans")
    bad = tmp_path / "bad.pdf"
    fig.savefig(bad)
    bad.with_suffix(".log").write_text("Missing character: There is no 顶 in font DejaVu Serif!\n")
    problems = "\n".join(check_pdf.check_pdf(bad))
    for expected in ["missing character", "no CJK font", "chapter title", "glossary term '顶格管理'",
                     "leaked markup '<div'", "leaked markup 'model_id'"]:
        assert expected in problems, problems
    assert check_pdf.check_pdf(tmp_path / "absent.pdf")[0].endswith("no PDF (build it with `make pdf`)")


def test_no_reveal_is_printed_under_its_predict_box(built_pdf):
    text = check_pdf.pdf_text(built_pdf)
    assert "Reveals" in text and "Reveal:" in text
    assert check_pdf.reveals_before_their_section(text) == []


def test_no_reveal_is_printed_under_its_predict_box_in_the_chinese_pdf():
    from tools import book
    pdf = book.pdf_path("zh")
    if not pdf.is_file():
        pytest.skip("build the Chinese PDF first (make pdf-zh); make test does")
    text = check_pdf.pdf_text(pdf)
    assert "答案揭晓" in text and "揭晓：" in text and "预测" in text
    assert check_pdf.reveals_before_their_section(text) == []


def test_the_reveal_order_check_can_fail():
    printed = "Predict\nHow many?\nReveal: the answer\n42\nReveals\nReveal: fine\n预测\n多少？\n揭晓：答案\n"
    assert check_pdf.reveals_before_their_section(printed) == [
        "'Reveal: the answer' is printed under its Predict box, before the chapter's Reveals section",
        "'揭晓：答案' is printed under its Predict box, before the chapter's Reveals section"]
