"""The package's shape: a documented public surface at the top, cases that never import each other, nothing
read from the data package at import, notebooks that import from the top, and no file citing a document that is
not in the repository."""
import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import countylab
from tools import ROOT

SRC = ROOT / "src" / "countylab"
CASES = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "README.md").is_file())


def test_there_are_two_case_folders_each_with_a_model_card():
    assert CASES == ["h_town", "leader"]
    for case in CASES:
        card = (SRC / case / "README.md").read_text(encoding="utf-8")
        for heading in ("## What the model is", "## Parameters", "## What it leaves out"):
            assert heading in card, f"{case}/README.md lacks {heading!r}"


@pytest.mark.parametrize("name", countylab.__all__)
def test_every_public_name_exists_and_is_documented(name):
    obj = getattr(countylab, name)
    doc = obj.__doc__ if not isinstance(obj, dict) else None
    if name == "LABS":
        assert "LABS" in countylab.__doc__
        return
    assert doc and doc.strip(), f"countylab.{name} has no docstring"
    assert not doc.startswith(f"{name}("), f"countylab.{name} has only the dataclass's generated signature"


def test_the_public_surface_is_listed_once_and_in_the_module_docstring():
    assert len(set(countylab.__all__)) == len(countylab.__all__)
    undocumented = [n for n in countylab.__all__ if n not in countylab.__doc__]
    assert not undocumented, f"name these in countylab/__init__.py's docstring: {undocumented}"


