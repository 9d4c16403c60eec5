"""Two editions from one source: the student edition (web book and PDF) holds no solution, teaching note or
role sheet; the instructor edition holds all of them, and every role's confidential instructions fit on one
printed page."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tools import ROOT, book
from tools.check_pdf import pdf_text
from tools.editions import INSTRUCTOR, flat, instructor_sentences


def html_text(folder: Path) -> str:
    pages = [p for p in folder.rglob("*.html") if not {"_static", "_sources"} & set(p.parts)]
    return flat(" ".join(html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))) for p in pages))


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    found = instructor_sentences()
    assert len(found) > 80, "the instructor pages should give many sentences to look for"
    return found


@pytest.fixture(scope="module")
def student_html(built_html) -> str:
    return html_text(built_html)


@pytest.fixture(scope="module")
def instructor_html() -> str:
    out = book.build_dir("instructor") / "html"
    if not (out / "index.html").is_file():
        assert book.build(ROOT, edition="instructor").returncode == 0, "run `make instructor` to see why"
    return html_text(out)


def test_the_student_web_book_has_no_instructor_page_or_solution(built_html, student_html, sentences):
    assert not (built_html / "instructor").exists()
    leaked = [s for s in sentences if flat(s) in student_html]
    assert not leaked, f"{len(leaked)} instructor sentence(s) in the student edition, e.g. {leaked[0]!r}"
    for page in (built_html / "exercises").glob("*.html"):
        assert 'class="solution' not in page.read_text(encoding="utf-8"), page.name


def test_the_instructor_web_book_has_them_all(instructor_html, sentences):
    missing = [s for s in sentences if flat(s) not in instructor_html]
    assert not missing, f"{len(missing)} instructor sentence(s) missing, e.g. {missing[0]!r}"
    assert flat("Instructor's guide") in instructor_html


def test_the_student_pdf_has_no_instructor_text_and_the_instructor_pdf_has_it(sentences):
    student, instructor = book.pdf_path("student"), book.pdf_path("instructor")
    if not (student.is_file() and instructor.is_file()):
        pytest.skip("build both PDFs first (make pdf pdf-instructor); make test does")
    student_text, instructor_text = flat(pdf_text(student)), flat(pdf_text(instructor))
    leaked = [s for s in sentences if flat(s) in student_text]
    assert not leaked, f"{len(leaked)} instructor sentence(s) in the student PDF, e.g. {leaked[0]!r}"
    missing = [s for s in sentences if flat(s) not in instructor_text]
    assert len(missing) <= len(sentences) // 20, f"{len(missing)} missing from the instructor PDF: {missing[:3]}"


def test_every_role_sheet_fits_on_one_printed_page():
    pdf = book.pdf_path("instructor")
    if not pdf.is_file():
        pytest.skip("build the instructor PDF first (make pdf-instructor); make test does")
    pages = pdf_text(pdf).split("\f")
    for sheet in INSTRUCTOR.glob("*_roles.md"):
        headings = re.findall(r"^## (.+)$", sheet.read_text(encoding="utf-8"), flags=re.M)
        roles = [h for h in headings if h.startswith("Role:")]
        assert len(roles) >= 4, sheet.name
        # The page where each heading starts (pages whose running header repeats a title are skipped by
        # taking the first page on which the heading is followed by its body text).
        # Other sheets (observer, reflection) start on the first page whose heading line names them.
        starts = []
        for heading in headings:
            titled = [i for i, page in enumerate(pages) if re.search(rf"^\d+\.\d+ {re.escape(heading)}$", page, re.M)]
            if heading.startswith("Role:"):
                hits = [i for i in titled if "Confidential" in pages[i]]
                starts.append(hits[-1] if hits else None)
            else:
                later = [i for i in titled if not starts or starts[-1] is None or i > starts[-1]]
                news = [i for i, page in enumerate(pages) if heading.startswith("News") and heading in page]
                starts.append((later or news or [None])[0])
        for role, start, following in zip(headings, starts, starts[1:]):
            if role.startswith("Role:"):
                assert start is not None and following == start + 1, f"{sheet.name}: {role!r} is not one page"


def test_the_instructor_config_is_generated_from_the_student_config():
    path = book.write_instructor_config()
    import yaml
    student = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    instructor = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert instructor["title"].endswith("(instructor edition)")
    assert instructor["latex"]["latex_documents"]["targetname"] == "county-cases-instructor.tex"
    for key in student:
        if key not in ("title", "latex"):
            assert instructor[key] == student[key], key
    toc = (ROOT / "_toc_instructor.yml").read_text()
    for line in (ROOT / "_toc.yml").read_text().splitlines():
        if "file:" in line:
            assert line in toc, f"the instructor edition lacks {line.strip()}"


@pytest.mark.parametrize("edition, suffix", [("student", ".json"), ("zh", ".zh.json")])
def test_the_quizzes_print_as_questions_without_answers_in_the_student_pdf(edition, suffix):
    from countylab import Quiz
    from countylab.core.data import resource_dir
    pdf = book.pdf_path(edition)
    if not pdf.is_file():
        pytest.skip("build the PDF first (make pdf pdf-zh); make test does")
    text = flat(pdf_text(pdf))
    lang = book.EDITIONS[edition]["lang"]
    for path in sorted((p for p in resource_dir("quizzes").iterdir()
                        if p.name.endswith(suffix) and p.name.count(".") == suffix.count(".")), key=lambda p: p.name):
        quiz = Quiz(path.name.removesuffix(suffix), lang=lang)
        for q in quiz.questions:
            assert flat(q.text) in text, f"{path.name}: {q.text!r} not printed"
            assert not any(flat(o.feedback) in text for o in q.options if len(o.feedback) > 40), \
                f"{path.name}: an answer's explanation is printed in the student PDF"


# Printable packets (tools/packets.py, `make packets`), printed from both built web books into a temporary folder.

@pytest.fixture(scope="module")
def packets(built_html, instructor_html, tmp_path_factory, browser):
    from tools import packets as tool
    return tool.build(built_html, book.build_dir("instructor") / "html", tmp_path_factory.mktemp("packets"), browser)


def test_every_packet_is_printed_and_passes_the_pdf_checks(packets):
    from tools.packets import problems
    roles = sum(len(re.findall(r"^## Role:", (ROOT / f"{page}.md").read_text(), re.M))
                for page in ("instructor/roleplay_90_roles", "instructor/roleplay_week_roles"))
    chapters = re.findall(r"^\s*- file:\s*cases/", (ROOT / "_toc.yml").read_text(), re.M)
    kinds = [p.kind for p in packets]
    assert (kinds.count("role"), kinds.count("handout"), kinds.count("brief")) == (roles, len(chapters), 2)
    assert [line for p in packets for line in problems(p.path, p.kind)] == []


def test_no_student_packet_holds_an_instructor_sentence(packets, sentences):
    from tools.packets import text
    student = flat(" ".join(text(p.path) for p in packets if p.path.parent.name == "student"))
    leaked = [s for s in sentences if flat(s) in student]
    assert not leaked, f"instructor sentence(s) in a student packet, e.g. {leaked[0]!r}"


def test_each_handout_qr_code_opens_its_chapter_live(packets, tmp_path):
    import subprocess
    for p in (p for p in packets if p.kind == "handout"):
        page = str(tmp_path / "page")
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(p.path), page], check=True)
        decoded = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")], capture_output=True,
                                 text=True).stdout.strip()
        chapter = p.path.name.split("--")[0]
        assert decoded.startswith("https://mybinder.org/v2/gh/") and decoded.endswith(f"cases/{chapter}.ipynb"), decoded


def test_a_role_sheet_over_one_page_is_caught(packets):
    from tools.packets import problems
    brief = next(p for p in packets if p.kind == "brief")
    assert any("a role must fit on one" in line for line in problems(brief.path, "role"))


# The Chinese packets (make packets prints them too), from the Chinese web books.

@pytest.fixture(scope="module")
def chinese_packets(tmp_path_factory, browser):
    from tools import packets as tool
    folders = []
    for edition in ("zh", "zh-instructor"):
        folder = book.build_dir(edition) / "html"
        if not (folder / "index.html").is_file():
            assert book.build(ROOT, edition=edition).returncode == 0, f"the {edition} edition does not build"
        folders.append(folder)
    return tool.build(*folders, tmp_path_factory.mktemp("packets-zh"), browser, lang="zh")


def test_the_chinese_packets_are_printed_and_pass_the_pdf_checks(chinese_packets, tmp_path):
    import subprocess

    from tools.editions import instructor_sentences
    from tools.packets import problems, text
    roles = sum(len(re.findall(r"^## 角色：", (ROOT / "zh" / f"{page}.md").read_text(encoding="utf-8"), re.M))
                for page in ("instructor/roleplay_90_roles", "instructor/roleplay_week_roles"))
    kinds = [p.kind for p in chinese_packets]
    assert (kinds.count("role"), kinds.count("brief"), kinds.count("handout")) == (roles, 2, 5)
    assert [line for p in chinese_packets for line in problems(p.path, p.kind)] == []
    student = flat(" ".join(text(p.path) for p in chinese_packets if p.path.parent.name == "student"))
    assert "协议表" in text(next(p.path for p in chinese_packets if p.path.name == "roleplay_90--agreement-sheet.pdf"))
    leaked = [s for s in instructor_sentences(ROOT / "zh" / "instructor", "zh") if flat(s) in student]
    assert not leaked, f"instructor sentence(s) in a Chinese student packet, e.g. {leaked[0]!r}"
    handout = next(p for p in chinese_packets if p.path.name == "h_town_a--handout.pdf")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(handout.path), str(tmp_path / "page")],
                   check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")], capture_output=True,
                             text=True).stdout.strip()
    assert decoded.startswith("https://mybinder.org/v2/gh/") and decoded.endswith("zh/cases/h_town_a.ipynb"), decoded
