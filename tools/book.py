"""Build the book the one way every make target and test uses: Jupyter Book 1 with warnings as errors.

Usage: python -m tools.book html|pdf [--edition student|instructor|zh|zh-instructor] [--path DIR]
The build runs with ``-n -W --keep-going`` (nitpicky, every warning fails, all of them reported). The web
book is then checked by tools/check_site.py; the PDF (Jupyter Book's LaTeX builder through xelatex) by
tools/check_pdf.py. Prints where to open the result.

Two editions from one source. The **student** edition is ``_config.yml`` + ``_toc.yml`` into ``_build/``. The
**instructor** edition adds the ``instructor/`` part (``_toc_instructor.yml``) and builds into
``_build/instructor/_build/``; its configuration is generated from ``_config.yml`` (title and PDF name changed)
into ``.instructor_config.yml`` at every build, so the two editions cannot drift apart.

The **Chinese** editions (``zh``, ``zh-instructor``) are a second book whose root is ``zh/``: parallel source
files with the same paths (``zh/cases/h_town_a.ipynb`` …), their own tables of contents (``zh/_toc.yml``,
``zh/_toc_instructor.yml``) and a configuration generated from ``_config.yml`` the same way (language
``zh_CN``, Chinese search with jieba, a Chinese title and PDF, paths made relative to ``zh/``) into
``zh/.config.yml`` / ``zh/.instructor_config.yml``. They build into ``_build/zh/`` and ``_build/zh-instructor/``;
each web book is also linked as the ``zh/`` folder of its English twin's site (a symbolic link), where the
language switch of every page points (``book_ext``).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tools import ROOT

BUILD_FLAGS = ["-n", "-W", "--keep-going"]
BUILDERS = {"html": "html", "pdf": "pdflatex"}
PDF_NAME = "county-cases.pdf"
EDITIONS = {
    "student": {"toc": "_toc.yml", "config": "_config.yml", "output": None, "pdf": PDF_NAME,
                "source": ".", "lang": "en", "twin": "zh"},
    "instructor": {"toc": "_toc_instructor.yml", "config": ".instructor_config.yml",
                   "output": Path("_build") / "instructor", "pdf": "county-cases-instructor.pdf",
                   "source": ".", "lang": "en", "twin": "zh-instructor"},
    "zh": {"toc": "zh/_toc.yml", "config": "zh/.config.yml", "output": Path("_build") / "zh",
           "pdf": "county-cases-zh.pdf", "source": "zh", "lang": "zh", "twin": "student"},
    "zh-instructor": {"toc": "zh/_toc_instructor.yml", "config": "zh/.instructor_config.yml",
                      "output": Path("_build") / "zh-instructor", "pdf": "county-cases-zh-instructor.pdf",
                      "source": "zh", "lang": "zh", "twin": "instructor"},
}

#: The Chinese edition's settings that differ from ``_config.yml`` (besides paths, which become relative to zh/).
ZH_TITLE = "县乡治理案例：中国县域治理教学案例工作手册"
ZH_AUTHOR = "县乡治理案例编写组"
#: myst-nb's toggles of hidden code cells and outputs (its default names the cell's part in English).
ZH_PROMPTS = {"nb_code_prompt_show": "展开单元格", "nb_code_prompt_hide": "收起单元格"}
ZH_FOOTER = "案例据杨华《县乡中国》（2022）改写。原文之外的数字均为说明性的教学假设，文中已一一标明。"
ZH_FONTS = r"""\setmainfont{DejaVu Serif}[Scale=0.92]
\setsansfont{DejaVu Sans}[Scale=0.92]
\setmonofont{DejaVu Sans Mono}[Scale=0.85]
"""
ZH_PREAMBLE = r"""\usepackage{xeCJK}
% The Chinese edition: Chinese is the main text, set in Noto CJK; xeCJK breaks lines between Chinese
% characters and keeps full-width punctuation off the start of a line (its default kinsoku rules).
\setCJKmainfont{Noto Serif CJK SC}
\setCJKsansfont{Noto Sans CJK SC}
\setCJKmonofont{Noto Sans Mono CJK SC}
\xeCJKsetup{CJKecglue={\hskip 0.15em plus 0.05em}, PunctStyle=quanjiao}
\renewcommand{\contentsname}{目录}
\renewcommand{\figurename}{图}
\renewcommand{\tablename}{表}
"""


def code_fingerprint(root: Path = ROOT) -> str:
    """A hash of what the built pages depend on besides their sources: countylab's code, the data and the
    quizzes (the notebooks' outputs), the bibliography and the code that generates the editions' configurations
    (a changed bibliography file would meet a stale saved environment), the book's own static files and Sphinx
    extension (Sphinx copies static files only
    when some page is out of date, so an edited script alone would never reach the build)."""
    digest = hashlib.sha256()
    watched = [*(root / "src" / "countylab").rglob("*.py"), *(root / "data").glob("*"),
               root / "references.bib", root / "tools" / "book.py",  # the bibliography and the editions' configs
               *(root / "book_static").glob("county/*"), *(root / "book_ext").glob("*.py"),
               *(root / "exercises" / "quizzes").glob("*.json")]
    for path in sorted(p for p in watched if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def build_dir(edition: str = "student", root: Path = ROOT) -> Path:
    """Where an edition's builders write (``html/``, ``latex/``, the caches)."""
    output = EDITIONS[edition]["output"]
    return root / "_build" if output is None else root / output / "_build"


def pdf_path(edition: str = "student", root: Path = ROOT) -> Path:
    """Where an edition's PDF is written."""
    return build_dir(edition, root) / "latex" / EDITIONS[edition]["pdf"]


def _up(path: str) -> str:
    """A path of ``_config.yml`` as seen from ``zh/``."""
    return f"../{path}"


def write_search_dict(root: Path = ROOT) -> Path:
    """``zh/.search_dict.txt``: the glossaries' Chinese terms as a jieba user dictionary, so that the search index
    holds each term whole (顶格管理, not only 顶格 and 管理) and a reader searching for it finds its chapter (the
    browser does not segment a query)."""
    import re

    from tools.check_pdf import glossary_terms
    terms = dict.fromkeys(re.split(r"[（(]", term)[0].strip() for term in glossary_terms(root, EDITIONS["zh"]["toc"]))
    path = root / "zh" / ".search_dict.txt"
    path.write_text("".join(f"{term} 1000 n\n" for term in terms if term), encoding="utf-8")
    return path


#: The notes of references.bib, as the Chinese bibliography gives them (a note without one here is an error).
ZH_NOTES = {
    "yang2022xianxiang": "本书两个案例所据文章的出处；第一篇文章写于2021年8月13日",
    "cpc2019burden": "2019年3月印发；将2019年定为“基层减负年”",
    "nbs2021census5": "2021年5月11日发布；普查标准时点为2020年11月1日：60岁及以上人口264,018,766人（18.70\\%），"
                      "65岁及以上190,635,280人（13.50\\%）",
    "nhc2021ageing": "2021年10月15日发布；乡村60岁及以上人口占23.81\\%，65岁及以上占17.72\\%",
    "nhc2021vaccineguide": "2021年3月29日印发；建议60岁及以上人群接种，并列出禁忌情形",
}


def write_chinese_bibliography(root: Path = ROOT) -> Path:
    """``zh/.references.bib``: references.bib as the Chinese edition cites it, generated at every build. An author
    romanised with the Chinese beside it (``{Yang Hua (杨华)}``) is cited by the Chinese name (杨华, 2022), and a
    Chinese title drops the English translation the English edition gives in brackets; every other entry as is."""
    import re
    text = (root / "references.bib").read_text(encoding="utf-8")
    text = re.sub(r"\{[^{}()]+ \(([\u4e00-\u9fff·]+)\)\}", r"{\1}", text)
    text = re.sub(r"\{\{([^{}\[\]]*[\u4e00-\u9fff][^{}\[\]]*?) \[[^\]]*\]\}\}", r"{{\1}}", text)
    entries = re.split(r"(?m)^(?=@)", text)
    for i, entry in enumerate(entries):
        key = re.match(r"@\w+\{([^,]+),", entry)
        if key and re.search(r"(?m)^\s*note\s*=", entry):
            if key.group(1) not in ZH_NOTES:
                raise ValueError(f"references.bib: {key.group(1)} has a note; "
                                 "give its Chinese in ZH_NOTES (tools/book.py)")
            note = ZH_NOTES[key.group(1)]
            entries[i] = re.sub(r"(?m)^(\s*note\s*=\s*)\{.*\}(,?)\s*$",
                                lambda m, note=note: f"{m.group(1)}{{{note}}}{m.group(2)}", entry)
    text = "".join(entries)
    path = root / "zh" / ".references.bib"
    path.write_text("% Generated by tools/book.py from references.bib for the Chinese edition. Do not edit.\n" + text,
                    encoding="utf-8")
    return path


def chinese_config(config: dict, root: Path = ROOT) -> dict:
    """The student configuration turned into the Chinese edition's (a new dict): language, search, title,
    footer, PDF fonts, and every path relative to ``zh/``."""
    import copy
    config = copy.deepcopy(config)
    config["title"] = ZH_TITLE
    config["author"] = ZH_AUTHOR
    config["exclude_patterns"] = ["_build", ".*", "**/.*", "**.ipynb_checkpoints"]
    config["bibtex_bibfiles"] = [write_chinese_bibliography(root).name]
    config["repository"]["path_to_book"] = "zh"
    config["html"]["favicon"] = _up(config["html"]["favicon"])
    config["html"]["extra_footer"] = ZH_FOOTER
    sphinx = config["sphinx"]
    sphinx["local_extensions"] = {k: _up(v) for k, v in sphinx["local_extensions"].items()}
    inner = sphinx["config"]
    inner["language"] = "zh_CN"
    inner["html_search_language"] = "zh"
    inner["html_search_options"] = {"dict": str(write_search_dict(root))}
    inner.update(ZH_PROMPTS)
    for key in ("html_static_path", "html_extra_path", "latex_additional_files"):
        inner[key] = [_up(v) for v in inner[key]]
    inner["latex_elements"] = {**inner["latex_elements"], "fontpkg": ZH_FONTS, "preamble": ZH_PREAMBLE}
    return config


def edition_config(edition: str, root: Path = ROOT) -> dict:
    """The configuration of ``edition``, derived from ``_config.yml``."""
    import yaml
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    if EDITIONS[edition]["lang"] == "zh":
        config = chinese_config(config, root)
    if edition.endswith("instructor"):
        config["title"] = (f"{config['title']}（教师版）" if EDITIONS[edition]["lang"] == "zh"
                           else f"{config['title']} (instructor edition)")
    config["latex"]["latex_documents"]["targetname"] = EDITIONS[edition]["pdf"].replace(".pdf", ".tex")
    return config


def write_edition_config(edition: str, root: Path = ROOT) -> Path:
    """Write the generated configuration of a non-default edition (its ``config`` path) and return it."""
    import yaml
    path = root / EDITIONS[edition]["config"]
    tmp = path.with_suffix(".tmp")
    tmp.write_text(f"# Generated by tools/book.py from _config.yml at every {edition} build. Do not edit.\n"
                   + yaml.safe_dump(edition_config(edition, root), allow_unicode=True, sort_keys=False),
                   encoding="utf-8")
    tmp.replace(path)
    return path


def write_instructor_config(root: Path = ROOT) -> Path:
    """``.instructor_config.yml``: the student ``_config.yml`` with the instructor edition's title and PDF name."""
    return write_edition_config("instructor", root)


def link_twin(edition: str, root: Path = ROOT) -> Path | None:
    """Link a Chinese web book as the ``zh/`` folder of its English twin's site (where the language switch
    of every English page points, and the Chinese pages point back with ``../``); returns the link."""
    if EDITIONS[edition]["lang"] != "zh":
        return None
    english = build_dir(EDITIONS[edition]["twin"], root) / "html"
    english.mkdir(parents=True, exist_ok=True)
    link = english / "zh"
    target = os.path.relpath(build_dir(edition, root) / "html", english)
    if link.is_symlink() and os.readlink(link) == target:
        return link
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.exists():
        shutil.rmtree(link)
    link.symlink_to(target, target_is_directory=True)
    return link


def refresh_execution_cache(root: Path = ROOT, edition: str = "student") -> bool:
    """Make the next build read every page again when countylab, data/ or the book's static files changed.

    Sphinx re-reads only changed source files, and a notebook is executed (inline, inserting the models'
    numbers) only when it is read, so without this a change to a model would leave last build's outputs, lab
    states and numbers in the book. Dropping Sphinx's saved environment (and any execution cache) makes the next
    build re-execute every notebook. Returns True when it dropped them."""
    out = build_dir(edition, root)
    stamp = out / ".countylab-fingerprint"
    now = code_fingerprint(root)
    stale = stamp.is_file() and stamp.read_text() != now
    if stale or not stamp.is_file():
        for cached in (".jupyter_cache", ".doctrees"):
            shutil.rmtree(out / cached, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    stamp.write_text(now)
    return stale


def jupyter_book() -> str:
    """The ``jupyter-book`` command of the environment this runs in."""
    return str(Path(sys.executable).with_name("jupyter-book"))


def build(path: Path, builder: str = "html", extra: list[str] | None = None,
          capture: bool = False, edition: str = "student") -> subprocess.CompletedProcess:
    """Run ``jupyter-book build`` on ``path`` with the project's flags; return the finished process."""
    e = EDITIONS[edition]
    options = []
    if edition != "student":
        write_edition_config(edition, path)
        options = ["--toc", str(path / e["toc"]), "--config", str(path / e["config"]),
                   "--path-output", str(path / e["output"])]
    cmd = [jupyter_book(), "build", str(path / e["source"]), "--builder", builder, *BUILD_FLAGS, *options,
           *(extra or [])]
    env = {**os.environ, "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    return subprocess.run(cmd, cwd=ROOT, env=env, text=True, capture_output=capture)


def main() -> int:
    """Build one edition as HTML or PDF, then check it; exit status 1 on any warning or problem."""
    parser = argparse.ArgumentParser(description="Build the book with warnings as errors.")
    parser.add_argument("builder", choices=sorted(BUILDERS))
    parser.add_argument("--edition", choices=sorted(EDITIONS), default="student")
    parser.add_argument("--path", type=Path, default=ROOT)
    args = parser.parse_args()
    start = time.perf_counter()
    if refresh_execution_cache(args.path, args.edition):
        print("book: countylab, data/ or the book's static files changed since the last build; rebuilding all")
    if build(args.path, BUILDERS[args.builder], edition=args.edition).returncode != 0:
        print("book: the build failed or warned (see above); warnings count as failures.", file=sys.stderr)
        return 1
    took = time.perf_counter() - start
    name = "" if args.edition == "student" else f" ({args.edition} edition)"
    if args.builder == "pdf":
        from tools.check_pdf import main as check_pdf_main
        pdf = pdf_path(args.edition, args.path)
        if check_pdf_main([str(pdf), "--toc", EDITIONS[args.edition]["toc"]]) != 0:
            return 1
        print(f"book: PDF{name} built in {took:.1f} s: {pdf.resolve()}")
        return 0
    from tools.check_site import main as check_site_main
    out = build_dir(args.edition, args.path) / "html"
    link_twin(args.edition, args.path)
    if check_site_main([str(out)]) != 0:
        return 1
    print(f"book: built{name} in {took:.1f} s. Open {out.resolve() / 'index.html'}"
          " in a browser, or run `make serve` and visit http://127.0.0.1:8000/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
