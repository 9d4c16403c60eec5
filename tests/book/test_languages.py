"""The Chinese edition (中文版): every page of the English has a Chinese twin of the same structure
(tools/twins.py), every page of both web books links to its twin, the Chinese pages are Chinese (prose, labs,
figures), Chinese search finds Chinese words, and no instructor sentence reaches the Chinese student edition."""
from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

from tools import ROOT, book, twins
from tools.check_pdf import check_pdf, pdf_text
from tools.check_site import check_language_switch, check_site
from tools.editions import flat, instructor_sentences

HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def site(edition: str) -> Path:
    """A built web book (the Chinese ones are built by make book-zh / instructor-zh, which make test runs)."""
    out = book.build_dir(edition) / "html"
    if not (out / "index.html").is_file():
        assert book.build(ROOT, edition=edition).returncode == 0, f"the {edition} edition does not build"
        book.link_twin(edition)
    return out


def pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.html") if not {"_static", "_sources"} & set(p.relative_to(folder).parts)
                  and p.relative_to(folder).as_posix() not in ("genindex.html", "search.html", "index.html"))


def main_text(page: Path) -> str:
    """The visible text of a page's article (no scripts, styles or stored widget state)."""
    text = page.read_text(encoding="utf-8")
    article = re.search(r"<article.*?</article>", text, re.S)
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", article.group(0) if article else text, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


# --- one structure, two languages ---------------------------------------------------------------------------

def test_every_english_page_has_a_chinese_twin_of_the_same_structure():
    assert twins.differences() == []


def _write_notebook(path: Path, markdown: str, code: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    cells = [{"cell_type": "code", "metadata": {"tags": ["remove-input"]}, "source": code, "outputs": [],
              "execution_count": None},
             {"cell_type": "markdown", "metadata": {}, "source": markdown}]
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))


