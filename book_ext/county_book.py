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
- ``{agreement-sheet} h_town`` (or ``leader``) prints a role-play's agreement sheet from the fields the model
  replays (``countylab.<case>.roleplay.sheet_fields``): a table to fill in by hand, the CSV header, and in the
  web book a form that writes the group's CSV line to hand in (book_static/county/sheet-form.js), no kernel
  needed. ``{outcome-table} h_town`` (or ``leader``) inserts the typical agreements replayed by the model, and
  ``{case-table} leader roleplay.tasks_table`` any table a case's function computes.
- Reveals (admonitions with the class ``reveal``, and notebook cells tagged ``reveal`` whose output is hidden
  behind a toggle in the web book) stay closed in the web book. The PDF cannot hide them, so the LaTeX builder
  moves each chapter's reveals, in order, to the end of that chapter, under "Reveals", after its questions: a
  printed chapter never shows an answer right under its Predict box.
- Two languages. The Chinese book (``language: zh_CN``, built from ``zh/``) gets its numbers, sheets and
  tables in Chinese (``lang_of``), and every page of both editions carries a language switch: a link to the
  same page in the other language, whose site is the ``zh/`` folder of the English one (``add_language_switch``).
"""
from __future__ import annotations

import html
import importlib

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective, SphinxRole

LOGGER = logging.getLogger(__name__)

#: The book's own words around the directives and the switch, in each language.
WORDS = {
    "en": {"field": "field", "what": "what to write", "allowed": "allowed", "yours": "your group",
           "blank": " (blank: {what})", "none": "none", "where_needed": "only where it is not needed",
           "signed": "Signed, for each role at the table: ________________________________________________",
           "csv": "Handed in as one CSV line: one line of text with the values in this order, separated by commas "
                  "(in the web book, the form below writes it):",
           "form": "Agreement sheet", "form_note": "Fill in your group's agreement: the line below is what you hand "
                                                   "in (no kernel needed; nothing is sent anywhere).",
           "line": "Your CSV line", "copy": "Copy the line",
           "reveals": "Reveals", "reveals_note": "Open these after you have made your predictions and played with "
                                                 "the labs.",
           "switch": "中文版", "switch_label": "阅读本页的中文版", "switch_lang": "zh",
           "nav": "Language"},
    "zh": {"field": "字段", "what": "填写内容", "allowed": "可填的值", "yours": "本组填写",
           "blank": "（留空即{what}）", "none": "无", "where_needed": "不适用",
           "signed": "各角色签字：________________________________________________",
           "csv": "以一行CSV文本提交：按下列顺序填写各值，用英文逗号分隔（网页版中，下面的表单会自动生成）：",
           "form": "协议单",
           "form_note": "填写本组达成的协议：下面这一行就是要提交的内容（无需运行内核，不会向任何地方发送数据）。",
           "line": "本组的CSV行", "copy": "复制这一行",
           "reveals": "答案揭晓", "reveals_note": "请在写下预测、动手操作过实验之后再阅读以下内容。",
           "switch": "English", "switch_label": "Read this page in English", "switch_lang": "en",
           "nav": "语言"},
}


def lang_of(config) -> str:
    """The book's language: "zh" for the Chinese edition (``language: zh_CN``), else "en"."""
    return "zh" if str(getattr(config, "language", None) or "en").startswith("zh") else "en"


def words(config) -> dict[str, str]:
    """The book's own words in its language."""
    return WORDS[lang_of(config)]


