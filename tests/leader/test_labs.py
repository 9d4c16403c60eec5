"""Case 2's labs follow their controls: sentence, result and figure."""
from countylab import FreeLeaderLab, ProtocolLab, WeekLab


def test_protocol_lab_follows_rank_and_importance():
    lab = ProtocolLab(visitor_rank=2, importance="high")
    assert "The top leader accompanies the whole visit (8 hours" in lab.sentence and "essay's rule" in lab.sentence
    png = lab.png
    lab.controls["importance"].value = "normal"
    assert "A deputy accompanies the team and the top leader joins one meal (1.5 hours" in lab.sentence
    assert lab.png != png
    lab.controls["visitor_rank"].value = 1
    assert "signals high regard" in lab.sentence and lab.result.form.relation == "host_higher"
    lab.controls["importance"].value = "low"
    assert "does not appear (0 hours" in lab.sentence
    lab.set(visitor_rank=4, importance="normal", duration_hours=6)
    assert "(6 hours" in lab.sentence and "extends it" in lab.sentence


def test_week_lab_shows_the_plan_against_the_solver():
    lab = WeekLab()
    assert lab.sentence.startswith("Your plan: 1 of 6 village tasks done, progress 2 of 37")
    assert "progress 32" in lab.sentence and "a document is too weak" in lab.sentence
    png = lab.png
    lab.set(w1t1="in_person", w1t2="in_person", w1t3="staff", w1t5="in_person")
    assert lab.result.yours.progress == 32 == lab.result.best.progress and lab.png != png
    lab.controls["budget_hours"].value = 40
    assert lab.result.yours.progress < 32 and "no hours left" in lab.sentence
    lab.controls["reception_cap"].value = 0
    assert lab.result.yours.goodwill == 0 and lab.result.best.hours["receptions"] == 0
    assert lab.controls["w1t1"].description.startswith("land dispute, village A (9 pts; needs: in person")


def test_free_leader_lab_trades_goodwill_for_progress():
    lab = FreeLeaderLab()
    start = lab.result.chosen
    assert "attending every reception" in lab.sentence and "Progress: 132 of 147" in lab.sentence
    png = lab.png
    lab.controls["reception_cap"].value = 1
    assert lab.result.chosen.progress > start.progress and lab.result.chosen.goodwill < start.goodwill
    assert "receptions at 1 a week" in lab.sentence and lab.png != png
    lab.controls["meeting_cut"].value = 50
    assert "Cutting 50% of meetings" in lab.sentence and lab.result.chosen.progress == 147
