"""The book's build and check programs, run as ``python -m tools.<name>`` from the repository root.

book (build an edition as HTML or PDF, warnings as errors), check_site and check_pdf (checks of the built
book), browser (headless Chromium helpers), sweep (every page in a browser, with axe-core), student_path (a
real JupyterLab in a fresh Binder environment), bench (timings), execute_notebooks (refresh stored outputs),
export_binder (binder/requirements.txt from the lock), vendor_js (pinned JavaScript from the npm registry),
make_county_data (the illustrative township data).
"""
from pathlib import Path

#: The repository root: every tool resolves its paths from here.
ROOT = Path(__file__).resolve().parent.parent
