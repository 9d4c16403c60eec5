"""Labs of case 2, "When the leader shows up": the reception protocol, a week of the secretary's hours, and
the trade-off of freeing the leader. Thin front ends: controls → model → figure + a sentence."""
from __future__ import annotations

from ..core.i18n import t
from ..core.lab import Control, Lab, register
from .allocation import allocate
from .channels import CHANNELS
from .figures import FrontierPlot, FrontierView, ProtocolPlot, ProtocolView, WeekComparison, WeekPlot
from .hours import leader_fact
from .protocol import IMPORTANCE, RANKS, reception_form
from .solver import best_allocation, max_receptions, month_frontier
from .strings import task_name
from .week import Policy, Week, month, week

PLAN_CHOICES = ("none", *CHANNELS)
#: The week the week planner spends: week 1 of the month in data/leader_month.csv.
WEEK_NUMBER = 1


@register
class ProtocolLab(Lab):
    """Who meets a visiting team, for how long, and what it signals (the reception protocol)."""

    name = "protocol"
    title_key = "rp.title"
    alt_key = "rp.alt"

    @classmethod
    def define_controls(cls) -> tuple[Control, ...]:
        return (
            Control(name="visitor_rank", label="ctl.visitor_rank", kind="choice", default=3, choices=RANKS,
                    choice_labels="rank"),
            Control(name="host_rank", label="ctl.host_rank", kind="choice", default=int(leader_fact("host_rank")),
                    choices=RANKS, choice_labels="rank"),
            Control(name="importance", label="ctl.importance", kind="choice", default="high", choices=IMPORTANCE,
                    choice_labels="importance"),
            Control(name="duration_hours", label="ctl.duration_hours", kind="float", default=8, unit="unit.hours",
                    low=1, high=12, step=0.5),
        )

    def compute(self, visitor_rank, host_rank, importance, duration_hours) -> ProtocolView:
        form = reception_form(visitor_rank, host_rank, importance)
        return ProtocolView(visitor_rank, host_rank, form, duration_hours, form.leader_hours(duration_hours))

    def make_plot(self) -> ProtocolPlot:
        return ProtocolPlot(self.lang)

    def describe(self, r: ProtocolView) -> str:
        lang, form = self.lang, r.form
        reception = (t("rp.reception.top", lang) if form.who == "top_leader" else
                     t("rp.reception.other", lang, who=t(f"who.{form.who}", lang),
                       extent=t(f"extent.{form.extent}", lang)))
        reception = reception[0].upper() + reception[1:]
        return t("rp.sentence", lang, visitor=t(f"rank.{r.visitor_rank}", lang),
                 host=t(f"rank.{r.host_rank}", lang), importance=t(f"importance.{form.importance}", lang),
                 reception=reception, hours=f"{r.leader_hours:g}",
                 signal=t(f"signal.{form.signal}", lang), goodwill=f"{form.goodwill:g}",
                 status=t("rp.sourced" if form.status == "sourced" else "rp.extension", lang))


