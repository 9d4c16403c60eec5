"""The lab toolkit (DESIGN §5) and every registered lab: labelled controls, sentence and figure that follow
the controls, reset, a display bundle for both builders, bad starting values, and a grid of all controls."""
import itertools
import random

import pytest

from countylab.i18n import LANGS
from countylab.widgets import LABS, TargetLab

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("name", sorted(LABS))
@pytest.mark.parametrize("lang", LANGS)
def test_every_control_is_labelled_with_unit_and_range(name, lang):
    lab = LABS[name](lang=lang)
    for spec in lab.CONTROLS:
        label = lab.controls[spec.name].description
        assert label, f"{name}.{spec.name} has no label"
        if spec.kind in ("float", "int"):
            assert f"{spec.low:g}"[:2] in label.replace(",", "") and "–" in label, label


@pytest.mark.parametrize("name", sorted(LABS))
def test_display_bundle_carries_widget_png_and_stable_text(name):
    lab = LABS[name]()
    bundle = lab._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["image/png"].startswith(PNG)
    assert bundle["text/plain"].endswith(lab.sentence)
    assert bundle["text/plain"] == LABS[name]()._repr_mimebundle_()["text/plain"], "text/plain must be stable"


@pytest.mark.parametrize("name", sorted(LABS))
def test_one_persistent_figure(name):
    lab = LABS[name]()
    figure = lab.plot.figure
    for spec in lab.CONTROLS:
        lab.set(**{spec.name: spec.grid()[-1]})
    assert lab.plot.figure is figure


@pytest.mark.parametrize("name", sorted(LABS))
def test_grid_over_all_controls_never_raises(name):
    lab = LABS[name]()
    grids = [spec.grid() for spec in lab.CONTROLS]
    combos = list(itertools.product(*[[g[0], g[len(g) // 2], g[-1]] for g in grids]))
    random.Random(0).shuffle(combos)
    for combo in combos[:150]:
        lab.set(**dict(zip(lab.controls, combo)))
        assert lab.sentence and lab.png.startswith(PNG)


@pytest.mark.parametrize("name", sorted(LABS))
def test_reset_restores_the_start(name):
    lab = LABS[name]()
    start_sentence, start_png = lab.sentence, lab.png
    for spec in lab.CONTROLS:
        lab.set(**{spec.name: spec.grid()[-1]})
    assert lab.sentence != start_sentence
    lab.reset_button.click()
    assert lab.sentence == start_sentence and lab.png == start_png


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


def test_starting_values_are_validated():
    lab = TargetLab(target=95, fit_share=60)
    assert lab.result.target == pytest.approx(0.95) and lab.result.fit_share == pytest.approx(0.6)
    with pytest.raises(ValueError, match=r"target must be in \[50, 100\] %; got 120"):
        TargetLab(target=120)
    with pytest.raises(ValueError, match="no control 'budget'; controls are: target, "):
        TargetLab(budget=3)
    with pytest.raises(ValueError, match="lang must be one of"):
        TargetLab(lang="fr")


def test_cascade_lab_follows_the_max_limit_switch_and_inspection():
    from countylab.widgets import CascadeLab
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
    from countylab.widgets import CascadeLab
    lab = CascadeLab(compensate=True, capacity=100, n_levels=5, discount=10)
    assert lab.result.pursued == pytest.approx(0.9) and "commits to 90%" in lab.sentence


def test_formalism_lab_follows_the_number_of_tasks():
    from countylab.widgets import FormalismLab
    lab = FormalismLab()
    assert "50 points on paper" in lab.sentence
    png = lab.png
    lab.controls["n_tasks"].value = 4
    assert "done for real" in lab.sentence and lab.png != png
    lab.controls["staff_hours"].value = 80
    assert "50 points on paper" in lab.sentence


def test_campaign_lab_follows_strategy_and_negotiation():
    from countylab.widgets import CampaignLab
    lab = CampaignLab()
    assert lab.sentence.startswith("Screening first, H town reaches 90% on day 24")
    png, sentence = lab.png, lab.sentence
    lab.controls["strategy"].value = "push_all"
    assert lab.sentence.startswith("Pushing everyone, H town reaches 90% on day 12")
    assert lab.png != png
    lab.controls["strategy"].value = "screen_first"
    assert lab.png == png and lab.sentence == sentence
    lab.controls["negotiated"].value = True
    assert "day 18" in lab.sentence and "adults fit to be vaccinated" in lab.sentence and lab.png != png
    assert lab.result["screen_first"].reached_target_day == 18


def test_campaign_lab_strong_backlash_stalls_pushing():
    from countylab.widgets import CampaignLab
    lab = CampaignLab(strategy="push_all", risk=1.0, backlash=50)
    assert "does not reach 90%" in lab.sentence


def test_protocol_lab_follows_rank_and_importance():
    from countylab.widgets import ProtocolLab
    lab = ProtocolLab(visitor_rank=2, importance="high")
    assert "The top leader accompanies the whole visit (8 hours" in lab.sentence and "essay's rule" in lab.sentence
    png = lab.png
    lab.controls["importance"].value = "normal"
    assert "A deputy accompanies the team and the top leader joins one meal (1.5 hours" in lab.sentence
    assert lab.png != png
    lab.controls["visitor_rank"].value = 1
    assert "signals high regard" in lab.sentence and lab.result["form"].relation == "host_higher"
    lab.controls["importance"].value = "low"
    assert "does not appear (0 hours" in lab.sentence
    lab.set(visitor_rank=4, importance="normal", duration_hours=6)
    assert "(6 hours" in lab.sentence and "extends it" in lab.sentence


def test_week_lab_shows_the_plan_against_the_solver():
    from countylab.widgets import WeekLab
    lab = WeekLab()
    assert lab.sentence.startswith("Your plan: 1 of 6 village tasks done, progress 2 of 37")
    assert "progress 32" in lab.sentence and "a document is too weak" in lab.sentence
    png = lab.png
    lab.set(w1t1="in_person", w1t2="in_person", w1t3="staff", w1t5="in_person")
    assert lab.result["yours"].progress == 32 == lab.result["best"].progress and lab.png != png
    lab.controls["budget_hours"].value = 40
    assert lab.result["yours"].progress < 32 and "no hours left" in lab.sentence
    lab.controls["reception_cap"].value = 0
    assert lab.result["yours"].goodwill == 0 and lab.result["best"].hours["receptions"] == 0
    assert lab.controls["w1t1"].description.startswith("land dispute, village A (9 pts; needs: in person")


def test_free_leader_lab_trades_goodwill_for_progress():
    from countylab.widgets import FreeLeaderLab
    lab = FreeLeaderLab()
    start = lab.result["chosen"]
    assert "attending every reception" in lab.sentence and "Progress: 132 of 147" in lab.sentence
    png = lab.png
    lab.controls["reception_cap"].value = 1
    assert lab.result["chosen"].progress > start.progress and lab.result["chosen"].goodwill < start.goodwill
    assert "receptions at 1 a week" in lab.sentence and lab.png != png
    lab.controls["meeting_cut"].value = 50
    assert "Cutting 50% of meetings" in lab.sentence and lab.result["chosen"].progress == 147
