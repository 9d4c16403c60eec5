"""Shared test set-up: paths, the built web book, and a headless Chromium."""
from __future__ import annotations

from pathlib import Path

import pytest

from tools import ROOT
from tools.browser import CHROMIUM, CHROMIUM_ARGS, serve

# Fixture notebooks and books are inputs to the tests that prove each check can fail; never collect them.
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture(scope="session")
def built_html() -> Path:
    """The built student edition; built here if `make book` has not run yet."""
    out = ROOT / "_build" / "html"
    if not (out / "index.html").is_file():
        from tools import book
        assert book.build(ROOT).returncode == 0, "the book does not build; run `make book` to see why"
    return out


@pytest.fixture(scope="session")
def serve_html(built_html: Path):
    """Serve the built book on 127.0.0.1 (a free port); yields the base URL."""
    with serve(built_html) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (no browser download)."""
    from playwright.sync_api import sync_playwright
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: run `make test` (it installs Debian's chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