def test_a_chinese_page_left_behind_is_caught(tmp_path):
    toc = "format: jb-book\nroot: intro\nparts:\n  - caption: x\n    chapters:\n      - file: cases/a\n"
    for name in ("_toc.yml", "_toc_instructor.yml", "zh/_toc.yml", "zh/_toc_instructor.yml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(toc)
    (tmp_path / "intro.md").write_text("# Intro\n")
    (tmp_path / "zh" / "intro.md").write_text("# 导言\n")
    _write_notebook(tmp_path / "cases" / "a.ipynb",
                    "# A\n\n## Play\n\nIt reaches {eval}`n.days_needed` days {cite}`yang2022xianxiang`. "
                    "**[Our reading]** a model result.\n\n```{dropdown} Reveal\n:class: reveal\nx\n```\n",
                    'n = numbers("h_town")\nTargetLab(predict_first=True)')
    # The English grew a section, a number, a citation and a lab the Chinese does not have.
    _write_notebook(tmp_path / "zh" / "cases" / "a.ipynb",
                    "# 甲\n\n一共需要{eval}`n.days_margin`天。\n",
                    'n = numbers("h_town", "zh")')
    quiz = {"title": "t", "questions": [{"question": "q", "options": [
        {"text": "a", "correct": True, "feedback": "f"}, {"text": "b", "correct": False, "feedback": "[[h_town.x]]"}]}]}
    (tmp_path / "exercises" / "quizzes").mkdir(parents=True)
    (tmp_path / "exercises" / "quizzes" / "case1.json").write_text(json.dumps(quiz))
    quiz["questions"][0]["options"][0]["correct"], quiz["questions"][0]["options"][1]["correct"] = False, True
    (tmp_path / "exercises" / "quizzes" / "case1.zh.json").write_text(json.dumps(quiz))
    found = twins.differences(tmp_path)
    aspects = {line.split(": ")[1].removesuffix(" differ") for line in found}
    assert aspects == {"headings", "directives", "inserted numbers", "citations", "our-reading markers",
                       "code calls", "questions"}, found
    assert all(line.startswith(("cases/a:", "exercises/quizzes/case1.json:")) for line in found)
    (tmp_path / "zh" / "cases" / "a.ipynb").unlink()
    assert "cases/a.ipynb: no Chinese twin zh/cases/a.ipynb" in twins.differences(tmp_path)


# --- the language switch ------------------------------------------------------------------------------------

@pytest.mark.parametrize("english, chinese", [("student", "zh"), ("instructor", "zh-instructor")])
def test_every_page_links_to_its_twin_in_the_other_language(english, chinese):
    site(chinese)
    root = site(english)
    assert (root / "zh").resolve() == site(chinese).resolve(), "the Chinese book is the English site's zh/ folder"
    assert check_language_switch(root) == []
    switches = [p for p in pages(root) if 'class="county-lang-switch"' in p.read_text(encoding="utf-8")]
    assert len(switches) == len(pages(root)), "every page shows the switch"


def test_a_switch_that_leads_nowhere_is_caught(tmp_path):
    def page(path: str, href: str | None) -> None:
        link = f'<a class="county-lang-switch" href="{href}">x</a>' if href else ""
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(f"<html><body>{link}</body></html>")
    page("cases/a.html", "../zh/cases/a.html")
    page("zh/cases/a.html", "../../cases/a.html")
    page("cases/b.html", "../zh/cases/b.html")        # its twin is missing
    page("cases/c.html", None)                         # no switch
    page("cases/d.html", "../zh/cases/a.html")         # the wrong twin
    assert check_language_switch(tmp_path) == [
        "cases/b.html: language switch '../zh/cases/b.html' leads to a missing page zh/cases/b.html",
        "cases/c.html: no language switch",
        "cases/d.html: language switch '../zh/cases/a.html' leads to zh/cases/a.html, not its twin zh/cases/d.html"]


# --- Chinese everywhere ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("edition", ["zh", "zh-instructor"])
def test_the_chinese_web_book_passes_the_site_checks(edition):
    assert check_site(site(edition)) == []


@pytest.mark.parametrize("edition", ["zh", "zh-instructor"])
def test_every_chinese_page_is_written_in_chinese(edition):
    for page in pages(site(edition)):
        text = main_text(page)
        han, latin = len(HAN.findall(text)), len(LATIN.findall(text))
        if page.name == "references.html":  # the entries are the works' own (English or pinyin) titles
            assert han > 100, f"{page.name}: its introduction is not in Chinese"
            continue
        assert han > 200 and han > latin, f"{page.name}: {han} Chinese characters, {latin} Latin letters"


def test_the_chinese_labs_and_figures_speak_chinese():
    from countylab.core.i18n import t
    from countylab.core.lab import LABS
    text = " ".join(p.read_text(encoding="utf-8") for p in pages(site("zh")))
    for lab in LABS.values():
        zh, en = t(lab.title_key, "zh"), t(lab.title_key, "en")
        escaped = json.dumps(zh)[1:-1]  # as the stored widget state writes it
        assert zh in text or escaped in text, f"{lab.name}: no Chinese title in the Chinese book"
        assert en not in text, f"{lab.name}: its English title {en!r} is in the Chinese book"
    alts = [a for a in re.findall(r'<img[^>]*\balt="([^"]*)"', text) if not a.endswith(" logo")]  # the theme's
    assert alts and all(HAN.search(alt) for alt in alts), [a for a in alts if not HAN.search(a)][:3]


def test_chinese_search_finds_a_chinese_term_and_lands_on_its_chapter(browser):
    from tools.browser import serve
    with serve(site("zh")) as url:
        page = browser.new_page()
        page.goto(f"{url}/search.html?q=顶格管理")
        page.wait_for_selector("#search-results ul.search li a", timeout=30_000)
        results = page.eval_on_selector_all("#search-results ul.search li a:first-of-type",
                                            "links => links.map(a => a.getAttribute('href'))")
        # The term's chapters: case 1's glossary defines it (h_town_a), why_90 is its argument.
        chapters = ("cases/h_town_a.html", "cases/why_90.html")
        assert results and results[0].split("?")[0] in chapters and {r.split("?")[0] for r in results} >= set(chapters)
        page.click("#search-results ul.search li a")
        page.wait_for_load_state()
        assert page.url.split("?")[0].endswith(results[0].split("?")[0])
        assert "顶格管理" in page.inner_text("article")
        page.close()


def test_chinese_search_is_segmented_into_words():
    index = (site("zh") / "searchindex.js").read_text(encoding="utf-8")
    terms = json.loads(index[index.index("(") + 1:index.rindex(")")])["terms"]
    assert {"顶格", "管理", "层层加码", "顶格管理"} <= set(terms), "jieba did not segment the text into words"


# --- the Chinese PDFs and the Chinese student edition ---------------------------------------------------------

@pytest.mark.parametrize("edition", ["zh", "zh-instructor"])
def test_the_chinese_pdf_passes_every_check(edition):
    pdf = book.pdf_path(edition)
    if not pdf.is_file():
        pytest.skip("build the Chinese PDFs first (make pdf-zh pdf-instructor-zh); make test does")
    assert check_pdf(pdf, book.EDITIONS[edition]["toc"]) == []
    fonts = __import__("subprocess").run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSerifCJK" in fonts, "the Chinese text is set in Noto Serif CJK"


@pytest.fixture(scope="module")
def chinese_sentences() -> list[str]:
    found = instructor_sentences(ROOT / "zh" / "instructor", "zh")
    assert len(found) > 80, "the Chinese instructor pages should give many sentences to look for"
    return found


def test_the_chinese_student_edition_has_no_instructor_sentence(chinese_sentences):
    student = site("zh")
    assert not (student / "instructor").exists()
    text = flat(" ".join(main_text(p) for p in pages(student)))
    leaked = [s for s in chinese_sentences if flat(s) in text]
    assert not leaked, f"{len(leaked)} instructor sentence(s) in the Chinese student edition, e.g. {leaked[0]!r}"
    instructor = flat(" ".join(main_text(p) for p in pages(site("zh-instructor"))))
    missing = [s for s in chinese_sentences if flat(s) not in instructor]
    assert not missing, f"{len(missing)} sentence(s) missing from the Chinese instructor edition: {missing[:2]}"
    pdf = book.pdf_path("zh")
    if pdf.is_file():
        printed = flat(pdf_text(pdf))
        assert not [s for s in chinese_sentences if flat(s) in printed]


def test_the_chinese_leak_search_can_fail(tmp_path, chinese_sentences):
    planted = tmp_path / "cases"
    shutil.copytree(site("zh") / "cases", planted)
    page = planted / "h_town_a.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", f"<p>{chinese_sentences[5]}</p></article>"),
                    encoding="utf-8")
    text = flat(" ".join(main_text(p) for p in pages(tmp_path)))
    assert [s for s in chinese_sentences if flat(s) in text] == [chinese_sentences[5]]


