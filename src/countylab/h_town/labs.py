"""Labs of case 1: the arithmetic of the target, the campaign (racing the ranking), the target cascade and
formalism. Thin front ends: controls → model → figure + a sentence."""
from __future__ import annotations

from dataclasses import dataclass

from ..core.data import fact
from ..core.i18n import t
from ..core.lab import Control, Lab, register
from ..core.numbers import percent
from . import strings  # noqa: F401  (registers the case's strings)
from .arithmetic import TargetArithmetic, target_arithmetic
from .campaign import STRATEGIES, CampaignParams, CampaignResult, compare_strategies
from .cascade import CascadeResult, FormalismResult, compensating_markups, formalism, run_cascade
from .cascade_figures import CascadePlot, FormalismPlot
from .figures import CampaignPlot, TargetArithmeticPlot


@register
class TargetLab(Lab):
    """The arithmetic of the target: how many older residents H town must still vaccinate, and in how many days."""

    name = "target"
    title_key = "ta.title"
    alt_key = "ta.alt"

    @classmethod
    def define_controls(cls) -> tuple[Control, ...]:
        return (
            Control(name="target", label="ctl.target", kind="float",
                    default=round(100 * fact("county_target_rate")), unit="unit.percent", low=50, high=100, step=1,
                    scale=100),
            Control(name="eligible_adults", label="ctl.eligible_adults", kind="int",
                    default=int(fact("eligible_adults")), unit="unit.persons", low=20_000, high=80_000, step=1_000),
            Control(name="elderly_left", label="ctl.elderly_left", kind="int", default=int(fact("elderly_left")),
                    unit="unit.persons", low=0, high=20_000, step=500),
            Control(name="check_capacity", label="ctl.check_capacity", kind="int",
                    default=int(fact("check_capacity_per_day")), unit="unit.persons_per_day", low=50, high=1_000,
                    step=25),
            Control(name="fit_share", label="ctl.fit_share", kind="float", default=round(100 * fact("fit_share")),
                    unit="unit.percent", low=10, high=100, step=5, scale=100),
            Control(name="days_to_deadline", label="ctl.days_to_deadline", kind="int",
                    default=int(fact("days_to_deadline")), unit="unit.days", low=5, high=90, step=1),
        )

    def compute(self, **values) -> TargetArithmetic:
        values["elderly_left"] = min(values["elderly_left"], values["eligible_adults"])
        return target_arithmetic(**values)

    def make_plot(self) -> TargetArithmeticPlot:
        return TargetArithmeticPlot(self.lang)

    def describe(self, r: TargetArithmetic) -> str:
        lang = self.lang
        if r.still_needed == 0:
            return t("ta.sentence.met", lang, coverage=percent(r.coverage_now), target=percent(r.target))
        if not r.reachable:
            return t("ta.sentence.unreachable", lang, elderly=f"{r.elderly_left:,}", fit_people=f"{r.fit_elderly:,}",
                     max=percent(r.max_reachable), target=percent(r.target))
        gap = r.days_to_deadline - r.days_needed
        margin = (t("ta.margin.early", lang, days=gap) if gap > 0 else
                  t("ta.margin.late", lang, days=-gap) if gap < 0 else t("ta.margin.exact", lang))
        return t("ta.sentence.reachable", lang, target=percent(r.target), needed=f"{r.still_needed:,}",
                 capacity=f"{r.check_capacity:,}", fit=percent(r.fit_share), checks=f"{r.checks_needed:,}",
                 days=r.days_needed, margin=margin)


@dataclass(frozen=True)
class StrategyChoice:
    """Both strategies under the same parameters, and the one the reader chose (the campaign lab's result)."""

    strategy: str                          #: the reader's strategy, "screen_first" or "push_all"
    results: dict[str, CampaignResult]     #: every strategy's run, keyed by strategy

    @property
    def chosen(self) -> CampaignResult:
        """The run of the reader's strategy."""
        return self.results[self.strategy]

    @property
    def other(self) -> str:
        """The strategy the reader did not choose."""
        return next(s for s in STRATEGIES if s != self.strategy)