def imported_modules(path: Path) -> set[str]:
    """The countylab modules a file imports, resolved to dotted names."""
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.add(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {m for m in found if m.startswith("countylab")}


def layer_violations(root: Path) -> list[str]:
    """Imports that cross the layers: the core importing a case, or a case importing another case."""
    problems = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if len(parts) < 2:
            continue  # the package's top module gathers every case on purpose
        owner = parts[0]
        for module in imported_modules(path):
            target = module.split(".")[1] if module.count(".") else None
            if target and target != owner and target != "core":
                problems.append(f"{path.relative_to(root)} imports {module}")
    return problems


def test_no_case_imports_another_and_the_core_imports_no_case():
    assert layer_violations(SRC) == []


def test_the_layer_check_can_fail(tmp_path):
    fake = tmp_path / "countylab"
    (fake / "leader").mkdir(parents=True)
    (fake / "core").mkdir()
    (fake / "leader" / "figures.py").write_text("from ..h_town.figures import PALETTE\n")
    (fake / "core" / "lab.py").write_text("from countylab.leader import labs\n")
    global SRC
    real, SRC = SRC, fake
    try:
        assert layer_violations(fake) == ["core/lab.py imports countylab.leader",
                                          "leader/figures.py imports countylab.h_town.figures"]
    finally:
        SRC = real


AUDIT = """
import sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" and
                 str(args[0]).endswith((".csv", ".json")) else None)
import countylab
at_import = list(opened)
{after}
print(repr((at_import, opened)))
"""


def files_opened(after: str = "") -> tuple[list[str], list[str]]:
    out = subprocess.run([sys.executable, "-c", AUDIT.format(after=after)], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def test_importing_countylab_reads_nothing_from_the_data_package():
    at_import, _ = files_opened()
    assert [p for p in at_import if "/data/" in p or "quizzes" in p] == []


def test_the_import_audit_sees_a_data_file_when_one_is_read():
    at_import, later = files_opened("countylab.week(1); countylab.Quiz('case1')")
    assert any(p.endswith("leader_month.csv") for p in later) and any(p.endswith("case1.json") for p in later)
    assert not any(p.endswith("leader_month.csv") for p in at_import)


NOTEBOOKS = sorted([*ROOT.glob("cases/*.ipynb"), *ROOT.glob("exercises/*.ipynb"), *ROOT.glob("instructor/*.ipynb")])
PAGES = sorted([*ROOT.glob("exercises/*.md"), *ROOT.glob("instructor/*.md"), ROOT / "intro.md"])


def deep_imports(text: str) -> list[str]:
    """``from countylab.<something> import`` lines: notebooks and pages import from the package's top."""
    return re.findall(r"^\s*from countylab\.\S+ import .*$", text, flags=re.M)


@pytest.mark.parametrize("path", NOTEBOOKS + PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_notebooks_and_pages_import_from_the_top_of_the_package(path):
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    else:
        text = path.read_text(encoding="utf-8")
    assert deep_imports(text) == []


def test_the_deep_import_check_can_fail():
    assert deep_imports("x = 1\nfrom countylab.h_town.cascade import run_cascade\n") == [
        "from countylab.h_town.cascade import run_cascade"]


def tracked_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / line for line in out.splitlines() if line and (ROOT / line).is_file()]


def outside_citations(text: str) -> list[str]:
    """Mentions of the design document, which lives outside the repository."""
    return re.findall(r"DESIGN(?:\.md| §\s*\d)", text)


def test_no_file_cites_a_document_outside_the_repository():
    this = Path(__file__).resolve()
    citing = []
    for path in tracked_files():
        if path.resolve() == this or path.suffix in (".png", ".ico", ".pdf", ".sty"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if outside_citations(text):
            citing.append(path.relative_to(ROOT).as_posix())
    assert citing == []


def test_the_citation_check_can_fail():
    assert outside_citations("see DESIGN §4 and ../shared/DESIGN.md") == ["DESIGN §4", "DESIGN.md"]


def card_rows(text: str, first_header: str) -> list[dict[str, str]]:
    """The rows of the Markdown table whose first column is ``first_header``, as dictionaries."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first_header} |"))
    header = [c.strip() for c in lines[start].strip("|").split("|")]
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append(dict(zip(header, (c.strip().strip("`") for c in line.strip("|").split("|")))))
    return rows


def card_disagreements(card: str, facts: dict) -> list[str]:
    """Parameters of a model card whose default or source differs from the data package."""
    problems = []
    for row in card_rows(card, "parameter"):
        fact = facts.get(row["data key"])
        if fact is None:
            problems.append(f"{row['data key']}: not in the data package")
            continue
        if float(row["default"]) != fact.value:
            problems.append(f"{row['data key']}: card says {row['default']}, data say {fact.value:g}")
        if not row["source"].startswith(fact.status):
            problems.append(f"{row['data key']}: card says {row['source']!r}, data say {fact.status}")
    return problems


def test_the_model_cards_agree_with_the_data_package():
    from countylab.core.data import facts
    from countylab.h_town import cascade
    h_town = (SRC / "h_town" / "README.md").read_text(encoding="utf-8")
    leader = (SRC / "leader" / "README.md").read_text(encoding="utf-8")
    assert card_disagreements(h_town, facts("h_town_facts")) == []
    assert card_disagreements(leader, facts("leader_facts")) == []
    for name in ("COST_HEADROOM", "FORMALISM_STAFF_HOURS", "FORMALISM_HOURS_PER_TASK"):
        assert f"`{name}`, {getattr(cascade, name):g}" in h_town, name
    for row in card_rows(leader, "channel"):
        c = countylab.channels()[row["channel"]]
        assert (float(row["force"]), float(row["leader's hours"]), float(row["staff hours"]),
                float(row["days to take effect"])) == (c.force, c.leader_hours, c.staff_hours, c.delay_days), row


def test_the_model_card_check_can_fail():
    from countylab.core.data import facts
    card = (SRC / "h_town" / "README.md").read_text(encoding="utf-8").replace(
        "| `fit_share` | 0.70 | share | illustrative |", "| `fit_share` | 0.75 | share | sourced: the essay |")
    assert card_disagreements(card, facts("h_town_facts")) == [
        "fit_share: card says 0.75, data say 0.7", "fit_share: card says 'sourced: the essay', data say illustrative"]
