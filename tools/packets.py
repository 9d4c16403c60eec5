"""Printable packets for a seminar (`make packets`), as PDFs in _build/packets/, made from the built web books.

The same packets in Chinese come from the Chinese web books, into _build/packets/zh/. Each language has:

- instructor/: one PDF per section of the role-sheet pages (each role, the observer and reflection sheets, the
  bulletins, the checklist), so each can be printed and handed out alone; a role sheet must fit on one page;
- student/: each role-play's common brief, its agreement sheet alone, and one handout per chapter: its title,
  what it teaches, and a QR code (segno) with the link that opens the chapter live (the page's own launch
  button, so the packet follows _config.yml).

Pages are printed by Chromium through Playwright from the built HTML (so every number is the one the book
inserted), with the book's fonts. Then every PDF is checked: fonts embedded, no missing glyph, no leaked markup,
role sheets on one page. Usage: python -m tools.packets [--check-only]; exit status 1 with one line per problem.
"""
from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import segno

from tools import ROOT, book
from tools.browser import CHROMIUM, CHROMIUM_ARGS, serve
from tools.check_pdf import LEAKS

OUT = ROOT / "_build" / "packets"
ROLE_PAGES = ("instructor/roleplay_90_roles", "instructor/roleplay_week_roles")
BRIEFS = ("exercises/roleplay_90", "exercises/roleplay_week")
PRINT_CSS = """
@page { size: A4; margin: 14mm 16mm; }
body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; line-height: 1.35;
       color: #000; background: #fff; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 6pt; } h2 { font-size: 14pt; margin: 0 0 6pt; } h3 { font-size: 11.5pt; }
table { border-collapse: collapse; margin: 4pt 0; } td, th { border: 1px solid #666; padding: 2pt 5pt; }
a { color: #000; text-decoration: none; }
.headerlink, form.county-sheet, .county-lab-notice, .copybtn, button { display: none !important; }
pre { white-space: pre-wrap; word-break: break-all; font-size: 8.5pt; }
table { width: 100%; } .county-sheet-table td:last-child { width: 32%; }
.packet-foot { margin-top: 10pt; font-size: 8.5pt; color: #333; }
.qr { float: right; margin: 0 0 8pt 12pt; text-align: center; font-size: 8pt; max-width: 62mm; word-break: break-all; }
"""


#: A packet's own words in each language: how a role sheet's heading starts, how the brief's sheet section ends,
#: how the learning objectives are headed, and the handout's sentences.
WORDS = {
    "en": {"role": "Role:", "sheet": ("sheet",), "goals": "objective|what you will", "agreement": "agreement sheet",
           "qr": "QR code: open this chapter live", "open": "Open this chapter live",
           "how": "(scan the code, or type the link): the labs move, the answer checks answer, and nothing needs "
                  "installing. Predict before you play; open each reveal only after.",
           "teaches": "What this chapter teaches", "foot": "County Cases"},
    "zh": {"role": "角色：", "sheet": ("协议表", "计划表"), "goals": "学习目标", "agreement": "协议表",
           "qr": "二维码：在线打开本章", "open": "在线打开本章",
           "how": "（扫描二维码或输入链接）：交互实验可以操作，答题检查会给出反馈，无需安装任何软件。先预测再动手；"
                  "揭晓部分请在预测之后再打开。",
           "teaches": "本章的学习目标", "foot": "县乡治理案例"},
}


@dataclass(frozen=True)
class Packet:
    """One PDF written: where, what kind (role, sheet, brief, handout) and its source page."""

    path: Path
    kind: str
    source: str


