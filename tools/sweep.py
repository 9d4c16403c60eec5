"""A browser sweep of a built web book: every page, at a desktop and a phone width, in headless Chromium.

For each page and width it records, as problems: any JavaScript error (uncaught or logged to the console),
any request that leaves localhost or fails (status >= 400 included), any widget area the page stores but does
not render, any image whose alt text is missing or merely repeats its file name, and every accessibility
violation of serious or critical impact found by axe-core (vendored from npm, see vendor/test-js-lock.json).
Viewport screenshots go to ``artifacts/sweep/`` (not committed). Used by tests/book/test_sweep.py and
``make bench``; run alone with ``python -m tools.sweep _build/html``.
"""
from __future__ import annotations

import contextlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tools import ROOT
from tools.browser import CHROMIUM, CHROMIUM_ARGS, serve, watch

AXE = ROOT / ".tools" / "test-js" / "axe.min.js"
ARTIFACTS = ROOT / "artifacts" / "sweep"
WIDTHS = {"desktop": 1280, "phone": 390}
#: The theme's colour modes: the reader's system preference (prefers-color-scheme), which the book follows.
SCHEMES = ("light", "dark")
#: Widths visited in each mode: the dark theme changes colours, not layout, so one width is enough for it
#: (it keeps `make test` shorter).
SCHEME_WIDTHS = {"light": ("desktop", "phone"), "dark": ("desktop",)}
BLOCKING = ("serious", "critical")

# axe rules switched off, each with the reason. Nothing else may be disabled.
DISABLED_RULES: dict[str, str] = {}

# A widget area: myst-nb stores a view as a script whose parent div the HTML manager fills in.
WIDGETS_JS = """() => [...document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]')]
  .map(s => { const box = s.parentElement.querySelector('.jupyter-widgets, .widget-vbox, .widget-box');
              return box ? box.getBoundingClientRect().height : 0; })"""
# On a dark page a figure (drawn on white) must sit on a light frame: the lightness of its own background, or of
# the nearest ancestor with one.
FRAMES_JS = """() => [...document.querySelectorAll('article img')].filter(i => i.naturalWidth > 30).map(i => {
  for (let e = i; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor.match(/[\\d.]+/g);
    if (c && (c.length < 4 || +c[3] > 0)) return {src: i.getAttribute('src') || '', light: (+c[0] + +c[1] + +c[2]) / 3};
  }
  return {src: i.getAttribute('src') || '', light: 0};
})"""
IMAGES_JS = """() => [...document.querySelectorAll('main img, article img, .bd-article img')]
  .map(i => ({src: i.getAttribute('src') || '', alt: i.getAttribute('alt'), width: i.naturalWidth}))"""


@dataclass
class Report:
    """What the sweep found: pages visited, requests, problems and accessibility violations."""

    pages: int = 0
    visits: int = 0
    requests: int = 0
    problems: list[str] = field(default_factory=list)
    violations: Counter = field(default_factory=Counter)   # impact -> count of (page, width, rule) findings
    rules: Counter = field(default_factory=Counter)        # rule id -> count, all impacts
    by_scheme: Counter = field(default_factory=Counter)    # colour scheme -> problems found in it

    def summary(self) -> str:
        """One line with the counts."""
        impacts = ", ".join(f"{k} {v}" for k, v in sorted(self.violations.items())) or "none"
        views = self.visits // self.pages if self.pages else 0
        schemes = ", ".join(f"{k} {v}" for k, v in sorted(self.by_scheme.items())) or "none"
        return (f"{self.pages} pages x {views} views (widths x colour schemes) = {self.visits} visits, "
                f"{self.requests} requests, {len(self.problems)} problem(s) (by scheme: {schemes}); axe violations "
                f"by impact: {impacts}")


def pages_of(folder: Path) -> list[str]:
    """Every HTML page of a built book, relative to its root (theme templates and sources excluded)."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html")
                  if not {"_static", "_sources"} & set(p.relative_to(folder).parts))


def bad_alt(image: dict) -> str | None:
    """Why an image's alt text fails, or None."""
    alt = image["alt"]
    if alt is None or not alt.strip():
        return "no alt text"
    name = unquote(urlsplit(image["src"]).path.rsplit("/", 1)[-1])
    stem = name.rsplit(".", 1)[0]
    if image["src"].startswith("data:"):
        return None if len(alt.strip()) > 3 else f"alt text {alt!r} says nothing"
    if alt.strip().lower() in {name.lower(), stem.lower(), "image", "figure", "img"}:
        return f"alt text {alt!r} repeats the file name"
    return None


