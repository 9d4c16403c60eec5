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
- ``{num}`case.key``` inserts one of the book's numbers, computed by countylab's models at build time
  (``countylab.numbers``), into a Markdown page; notebooks use ``{eval}`n.key``` for the same table. An
  unknown key is a build warning, so `-W` fails.
- Reveals (admonitions with the class ``reveal``, and notebook cells tagged ``reveal`` whose output is hidden
  behind a toggle in the web book) stay closed in the web book. The PDF cannot hide them, so the LaTeX builder
  moves each chapter's reveals, in order, to the end of that chapter, under "Reveals", after its questions: a
  printed chapter never shows an answer right under its Predict box.
"""
from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

LOGGER = logging.getLogger(__name__)


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


class NumberRole(SphinxRole):
    """``{num}`h_town.offset_markup```: the named number of a case, as countylab computes it now."""

    def run(self):
        """The number as text, or a build warning naming the unknown case or key."""
        from countylab import numbers
        case, _, key = self.text.partition(".")
        try:
            value = numbers(case)[key]
        except (KeyError, ValueError) as error:
            LOGGER.warning(f"{{num}}`{self.text}`: {error}", location=self.get_location())
            value = self.text
        node = nodes.inline(value, value, classes=["county-number"])
        return [node], []


def _reveals_by_chapter(node, owner=None, found=None) -> dict:
    """Each document's reveals with the element that holds them. The PDF's single tree is walked through its
    children: jupyterbook-latex moves nodes into parts without updating their ``parent`` links."""
    found = {} if found is None else found
    for child in node.children:
        own = child if isinstance(child, addnodes.start_of_file) else owner
        if isinstance(child, nodes.Element) and own is not None and (
                "tag_reveal" in child.get("classes", [])  # a notebook cell tagged "reveal" (a table, a figure)
                or (isinstance(child, nodes.admonition) and "reveal" in child.get("classes", []))):
            found.setdefault(id(own), (own, []))[1].append((child, node))
        elif isinstance(child, nodes.Element):
            _reveals_by_chapter(child, own, found)
    return found


def move_reveals_to_chapter_ends(app, doctree, docname) -> None:
    """In the PDF, each chapter's reveals follow its questions, under a rubric "Reveals"."""
    if app.builder.name != "latex":
        return
    for chapter, reveals in _reveals_by_chapter(doctree).values():
        for reveal, holder in reveals:
            holder.remove(reveal)
        body = next((c for c in chapter.children if isinstance(c, nodes.section)), chapter)
        body += nodes.rubric("", "Reveals")
        body += nodes.paragraph("", "Open these after you have made your predictions and played with the labs.")
        body.extend(reveal for reveal, _ in reveals)


def setup(app):
    """Register the fixes with Sphinx."""
    app.connect("html-page-context", dedupe_scripts, priority=100)
    app.connect("html-page-context", fix_bibliography_roles)
    app.connect("env-get-outdated", reread_bibliographies)
    app.add_role("num", NumberRole())
    app.connect("doctree-resolved", move_reveals_to_chapter_ends)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

