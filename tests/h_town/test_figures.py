"""Case 1's figures draw the data of the result they are given: each artist is checked against the model, and
two different results give two different pictures."""
import io

import numpy as np
import pytest
from PIL import Image

from countylab import (
    CampaignParams,
    compare_strategies,
    compensating_markups,
    formalism,
    run_cascade,
    target_arithmetic,
)
from countylab.h_town.cascade_figures import CascadePlot, FormalismPlot
from countylab.h_town.figures import CampaignPlot, TargetArithmeticPlot


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_the_staircase_draws_each_levels_commitment_and_the_paper_gap():
    r = run_cascade(1.0, [0.05, 0.05], [0.05, 0.05], 0.86, mode="max_limit")
    plot = CascadePlot().update(r)
    committed = [rect.get_height() for rect in plot.committed[:3]]
    assert committed == pytest.approx(list(r.table["committed"]))
    assert [rect.get_visible() for rect in plot.committed] == [True] * 3 + [False] * 3
    assert plot.capacity.get_ydata()[0] == pytest.approx(0.86)
    assert plot.real.get_ydata()[0] == pytest.approx(r.real) and plot.reported.get_ydata()[0] == 1.0
    assert plot.gap.get_height() == pytest.approx(r.paper_gap) and plot.gap.get_visible()
    assert "14 pts on paper" in plot.gap_text.get_text()


def test_the_staircase_hides_the_gap_when_nothing_is_on_paper():
    r = run_cascade(0.9, [0.05, 0.05], compensating_markups([0.05, 0.05]), 1.0)
    plot = CascadePlot().update(r)
    assert not plot.gap.get_visible() and plot.real.get_ydata()[0] == pytest.approx(0.9)


def test_the_formalism_curve_is_the_models_curve():
    r = formalism(8, 160, 40)
    plot = FormalismPlot().update(r)
    xs, ys = plot.curve.get_data()
    assert list(ys) == pytest.approx([100 * formalism(n, 160, 40).real_share for n in xs])
    assert plot.marker.get_data()[1][0] == pytest.approx(100 * r.real_share)


def test_the_target_bars_split_the_eligible_adults():
    r = target_arithmetic()
    plot = TargetArithmeticPlot().update(r)
    widths = [bar.get_width() for bar in plot.bars]
    assert widths == pytest.approx([100 * r.vaccinated / r.eligible_adults, 100 * r.fit_elderly / r.eligible_adults,
                                    100 * (r.elderly_left - r.fit_elderly) / r.eligible_adults])
    assert plot.deadline.get_xdata()[0] == r.days_to_deadline
    assert plot.reached.get_xdata()[0] == r.days_needed


def test_the_campaign_lines_are_the_daily_tables():
    results = compare_strategies(CampaignParams.h_town())
    plot = CampaignPlot().update(results, chosen="push_all")
    for strategy, r in results.items():
        lines = plot.lines[strategy]
        assert list(lines["coverage"].get_ydata()) == pytest.approx(list(100 * r.daily["evaluated_coverage"]))
        assert list(lines["rank"].get_ydata()) == list(r.daily["rank"])
        assert list(lines["incidents"].get_ydata()) == pytest.approx(list(r.daily["incidents"].cumsum()))
    assert plot.lines["push_all"]["coverage"].get_alpha() == 1.0
    assert plot.lines["screen_first"]["coverage"].get_alpha() < 1.0


@pytest.mark.parametrize("plot_class, first, second", [
    (CascadePlot, run_cascade(0.9, [0.05] * 2, [0.05] * 2, 0.86), run_cascade(0.9, [0.05] * 2, [0.05] * 2, 0.7)),
    (FormalismPlot, formalism(4), formalism(12)),
    (TargetArithmeticPlot, target_arithmetic(), target_arithmetic(fit_share=0.5)),
])
def test_different_results_give_different_pictures(plot_class, first, second):
    a, b, again = (plot_class().update(r).render_png() for r in (first, second, first))
    assert (pixels(a) == pixels(again)).all() and not (pixels(a) == pixels(b)).all()