def add_language_switch(app, pagename, templatename, context, doctree) -> None:
    """Put a link to the same page in the other language at the top of the page (and a ``hreflang``
    alternate in its head). The Chinese site is the ``zh/`` folder of the English one."""
    w = words(app.config)
    up = "../" * pagename.count("/")
    href = f"{up}zh/{pagename}.html" if lang_of(app.config) == "en" else f"{up}../{pagename}.html"
    context["metatags"] = context.get("metatags", "") + \
        f'\n<link rel="alternate" hreflang="{w["switch_lang"]}" href="{href}" />'
    body = context.get("body")
    if body is None:  # the search page and the index have no body here: their switch is the alternate link
        return
    link = (f'<nav class="county-lang" aria-label="{w["nav"]}"><a class="county-lang-switch" href="{href}" '
            f'hreflang="{w["switch_lang"]}" lang="{w["switch_lang"]}" title="{w["switch_label"]}">{w["switch"]}</a>'
            f'</nav>')
    context["body"] = link + body


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
            value = numbers(case, lang_of(self.config))[key]
        except (KeyError, ValueError) as error:
            LOGGER.warning(f"{{num}}`{self.text}`: {error}", location=self.get_location())
            value = self.text
        node = nodes.inline(value, value, classes=["county-number"])
        return [node], []


CASES = ("h_town", "leader")


def table_node(header: list[str], rows: list[list[str]], classes: tuple[str, ...] = (),
               widths: list[int] | None = None) -> nodes.table:
    """A docutils table (a real table in HTML and in the PDF) from header cells and rows of text; ``widths``
    (relative) overrides the widths computed from the content."""
    table = nodes.table(classes=[*classes, "colwidths-given"])
    group = nodes.tgroup(cols=len(header))
    table += group
    # Widths from the content (the PDF's columns: the longest word of a header, the longest cell up to 22
    # characters), so that short numbers do not get as much room as a sentence.
    for i, title in enumerate(header):
        longest = max([len(word) + 2 for word in title.split()] + [min(22, len(str(row[i]))) for row in rows])
        group += nodes.colspec(colwidth=widths[i] if widths else max(4, longest))
    head, body = nodes.thead(), nodes.tbody()
    for cells, part in ([header], head), *((rows, body),):
        for row in cells:
            line = nodes.row()
            for cell in row:
                entry = nodes.entry()
                entry += nodes.paragraph(str(cell), str(cell))
                line += entry
            part += line
    group += head
    group += body
    return table


class CaseDirective(SphinxDirective):
    """A directive whose one argument names a case (h_town or leader)."""

    required_arguments = 1

    def case_module(self, name: str):
        """The case's module ``name`` (roleplay or debrief); a build error naming the allowed cases."""
        case = self.arguments[0]
        if case not in CASES:
            raise self.error(f"{self.name}: unknown case {case!r}; cases: {', '.join(CASES)}")
        return importlib.import_module(f"countylab.{case}.{name}")


def _form_html(case: str, fields, label, w: dict[str, str]) -> str:
    """The web form of an agreement sheet: one labelled control per field, and the CSV line it makes."""
    parts = [f'<form class="county-sheet" data-case="{case}" aria-label="{w["form"]}" '
             f'data-header="{html.escape(",".join(f.name for f in fields))}">',
             f'<p class="county-sheet-note">{html.escape(w["form_note"])}</p>']
    for f in fields:
        uid = f"sheet-{case}-{f.name}"
        optional = "" if f.required else ' data-optional="true"'
        text = html.escape(f"{label(f.label_key)} ({f.name})")
        if f.kind == "many":
            boxes = "".join(f'<label><input type="checkbox" name="{f.name}" value="{c}"> {c}</label> '
                            for c in f.choices)
            parts.append(f'<fieldset><legend>{text}</legend>{boxes}</fieldset>')
            continue
        if f.kind == "choice":
            options = "".join(f'<option value="{c}"{" selected" if c == f.default else ""}>{c}</option>'
                              for c in ([] if f.default else [""]) + list(f.choices))
            control = f'<select id="{uid}" name="{f.name}"{optional}>{options}</select>'
        elif f.kind in ("int", "number"):
            value = "" if f.default is None else f' value="{f.default}"'
            control = (f'<input id="{uid}" name="{f.name}" type="number" min="{f.low:g}" max="{f.high:g}" '
                       f'step="{f.step:g}"{value}{optional}>')
        else:
            control = f'<input id="{uid}" name="{f.name}" type="text">'
        parts.append(f'<div class="county-sheet-field"><label for="{uid}">{text}</label> {control}</div>')
    parts.append(f'<label for="sheet-{case}-line">{w["line"]}</label>'
                 f'<textarea id="sheet-{case}-line" class="county-sheet-line" rows="2" readonly></textarea>'
                 f'<p class="county-sheet-status" role="status" aria-live="polite"></p>'
                 f'<button type="button" class="county-sheet-copy">{w["copy"]}</button></form>')
    return "".join(parts)