@register
class CampaignLab(Lab):
    """Racing the ranking: screen first or push everyone, day by day, with the county's rank and backlash."""

    name = "campaign"
    title_key = "camp.lab_title"
    alt_key = "camp.alt"

    @classmethod
    def define_controls(cls) -> tuple[Control, ...]:
        return (
            Control(name="strategy", label="ctl.strategy", kind="choice", default="screen_first", choices=STRATEGIES),
            Control(name="vaccination_capacity", label="ctl.vaccination_capacity", kind="int",
                    default=int(fact("vaccination_capacity_per_day")), unit="unit.persons_per_day", low=100,
                    high=1_500, step=50),
            Control(name="check_capacity", label="ctl.check_capacity", kind="int",
                    default=int(fact("check_capacity_per_day")), unit="unit.persons_per_day", low=50, high=1_000,
                    step=25),
            Control(name="fit_share", label="ctl.fit_share", kind="float", default=round(100 * fact("fit_share")),
                    unit="unit.percent", low=30, high=100, step=5, scale=100),
            Control(name="sensitivity", label="ctl.sensitivity", kind="float",
                    default=round(100 * fact("sensitivity")), unit="unit.percent", low=0, high=100, step=5,
                    scale=100),
            Control(name="risk", label="ctl.risk", kind="float", default=round(100 * fact("risk"), 2),
                    unit="unit.percent", low=0, high=2, step=0.05, scale=100),
            Control(name="backlash", label="ctl.backlash", kind="float", default=round(100 * fact("backlash")),
                    unit="unit.percent", low=0, high=80, step=5, scale=100),
            Control(name="negotiated", label="ctl.negotiated", kind="toggle", default=False),
        )

    def compute(self, strategy, negotiated, **changes) -> StrategyChoice:
        results = compare_strategies(CampaignParams.h_town(**changes), negotiated=negotiated)
        return StrategyChoice(strategy, results)

    def make_plot(self) -> CampaignPlot:
        return CampaignPlot(self.lang)

    def update_plot(self, result: StrategyChoice) -> None:
        self.plot.update(result.results, chosen=result.strategy)

    def describe(self, result: StrategyChoice) -> str:
        lang, chosen, other = self.lang, result.strategy, result.other
        deadline = result.chosen.params.deadline_days

        def facts_of(r: CampaignResult) -> tuple[str, str, int]:
            target = percent(r.params.target)
            reach = (t("camp.reached", lang, target=target, day=r.reached_target_day)
                     if r.reached_target_day is not None else
                     t("camp.not_reached", lang, target=target, max=percent(min(1.0, r.max_reachable))))
            rank = int(r.daily["rank"].iloc[min(deadline, len(r.daily) - 1)])
            return reach, f"{r.total_incidents:.1f}", rank

        c_reach, c_inc, c_rank = facts_of(result.chosen)
        o_reach, o_inc, o_rank = facts_of(result.results[other])
        return t("camp.sentence", lang, chosen_name=t(f"camp.name.{chosen}", lang), chosen_reach=c_reach,
                 deadline=deadline, chosen_incidents=c_inc, chosen_rank=c_rank,
                 other_name=t(f"camp.name.{other}", lang), other_reach=o_reach, other_incidents=o_inc,
                 other_rank=o_rank, negotiated=t("camp.negotiated", lang) if result.chosen.negotiated else "")


def _level(name: str, lang: str) -> str:
    return t(f"level.name.{name}", lang)


