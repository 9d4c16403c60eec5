"""The data package: every file described and valid, sourced rows cite a checked reference, and the
codebook documents every field and every quantity."""
import csv
import json
import re

import pytest
from frictionless import Package

from tools import ROOT

DATA = ROOT / "data"
DESCRIPTOR = json.loads((DATA / "datapackage.json").read_text())
RESOURCES = DESCRIPTOR["resources"]
BIB_KEYS = set(re.findall(r"@\w+\{([^,]+),", (ROOT / "references.bib").read_text()))


def test_package_is_valid():
    report = Package(str(DATA / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_every_data_file_is_described():
    described = {r["path"] for r in RESOURCES}
    on_disk = {p.name for p in DATA.glob("*.csv")}
    assert on_disk == described


WITH_STATUS = [r for r in RESOURCES if any(f["name"] == "status" for f in r["schema"]["fields"])]


def test_every_resource_with_rows_of_its_own_says_sourced_or_illustrative():
    # The daily file's rows are derived from m_county_townships.csv (foreign key), which carries the status.
    without = {r["name"] for r in RESOURCES} - {r["name"] for r in WITH_STATUS}
    assert without == {"m-county-daily"}


@pytest.mark.parametrize("resource", WITH_STATUS, ids=lambda r: r["name"])
def test_sourced_rows_cite_a_checked_reference(resource):
    with (DATA / resource["path"]).open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["status"] == "sourced":
                assert row["source"] in BIB_KEYS, f"{row}: unknown source"
            else:
                assert row.get("source", "") == "", f"{row}: an illustrative row must not claim a source"
                assert any(w in row["note"] for w in ("assumption", "illustrative", "constructed for teaching")), row


def test_codebook_documents_every_field_and_key():
    codebook = (DATA / "README.md").read_text()
    for resource in RESOURCES:
        assert resource["path"] in codebook
        for field in resource["schema"]["fields"]:
            assert f"`{field['name']}`" in codebook, f"field {field['name']} missing from data/README.md"
        with (DATA / resource["path"]).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if "key" in row:
                    assert f"`{row['key']}`" in codebook, f"{row['key']} missing from data/README.md"


def test_case_facts_match_the_essay_and_the_census():
    with (DATA / "h_town_facts.csv").open(encoding="utf-8") as f:
        rows = {r["key"]: r for r in csv.DictReader(f)}
    assert float(rows["county_target_rate"]["value"]) == 0.90
    assert float(rows["elderly_left"]["value"]) == 10_000
    assert float(rows["national_aged_60_plus_share"]["value"]) == 0.1870
    assert float(rows["rural_aged_60_plus_share"]["value"]) == 0.2381


def test_county_daily_data_follow_their_documented_rule():
    from tools import make_county_data
    with (DATA / "m_county_daily.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    towns = {name: (start, ceiling, make_county_data.tau_days(eligible, start, ceiling, capacity))
             for name, eligible, _, start, ceiling, capacity, _ in make_county_data.TOWNSHIPS}
    assert {r["township"] for r in rows} == set(towns)
    for r in rows:
        start, ceiling, tau = towns[r["township"]]
        assert float(r["coverage"]) == make_county_data.coverage(start, ceiling, tau, int(r["day"]))


def test_the_models_vocabulary_is_the_schemas():
    """The words the models use are the enums the data package allows, so the two cannot drift apart."""
    from countylab.leader import channels, protocol
    enums = {(r["path"], f["name"]): f.get("constraints", {}).get("enum") for r in RESOURCES
             for f in r["schema"]["fields"]}
    assert tuple(enums[("reception_rules.csv", "relation")]) == protocol.RELATIONS
    assert tuple(enums[("reception_rules.csv", "importance")]) == protocol.IMPORTANCE
    assert tuple(enums[("leader_month.csv", "importance")]) == protocol.IMPORTANCE
    assert tuple(enums[("reception_rules.csv", "who")]) == protocol.WHO
    assert tuple(enums[("reception_rules.csv", "extent")]) == protocol.EXTENTS
    assert tuple(enums[("reception_rules.csv", "signal")]) == protocol.SIGNALS
    assert tuple(enums[("channels.csv", "channel")]) == channels.CHANNELS


def test_campaign_params_defaults_are_the_data_packages():
    """CampaignParams() spells its defaults out for readers of the code; they must be the data's."""
    from countylab import CampaignParams
    assert CampaignParams() == CampaignParams.h_town()
