"""Launch paths beyond Binder: the student content tree holds no instructor material; the JupyterHub button is
the nbgitpuller link of the book's settings; and, end to end on this machine, README's local commands and the
hub path (nbgitpuller against a local git repository, a real JupyterLab, every lab moved, a second pull that
keeps the student's edit)."""
import json
import re
import shutil
import subprocess
import urllib.parse

import pytest
import yaml

from tools import ROOT, book, hub_path, student_content
from tools.editions import flat, instructor_sentences

TEXT = {".md", ".ipynb", ".json", ".csv", ".txt", ".py", ".yml"}


def read(path) -> str:
    """A file's text; JSON (notebooks, quizzes) decoded, so escaped characters are searched as themselves."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return json.dumps(json.loads(text), ensure_ascii=False) if path.suffix in (".ipynb", ".json") else text


def tree_text(tree) -> str:
    """Every text file of a tree, flattened like the edition leak search."""
    return flat(" ".join(read(p) for p in sorted(tree.rglob("*"))
                         if p.is_file() and p.suffix in TEXT and ".git" not in p.parts and ".venv" not in p.parts))


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    return student_content.build(tmp_path_factory.mktemp("student") / "content", git=True)


def leaks(tree) -> list[str]:
    """Instructor sentences of either language found in a tree."""
    text = tree_text(tree)
    sentences = instructor_sentences() + instructor_sentences(ROOT / "zh" / "instructor", "zh")
    return [s for s in sentences if flat(s) in text]


def test_the_student_content_holds_the_student_material_and_no_instructor_material(content):
    files = {p.relative_to(content).as_posix() for p in content.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert {"README.md", "requirements.txt", "binder/requirements.txt", "binder/apt.txt"} <= files
    assert {f"cases/{p.name}" for p in (ROOT / "cases").glob("*.ipynb")} <= files
    assert {f"zh/cases/{p.name}" for p in (ROOT / "zh" / "cases").glob("*.ipynb")} <= files
    assert not [f for f in files if "instructor" in f or "solution" in f or "roles" in f]
    assert leaks(content) == []
    wheel = [f for f in files if f.startswith("wheels/countylab-")]
    assert len(wheel) == 1 and f"./{wheel[0]}" in (content / "binder" / "requirements.txt").read_text()
    ours = (ROOT / "binder" / "requirements.txt").read_text().split("\n", 2)[2].replace("-e .\n", "")
    theirs = (content / "binder" / "requirements.txt").read_text().split("\n", 1)[1]
    assert theirs.replace(f"./{wheel[0]}\n", "") == ours, "the content's environment drifted from the lock"
    log = subprocess.run(["git", "log", "--format=%s"], cwd=content, capture_output=True, text=True, check=True)
    assert log.stdout.startswith("Student content from County Cases")


def test_the_leak_search_finds_an_instructor_sentence_in_the_content(content, tmp_path):
    copy = shutil.copytree(content, tmp_path / "copy", ignore=shutil.ignore_patterns(".git"))
    sentence = instructor_sentences()[0]
    nb = json.loads((copy / "cases" / "why_90.ipynb").read_text())
    nb["cells"][-1]["source"] = sentence
    (copy / "cases" / "why_90.ipynb").write_text(json.dumps(nb))
    assert leaks(copy) == [sentence]


def test_the_jupyterhub_button_is_the_nbgitpuller_link_of_the_settings(tmp_path):
    """A one-page book with the repository's launch settings and a hub URL, built by Jupyter Book."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text())
    assert config["launch_buttons"]["jupyterhub_url"] == "", "no hub button until an instructor sets one"
    hub = "https://hub.example.edu"
    probe = {k: config[k] for k in ("title", "repository")}
    probe["launch_buttons"] = {**config["launch_buttons"], "jupyterhub_url": hub}
    probe["execute"] = {"execute_notebooks": "off"}
    (tmp_path / "_config.yml").write_text(yaml.safe_dump(probe))
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: cases/probe\n")
    (tmp_path / "intro.md").write_text("# Probe\n")
    (tmp_path / "cases").mkdir()
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# A chapter"}], "metadata": {},
          "nbformat": 4, "nbformat_minor": 5}
    (tmp_path / "cases" / "probe.ipynb").write_text(json.dumps(nb))
    out = subprocess.run([book.jupyter_book(), "build", str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    page = (tmp_path / "_build" / "html" / "cases" / "probe.html").read_text()
    links = [urllib.parse.unquote(h.replace("&amp;", "&")) for h in re.findall(r'href="([^"]*git-pull[^"]*)"', page)]
    expected = hub_path.pull_link(hub, config["repository"]["url"], config["repository"]["branch"],
                                  "cases/probe.ipynb")
    assert links and urllib.parse.unquote(expected) in links, links


def test_readme_gives_the_local_commands_the_test_runs():
    readme = (ROOT / "README.md").read_text()
    for command in hub_path.LOCAL_COMMANDS:
        assert command in readme, command


def test_the_hub_path_end_to_end(browser):
    result = hub_path.hub_path(browser=browser)
    (ROOT / "artifacts").mkdir(exist_ok=True)
    (ROOT / "artifacts" / "hub_path.json").write_text(json.dumps(
        {"timings": result.timings, "notebook": result.notebook.__dict__ if result.notebook else None}, indent=1))
    assert result.problems == []
    assert result.notebook.labs > 0 and result.notebook.moved == result.notebook.labs
    assert result.kept_student_edit and result.got_upstream_change
