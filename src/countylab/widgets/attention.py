"""Labs of case 2, "When the leader shows up": the reception protocol, a week of the secretary's hours, and
the trade-off of freeing the leader."""
from __future__ import annotations

from ..attention import (
    CHANNELS, IMPORTANCE, RANKS, Policy, allocate, best_allocation, max_receptions, month,
    month_frontier, reception_form, week)
from ..checks import task_name
from ..data import fact
from ..i18n import t
from ..plots import FrontierPlot, ProtocolPlot, WeekPlot
from .base import Control, Lab, register

PLAN_CHOICES = ("none", *CHANNELS)


@register
class ProtocolLab(Lab):
    """Who meets a visiting team, for how long, and what it signals (the reception protocol)."""

    name = "protocol"
    title_key = "rp.title"
    alt_key = "rp.alt"
    CONTROLS = (
        Control("visitor_rank", "ctl.visitor_rank", "", "choice", 3, choices=RANKS, choice_labels="rank"),
        Control("host_rank", "ctl.host_rank", "", "choice", int(fact("host_rank", "leader_facts")), choices=RANKS,
                choice_labels="rank"),
        Control("importance", "ctl.importance", "", "choice", "high", choices=IMPORTANCE,
                choice_labels="importance"),
        Control("duration_hours", "ctl.duration_hours", "unit.hours", "float", 8, 1, 12, 0.5),
    )

    def compute(self, visitor_rank, host_rank, importance, duration_hours) -> dict:
        form = reception_form(visitor_rank, host_rank, importance)
        return {"form": form, "duration": duration_hours, "hours": form.leader_hours(duration_hours),
                "visitor_rank": visitor_rank, "host_rank": host_rank}

    def make_plot(self) -> ProtocolPlot:
        return ProtocolPlot(self.lang)

    def describe(self, r: dict) -> str:
        lang, form = self.lang, r["form"]
        reception = (t("rp.reception.top", lang) if form.who == "top_leader" else
                     t("rp.reception.other", lang, who=t(f"who.{form.who}", lang),
                       extent=t(f"extent.{form.extent}", lang)))
        reception = reception[0].upper() + reception[1:]
        return t("rp.sentence", lang, visitor=t(f"rank.{r['visitor_rank']}", lang),
                 host=t(f"rank.{r['host_rank']}", lang), importance=t(f"importance.{form.importance}", lang),
                 reception=reception, hours=f"{r['hours']:g}",
                 signal=t(f"signal.{form.signal}", lang), goodwill=f"{form.goodwill:g}",
                 status=t("rp.sourced" if form.status == "sourced" else "rp.extension", lang))


WEEK = week(1)


