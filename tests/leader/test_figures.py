"""Case 2's figures draw the data of the views they are given: the rule outlined, the hours by use, the frontier's
points; and two different views give two different pictures."""
import io

import numpy as np
import pytest
from PIL import Image

from countylab import allocate, best_allocation, naive_plan, reception_form, week
from countylab.leader.allocation import USES
from countylab.leader.figures import FrontierPlot, FrontierView, ProtocolPlot, ProtocolView, WeekComparison, WeekPlot
from countylab.leader.protocol import IMPORTANCE, RELATIONS
from countylab.leader.solver import month_frontier


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def view(visitor: int, host: int, importance: str, duration: float = 8) -> ProtocolView:
    form = reception_form(visitor, host, importance)
    return ProtocolView(visitor, host, form, duration, form.leader_hours(duration))


@pytest.mark.parametrize("visitor, host, importance", [(2, 2, "high"), (2, 2, "normal"), (1, 2, "high"),
                                                        (3, 2, "low")])
def test_the_protocol_grid_outlines_the_rule_that_applies(visitor, host, importance):
    v = view(visitor, host, importance)
    plot = ProtocolPlot().update(v)
    x, y = plot.outline.get_xy()
    assert (round(x + 0.48), round(y + 0.46)) == (RELATIONS.index(v.form.relation), IMPORTANCE.index(importance))
    assert plot.top.get_width() == v.leader_hours and plot.team.get_width() == 8


def test_the_week_bars_are_the_hours_by_use():
    w = week(1)
    yours, best = allocate(w, naive_plan(w, "in_person")), best_allocation(w)
    plot = WeekPlot().update(WeekComparison(yours, best))
    for row, allocation in ((1, yours), (0, best)):
        assert [plot.bars[row][use].get_width() for use in USES] == [allocation.hours[use] for use in USES]
    progress = [bar.get_height() for bar in plot.points["progress"]["bars"]]
    assert progress == [yours.progress, best.progress]


def test_the_frontier_points_are_the_months_outcomes():
    baseline, current = month_frontier(0.0), month_frontier(0.5)
    plot = FrontierPlot().update(FrontierView(baseline, current, current[2]))
    assert list(plot.curve.get_xdata()) == [m.goodwill for m in current]
    assert list(plot.curve.get_ydata()) == [m.progress for m in current]
    assert list(plot.base.get_ydata()) == [m.progress for m in baseline]
    assert (plot.now.get_xdata()[0], plot.now.get_ydata()[0]) == (current[2].goodwill, current[2].progress)


def test_different_views_give_different_pictures():
    a, b, again = (ProtocolPlot().update(v).render_png()
                   for v in (view(2, 2, "high"), view(2, 2, "low"), view(2, 2, "high")))
    assert (pixels(a) == pixels(again)).all() and not (pixels(a) == pixels(b)).all()
    w = week(1)
    one = WeekComparison(allocate(w, naive_plan(w)), best_allocation(w))
    two = WeekComparison(allocate(w, naive_plan(w, "in_person")), best_allocation(w))
    assert not (pixels(WeekPlot().update(one).render_png()) == pixels(WeekPlot().update(two).render_png())).all()
