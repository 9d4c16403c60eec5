"""Small Sphinx fixes for the County Cases book (loaded through `sphinx.local_extensions` in _config.yml).

- sphinx-thebe registers its inline configuration script once per read phase; with Jupyter Book it ends
  up twice on every page, and the browser logs "Identifier 'THEBE_JS_URL' has already been declared".
  Identical script entries are dropped here, page by page.
- sphinxcontrib-bibtex numbers a bibliography's entries when it reads the bibliography page; on an
  incremental build in which another page starts citing a new key, the bibliography page is not re-read
  and the new citation links to an anchor that does not exist (tools/check_site.py catches it). Whenever
  any page changed, the pages holding a bibliography are re-read too.
- sphinxcontrib-bibtex marks its bibliography role="list" with entries role="doc-biblioentry", a deprecated
  role that does not count as a list item, so axe-core reports a list without items (critical). Entries are
  given role="listitem" instead.
"""
from __future__ import annotations


def _script_key(script) -> tuple:
    # The same inline script arrives once with filename None and once with filename "".
    attributes = getattr(script, "attributes", {}) or {}
    return (getattr(script, "filename", script) or "", tuple(sorted((k, str(v)) for k, v in attributes.items())))


def dedupe_scripts(app, pagename, templatename, context, doctree) -> None:
    """Drop repeated script entries from a page (sphinx-thebe registers its script twice)."""
    seen, unique = set(), []
    for script in context.get("script_files", []):
        key = _script_key(script)
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"][:] = unique  # in place: later handlers append to this very list


def fix_bibliography_roles(app, pagename, templatename, context, doctree) -> None:
    """Give bibliography entries role="listitem", which axe-core counts as list items."""
    body = context.get("body")
    if body and 'role="doc-biblioentry"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')


def reread_bibliographies(app, env, added, changed, removed) -> list[str]:
    """Re-read the pages holding a bibliography whenever any page changed."""
    if not (added or changed or removed) or "cite" not in env.domains:
        return []
    return sorted({key.docname for key in env.get_domain("cite").bibliographies})


def setup(app):
    """Register the fixes with Sphinx."""
    app.connect("html-page-context", dedupe_scripts, priority=100)
    app.connect("html-page-context", fix_bibliography_roles)
    app.connect("env-get-outdated", reread_bibliographies)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