@register
class WeekLab(Lab):
    """The reader spends the secretary's week (week 1 of the month in data/) and compares with the solver."""

    name = "week"
    title_key = "wk.title"
    alt_key = "wk.alt"
    CONTROLS = (
        Control("budget_hours", "ctl.budget_hours", "unit.hours", "float", fact("weekly_hours", "leader_facts"),
                30, 70, 0.5),
        Control("reception_cap", "ctl.reception_cap", "unit.receptions_per_week", "int", max_receptions((WEEK,)),
                0, max_receptions((WEEK,)), 1),
        *(Control(task.id, "ctl.plan", "", "choice", "document", choices=PLAN_CHOICES, choice_labels="channel")
          for task in WEEK.tasks),
    )

    def _label(self, c: Control) -> str:
        if c.label != "ctl.plan":
            return super()._label(c)
        task = WEEK.task(c.name)
        needed = t(f"channel.{task.needed_channel}", self.lang)
        return t("task.label", self.lang, topic=t(f"topic.{task.topic}", self.lang), village=task.village,
                 value=f"{task.value:g}", needed=needed, due=f"{task.due_days:g}")

    def compute(self, budget_hours, reception_cap, **plan) -> dict:
        policy = Policy(reception_cap=reception_cap)
        return {"yours": allocate(WEEK, plan, budget_hours, policy), "best": best_allocation(WEEK, budget_hours, policy)}

    def make_plot(self) -> WeekPlot:
        goodwill = sum(form.goodwill for form in WEEK.forms())
        return WeekPlot(self.lang, WEEK.total_value, max(goodwill, 1), self.CONTROLS[0].high)

    def describe(self, r: dict) -> str:
        lang, yours = self.lang, r["yours"]
        plan = dict(yours.plan)
        items = []
        for u in yours.unmet_of("task")[:2]:
            task = WEEK.task(u.id)
            channel = t(f"channel.long.{plan[u.id]}", lang) if u.id in plan else ""
            needed = t(f"channel.long.{task.needed_channel}", lang)
            reason = t(f"reason.{u.reason}", lang, **({"channel": channel, "needed": needed}
                                                       if u.reason in ("too_weak", "too_slow") else {}))
            items.append(t("wk.item", lang, name=task_name(task, lang), reason=reason))
        extra = len(yours.unmet_of("task")) - len(items)
        if extra > 0:
            items.append(t("wk.more", lang, n=extra))
        why = t("wk.why", lang, items=t("wk.sep", lang).join(items)) if items else ""
        return t("wk.sentence", lang, done=len(yours.done), n=len(WEEK.tasks), progress=f"{yours.progress:g}",
                 total=f"{WEEK.total_value:g}", goodwill=f"{yours.goodwill:g}", free=f"{yours.free:g}",
                 best=f"{r['best'].progress:g}", why=why)


@register
class FreeLeaderLab(Lab):
    """Cut meetings and cap receptions over the month: progress against goodwill (解放领导)."""

    name = "free_leader"
    title_key = "fl.title"
    alt_key = "fl.alt"
    CONTROLS = (
        Control("meeting_cut", "ctl.meeting_cut", "unit.percent", "float", 0, 0, 100, 10, scale=100),
        Control("reception_cap", "ctl.reception_cap", "unit.receptions_per_week", "int", max_receptions(),
                0, max_receptions(), 1),
    )

    def compute(self, meeting_cut, reception_cap) -> dict:
        # The secretary's weekly hours stay at data/leader_facts.csv's 50: this lab is about the levers.
        current = month_frontier(round(meeting_cut, 6))
        baseline = month_frontier(0.0)
        # The frontier runs from "no cap" (the protocol's busiest week) down to a cap of 0.
        caps = [max_receptions() if m.policy.reception_cap is None else m.policy.reception_cap for m in current]
        chosen = current[caps.index(reception_cap)]
        return {"baseline": baseline, "current": current, "chosen": chosen, "no_cuts": baseline[0]}

    def make_plot(self) -> FrontierPlot:
        weeks = month()
        goodwill = sum(form.goodwill for w in weeks for form in w.forms())
        lowest = month_frontier(0.0)[0].progress  # no cuts: the least progress this lab can show
        return FrontierPlot(self.lang, goodwill, sum(w.total_value for w in weeks), max_receptions() + 1, lowest)

    def describe(self, r: dict) -> str:
        chosen, base = r["chosen"], r["no_cuts"]
        freed = sum(base.hours(u) for u in ("receptions", "meetings")) - sum(
            chosen.hours(u) for u in ("receptions", "meetings"))
        cap = chosen.policy.reception_cap
        cap_text = t("fl.no_cap_text", self.lang) if cap is None else t("fl.cap_text", self.lang, cap=cap)
        return t("fl.sentence", self.lang, cut=round(100 * chosen.policy.meeting_cut), cap_text=cap_text, freed=f"{freed:g}", progress=f"{chosen.progress:g}",
                 total=f"{chosen.total_value:g}", base=f"{base.progress:g}", goodwill=f"{chosen.goodwill:g}",
                 base_goodwill=f"{base.goodwill:g}")
