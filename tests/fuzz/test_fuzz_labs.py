"""Fuzzing every lab's set(): any value of any type for any control either is applied (and the lab shows a
result) or is refused with a ValueError that names the control and what it allows — and after a refusal the
lab is exactly as it was (controls, result, sentence and figure)."""
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from countylab import LABS

CASES_PER_LAB = 120
LAB_INSTANCES = {}


def lab_of(name):
    """One lab per class, kept across examples (a lab is meant to survive any sequence of calls)."""
    if name not in LAB_INSTANCES:
        LAB_INSTANCES[name] = LABS[name]()
    return LAB_INSTANCES[name]


ANY_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.integers(10**20, 10**400),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=6), st.binary(max_size=3),
    st.lists(st.integers(0, 5), max_size=3), st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


def state(lab):
    return ({n: w.value for n, w in lab.controls.items()}, lab.sentence, lab.png, lab.result)


def fair_value(spec):
    """Values a control might plausibly be given: its grid, just outside its range, off its steps, other types."""
    if spec.kind in ("float", "int"):
        return st.one_of(st.sampled_from(spec.grid()), st.floats(spec.low - 10, spec.high + 10, allow_nan=False),
                         st.integers(int(spec.low) - 5, int(spec.high) + 5), ANY_VALUE)
    if spec.kind == "choice":
        return st.one_of(st.sampled_from(list(spec.choices)), ANY_VALUE)
    return st.one_of(st.booleans(), ANY_VALUE)


@pytest.mark.parametrize("name", sorted(LABS))
@settings(max_examples=CASES_PER_LAB, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_set_applies_a_value_or_refuses_it_and_changes_nothing(name, data):
    lab = lab_of(name)
    spec = data.draw(st.sampled_from(lab.specs()), label="control")
    value = data.draw(fair_value(spec), label="value")
    before = state(lab)
    try:
        lab.set(**{spec.name: value})
    except ValueError as error:
        message = str(error)
        assert message.startswith(f"{spec.name} must be "), message
        if spec.kind in ("float", "int"):
            assert "[" in message and "]" in message, f"no range in {message!r}"
        after = state(lab)
        assert after[:3] == before[:3] and after[3] is before[3], "a refused set() changed the lab"
        return
    shown = lab.controls[spec.name].value
    assert shown == value or math.isclose(shown, value, abs_tol=1e-6 * spec.step)
    assert lab.sentence and lab.png.startswith(b"\x89PNG")


def test_a_model_that_refuses_a_combination_leaves_the_lab_as_it_was(monkeypatch):
    """If the model itself refuses (no lab does today, so a fixture model does), set() puts the controls back."""
    lab = LABS["cascade"]()
    before = state(lab)

    def refuse(**values):
        raise ValueError("the model refuses this combination")

    monkeypatch.setattr(lab, "compute", refuse)
    with pytest.raises(ValueError, match="refuses"):
        lab.set(goal=95)
    monkeypatch.undo()
    assert state(lab)[:3] == before[:3]


def test_a_widget_move_the_model_refuses_goes_back_and_says_why(monkeypatch):
    lab = LABS["cascade"]()
    original = lab.compute

    def refuse_95(**values):
        if values["goal"] == 0.95:
            raise ValueError("the model refuses a 95% goal")
        return original(**values)

    monkeypatch.setattr(lab, "compute", refuse_95)
    lab.controls["goal"].value = 95  # as a student's slider would
    assert lab.controls["goal"].value == 90
    assert "refuses a 95% goal" in lab.sentence_box.value and 'role="alert"' in lab.sentence_box.value