@register
class CascadeLab(Lab):
    """A target travelling down a chain: discount, markup, the 100% cap (顶格) and inspection."""

    name = "cascade"
    title_key = "cas.lab_title"
    alt_key = "cas.alt"

    @classmethod
    def define_controls(cls) -> tuple[Control, ...]:
        return (
            Control(name="goal", label="ctl.goal", kind="float", default=90, unit="unit.percent", low=50, high=100,
                    step=1, scale=100),
            Control(name="n_levels", label="ctl.n_levels", kind="int", default=3, unit="unit.levels", low=2, high=5,
                    step=1),
            Control(name="discount", label="ctl.discount", kind="float", default=5, unit="unit.percent", low=0,
                    high=30, step=1, scale=100),
            Control(name="markup", label="ctl.markup", kind="float", default=5, unit="unit.percent", low=0, high=30,
                    step=1, scale=100),
            Control(name="compensate", label="ctl.compensate", kind="toggle", default=False),
            Control(name="capacity", label="ctl.capacity", kind="float", default=86, unit="unit.percent", low=50,
                    high=100, step=1, scale=100),
            Control(name="max_limit", label="ctl.max_limit", kind="toggle", default=False),
            Control(name="inspection", label="ctl.inspection", kind="choice", default="none",
                    choices=("none", "direct", "cross_level")),
        )

    def compute(self, goal, n_levels, discount, markup, compensate, capacity, max_limit, inspection) -> CascadeResult:
        discounts = [discount] * (n_levels - 1)
        markups = compensating_markups(discounts) if compensate else [markup] * (n_levels - 1)
        if inspection == "cross_level" and n_levels < 3:
            inspection = "direct"  # the sentence explains; the model would (rightly) refuse
        return run_cascade(1.0 if max_limit else goal, discounts, markups, capacity,
                           mode="max_limit" if max_limit else "negotiated",
                           inspection=None if inspection == "none" else inspection)

    def make_plot(self) -> CascadePlot:
        return CascadePlot(self.lang)

    def describe(self, r: CascadeResult) -> str:
        lang = self.lang
        top, bottom = _level(r.levels[0], lang), _level(r.levels[-1], lang)
        cost = f"{r.cost:.1f}"
        if r.mode == "max_limit":
            wasted = t("cas.wasted", lang) if r.pursued > r.capacity else ""
            text = t("cas.sentence.max_limit", lang, top=top, real=percent(r.real), gap=percent(r.paper_gap),
                     cost=cost, wasted=wasted)
        elif r.inspection == "cross_level":
            gap = t("cas.gap_text", lang, points=percent(r.paper_gap)) if r.paper_gap > 1e-9 else ""
            text = t("cas.sentence.cross", lang, level=_level(r.levels[r.inspected_level], lang), bottom=bottom,
                     pursued=percent(r.pursued), real=percent(r.real), reported=percent(r.reported),
                     gap_text=gap, cost=cost)
        else:
            shortfall = r.goal - r.real
            short = t("cas.shortfall", lang, points=percent(shortfall)) if shortfall > 1e-9 else ""
            text = t("cas.sentence.feedback", lang, top=top, goal=percent(r.goal), bottom=bottom,
                     pursued=percent(r.pursued), real=percent(r.real), shortfall=short, cost=cost)
        if self.values["inspection"] == "cross_level" and len(r.levels) < 3:
            text += t("cas.cross_needs_three", lang)
        return text


@register
class FormalismLab(Lab):
    """Many tasks demanded at 100%, one team's hours: real and reported completion."""

    name = "formalism"
    title_key = "fm.lab_title"
    alt_key = "fm.alt"

    @classmethod
    def define_controls(cls) -> tuple[Control, ...]:
        return (
            Control(name="n_tasks", label="ctl.n_tasks", kind="int", default=8, unit="unit.tasks", low=1, high=20,
                    step=1),
            Control(name="staff_hours", label="ctl.staff_hours", kind="int", default=160, unit="unit.hours", low=40,
                    high=400, step=10),
            Control(name="hours_per_task", label="ctl.hours_per_task", kind="int", default=40, unit="unit.hours",
                    low=10, high=80, step=5),
        )

    def compute(self, **values) -> FormalismResult:
        return formalism(**values)

    def make_plot(self) -> FormalismPlot:
        return FormalismPlot(self.lang)

    def describe(self, r: FormalismResult) -> str:
        needed = f"{r.n_tasks * r.hours_per_task:,.0f}"
        if r.paper_gap <= 0:
            return t("fm.sentence.real", self.lang, n=r.n_tasks, needed=needed, hours=f"{r.staff_hours:,.0f}")
        return t("fm.sentence.paper", self.lang, n=r.n_tasks, needed=needed, hours=f"{r.staff_hours:,.0f}",
                 affordable=f"{r.tasks_affordable:.1f}".rstrip("0").rstrip("."), real=percent(r.real_share),
                 gap=percent(r.paper_gap))
