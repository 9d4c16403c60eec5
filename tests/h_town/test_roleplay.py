"""The role-play "Negotiating the 90%" replayed: agreements from a day on, the sheet, the class debrief."""
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countylab import Agreement, CampaignParams, agreement_debrief, replay_agreement, run_campaign
from countylab.core.i18n import t
from countylab.core.sheets import header
from countylab.h_town import roleplay
from countylab.h_town.debrief import typical_table
from tools import ROOT

H = CampaignParams.h_town()
SAMPLE = (ROOT / "instructor" / "sample_agreements_90.csv").read_text(encoding="utf-8")
SHEET = dict(group="G", strategy="screen_first", screened_share="", doctors="2", doctor_days="10",
             evaluation="found_fit", target_day="16")


def test_an_agreement_from_day_0_is_the_plain_campaign():
    for strategy in ("screen_first", "push_all"):
        for negotiated in (False, True):
            plain = run_campaign(H, strategy, negotiated)
            agreed = run_campaign(H, "screen_first", agreement=Agreement(0, strategy, negotiated=negotiated))
            assert np.allclose(plain.daily.drop(columns="day"), agreed.daily.drop(columns="day"))
            assert plain.reached_target_day == agreed.reached_target_day


def test_partial_screening_at_the_ends_is_the_pure_strategies():
    for share, strategy in ((1.0, "screen_first"), (0.0, "push_all")):
        pure = run_campaign(H, agreement=Agreement(10, strategy))
        partial = run_campaign(H, agreement=Agreement(10, "partial", screened_share=share))
        assert np.allclose(pure.daily.drop(columns="day"), partial.daily.drop(columns="day"))


def test_an_agreement_changes_nothing_before_its_day():
    base = run_campaign(H)
    agreed = run_campaign(H, agreement=Agreement(10, "push_all", extra_checks=100, extra_days=5, negotiated=True))
    assert base.daily.iloc[:10].equals(agreed.daily.iloc[:10])
    assert not np.allclose(base.daily["coverage"].iloc[11:], agreed.daily["coverage"].iloc[11:])


@settings(max_examples=60, deadline=None)
@given(day=st.integers(0, 30), share=st.floats(0, 1), extra=st.integers(0, 300), days=st.integers(0, 40),
       negotiated=st.booleans())
def test_people_are_conserved_and_more_screening_defers_more(day, share, extra, days, negotiated):
    a = Agreement(day, "partial", screened_share=share, extra_checks=extra, extra_days=days, negotiated=negotiated)
    d = run_campaign(H, agreement=a).daily
    elderly = d["waiting"] + d["cleared"] + d["deferred"] + d["vaccinated_elderly"]
    assert np.allclose(elderly, H.elderly_left, atol=1e-6 * H.elderly_left)
    assert (np.diff(d["coverage"]) >= -1e-12).all()
    more = run_campaign(H, agreement=Agreement(day, "partial", screened_share=min(1.0, share + 0.2),
                                               extra_checks=extra, extra_days=days, negotiated=negotiated)).daily
    assert more["deferred"].iloc[-1] >= d["deferred"].iloc[-1] - 1e-6


@settings(max_examples=40, deadline=None)
@given(doctors=st.integers(0, 1), days=st.integers(1, 35))
def test_more_doctors_never_reach_the_target_later(doctors, days):
    fewer = replay_agreement({**SHEET, "doctors": doctors, "doctor_days": days})
    more = replay_agreement({**SHEET, "doctors": doctors + 1, "doctor_days": days})
    assert more.reached_day <= fewer.reached_day


@pytest.mark.parametrize("change, message", [
    (dict(day=-1), "day must be"), (dict(strategy="wait"), "strategy must be one of"),
    (dict(screened_share=1.5), "screened_share must be"), (dict(extra_checks=-5), "extra_checks must be"),
    (dict(extra_days=2.5), "extra_days must be"), (dict(negotiated="yes"), "negotiated must be True or False")])