class AgreementSheet(CaseDirective):
    """``{agreement-sheet} h_town``: the agreement sheet as a table, its CSV header, and the web form."""

    def run(self):
        """The sheet's nodes."""
        from countylab.core.i18n import t
        lang, w = lang_of(self.config), words(self.config)
        fields = self.case_module("roleplay").sheet_fields()
        blank = lambda f: "" if f.required else w["blank"].format(what=_blank(f.default, w))
        rows = [[f.name, t(f.label_key, lang), f.allowed_in(lang) + blank(f), ""] for f in fields]
        out = [table_node([w["field"], w["what"], w["allowed"], w["yours"]], rows, ("county-sheet-table",),
                          widths=[16, 22, 30, 32])]
        header = ",".join(f.name for f in fields)
        out.append(nodes.paragraph("", w["signed"]))
        out.append(nodes.paragraph("", w["csv"]))
        out.append(nodes.literal_block(header, header.replace(",", ", ")))
        out.append(nodes.raw("", _form_html(self.arguments[0], fields, lambda key: t(key, lang), w), format="html"))
        return out


def frame_table(frame, classes: tuple[str, ...]) -> nodes.table:
    """A docutils table of a DataFrame that a case's function computed (cells as the model rounds them)."""
    rows = [[_cell(v) for v in row] for row in frame.itertuples(index=False)]
    return table_node([str(c) for c in frame.columns], rows, classes)


class OutcomeTable(CaseDirective):
    """``{outcome-table} leader``: the typical agreements of a role-play, replayed by the model now."""

    def run(self):
        """The table, computed at build time."""
        return [frame_table(self.case_module("debrief").typical_table(lang_of(self.config)).frame,
                            ("county-outcome-table",))]


class CaseTable(CaseDirective):
    """``{case-table} leader roleplay.tasks_table``: a table a case's function computes now (no typed numbers)."""

    required_arguments = 2

    def run(self):
        """The table of ``<case>.<module>.<function>()``."""
        module, _, function = self.arguments[1].partition(".")
        make = getattr(self.case_module(module), function, None)
        if make is None:
            raise self.error(f"{self.name}: countylab.{self.arguments[0]}.{module} has no {function!r}")
        return [frame_table(make(lang_of(self.config)).frame, ("county-case-table",))]


def _blank(default, w: dict[str, str]) -> str:
    """What a blank cell means, in words."""
    return w["none"] if default == () else w["where_needed"] if default == "" else str(default)


def _cell(value) -> str:
    """A table cell as the model gives it (the tables round their own numbers)."""
    return f"{value:g}" if isinstance(value, float) else str(value)


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
        w = words(app.config)
        body += nodes.rubric("", w["reveals"])
        body += nodes.paragraph("", w["reveals_note"])
        body.extend(reveal for reveal, _ in reveals)


def setup(app):
    """Register the fixes with Sphinx."""
    app.connect("html-page-context", dedupe_scripts, priority=100)
    app.connect("html-page-context", fix_bibliography_roles)
    app.connect("html-page-context", add_language_switch)
    app.connect("env-get-outdated", reread_bibliographies)
    app.add_role("num", NumberRole())
    app.add_directive("agreement-sheet", AgreementSheet)
    app.add_directive("outcome-table", OutcomeTable)
    app.add_directive("case-table", CaseTable)
    app.connect("doctree-resolved", move_reveals_to_chapter_ends)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

