"""The lab toolkit and every registered lab: labelled controls, sentence and figure that follow
the controls, reset, a display bundle for both builders, bad starting values, and a grid of all controls."""
import itertools
import random

import pytest

from countylab import LABS, TargetLab
from countylab.core.i18n import LANGS

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("name", sorted(LABS))
@pytest.mark.parametrize("lang", LANGS)
def test_every_control_is_labelled_with_unit_and_range(name, lang):
    lab = LABS[name](lang=lang)
    for spec in lab.specs():
        label = lab.controls[spec.name].description
        assert label, f"{name}.{spec.name} has no label"
        if spec.kind in ("float", "int"):
            assert f"{spec.low:g}"[:2] in label.replace(",", "") and "–" in label, label


@pytest.mark.parametrize("name", sorted(LABS))
def test_display_bundle_carries_widget_png_and_stable_text(name):
    lab = LABS[name]()
    bundle = lab._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["image/png"].startswith(PNG)
    assert bundle["text/plain"].endswith(lab.sentence)
    assert bundle["text/plain"] == LABS[name]()._repr_mimebundle_()["text/plain"], "text/plain must be stable"


@pytest.mark.parametrize("name", sorted(LABS))
def test_one_persistent_figure(name):
    lab = LABS[name]()
    figure = lab.plot.figure
    for spec in lab.specs():
        lab.set(**{spec.name: spec.grid()[-1]})
    assert lab.plot.figure is figure


@pytest.mark.parametrize("name", sorted(LABS))
def test_grid_over_all_controls_never_raises(name):
    lab = LABS[name]()
    grids = [spec.grid() for spec in lab.specs()]
    combos = list(itertools.product(*[[g[0], g[len(g) // 2], g[-1]] for g in grids]))
    random.Random(0).shuffle(combos)
    for combo in combos[:150]:
        lab.set(**dict(zip(lab.controls, combo)))
        assert lab.sentence and lab.png.startswith(PNG)


@pytest.mark.parametrize("name", sorted(LABS))
def test_reset_restores_the_start(name):
    lab = LABS[name]()
    start_sentence, start_png = lab.sentence, lab.png
    for spec in lab.specs():
        lab.set(**{spec.name: spec.grid()[-1]})
    assert lab.sentence != start_sentence
    lab.reset_button.click()
    assert lab.sentence == start_sentence and lab.png == start_png


def test_starting_values_are_validated():
    lab = TargetLab(target=95, fit_share=60)
    assert lab.result.target == pytest.approx(0.95) and lab.result.fit_share == pytest.approx(0.6)
    with pytest.raises(ValueError, match=r"target must be in \[50, 100\] %; got 120"):
        TargetLab(target=120)
    with pytest.raises(ValueError, match="no control 'budget'; controls are: target, "):
        TargetLab(budget=3)
    with pytest.raises(ValueError, match="lang must be one of"):
        TargetLab(lang="fr")


@pytest.mark.parametrize("name", sorted(LABS))
def test_a_lab_can_wait_for_the_readers_prediction(name):
    """predict_first: the axes without a result and a prompt, until the reader moves a control; then the
    lab shows exactly what a lab started there shows."""
    waiting, plain = LABS[name](predict_first=True), LABS[name]()
    assert "prediction" in waiting.sentence and waiting.sentence != plain.sentence
    assert waiting.png != plain.png and waiting.result is not None
    assert waiting._repr_mimebundle_()["text/plain"].endswith(waiting.sentence)
    spec = waiting.specs()[0]
    value = next(v for v in spec.grid() if v != waiting.controls[spec.name].value)
    waiting.controls[spec.name].value = value
    started_there = LABS[name](**{spec.name: value})
    assert waiting.sentence == started_there.sentence and not waiting.waiting
    waiting.reset()
    assert waiting.sentence == plain.sentence, "after the first move, reset shows the starting result"


def test_predict_first_must_be_a_bool():
    with pytest.raises(ValueError, match="predict_first must be True or False"):
        TargetLab(predict_first="yes")
