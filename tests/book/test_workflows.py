"""The GitHub Actions workflows: actionlint finds nothing in them, and finds the mistakes of a broken one; the
book workflow tests the way CI does and publishes only the student web book."""
import yaml

from tools import ROOT, actionlint


def test_the_workflows_pass_actionlint():
    files = actionlint.workflows()
    assert {f.name for f in files} == {"book.yml", "linkcheck.yml"}
    assert actionlint.lint(files) == []


def test_actionlint_finds_the_mistakes_of_a_broken_workflow():
    found = actionlint.lint([ROOT / "tests" / "fixtures" / "workflows" / "broken.yml"])
    assert [line.rsplit("[", 1)[1] for line in found] == ["expression]", "shell-name]"]


def test_the_book_workflow_runs_make_test_and_publishes_only_the_student_book():
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "book.yml").read_text())
    steps = flow["jobs"]["test"]["steps"]
    assert any(s.get("run") == "make test" for s in steps)
    pages = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-pages-artifact")]
    assert [s["with"]["path"] for s in pages] == ["_build/html"]
    link = yaml.safe_load((ROOT / ".github" / "workflows" / "linkcheck.yml").read_text())
    assert "schedule" in link[True] and "--builder linkcheck" in str(link["jobs"])
