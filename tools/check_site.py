"""Check a built web book: internal links resolve, nothing loads from outside the book, no glyph warnings.

- **Links**: every relative ``href`` of an ``<a>`` must point to a file of the build, and its ``#fragment``
  (if any) to an ``id`` on that page.
- **Offline**: no element that the browser loads by itself (scripts, stylesheets, images, frames, media,
  fonts in CSS) may point outside the book. Plain ``<a>`` links (Binder, GitHub) are not loads.
- **Glyphs**: the text "Glyph … missing from font" must not appear anywhere in a page — it would come from
  matplotlib's stderr inside stored widget state, which the ``-W`` build cannot see.

Usage: python -m tools.check_site [_build/html]; exit status 1 with one line per problem.
"""
from __future__ import annotations

import posixpath
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# (tag, attribute) pairs whose URL the browser fetches without a click.
LOADING_ATTRS = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("video", "src"),
                 ("audio", "src"), ("embed", "src"), ("object", "data"), ("track", "src"),
                 ("video", "poster"), ("input", "src")}
LOADING_LINK_RELS = {"stylesheet", "preload", "modulepreload", "icon", "shortcut", "manifest", "prefetch",
                     "apple-touch-icon", "preconnect", "dns-prefetch"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""")
CSS_IMPORT = re.compile(r"""@import\s+['"]([^'"]+)""")
GLYPH = re.compile(r"Glyph \d+ .{0,80}missing from (current )?font", re.IGNORECASE | re.DOTALL)


def is_external(url: str) -> bool:
    """Whether a link or a resource address leaves the book."""
    parts = urlsplit(url.strip())
    if parts.scheme in ("http", "https", "ftp", "ws", "wss") or url.strip().startswith("//"):
        return parts.hostname not in ("localhost", "127.0.0.1", "::1")
    return False


@dataclass
class Page(HTMLParser):
    """One built page's links, anchors and resources."""

    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    loads: list[str] = field(default_factory=list)
    #: The language switch's link (to the same page in the other edition's site, checked once both are built:
    #: tests/book/test_languages.py), kept apart from the links this book must resolve on its own.
    switches: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Collect ids, links and the resources a page loads."""
        a = {k: (v or "") for k, v in attrs}
        for key in ("id", "name") if tag == "a" else ("id",):
            if a.get(key):
                self.ids.add(a[key])
        if tag == "a" and "href" in a:
            is_switch = "county-lang-switch" in a.get("class", "").split()
            (self.switches if is_switch else self.links).append(a["href"])
        if tag == "link" and "alternate" in a.get("rel", "").lower().split() and a.get("hreflang"):
            self.switches.append(a.get("href", ""))
        elif tag == "link" and set(a.get("rel", "").lower().split()) & LOADING_LINK_RELS:
            self.loads.append(a.get("href", ""))
        for t, attr in LOADING_ATTRS:
            if tag == t and a.get(attr):
                self.loads.append(a[attr])
        if a.get("srcset"):
            self.loads.extend(item.split()[0] for item in a["srcset"].split(",") if item.strip())
        if a.get("style"):
            self.loads.extend(CSS_URL.findall(a["style"]))


def parse(path: Path) -> Page:
    """Parse one built HTML page."""
    page = Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    return page


def check_links(root: Path, pages: dict[Path, Page]) -> list[str]:
    """Every internal link that points at a missing page or anchor."""
    problems = []
    for path, page in pages.items():
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("//", "mailto:", "javascript:")) or not href.strip():
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            where = f"{path.relative_to(root)}: link {href!r}"
            if not target.is_file():
                problems.append(f"{where} points to a missing file")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where} points to a missing anchor #{parts.fragment}")
    return problems


def check_offline(root: Path, pages: dict[Path, Page]) -> list[str]:
    """Every page that loads something from outside the book."""
    problems = [f"{path.relative_to(root)}: loads {url!r} from outside the book"
                for path, page in pages.items() for url in page.loads if is_external(url)]
    for css in sorted(root.rglob("*.css")):
        text = css.read_text(encoding="utf-8", errors="replace")
        problems += [f"{css.relative_to(root)}: loads {url!r} from outside the book"
                     for url in CSS_URL.findall(text) + CSS_IMPORT.findall(text) if is_external(url)]
    return problems


def check_glyphs(root: Path, html_files: list[Path]) -> list[str]:
    """Every page whose stored output hides a "Glyph … missing from font" warning."""
    return [f"{path.relative_to(root)}: matplotlib glyph warning in page: {m.group(0)[:100]!r}"
            for path in html_files
            for m in [GLYPH.search(path.read_text(encoding="utf-8", errors="replace"))] if m]


def check_site(root: Path) -> list[str]:
    """All problems found in the built web book under ``root`` (empty when it is clean)."""
    root = root.resolve()
    html_files = _pages(root)
    if not html_files:
        return [f"{root}: no HTML pages found (build the book first: make book)"]
    pages = {p: parse(p) for p in html_files}
    return check_links(root, pages) + check_offline(root, pages) + check_glyphs(root, html_files)


def check_language_switch(site: Path, folder: str = "zh") -> list[str]:
    """Every page of a two-language site (the English web book with the Chinese one as its ``zh/`` folder) whose
    language switch is missing, leads nowhere, or leads to another page than its twin; both directions."""
    site = site.resolve(strict=False)
    pages = _pages(site / folder) + _pages(site)
    problems = []
    for page in pages:
        rel = page.relative_to(site).as_posix()
        text = page.read_text(encoding="utf-8", errors="replace")
        if 'http-equiv="refresh"' in text.lower():  # a redirect (the site's index.html), not a page
            continue
        twin = rel[len(folder) + 1:] if rel.startswith(f"{folder}/") else f"{folder}/{rel}"
        switches = parse(page).switches
        if not switches:
            problems.append(f"{rel}: no language switch")
        for href in dict.fromkeys(switches):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(urlsplit(href).path)))
            if target != twin:
                problems.append(f"{rel}: language switch {href!r} leads to {target}, not its twin {twin}")
            elif not (site / target).is_file():
                problems.append(f"{rel}: language switch {href!r} leads to a missing page {target}")
    return problems


def _pages(root: Path) -> list[Path]:
    """The HTML pages of one web book (not following a link into another)."""
    return sorted(p for p in root.rglob("*.html") if not {"_sources", "_static"} & set(p.relative_to(root).parts))


def main(argv: list[str]) -> int:
    """Check one built web book; print one line per problem; exit status 1 when there is any."""
    root = Path(argv[0] if argv else "_build/html")
    problems = check_site(root)
    for line in problems:
        print(line)
    n = len(list(root.rglob("*.html")))
    print(f"check_site: {n} pages, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
