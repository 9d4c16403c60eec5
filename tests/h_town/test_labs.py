"""Case 1's labs follow their controls: sentence, result and figure."""
import pytest

from countylab import CampaignLab, CascadeLab, FormalismLab, TargetLab


def test_target_lab_follows_its_controls():
    lab = TargetLab()
    assert "5,200 more older residents" in lab.sentence and "25 days" in lab.sentence
    png, sentence = lab.png, lab.sentence
    lab.controls["fit_share"].value = 50
    assert "at most 89.6%" in lab.sentence and lab.png != png
    assert lab.result.reachable is False
    lab.controls["fit_share"].value = 70
    lab.controls["check_capacity"].value = 200
    assert "after the deadline" in lab.sentence
    assert f'alt="Two charts. {lab.sentence}' in lab.image.value.replace("&#x27;", "'")
    lab.controls["target"].value = 75
    assert "already at 79.2%" in lab.sentence and lab.sentence != sentence


def test_target_lab_in_chinese():
    lab = TargetLab(lang="zh")
    assert "5,200名老年人" in lab.sentence
    assert lab.controls["target"].description.startswith("县里的目标")


def test_cascade_lab_follows_the_max_limit_switch_and_inspection():
    lab = CascadeLab()
    start_png, start_sentence = lab.png, lab.sentence
    assert "reports 86%" in lab.sentence and lab.result.paper_gap == 0
    lab.controls["max_limit"].value = True
    assert "14-point paper gap" in lab.sentence and lab.result.reported == 1.0
    assert lab.png != start_png and lab.sentence != start_sentence
    lab.controls["max_limit"].value = False
    lab.set(capacity=80, markup=10)
    direct_png = lab.png
    lab.controls["inspection"].value = "direct"
    direct_sentence = lab.sentence
    lab.controls["inspection"].value = "cross_level"
    assert "Cross-level inspection" in lab.sentence and "paper gap" in lab.sentence
    assert lab.result.paper_gap > 0 and lab.png != direct_png and lab.sentence != direct_sentence
    lab.controls["n_levels"].value = 2
    assert "needs at least 3 levels" in lab.sentence


def test_cascade_lab_compensating_markups_meet_the_goal():
    lab = CascadeLab(compensate=True, capacity=100, n_levels=5, discount=10)
    assert lab.result.pursued == pytest.approx(0.9) and "commits to 90%" in lab.sentence


def test_formalism_lab_follows_the_number_of_tasks():
    lab = FormalismLab()
    assert "50 points on paper" in lab.sentence
    png = lab.png
    lab.controls["n_tasks"].value = 4
    assert "done for real" in lab.sentence and lab.png != png
    lab.controls["staff_hours"].value = 80
    assert "50 points on paper" in lab.sentence


def test_campaign_lab_follows_strategy_and_negotiation():
    lab = CampaignLab()
    assert lab.sentence.startswith("Screening first, H town reaches 90% on day 24")
    png, sentence = lab.png, lab.sentence
    lab.controls["strategy"].value = "push_all"
    assert lab.sentence.startswith("Pushing everyone, H town reaches 90% on day 12")
    assert lab.png != png
    lab.controls["strategy"].value = "screen_first"
    assert lab.png == png and lab.sentence == sentence
    lab.controls["negotiated"].value = True
    assert "day 18" in lab.sentence and "adults not found unfit" in lab.sentence and lab.png != png
    assert lab.result.results["screen_first"].reached_target_day == 18


def test_campaign_lab_strong_backlash_stalls_pushing():
    lab = CampaignLab(strategy="push_all", risk=1.0, backlash=50)
    assert "does not reach 90%" in lab.sentence
