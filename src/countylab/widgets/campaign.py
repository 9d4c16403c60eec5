"""Labs of the H-town vaccination case (case 1)."""
from __future__ import annotations

from ..campaign import TargetArithmetic, target_arithmetic
from ..data import fact
from ..i18n import t
from ..plots import TargetArithmeticPlot, percent
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