def test_a_bad_agreement_is_refused_by_name(change, message):
    with pytest.raises(ValueError, match=message):
        Agreement(**change)


def test_an_agreement_after_the_last_day_or_of_the_wrong_type_is_refused():
    with pytest.raises(ValueError, match=r"agreement.day must be in \[0, 45\]"):
        run_campaign(H, agreement=Agreement(day=50))
    with pytest.raises(ValueError, match="agreement must be None or an Agreement"):
        run_campaign(H, agreement={"day": 10})


def test_the_sheet_maps_one_to_one_onto_the_agreement():
    outcome = replay_agreement(SHEET)
    a = outcome.agreement
    assert (a.day, a.strategy, a.extra_checks, a.extra_days, a.negotiated) == (
        roleplay.RP_DAY, "screen_first", 2 * roleplay.DOCTOR_CHECKS, 10, True)
    assert [f.name for f in roleplay.sheet_fields()] == [
        "group", "strategy", "screened_share", "doctors", "doctor_days", "evaluation", "target_day"]
    assert outcome.kept_promise == (outcome.reached_day <= 16)
    partial = replay_agreement({**SHEET, "strategy": "partial", "screened_share": "40"}).agreement
    assert partial.screened_share == pytest.approx(0.4)


@pytest.mark.parametrize("change, message", [
    ({"strategy": ""}, "strategy is missing"), ({"doctors": "3"}, "doctors must be a whole number from 0 to 2"),
    ({"target_day": "9"}, "target_day must be a whole number from 10 to 45"),
    ({"evaluation": "fit"}, "evaluation must be one of all | found_fit"), ({"colour": "red"}, "no field 'colour'"),
    ({"strategy": "partial"}, "screened_share is missing; partial needs"),
    ({"doctor_days": "0"}, "doctor_days is 0 while doctors is 2")])
def test_a_bad_sheet_names_its_field(change, message):
    with pytest.raises(ValueError, match=message.replace("|", r"\|")):
        replay_agreement({**SHEET, **change})


def test_no_deal_is_screening_with_own_checks_and_the_best_is_no_worse():
    nd, best = roleplay.no_deal(), roleplay.best_deal()
    plain = run_campaign(H, "screen_first")
    assert nd.reached_day == plain.reached_target_day and nd.incidents == pytest.approx(plain.total_incidents)
    assert best.reached_day <= H.deadline_days and best.reached_day <= nd.reached_day
    assert round(best.incidents, 1) <= round(nd.incidents, 1)


def test_the_class_debrief_replays_every_group_of_the_sample():
    debrief = agreement_debrief(SAMPLE)
    assert [o.group for o in debrief.groups] == ["G1", "G2", "G3", "G4", "G5", "G6"]
    table = debrief.table().frame
    assert len(table) == 8 and list(table.iloc[:, 0])[-2:] == ["no deal", "the model's best"]
    for o, reached in zip(debrief.groups, table.iloc[:6, 3]):
        assert reached == o.reached_day
    figure = debrief.chart()
    xs = [tuple(c.get_offsets()[:, 0]) for c in figure.axes[0].collections]
    assert xs[0] == tuple(float(o.reached_day) for o in debrief.groups)
    with pytest.raises(ValueError, match="line 2 .group G1.: doctors must be"):
        agreement_debrief(header(roleplay.sheet_fields()) + "\nG1,screen_first,,5,10,all,20\n")


def test_the_typical_table_lists_every_typical_agreement_and_the_best():
    frame = typical_table().frame
    assert list(frame.iloc[:, 0]) == [*(t(key, "en", doctors=roleplay.RP_DOCTORS) for key in roleplay.TYPICAL),
                                      "the model's best"]
    zh = typical_table("zh").frame
    assert "达到90%之日" in zh.columns and t("db1.col_terms", "zh") not in zh.columns  # every row promises the deadline
    assert list(zh.iloc[:, 0])[-1] == "模型中的最优方案" and all(re.search("[\u4e00-\u9fff]", n) for n in zh.iloc[:, 0])