def _slug(text: str, number: int = 0) -> str:
    """A file name for a section: its heading in Latin letters, or its number when the heading is Chinese."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return f"section-{number:02d}"
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _document(body: str, title: str, lang: str = "en") -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{PRINT_CSS}</style></head><body>{body}"
            f"<p class='packet-foot'>{WORDS[lang]['foot']} · {html.escape(title)}</p></body></html>")


def _sections(page, url: str | None = None) -> list[tuple[str, str]]:
    """(heading, HTML) of every second-level section of a built page (``url``; None: the page already open)."""
    if url is not None:
        page.goto(url)
    return page.evaluate("""() => Array.from(document.querySelectorAll('article section section'))
        .filter(s => s.querySelector(':scope > h2'))
        .map(s => [s.querySelector(':scope > h2').textContent.replace('#', '').trim(), s.outerHTML])""")


def _article(page, url: str) -> tuple[str, str, str | None]:
    """A built page's title, its article's HTML, and its Binder launch link (None if it has none)."""
    page.goto(url)
    return page.evaluate("""() => {
        const a = document.querySelector('article');
        const launch = Array.from(document.querySelectorAll('a')).map(x => x.href)
            .find(h => /mybinder\\.org|\\/v2\\/gh\\//.test(h)) || null;
        return [document.querySelector('h1').textContent.replace('#', '').trim(), a.innerHTML, launch];
    }""")


def _print(page, body: str, title: str, path: Path, lang: str = "en") -> None:
    page.set_content(_document(body, title, lang), wait_until="load")
    page.pdf(path=str(path), format="A4", print_background=False,
             margin={"top": "14mm", "bottom": "14mm", "left": "16mm", "right": "16mm"})


def _handout(page, title: str, article: str, launch: str, lang: str = "en") -> str:
    """A chapter's one-page handout: title, QR and link, and what the chapter teaches."""
    w = WORDS[lang]
    qr = segno.make(launch, error="m").svg_data_uri(scale=4, border=2)
    page.set_content(f"<div id='a'>{article}</div>")
    teaches = page.evaluate("""(goals) => {
        const heads = Array.from(document.querySelectorAll('#a h2, #a h3'));
        const found = heads.find(h => new RegExp(goals, 'i').test(h.textContent));
        const list = found && found.parentElement.querySelector('ol, ul');
        if (list) return list.outerHTML;
        const p = document.querySelector('#a p');
        return p ? p.outerHTML : '';
    }""", w["goals"])
    return (f"<h1>{html.escape(title)}</h1><div class='qr'><img alt='{w['qr']}' "
            f"src='{qr}' width='200' height='200'><br>{html.escape(launch)}</div>"
            f"<p><strong>{w['open']}</strong> {w['how']}</p><h2>{w['teaches']}</h2>{teaches}")


def build(student_html: Path, instructor_html: Path, out: Path = OUT, browser=None, lang: str = "en") -> list[Packet]:
    """Print every packet from the two built web books (of the edition in ``lang``) into ``out`` (emptied first),
    with ``browser`` (a Playwright Chromium; one is started when None)."""
    if browser is None:
        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            started = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return build(student_html, instructor_html, out, started, lang)
            finally:
                started.close()
    w = WORDS[lang]
    shutil.rmtree(out, ignore_errors=True)
    (out / "instructor").mkdir(parents=True)
    (out / "student").mkdir(parents=True)
    made: list[Packet] = []
    chapters = re.findall(r"^\s*- file:\s*(cases/\S+)", (ROOT / "_toc.yml").read_text(), re.M)
    page = browser.new_page()
    try:
        with serve(instructor_html) as base:
            for source in ROLE_PAGES:
                for number, (heading, section) in enumerate(_sections(page, f"{base}/{source}.html"), 1):
                    kind = "role" if heading.startswith(w["role"]) else "sheet"
                    path = out / "instructor" / f"{Path(source).name}--{_slug(heading, number)}.pdf"
                    _print(page, section, heading, path, lang)
                    made.append(Packet(path, kind, source))
        with serve(student_html) as base:
            for source in BRIEFS:
                title, article, _ = _article(page, f"{base}/{source}.html")
                sheet = next(s for h, s in _sections(page) if h.endswith(w["sheet"]))  # the page just loaded
                path = out / "student" / f"{Path(source).name}--brief.pdf"
                _print(page, article, title, path, lang)
                made.append(Packet(path, "brief", source))
                path = out / "student" / f"{Path(source).name}--agreement-sheet.pdf"
                _print(page, sheet, f"{title}: {w['agreement']}", path, lang)
                made.append(Packet(path, "sheet", source))
            for source in chapters:
                title, article, launch = _article(page, f"{base}/{source}.html")
                if launch is None:
                    raise SystemExit(f"packets: {source} has no launch button; set launch_buttons in _config.yml")
                path = out / "student" / f"{Path(source).name}--handout.pdf"
                _print(page, _handout(page, title, article, launch, lang), title, path, lang)
                made.append(Packet(path, "handout", source))
    finally:
        page.close()
    return made


def pages(path: Path) -> int:
    """A PDF's page count (pdfinfo)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def text(path: Path) -> str:
    """A PDF's text (pdftotext)."""
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def problems(path: Path, kind: str) -> list[str]:
    """What is wrong with one packet: fonts not embedded, missing glyphs, leaked markup, a role over a page."""
    out = []
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    for line in fonts.splitlines()[2:]:
        if line.split()[-5:-4] != ["yes"]:
            out.append(f"{path.name}: font not embedded: {line.split()[0]}")
    words = text(path)
    if "\ufffd" in words or "□" in words:
        out.append(f"{path.name}: a missing glyph")
    out += [f"{path.name}: leaked {leak!r}" for leak in LEAKS if leak in words]
    if kind in ("role", "handout") and pages(path) != 1:
        out.append(f"{path.name}: {pages(path)} pages; a {kind} must fit on one")
    if not words.strip():
        out.append(f"{path.name}: no text")
    return out


#: The packets of each language: its two web books, and where its packets go.
EDITIONS = {"en": ("student", "instructor", OUT), "zh": ("zh", "zh-instructor", OUT / "zh")}


def main() -> int:
    """Build the packets of both languages from the built web books and check them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    found_all = 0
    for lang, (student_edition, instructor_edition, out) in EDITIONS.items():
        student, instructor = (book.build_dir(e) / "html" for e in (student_edition, instructor_edition))
        for folder, target in ((student, student_edition), (instructor, instructor_edition)):
            if not (folder / "index.html").exists():
                name = {"student": "book", "zh": "book-zh", "zh-instructor": "instructor-zh"}.get(target, target)
                print(f"packets: {folder} is missing; run `make {name}` first")
                return 1
        start = time.perf_counter()
        made = build(student, instructor, out, lang=lang)
        found = [p for packet in made for p in problems(packet.path, packet.kind)]
        for line in found:
            print(line)
        counts = {kind: sum(p.kind == kind for p in made) for kind in ("role", "sheet", "brief", "handout")}
        total = sum(pages(p.path) for p in made)
        print(f"packets ({lang}): {len(made)} PDFs ({', '.join(f'{n} {k}' for k, n in counts.items())}), {total} "
              f"pages, in {out.relative_to(ROOT)}/ ({time.perf_counter() - start:.1f} s); {len(found)} problem(s)")
        found_all += len(found)
    return 1 if found_all else 0


if __name__ == "__main__":
    sys.exit(main())
