"""Every number case 2's chapters, exercises, quizzes, role sheets and notes print, computed from the models.

The text inserts them by name (``{eval}`n.week1_hours_left``` in a notebook, ``{num}`leader.week1_hours_left```
in a Markdown page, ``[[leader.week1_hours_left]]`` in a quiz), so no number the models or the data produce is
typed by hand. The worked examples' inputs are defined here once (:data:`JUNIOR_VISIT`, :data:`MEETING_CUT`,
:data:`RECEPTION_CAP`, …) and the chapters' code cells use the same values. A key ending in ``_word`` prints a
small whole number as a word ("four"), for prose that needs one.
"""
from __future__ import annotations

import json

from ..core.data import resource_dir
from ..core.i18n import t
from ..core.quantities import register_numbers
from .allocation import Allocation, allocate, naive_plan
from .channels import channels
from .checks import largest_cap_for_all_tasks
from .hours import leader_fact
from .protocol import IMPORTANCE, RELATIONS, reception_form, reception_rules
from .solver import best_allocation, frontier, max_receptions, plan_month
from .strings import task_name
from .week import Policy, Week, week

#: The protocol's worked examples in part A (its Predict box): a section-level (科级) team on a matter the
#: county cares a lot about, and the same visit led by an official of the host's own grade.
JUNIOR_VISIT = dict(visitor_rank=1, importance="high")
EQUAL_VISIT = dict(visitor_rank=2, importance="high")
#: How long the worked examples' visits last: a working day, as in the protocol lab's starting state.
VISIT_HOURS = 8
#: The hours of a working day, to say how many days a visit lasts (the inspection's 16 hours are two days).
WORKING_DAY_HOURS = 8
#: The week planner's suggested settings in part B ("lower Lin's hours to 40, or cap her receptions at one").
WEEK1_LOW_HOURS = 40
WEEK1_CAP = 1
#: The two levers of the month in part B's Predict box (also the month table's default policies).
MEETING_CUT = 0.5
RECEPTION_CAP = 2
#: The role-play's compromise, entered in the nearest way the model allows: Lin with the inspection for one of
#: its two days, the hours she saves added to her week (see instructor/case2_notes.md).
ROLEPLAY_HOURS_SAVED = 8

