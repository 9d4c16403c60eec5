"""Small Sphinx fixes for the County Cases book (loaded through `sphinx.local_extensions` in _config.yml).

- sphinx-thebe registers its inline configuration script once per read phase; with Jupyter Book it ends
  up twice on every page, and the browser logs "Identifier 'THEBE_JS_URL' has already been declared".
  Identical script entries are dropped here, page by page.
"""
from __future__ import annotations


def _script_key(script) -> tuple:
    # The same inline script arrives once with filename None and once with filename "".
    attributes = getattr(script, "attributes", {}) or {}
    return (getattr(script, "filename", script) or "", tuple(sorted((k, str(v)) for k, v in attributes.items())))


def dedupe_scripts(app, pagename, templatename, context, doctree) -> None:
    seen, unique = set(), []
    for script in context.get("script_files", []):
        key = _script_key(script)
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"][:] = unique  # in place: later handlers append to this very list


def setup(app):
    app.connect("html-page-context", dedupe_scripts, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

