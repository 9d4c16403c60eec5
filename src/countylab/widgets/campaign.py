"""Labs of the H-town vaccination case (case 1)."""
from __future__ import annotations

from ..campaign import STRATEGIES, CampaignParams, TargetArithmetic, compare_strategies, target_arithmetic
from ..data import fact
from ..i18n import t
from ..plots import CampaignPlot, TargetArithmeticPlot, percent
from .base import Control, Lab, register


@register
class TargetLab(Lab):
    """The arithmetic of the target: how many older residents H town must still vaccinate, and in how many days."""

    name = "target"
    title_key = "ta.title"
    alt_key = "ta.alt"
    CONTROLS = (
        Control("target", "ctl.target", "unit.percent", "float", round(100 * fact("county_target_rate")),
                50, 100, 1, scale=100),
        Control("eligible_adults", "ctl.eligible_adults", "unit.persons", "int", int(fact("eligible_adults")),
                20_000, 80_000, 1_000),
        Control("elderly_left", "ctl.elderly_left", "unit.persons", "int", int(fact("elderly_left")),
                0, 20_000, 500),
        Control("check_capacity", "ctl.check_capacity", "unit.persons_per_day", "int",
                int(fact("check_capacity_per_day")), 50, 1_000, 25),
        Control("fit_share", "ctl.fit_share", "unit.percent", "float", round(100 * fact("fit_share")),
                10, 100, 5, scale=100),
        Control("days_to_deadline", "ctl.days_to_deadline", "unit.days", "int", int(fact("days_to_deadline")),
                5, 90, 1),
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


@register
class CampaignLab(Lab):
    """Racing the ranking: screen first or push everyone, day by day, with the county's rank and backlash."""

    name = "campaign"
    title_key = "camp.lab_title"
    alt_key = "camp.alt"
    CONTROLS = (
        Control("strategy", "ctl.strategy", "", "choice", "screen_first", choices=STRATEGIES),
        Control("vaccination_capacity", "ctl.vaccination_capacity", "unit.persons_per_day", "int",
                int(fact("vaccination_capacity_per_day")), 100, 1_500, 50),
        Control("check_capacity", "ctl.check_capacity", "unit.persons_per_day", "int",
                int(fact("check_capacity_per_day")), 50, 1_000, 25),
        Control("fit_share", "ctl.fit_share", "unit.percent", "float", round(100 * fact("fit_share")), 30, 100, 5,
                scale=100),
        Control("sensitivity", "ctl.sensitivity", "unit.percent", "float", round(100 * fact("sensitivity")),
                0, 100, 5, scale=100),
        Control("risk", "ctl.risk", "unit.percent", "float", round(100 * fact("risk"), 2), 0, 2, 0.05, scale=100),
        Control("backlash", "ctl.backlash", "unit.percent", "float", round(100 * fact("backlash")), 0, 80, 5,
                scale=100),
        Control("negotiated", "ctl.negotiated", "", "toggle", False),
    )

    def compute(self, strategy, negotiated, **changes) -> dict:
        results = compare_strategies(CampaignParams.h_town(**changes), negotiated=negotiated)
        return {"chosen": strategy, **results}

    def make_plot(self) -> CampaignPlot:
        return CampaignPlot(self.lang)

    def update_plot(self, result) -> None:
        self.plot.update({s: result[s] for s in STRATEGIES}, chosen=result["chosen"])

    def describe(self, result: dict) -> str:
        lang = self.lang
        chosen = result["chosen"]
        other = next(s for s in STRATEGIES if s != chosen)
        deadline = result[chosen].params.deadline_days

        def facts_of(r):
            target = percent(r.params.target)
            reach = (t("camp.reached", lang, target=target, day=r.reached_target_day)
                     if r.reached_target_day is not None else
                     t("camp.not_reached", lang, target=target, max=percent(min(1.0, r.max_reachable))))
            rank = int(r.daily["rank"].iloc[min(deadline, len(r.daily) - 1)])
            return reach, f"{r.total_incidents:.1f}", rank

        c_reach, c_inc, c_rank = facts_of(result[chosen])
        o_reach, o_inc, o_rank = facts_of(result[other])
        return t("camp.sentence", lang, chosen_name=t(f"camp.name.{chosen}", lang), chosen_reach=c_reach,
                 deadline=deadline, chosen_incidents=c_inc, chosen_rank=c_rank,
                 other_name=t(f"camp.name.{other}", lang), other_reach=o_reach, other_incidents=o_inc,
                 other_rank=o_rank, negotiated=t("camp.negotiated", lang) if result[chosen].negotiated else "")