#: The language the numbers are being written in (set by :func:`compute` for one call; digits are the same in
#: both, words are not).
LANG = "en"
WORDS = {"en": ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"),
         "zh": ("没有", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")}
SHARES = {"en": {0.25: "a quarter", 0.5: "half", 0.75: "three quarters", 1.0: "all"},
          "zh": {0.25: "四分之一", 0.5: "一半", 0.75: "四分之三", 1.0: "全部"}}
RELATION = {"en": {"visitor_higher": "a visitor who outranks the host", "equal": "a visitor of the host's own grade",
                   "host_higher": "a visitor the host outranks"},
            "zh": {"visitor_higher": "级别高于东道主的来访者", "equal": "与东道主同级的来访者",
                   "host_higher": "级别低于东道主的来访者"}}
RULE = {"en": {"sourced": "the essay's", "illustrative": "our extension"},
        "zh": {"sourced": "原文的规则", "illustrative": "本书的延伸"}}
SAID = {"none": {"en": "none", "zh": "无"}, "no cap": {"en": "no cap", "zh": "不设上限"},
        "and": {"en": " and ", "zh": "和"}, "comma": {"en": ", ", "zh": "、"}}


def said(phrase: str) -> str:
    """A fixed phrase of the numbers ("none", "no cap", …) in the language being written."""
    return SAID[phrase][LANG]


def who(key: str) -> str:
    """Who accompanies a visit, in words (the lab's own strings)."""
    return t(f"who.{key}", LANG)


def extent(key: str) -> str:
    """How much the top leader appears, in words (the lab's own strings)."""
    return t(f"extent.{key}", LANG)


def rule(status: str) -> str:
    """Whose rule a reception row is: the essay's, or the book's extension."""
    return RULE[LANG]["sourced" if status == "sourced" else "illustrative"]


def level_word(kind: str, value: str) -> str:
    """A signal or an importance: the data's own word in English, the lab's words in Chinese."""
    return value if LANG == "en" else t(f"{kind}.{value}", LANG)


def g(x: float) -> str:
    """A number as the book prints it: ``16.0`` → ``"16"``, ``1.5`` → ``"1.5"``."""
    return f"{x:g}"


def word(n: float) -> str:
    """A small whole number as a word (``4`` → ``"four"``); larger or fractional numbers as numerals."""
    words = WORDS[LANG]
    return words[int(n)] if float(n).is_integer() and 0 <= n < len(words) else g(n)


def share(x: float) -> str:
    """A share as words where there is a plain one (``0.5`` → ``"half"``), else as a percentage."""
    return SHARES[LANG].get(round(x, 6), f"{100 * x:g}%")


def names(ids, w: Week) -> str:
    """Tasks by name, in their listed order: "land dispute (A), unsafe houses (H) and road works (K)"."""
    found = [task_name(task, LANG) for task in w.tasks if task.id in set(ids)]
    if not found:
        return said("none")
    return found[0] if len(found) == 1 else f"{said('comma').join(found[:-1])}{said('and')}{found[-1]}"


def presence_tasks(w: Week) -> list[str]:
    """The tasks only the secretary in person moves (the strongest force)."""
    strongest = max(c.force for c in channels().values())
    return [t.id for t in w.tasks if t.needed_force == strongest]


def undone(a: Allocation) -> list[str]:
    """The ids of the tasks an allocation left undone, whatever the reason."""
    return [u.id for u in a.unmet_of("task")]


def most_presence_progress(w: Week) -> float:
    """The most progress of any plan that sends the secretary in person to as many of the tasks only her
    presence moves as her hours allow (each task left alone or pushed through its cheapest channel)."""
    presence = set(presence_tasks(w))
    best: dict[int, float] = {}
    for mask in range(2 ** len(w.tasks)):
        plan = {t.id: t.cheapest_channel() for i, t in enumerate(w.tasks) if mask >> i & 1 and t.cheapest_channel()}
        a = allocate(w, plan)
        if not any(u.reason == "no_time" for u in a.unmet_of("task")):
            shown = sum(i in presence for i in a.done)
            best[shown] = max(best.get(shown, 0.0), a.progress)
    return best[max(best)]


def _channels() -> dict[str, str]:
    out = {"channel_count": f"{len(channels())}", "channel_count_word": word(len(channels()))}
    for c in channels().values():
        out |= {f"{c.name}_force": f"{c.force}", f"{c.name}_leader_hours": g(c.leader_hours),
                f"{c.name}_staff_hours": g(c.staff_hours), f"{c.name}_delay_days": g(c.delay_days)}
    out["in_person_hours"] = out["in_person_leader_hours"]
    return out


def _protocol() -> dict[str, str]:
    host = int(leader_fact("host_rank"))
    rules = reception_rules()
    sourced = sum(r.status == "sourced" for r in rules.values())
    out = {"host_rank": f"{host}", "meal_hours": g(leader_fact("meal_hours")),
           "opening_closing_hours": g(leader_fact("opening_closing_hours")), "rule_rows": f"{len(rules)}",
           "rule_rows_sourced": f"{sourced}", "rule_rows_extension": f"{len(rules) - sourced}",
           "goodwill_values": ", ".join(g(x) for x in sorted({r.goodwill for r in rules.values()})),
           "protocol_visit_hours": g(VISIT_HOURS), "relations": f"{len(RELATIONS)}",
           "importance_levels": f"{len(IMPORTANCE)}"}
    for name, visit in (("junior", JUNIOR_VISIT), ("equal", EQUAL_VISIT)):
        form = reception_form(visit["visitor_rank"], host, visit["importance"])
        out |= {f"protocol_{name}_who": who(form.who), f"protocol_{name}_extent": extent(form.extent),
                f"protocol_{name}_hours": g(form.leader_hours(VISIT_HOURS)),
                f"protocol_{name}_signal": level_word("signal", form.signal),
                f"protocol_{name}_goodwill": g(form.goodwill),
                f"protocol_{name}_hours_per_point": g(form.leader_hours(VISIT_HOURS) / form.goodwill)
                if form.goodwill else said("none"),
                f"protocol_{name}_rule": rule(form.status)}
    # The reception that costs the top leader the most hours per point of goodwill, and the one that costs the
    # fewest (over every row in which she appears, for a visit of VISIT_HOURS).
    shown = [(r.leader_hours(VISIT_HOURS) / r.goodwill if r.goodwill else float("inf"), key, r)
             for key, r in rules.items() if r.appears]
    for name, (ratio, (relation, importance), r) in (("costliest", max(shown, key=lambda s: s[0])),
                                                     ("cheapest", min(shown, key=lambda s: s[0]))):
        out |= {f"protocol_{name}_relation": RELATION[LANG][relation],
                f"protocol_{name}_importance": level_word("importance", importance),
                f"protocol_{name}_who": who(r.who), f"protocol_{name}_extent": extent(r.extent),
                f"protocol_{name}_hours": g(r.leader_hours(VISIT_HOURS)),
                f"protocol_{name}_signal": level_word("signal", r.signal),
                f"protocol_{name}_goodwill": g(r.goodwill), f"protocol_{name}_hours_per_point": g(ratio),
                f"protocol_{name}_rule": rule(r.status)}
    return out


def _week(number: int) -> dict[str, str]:
    """Counts and hours of one week of the month, and what the protocol and the solver make of it."""
    w, p = week(number), f"week{number}"
    best = best_allocation(w)
    presence = presence_tasks(w)
    left = best.budget_hours - best.hours["receptions"] - best.hours["meetings"]
    in_person = channels()["in_person"].leader_hours
    most_in_person = int(left // in_person)
    out = {
        f"{p}_visits": f"{len(w.visits)}", f"{p}_visits_word": word(len(w.visits)),
        f"{p}_max_receptions": f"{max_receptions((w,))}",
        f"{p}_other_visits_word": word(len(w.visits) - 1),
        f"{p}_meetings": f"{len(w.meetings)}", f"{p}_tasks": f"{len(w.tasks)}",
        f"{p}_video_conferences": f"{sum(m.topic == 'video_conference' for m in w.meetings)}",
        f"{p}_reception_hours": g(best.hours["receptions"]), f"{p}_meeting_hours": g(best.hours["meetings"]),
        f"{p}_fixed_hours": g(best.hours["receptions"] + best.hours["meetings"]),
        f"{p}_hours_left": g(left), f"{p}_reception_share": share(best.hours["receptions"] / best.budget_hours),
        f"{p}_total_value": g(w.total_value), f"{p}_goodwill": g(best.goodwill),
        f"{p}_presence_tasks": f"{len(presence)}", f"{p}_presence_names": names(presence, w),
        f"{p}_solver_progress": g(best.progress), f"{p}_solver_done": f"{len(best.done)}",
        f"{p}_solver_free": g(best.free), f"{p}_solver_undone": names(undone(best), w),
        f"{p}_solver_in_person": f"{sum(c == 'in_person' for _, c in best.plan)}",
        f"{p}_solver_in_person_names": names([i for i, c in best.plan if c == "in_person"], w),
        f"{p}_solver_staff_names": names([i for i, c in best.plan if c == "staff"], w),
        f"{p}_solver_document_names": names([i for i, c in best.plan if c == "document"], w),
        f"{p}_solver_presence_undone": f"{sum(i in presence for i in undone(best))}",
        f"{p}_solver_presence_undone_names": names([i for i in undone(best) if i in presence], w),
        f"{p}_max_in_person": f"{most_in_person}",
        f"{p}_min_presence_undone": f"{max(0, len(presence) - most_in_person)}",
        f"{p}_most_presence_progress": g(most_presence_progress(w)),
    }
    grade = {v.visitor_rank - w.host_rank for v in w.visits if v.visitor_rank > w.host_rank}
    if len(grade) == 1:
        out[f"{p}_grade_gap_word"] = word(grade.pop())
    return out


def _week1() -> dict[str, str]:
    w = week(1)
    doc, person, best = (allocate(w, naive_plan(w)), allocate(w, naive_plan(w, "in_person")), best_allocation(w))
    low = best_allocation(w, WEEK1_LOW_HOURS)
    capped = best_allocation(w, policy=Policy(reception_cap=WEEK1_CAP))
    return {
        "week1_document_done": f"{len(doc.done)}", "week1_document_progress": g(doc.progress),
        "week1_document_names": names(doc.done, w),
        "week1_in_person_done": f"{len(person.done)}", "week1_in_person_progress": g(person.progress),
        "week1_in_person_undone": names(undone(person), w),
        "week1_low_hours": g(WEEK1_LOW_HOURS), "week1_low_progress": g(low.progress),
        "week1_low_done": f"{len(low.done)}", "week1_low_undone": names(undone(low), w),
        "week1_cap": f"{WEEK1_CAP}", "week1_cap_freed": g(best.hours["receptions"] - capped.hours["receptions"]),
        "week1_cap_progress": g(capped.progress), "week1_cap_goodwill": g(capped.goodwill),
        "week1_cap_goodwill_lost": g(best.goodwill - capped.goodwill),
        "week1_cap_undone": names(undone(capped), w),
        "week1_research_hours": g(reception_form(w.visits[1].visitor_rank, w.host_rank,
                                                 w.visits[1].importance).leader_hours(w.visits[1].duration_hours)),
    }


def _week2() -> dict[str, str]:
    w = week(2)
    best = best_allocation(w)
    inspection = max(w.visits, key=lambda v: v.duration_hours)
    caps = {c: best_allocation(w, policy=Policy(reception_cap=c)) for c in range(max_receptions((w,)) + 1)}
    out = {"week2_inspection_hours": g(inspection.duration_hours),
           "week2_inspection_days": g(inspection.duration_hours / WORKING_DAY_HOURS),
           "week2_inspection_days_word": word(inspection.duration_hours / WORKING_DAY_HOURS),
           "week2_expected_visits_word": word(len(w.visits) - 2),
           "week2_largest_cap_all_tasks": f"{largest_cap_for_all_tasks(2)}",
           "week2_cap0_goodwill_lost": g(caps[1].goodwill - caps[0].goodwill)}
    for c, a in caps.items():
        out |= {f"week2_cap{c}_freed": g(best.hours["receptions"] - a.hours["receptions"]),
                f"week2_cap{c}_progress": g(a.progress), f"week2_cap{c}_goodwill": g(a.goodwill),
                f"week2_cap{c}_dropped_word": word(sum(r.form.appears and not r.attended for r in a.receptions))}
    # The visit a cap of 1 drops besides the meals: its hours.
    one = [r for r in caps[1].receptions if r.form.extent == "whole_visit" and not r.attended]
    out["week2_cap1_dropped_visit_hours"] = g(sum(r.hours for r in one))
    return out


def _month() -> dict[str, str]:
    none, cut = plan_month(), plan_month(policy=Policy(meeting_cut=MEETING_CUT))
    cap, both = (plan_month(policy=Policy(reception_cap=RECEPTION_CAP)),
                 plan_month(policy=Policy(meeting_cut=MEETING_CUT, reception_cap=RECEPTION_CAP)))

    def freed(m):
        return g(sum(none.hours(u) - m.hours(u) for u in ("receptions", "meetings")))

    out = {"policy_meeting_cut": share(MEETING_CUT), "policy_reception_cap": f"{RECEPTION_CAP}",
           "policy_reception_cap_word": word(RECEPTION_CAP), "max_receptions_month": f"{max_receptions()}",
           "month_progress_no_cuts": g(none.progress), "month_total_value": g(none.total_value),
           "month_goodwill": g(none.goodwill), "month_unused_no_cuts": g(none.hours("free")),
           "month_half_cut_freed": freed(cut), "month_half_cut_progress": g(cut.progress),
           "month_half_cut_goodwill": g(cut.goodwill), "month_half_cut_unused": g(cut.hours("free")),
           "month_cap2_freed": freed(cap), "month_cap2_progress": g(cap.progress),
           "month_cap2_goodwill": g(cap.goodwill), "month_cap2_goodwill_lost": g(none.goodwill - cap.goodwill),
           "month_both_freed": freed(both), "month_both_progress": g(both.progress),
           "month_both_goodwill": g(both.goodwill)}
    for prefix, cut_share in (("frontier", 0.0), ("frontier_cut", MEETING_CUT)):
        outcomes = frontier(cut_share)
        for m in outcomes:
            label = "nocap" if m.policy.reception_cap is None else f"cap{m.policy.reception_cap}"
            out |= {f"{prefix}_{label}_progress": g(m.progress), f"{prefix}_{label}_goodwill": g(m.goodwill)}
        done = [m.policy.reception_cap for m in outcomes if m.progress == m.total_value]
        if done:
            first = done[0]
            out[f"{prefix}_all_done_cap"] = said("no cap") if first is None else f"{first}"
    no_cut = frontier(0.0)
    steps = [(a, b) for a, b in zip(no_cut, no_cut[1:]) if b.progress == a.progress]
    out["frontier_idle_steps"] = f"{len(steps)}"
    out["frontier_last_step_goodwill"] = g(no_cut[-2].goodwill - no_cut[-1].goodwill)
    return out


def _roleplay() -> dict[str, str]:
    w = week(2)
    budget = leader_fact("weekly_hours") + ROLEPLAY_HOURS_SAVED
    a = best_allocation(w, budget)
    return {"roleplay_hours_saved": g(ROLEPLAY_HOURS_SAVED), "roleplay_budget": g(budget),
            "roleplay_progress": g(a.progress), "roleplay_goodwill": g(a.goodwill),
            "roleplay_undone": names(undone(a), w)}


def _quiz() -> dict[str, str]:
    # Read the file itself: Quiz("case2") fills its placeholders from these numbers.
    text = (resource_dir("quizzes") / "case2.json").read_text(encoding="utf-8")
    count = len(json.loads(text)["questions"])
    return {"quiz_questions": f"{count}", "quiz_questions_word": word(count)[:1].upper() + word(count)[1:]}


@register_numbers("leader")
def compute(lang: str = "en") -> dict[str, str]:
    """Case 2's numbers by name, as the edition in ``lang`` prints them."""
    global LANG
    LANG, before = lang, LANG
    try:
        return _compute()
    finally:
        LANG = before


def _compute() -> dict[str, str]:
    return {"weekly_hours": g(leader_fact("weekly_hours")),
            **_channels(), **_protocol(), **_week(1), **_week(2), **_week1(), **_week2(), **_month(),
            **_roleplay(), **_quiz()}
