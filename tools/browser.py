"""What every browser check shares: Debian's Chromium and its flags, a quiet local web server, and a page
watcher that records JavaScript errors, requests leaving localhost and failed requests.

Used by tests/conftest.py and tests/book/test_browser.py, tools/sweep.py and tools/student_path.py.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL = {"127.0.0.1", "localhost"}


@contextlib.contextmanager
def serve(folder: Path):
    """Serve ``folder`` on 127.0.0.1 at a free port, without request logs; yields the base URL."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


def watch(page, requests: list | None = None) -> dict[str, list[str]]:
    """Record on ``page``, from now on: JavaScript errors (uncaught or logged), requests that leave localhost,
    failed requests (status >= 400 included); every request URL also goes to ``requests`` if given."""
    log: dict[str, list[str]] = {"errors": [], "outside": [], "failed": []}
    page.on("pageerror", lambda exc: log["errors"].append(str(exc).splitlines()[0]))
    page.on("console", lambda msg: msg.type == "error" and log["errors"].append(msg.text))
    if requests is not None:
        page.on("request", lambda req: requests.append(req.url))
    page.on("request", lambda req: urlsplit(req.url).scheme in ("http", "https")
            and urlsplit(req.url).hostname not in LOCAL and log["outside"].append(req.url))
    page.on("requestfailed", lambda req: log["failed"].append(req.url))
    page.on("response", lambda res: res.status >= 400 and log["failed"].append(f"{res.status} {res.url}"))
    return log
