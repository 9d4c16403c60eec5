"""Answer checks of case 2's model exercises: the best plan for the secretary's week, and the largest cap on
receptions with which every village task of the inspection week is still done."""
from __future__ import annotations

from collections.abc import Mapping

from ..core.feedback import Feedback, answer_check, feedback, is_number
from ..core.i18n import t
from .allocation import allocate
from .channels import channels
from .solver import best_allocation, max_receptions
from .strings import task_name
from .week import Policy, week


@answer_check("best_week")
def check_best_week(answer, lang: str = "en", week_number: int = 1) -> Feedback:
    """Exercise "best_week": a plan for week 1 (task id → channel) that gets the most progress out of the
    secretary's 50 hours, as the solver does. Explains the first problem found in a plan that falls short."""
    w = week(week_number)
    if not isinstance(answer, Mapping):
        return feedback("best_week", "not_a_plan", lang, example=w.tasks[0].id)
    try:
        yours = allocate(w, answer)
    except ValueError as error:
        return feedback("best_week", "bad_plan", lang, error=str(error))
    best = best_allocation(w)
    values = dict(progress=f"{yours.progress:g}", best=f"{best.progress:g}", total=f"{w.total_value:g}")
    if yours.progress >= best.progress:
        return feedback("best_week", "right", lang, correct=True, **values)
    plan = dict(yours.plan)
    for reason in ("too_weak", "too_slow"):
        for u in yours.unmet_of("task"):
            if u.reason == reason:
                task = w.task(u.id)
                needed = t(f"channel.long.{task.needed_channel}", lang)
                return feedback("best_week", reason, lang, task=task_name(task, lang),
                                 channel=t(f"channel.long.{plan[u.id]}", lang), needed=needed, **values)
    # Presence spent where a cheaper channel would do is the week's typical waste, whether or not it left a
    # task out of time.
    costly = [w.task(i) for i, c in plan.items() if c == "in_person" and i in yours.done
              and w.task(i).cheapest_channel() != "in_person"]
    if costly:
        return feedback("best_week", "presence_wasted", lang, task=task_name(costly[0], lang), **values)
    out_of_time = [u for u in yours.unmet_of("task") if u.reason == "no_time"]
    if out_of_time:
        return feedback("best_week", "no_time", lang, task=task_name(w.task(out_of_time[0].id), lang), **values)
    left = [w.task(u.id) for u in yours.unmet_of("task") if u.reason == "not_planned"]
    if any(task.cheapest_channel() is not None
           and channels()[task.cheapest_channel()].leader_hours <= yours.free for task in left):
        return feedback("best_week", "left_out", lang, **values)
    return feedback("best_week", "lower_value", lang, **values)


def largest_cap_for_all_tasks(week_number: int = 2) -> int | None:
    """The largest reception cap with which the solver still does every task of the week (None: none does)."""
    w = week(week_number)
    for cap in range(max_receptions((w,)), -1, -1):
        if best_allocation(w, policy=Policy(reception_cap=cap)).progress == w.total_value:
            return cap
    return None


@answer_check("reception_cap")
def check_reception_cap(answer, lang: str = "en", week_number: int = 2) -> Feedback:
    """Exercise "reception_cap": in the inspection week, the largest number of receptions the secretary can
    attend (the protocol keeps the most important) with every village task still done."""
    if not is_number(answer) or answer < 0 or answer != int(answer):
        return feedback("reception_cap", "not_whole", lang)
    w = week(week_number)
    right = largest_cap_for_all_tasks(week_number)
    answer = int(answer)
    if right is None:
        return feedback("reception_cap", "none_works", lang)

    def week_of(cap):
        return best_allocation(w, policy=Policy(reception_cap=cap))

    values = dict(right=right, total=f"{w.total_value:g}", goodwill=f"{week_of(right).goodwill:g}")
    if answer == right:
        return feedback("reception_cap", "right", lang, correct=True, **values)
    if answer > right:
        a = week_of(min(answer, max_receptions((w,))))  # a cap above the busiest week's appearances is no cap
        kept = [p for p in a.receptions if p.attended and p.form.appears]
        freed = sum(p.hours for p in week_of(None).receptions if p.attended) - sum(p.hours for p in kept)
        kind = "too_many" if freed > 0 else "no_change"
        return feedback("reception_cap", kind, lang, answer=answer, progress=f"{a.progress:g}",
                         freed=f"{freed:g}", **values)
    return feedback("reception_cap", "too_few", lang, answer=answer,
                     lost=f"{week_of(right).goodwill - week_of(answer).goodwill:g}", **values)
