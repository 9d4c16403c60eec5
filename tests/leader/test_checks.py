"""Case 2's answer checks: right answers pass, typical wrong answers are recognised and explained."""
from countylab import best_allocation, check_best_week, check_reception_cap, largest_cap_for_all_tasks, naive_plan, week


def test_best_week_recognises_the_typical_wrong_answers():
    w = week(1)
    assert check_best_week(dict(best_allocation(w).plan)).correct
    documents = check_best_week(naive_plan(w, "document"))
    assert documents.kind == "too_weak" and "a document is too weak" in documents.message
    in_person = check_best_week(naive_plan(w, "in_person"))
    assert in_person.kind == "presence_wasted" and "petitioner household" in in_person.message
    assert check_best_week({"w1t1": "staff"}).kind == "too_weak"
    assert check_best_week({"w1t4": "document"}).kind == "left_out"
    # All 16 hours used, each pushed task done, but presence spent on the petitioner household that staff
    # could move: the waste is named even though nothing ran out of time.
    wasted = check_best_week({"w1t1": "in_person", "w1t2": "in_person", "w1t3": "in_person", "w1t5": "in_person"})
    assert wasted.kind == "presence_wasted" and "petitioner household" in wasted.message
    # Same hours, but the 0-hour form left out: it still fits.
    assert check_best_week({f"w1t{i}": "in_person" for i in (1, 2, 5, 6)}).kind == "left_out"
    lower = check_best_week({**{f"w1t{i}": "in_person" for i in (1, 2, 5, 6)}, "w1t4": "document"})
    assert lower.kind == "lower_value" and "Every hour is used" in lower.message
    assert check_best_week(["w1t1"]).kind == "not_a_plan"
    assert check_best_week({"w9t9": "phone"}).kind == "bad_plan"


def test_reception_cap_recognises_the_typical_wrong_answers():
    assert largest_cap_for_all_tasks(2) == 1
    assert check_reception_cap(1).correct
    too_many = check_reception_cap(2)
    assert too_many.kind == "too_many" and "frees only 3 hours" in too_many.message
    assert check_reception_cap(4).kind == "no_change"
    too_few = check_reception_cap(0)
    assert too_few.kind == "too_few" and "3 goodwill points" in too_few.message
    assert check_reception_cap(1.5).kind == "not_whole"


def test_a_wrong_answer_never_gives_the_right_one_away():
    assert "1" not in check_reception_cap(0).message.replace("10", "")