def test_the_chinese_config_is_generated_from_the_english_one():
    import yaml
    english = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    chinese = book.edition_config("zh")
    assert chinese["sphinx"]["config"]["language"] == "zh_CN"
    assert chinese["sphinx"]["config"]["html_search_language"] == "zh"
    assert chinese["execute"] == english["execute"] and chinese["launch_buttons"] == english["launch_buttons"]
    assert chinese["repository"]["path_to_book"] == "zh"
    for key in ("html_static_path", "html_extra_path", "latex_additional_files"):
        assert all((ROOT / "zh" / p).exists() for p in chinese["sphinx"]["config"][key]), key
    assert "setCJKmainfont" in chinese["sphinx"]["config"]["latex_elements"]["preamble"]
    assert book.edition_config("zh-instructor")["title"].endswith("（教师版）")


def test_the_chinese_bibliography_cites_chinese_authors_by_their_chinese_names(tmp_path):
    text = book.write_chinese_bibliography().read_text(encoding="utf-8")
    assert "{杨华}" in text and "Yang Hua" not in text and "County and Township China" not in text
    notes = re.findall(r"(?m)^\s*note\s*=\s*\{(.*)\}", text)
    assert notes and all(HAN.search(note) and not re.search(r"\b(?:Issued|Published|Source)\b", note) for note in notes)
    (tmp_path / "zh").mkdir()
    (tmp_path / "references.bib").write_text("@misc{new2026,\n  author = {{Wang Wu (王五)}},\n  title = {x},\n"
                                             "  note   = {An English note nobody translated}\n}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="new2026 has a note"):
        book.write_chinese_bibliography(tmp_path)
