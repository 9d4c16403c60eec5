"""Labs of the chapter "Why 90% and not 100%": the target cascade and formalism (case 1)."""
from __future__ import annotations

from ..cascade import CascadeResult, FormalismResult, compensating_markups, formalism, run_cascade
from ..i18n import t
from ..plots import CascadePlot, FormalismPlot, percent
from .base import Control, Lab, register


def _level(name: str, lang: str) -> str:
    return t(f"level.name.{name}", lang)


@register
class CascadeLab(Lab):
    """A target travelling down a chain: discount, markup, the 100% cap (顶格) and inspection."""

    name = "cascade"
    title_key = "cas.lab_title"
    alt_key = "cas.alt"
    CONTROLS = (
        Control("goal", "ctl.goal", "unit.percent", "float", 90, 50, 100, 1, scale=100),
        Control("n_levels", "ctl.n_levels", "unit.levels", "int", 3, 2, 5, 1),
        Control("discount", "ctl.discount", "unit.percent", "float", 5, 0, 30, 1, scale=100),
        Control("markup", "ctl.markup", "unit.percent", "float", 5, 0, 30, 1, scale=100),
        Control("compensate", "ctl.compensate", "", "toggle", False),
        Control("capacity", "ctl.capacity", "unit.percent", "float", 86, 50, 100, 1, scale=100),
        Control("max_limit", "ctl.max_limit", "", "toggle", False),
        Control("inspection", "ctl.inspection", "", "choice", "none", choices=("none", "direct", "cross_level")),
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
    CONTROLS = (
        Control("n_tasks", "ctl.n_tasks", "unit.tasks", "int", 8, 1, 20, 1),
        Control("staff_hours", "ctl.staff_hours", "unit.hours", "int", 160, 40, 400, 10),
        Control("hours_per_task", "ctl.hours_per_task", "unit.hours", "int", 40, 10, 80, 5),
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