def visit(browser, url: str, width: int, axe_js: str, report: Report, label: str, shot: Path | None,
          scheme: str = "light") -> None:
    """Load one page at one width in one colour scheme; record errors, failed or outside requests, empty widgets,
    alt text, figures without a light frame on a dark page, and axe."""
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    requests: list[str] = []
    log = watch(page, requests)
    try:
        try:
            page.goto(url, wait_until="networkidle", timeout=60_000)
        except Exception as error:  # a page that never settles is a problem to report, not the end of the sweep
            report.problems.append(f"{label}: did not load: {str(error).splitlines()[0]}")
            return
        if page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count():
            with contextlib.suppress(Exception):
                page.wait_for_selector(".jupyter-widgets", timeout=15_000)
        report.requests += len(requests)
        report.problems += [f"{label}: JavaScript error: {e}" for e in log["errors"]]
        report.problems += [f"{label}: request leaves localhost: {u}" for u in log["outside"]]
        report.problems += [f"{label}: request failed: {u}" for u in log["failed"]]
        empty = sum(1 for h in page.evaluate(WIDGETS_JS) if h < 20)
        if empty:
            report.problems.append(f"{label}: {empty} widget area(s) empty")
        for image in page.evaluate(IMAGES_JS):
            why = bad_alt(image)
            if why:
                report.problems.append(f"{label}: image {image['src'][:60]!r}: {why}")
        theme = page.evaluate("() => document.documentElement.dataset.theme")
        if theme is not None and theme != scheme:  # a page without the theme (a fixture) has no modes
            report.problems.append(f"{label}: the page shows the {theme} theme for a reader who prefers {scheme}")
        if scheme == "dark":
            report.problems += [f"{label}: figure {f['src'][-40:]!r} has no light frame on the dark page"
                                for f in page.evaluate(FRAMES_JS) if f["light"] < 200]
        page.add_script_tag(content=axe_js)
        rules = {rule: {"enabled": False} for rule in DISABLED_RULES}
        found = page.evaluate("async (rules) => (await axe.run(document, {resultTypes: ['violations'], rules}))"
                              ".violations.map(v => ({id: v.id, impact: v.impact, n: v.nodes.length,"
                              " help: v.help}))", rules)
        for v in found:
            report.violations[v["impact"] or "unknown"] += 1
            report.rules[v["id"]] += 1
            if v["impact"] in BLOCKING:
                report.problems.append(f"{label}: axe {v['impact']} {v['id']} ({v['n']} element(s)): {v['help']}")
        if shot is not None:
            shot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shot))
    finally:
        page.close()


def sweep(browser, folder: Path, base_url: str, pages: list[str] | None = None, shots: str | None = None,
          widths: dict[str, int] = WIDTHS, schemes: tuple[str, ...] = SCHEMES) -> Report:
    """Visit every page of the book in ``folder`` (served at ``base_url``) at every width, in every scheme."""
    if not AXE.is_file():
        raise FileNotFoundError(f"{AXE} missing: run `make test` (or python -m tools.vendor_js --lock "
                                "vendor/test-js-lock.json --out .tools/test-js)")
    axe_js = AXE.read_text(encoding="utf-8")
    report = Report()
    pages = pages_of(folder) if pages is None else pages
    report.pages = len(pages)
    for rel in pages:
        for scheme in schemes:
            for name, width in widths.items():
                if name not in SCHEME_WIDTHS.get(scheme, (name,)):
                    continue
                label = f"{rel} @ {name}, {scheme}"
                shot = None if shots is None else ARTIFACTS / shots / f"{name}-{scheme}" / re.sub(
                    r"[/\\]", "_", rel).replace(".html", ".png")
                visit(browser, f"{base_url}/{rel}", width, axe_js, report, label, shot, scheme)
                report.visits += 1
                report.by_scheme[scheme] += sum(1 for p in report.problems if p.startswith(label))
    return report


def main(argv: list[str]) -> int:
    """Sweep one built web book; exit status 1 on any problem."""
    from playwright.sync_api import sync_playwright
    folder = Path(argv[0] if argv else ROOT / "_build" / "html")
    with serve(folder) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        report = sweep(browser, folder, url, shots=folder.parent.name)
        browser.close()
    for line in report.problems:
        print(line)
    print(f"sweep: {report.summary()}")
    print("sweep: axe rules seen:", json.dumps(dict(report.rules.most_common())))
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