@register
class WeekLab(Lab):
    """The reader spends the secretary's week (week 1 of the month in data/) and compares with the solver."""

    name = "week"
    title_key = "wk.title"
    alt_key = "wk.alt"

    @staticmethod
    def demands() -> Week:
        """The week this lab spends (read from the data package when first asked for)."""
        return week(WEEK_NUMBER)

    @classmethod
    def define_controls(cls) -> tuple[Control, ...]:
        w = cls.demands()
        most = max_receptions((w,))
        return (
            Control(name="budget_hours", label="ctl.budget_hours", kind="float", default=leader_fact("weekly_hours"),
                    unit="unit.hours", low=30, high=70, step=0.5),
            Control(name="reception_cap", label="ctl.reception_cap", kind="int", default=most,
                    unit="unit.receptions_per_week", low=0, high=most, step=1),
            *(Control(name=task.id, label="ctl.plan", kind="choice", default="document", choices=PLAN_CHOICES,
                      choice_labels="channel") for task in w.tasks),
        )

    def _label(self, c: Control) -> str:
        if c.label != "ctl.plan":
            return super()._label(c)
        task = self.demands().task(c.name)
        needed = t(f"channel.{task.needed_channel}", self.lang)
        return t("task.label", self.lang, topic=t(f"topic.{task.topic}", self.lang), village=task.village,
                 value=f"{task.value:g}", needed=needed, due=f"{task.due_days:g}")

    def compute(self, budget_hours, reception_cap, **plan) -> WeekComparison:
        w, policy = self.demands(), Policy(reception_cap=reception_cap)
        return WeekComparison(allocate(w, plan, budget_hours, policy), best_allocation(w, budget_hours, policy))

    def make_plot(self) -> WeekPlot:
        w = self.demands()
        goodwill = sum(form.goodwill for form in w.forms())
        return WeekPlot(self.lang, w.total_value, max(goodwill, 1), self.spec["budget_hours"].high)

    def describe(self, r: WeekComparison) -> str:
        lang, yours, w = self.lang, r.yours, self.demands()
        plan = dict(yours.plan)
        items = []
        for u in yours.unmet_of("task")[:2]:
            task = w.task(u.id)
            channel = t(f"channel.long.{plan[u.id]}", lang) if u.id in plan else ""
            needed = t(f"channel.long.{task.needed_channel}", lang)
            reason = t(f"reason.{u.reason}", lang, **({"channel": channel, "needed": needed}
                                                       if u.reason in ("too_weak", "too_slow") else {}))
            items.append(t("wk.item", lang, name=task_name(task, lang), reason=reason))
        extra = len(yours.unmet_of("task")) - len(items)
        if extra > 0:
            items.append(t("wk.more", lang, n=extra))
        why = t("wk.why", lang, items=t("wk.sep", lang).join(items)) if items else ""
        return t("wk.sentence", lang, done=len(yours.done), n=len(w.tasks), progress=f"{yours.progress:g}",
                 total=f"{w.total_value:g}", goodwill=f"{yours.goodwill:g}", free=f"{yours.free:g}",
                 best=f"{r.best.progress:g}", why=why)


@register
class FreeLeaderLab(Lab):
    """Cut meetings and cap receptions over the month: progress against goodwill (解放领导)."""

    name = "free_leader"
    title_key = "fl.title"
    alt_key = "fl.alt"

    @classmethod
    def define_controls(cls) -> tuple[Control, ...]:
        return (
            Control(name="meeting_cut", label="ctl.meeting_cut", kind="float", default=0, unit="unit.percent",
                    low=0, high=100, step=10, scale=100),
            Control(name="reception_cap", label="ctl.reception_cap", kind="int", default=max_receptions(),
                    unit="unit.receptions_per_week", low=0, high=max_receptions(), step=1),
        )

    def compute(self, meeting_cut, reception_cap) -> FrontierView:
        # The secretary's weekly hours stay at data/leader_facts.csv's 50: this lab is about the levers.
        current = month_frontier(round(meeting_cut, 6))
        # The frontier runs from "no cap" (the protocol's busiest week) down to a cap of 0.
        caps = [max_receptions() if m.policy.reception_cap is None else m.policy.reception_cap for m in current]
        return FrontierView(baseline=month_frontier(0.0), current=current, chosen=current[caps.index(reception_cap)])

    def make_plot(self) -> FrontierPlot:
        weeks = month()
        goodwill = sum(form.goodwill for w in weeks for form in w.forms())
        lowest = month_frontier(0.0)[0].progress  # no cuts: the least progress this lab can show
        return FrontierPlot(self.lang, goodwill, sum(w.total_value for w in weeks), max_receptions() + 1, lowest)

    def describe(self, r: FrontierView) -> str:
        chosen, base = r.chosen, r.no_cuts
        freed = sum(base.hours(u) for u in ("receptions", "meetings")) - sum(
            chosen.hours(u) for u in ("receptions", "meetings"))
        cap = chosen.policy.reception_cap
        cap_text = t("fl.no_cap_text", self.lang) if cap is None else t("fl.cap_text", self.lang, cap=cap)
        return t("fl.sentence", self.lang, cut=round(100 * chosen.policy.meeting_cut), cap_text=cap_text,
                 freed=f"{freed:g}", progress=f"{chosen.progress:g}", total=f"{chosen.total_value:g}",
                 base=f"{base.progress:g}", goodwill=f"{chosen.goodwill:g}", base_goodwill=f"{base.goodwill:g}")
