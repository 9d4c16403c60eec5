"""The data package as an instructor edits it in a spreadsheet: every CSV is corrupted in the ways editing goes
wrong (a row duplicated, deleted or swapped, a cell emptied or retyped, a column dropped or added, the header
lost, a byte-order mark, CRLF line ends). Reading the package and running the models on it then either works —
and the models' results stay valid — or fails with a DataError that names a data file. Specific faults from
the issue are pinned below the fuzz test."""
import csv
import io
import shutil

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import countylab as c
from countylab.core.data import DataError, data_folder
from tools import ROOT

DATA = ROOT / "data"
CSV_FILES = sorted(p.name for p in DATA.glob("*.csv"))
CASES = 200
JUNK = ["", "abc", "-1", "0", "1.5", "0.5", "2", "1e400", "nan", "inf", "99999999", " 3 ", "w9t9", "city",
        "sourced", "high", "in_person", "1,000", "０"]


def load_everything():
    """Read every table through the models and run each model once with the data's defaults."""
    c.CampaignParams.h_town()
    for r in c.compare_strategies(c.CampaignParams.h_town()).values():
        assert r.daily["coverage"].between(0, 1).all() and r.daily["evaluated_coverage"].between(0, 1).all()
        assert r.daily["rank"].between(1, 8).all()
    c.target_arithmetic()
    c.reception_form(2, 2, "high")
    c.channels()
    for w in c.month():
        best = c.best_allocation(w)
        assert best.hours_used <= best.budget_hours + 1e-9
    c.plan_month()


def rewrite(path, mutate):
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rows = mutate(rows)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


@st.composite
def corruption(draw):
    """A file and a way to break it."""
    name = draw(st.sampled_from(CSV_FILES))
    rows = list(csv.reader(io.StringIO((DATA / name).read_text(encoding="utf-8"), newline="")))
    n, width = len(rows) - 1, len(rows[0])
    kind = draw(st.sampled_from(["duplicate", "delete", "cell", "drop_column", "add_column", "swap", "no_rows",
                                 "bom", "crlf", "short_row"]))
    i = draw(st.integers(1, n))
    j = draw(st.integers(0, width - 1))
    junk = draw(st.sampled_from(JUNK))
    other = draw(st.integers(1, n))
    return name, kind, i, j, junk, other


def apply(folder, name, kind, i, j, junk, other):
    path = folder / name
    if kind == "bom":
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    elif kind == "crlf":
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    else:
        def mutate(rows):
            if kind == "duplicate":
                rows.insert(other, list(rows[i]))
            elif kind == "delete":
                del rows[i]
            elif kind == "cell":
                rows[i][j] = junk
            elif kind == "drop_column":
                rows = [r[:j] + r[j + 1:] for r in rows]
            elif kind == "add_column":
                rows = [r + (["extra"] if k == 0 else [junk]) for k, r in enumerate(rows)]
            elif kind == "swap":
                rows[i][j], rows[other][j] = rows[other][j], rows[i][j]
            elif kind == "no_rows":
                rows = rows[:1]
            elif kind == "short_row":
                rows[i] = rows[i][:-1]
            return rows
        rewrite(path, mutate)


@pytest.fixture
def copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=corruption())
def test_a_corrupted_package_loads_validly_or_fails_naming_a_file(tmp_path_factory, case):
    folder = tmp_path_factory.mktemp("data")
    shutil.copytree(DATA, folder, dirs_exist_ok=True)
    apply(folder, *case)
    with data_folder(folder):
        try:
            load_everything()
            event(f"{case[1]}: loaded")
        except DataError as error:
            assert ".csv" in str(error) and str(folder) in str(error), str(error)
            event(f"{case[1]}: refused")


def test_the_package_in_use_is_the_repositorys_again_after_a_corrupted_copy(copy):
    apply(copy, "h_town_facts.csv", "cell", 1, 1, "0.95", 1)
    with data_folder(copy):
        assert c.CampaignParams.h_town().target == 0.95
    assert c.CampaignParams.h_town().target == 0.9


def edit_cell(folder, name, key_column, key, column, value):
    def mutate(rows):
        k, col = rows[0].index(key_column), rows[0].index(column)
        for r in rows[1:]:
            if r[k] == key:
                r[col] = value
        return rows
    rewrite(folder / name, mutate)


@pytest.mark.parametrize("name, change, message", [
    ("h_town_facts.csv", lambda rows: rows + [["county_target_rate", "0.95", "share", "illustrative", "", "x"]],
     r"h_town_facts.csv, line 19: key county_target_rate repeats line 2"),
    ("m_county_daily.csv", lambda rows: [r for r in rows if r[:2] != ["B town", "7"]],
     r"m_county_daily.csv: B town has no row for day 7"),
    ("leader_month.csv", lambda rows: rows[:1], r"leader_month.csv: no rows"),
    ("channels.csv", lambda rows: [r if r[0] != "phone" else [r[0], "2.5", *r[2:]] for r in rows],
     r"channels.csv, line 3, column force: '2.5' is not a whole number"),
    ("h_town_facts.csv", lambda rows: [r if r[0] != "eligible_adults" else [r[0], "48000.5", *r[2:]] for r in rows],
     r"h_town_facts.csv, line 9, column value: 48000.5 persons must be a whole number"),
    ("h_town_facts.csv", lambda rows: [r if r[0] != "fit_share" else [r[0], "1.7", *r[2:]] for r in rows],
     r"h_town_facts.csv, line 11, column value: 1.7 is a share and must be in \[0, 1\]"),
    ("reception_rules.csv", lambda rows: [r for r in rows if r[:2] != ["equal", "low"]],
     r"reception_rules.csv needs a row for every rank relation × importance; missing: equal × low"),
    ("leader_month.csv", lambda rows: [r if r[1] != "w1t1" else [*r[:10], "", *r[11:]] for r in rows],
     r"leader_month.csv, line \d+, column value: a task needs a value here"),
    ("leader_facts.csv", lambda rows: [r if r[0] != "host_rank" else [r[0], "7", *r[2:]] for r in rows],
     r"leader_facts.csv, line 2, column value: host_rank must be in \[1, 4\]"),
])
def test_the_faults_found_by_hand_are_refused_with_file_line_and_column(copy, name, change, message):
    rewrite(copy / name, change)
    with data_folder(copy), pytest.raises(DataError, match=message):
        load_everything()


def test_a_spreadsheets_byte_order_mark_and_crlf_are_read(copy):
    for name in CSV_FILES:
        path = copy / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    with data_folder(copy):
        load_everything()
        assert c.CampaignParams.h_town() == c.CampaignParams.h_town()
        assert c.target_arithmetic().still_needed == 5200
