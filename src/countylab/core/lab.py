"""The lab toolkit: every lab has the same shape.

A lab is built with keyword starting values and a language (``TargetLab(target=95, lang="zh")``), exposes its
controls by name (``lab.controls["target"]``), its explaining sentence (``lab.sentence``) and its current model
result (``lab.result``), keeps one figure that it updates in place, and has a reset button. Displayed in a
notebook, it offers both the live widget and a PNG of its state when displayed, so the web book can show the
widget and the PDF the picture (the builders' MIME priorities in ``_config.yml`` choose).

A lab subclass declares its controls in ``define_controls`` (a classmethod, called on first use, so defaults
may come from the data package without reading it at import) and three methods — ``compute`` (call the model),
``make_plot`` (a :class:`countylab.core.charts.LivePlot` with ``update(result)`` and ``render_png()``) and
``describe`` (the sentence, through the string tables). It holds no model logic and draws nothing itself.
"""
from __future__ import annotations

import base64
import html
import math
from dataclasses import dataclass
from numbers import Real
from typing import Any, ClassVar

import ipywidgets as widgets

from . import strings  # noqa: F401  (registers the labs' shared strings)
from .i18n import check_lang, t
from .numbers import number
from .validate import brief

LABS: dict[str, type[Lab]] = {}


def register(cls: type[Lab]) -> type[Lab]:
    """Class decorator: list a lab for the grid test, the wheel test and ``make bench``."""
    LABS[cls.name] = cls
    return cls


@dataclass(frozen=True, kw_only=True)
class Control:
    """One control of a lab, in the units a reader sees (``scale`` converts to the model's units).

    ``kind`` is "float" or "int" (a slider from ``low`` to ``high`` in steps of ``step``, labelled with its
    ``unit``), "choice" (``choices``: model values, labelled ``t(f"{choice_labels or label}.{value}")``) or
    "toggle" (a checkbox). ``label`` and ``unit`` are string keys. Everything that differs by kind is in
    :data:`KINDS`.
    """

    name: str
    label: str
    kind: str
    default: Any
    unit: str = ""
    low: float = 0
    high: float = 1
    step: float = 1
    scale: float = 1.0
    choices: tuple = ()
    choice_labels: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Control {self.name!r}: kind must be one of {', '.join(map(repr, KINDS))}; "
                             f"got {self.kind!r}")

    @property
    def _kind(self) -> _Kind:
        return KINDS[self.kind]

    def to_model(self, shown: Any) -> Any:
        """A value as shown on the control, in the model's units."""
        return self._kind.to_model(self, shown)

    def grid(self, count: int = 5) -> list:
        """About ``count`` values spread over the control's range, on its steps (every choice, both
        toggle states), for the grid test and the benchmark."""
        return self._kind.grid(self, count)

    def check(self, value: Any) -> Any:
        """``value`` as the control holds it, if the control accepts it; else a ValueError naming the control,
        its unit and its range or choices."""
        try:
            ok = self._kind.accepts(self, value)
        except (TypeError, ValueError, OverflowError):  # a value that cannot even be compared
            ok = False
        if not ok:
            raise ValueError(f"{self.name} must be {self._kind.allowed(self)}; got {brief(value)}")
        return self._kind.normalise(self, value)

    def label_text(self, lang: str) -> str:
        """The control's label as a reader sees it (with unit and range for a slider)."""
        return self._kind.label_text(self, lang)

    def widget(self, label: str, value: Any, lang: str) -> widgets.ValueWidget:
        """The ipywidgets control, labelled ``label`` and set to ``value``."""
        common = dict(description=label, tooltip=label, style={"description_width": "initial"},
                      layout=widgets.Layout(width="min(100%, 640px)"))
        return self._kind.widget(self, value, common, lang)


class _Kind:
    """What a kind of control does: convert, spread, accept, label and build its widget."""

    def to_model(self, c: Control, shown: Any) -> Any:
        return shown

    def normalise(self, c: Control, value: Any) -> Any:
        return value

    def grid(self, c: Control, count: int) -> list:  # pragma: no cover - every kind overrides
        raise NotImplementedError

    def accepts(self, c: Control, value: Any) -> bool:  # pragma: no cover
        raise NotImplementedError

    def allowed(self, c: Control) -> str:  # pragma: no cover
        raise NotImplementedError

    def label_text(self, c: Control, lang: str) -> str:
        return t(c.label, lang)

    def widget(self, c: Control, value: Any, common: dict, lang: str) -> widgets.ValueWidget:  # pragma: no cover
        raise NotImplementedError


class _Slider(_Kind):
    def __init__(self, whole: bool):
        self.whole = whole

    def to_model(self, c: Control, shown: Any) -> Any:
        if not self.whole:
            return shown / c.scale
        return int(round(shown / c.scale)) if c.scale != 1 else int(shown)

    def grid(self, c: Control, count: int) -> list:
        steps = round((c.high - c.low) / c.step)
        picks = sorted({round(i * steps / (count - 1)) for i in range(count)})
        values = [c.low + k * c.step for k in picks]
        return [int(v) for v in values] if self.whole else [round(v, 10) for v in values]

    def accepts(self, c: Control, value: Any) -> bool:
        if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(float(value)):
            return False
        if self.whole and not float(value).is_integer():
            return False
        steps = (float(value) - c.low) / c.step  # on the slider's steps, as a student could set it
        return c.low <= value <= c.high and abs(steps - round(steps)) <= 1e-6

    def normalise(self, c: Control, value: Any) -> Any:
        if self.whole:
            return int(value)
        return round(c.low + round((float(value) - c.low) / c.step) * c.step, 10)  # exactly on its step

    def allowed(self, c: Control) -> str:
        on_steps = "" if c.step == 1 and not self.whole else f"a multiple of {number(c.step)} "
        on_steps = "a whole number " if self.whole and c.step == 1 else on_steps
        return f"{on_steps}in [{number(c.low)}, {number(c.high)}] {t(c.unit, 'en')}"

    def label_text(self, c: Control, lang: str) -> str:
        return t("ui.control_label", lang, label=t(c.label, lang), unit=t(c.unit, lang), low=number(c.low),
                 high=number(c.high))

    def widget(self, c: Control, value: Any, common: dict, lang: str) -> widgets.ValueWidget:
        if self.whole:
            return widgets.IntSlider(value=value, min=c.low, max=c.high, step=c.step, readout_format=",d", **common)
        decimals = 0 if float(c.step).is_integer() else len(f"{c.step:g}".split(".")[1])
        return widgets.FloatSlider(value=value, min=c.low, max=c.high, step=c.step,
                                   readout_format=f".{decimals}f", **common)


class _Choice(_Kind):
    def grid(self, c: Control, count: int) -> list:
        return list(c.choices)

    def accepts(self, c: Control, value: Any) -> bool:
        return any(value is v or (type(value) is type(v) and value == v) for v in c.choices)

    def allowed(self, c: Control) -> str:
        return "one of " + ", ".join(map(repr, c.choices))

    def widget(self, c: Control, value: Any, common: dict, lang: str) -> widgets.ValueWidget:
        prefix = c.choice_labels or c.label
        options = [(t(f"{prefix}.{v}", lang), v) for v in c.choices]
        # Buttons as wide as their words, so four or five options fit on one line.
        common["style"] = {**common["style"], "button_width": "auto"}
        return widgets.ToggleButtons(options=options, value=value, **common)


class _Toggle(_Kind):
    def grid(self, c: Control, count: int) -> list:
        return [False, True]

    def accepts(self, c: Control, value: Any) -> bool:
        return isinstance(value, bool)

    def allowed(self, c: Control) -> str:
        return "one of True or False"

    def widget(self, c: Control, value: Any, common: dict, lang: str) -> widgets.ValueWidget:
        return widgets.Checkbox(value=value, indent=False, **common)


#: The one place where a control's kind decides what it does.
KINDS: dict[str, _Kind] = {"float": _Slider(whole=False), "int": _Slider(whole=True), "choice": _Choice(),
                           "toggle": _Toggle()}


class Lab:
    """Base class of every lab; see the module docstring."""

    name: ClassVar[str] = ""
    title_key: ClassVar[str] = ""
    alt_key: ClassVar[str] = ""

    # --- what a lab defines -------------------------------------------------------------------------
    @classmethod
    def define_controls(cls) -> tuple[Control, ...]:  # pragma: no cover - abstract
        """The lab's controls (called once, on first use)."""
        raise NotImplementedError

    def compute(self, **values: Any) -> Any:  # pragma: no cover - abstract
        """Call the model with the controls' values (in the model's units); return its result."""
        raise NotImplementedError

    def make_plot(self) -> Any:  # pragma: no cover - abstract
        """The LivePlot this lab keeps and updates."""
        raise NotImplementedError

    def describe(self, result: Any) -> str:  # pragma: no cover - abstract
        """The sentence that says what ``result`` means."""
        raise NotImplementedError

    def update_plot(self, result: Any) -> None:
        """Move the plot to ``result`` (override when the plot wants part of it)."""
        self.plot.update(result)

    # --- the shared machinery -----------------------------------------------------------------------
    @classmethod
    def specs(cls) -> tuple[Control, ...]:
        """The lab's controls, built on first use and kept (their defaults may come from the data package)."""
        if "_specs" not in cls.__dict__:
            cls._specs = tuple(cls.define_controls())
        return cls._specs

    def __init__(self, lang: str = "en", predict_first: bool = False, **start: Any):
        self.lang = check_lang(lang)
        if not isinstance(predict_first, bool):
            raise ValueError(f"predict_first must be True or False; got {brief(predict_first)}")
        #: True until the reader first moves a control: the lab shows its axes and asks for a prediction,
        #: so its starting state never answers the chapter's Predict box.
        self.waiting = predict_first
        self.spec = {c.name: c for c in self.specs()}
        self._check_names(start)
        self.start = {name: spec.check(start.get(name, spec.default)) for name, spec in self.spec.items()}
        self.plot = self.make_plot()
        self.controls: dict[str, widgets.ValueWidget] = {
            c.name: c.widget(self._label(c), self.start[c.name], lang) for c in self.specs()}
        self.image = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.sentence_box = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.reset_button = widgets.Button(description=t("ui.reset", lang), tooltip=t("ui.reset_tooltip", lang),
                                           icon="undo", layout=widgets.Layout(width="auto"))
        self.reset_button.on_click(lambda _: self.reset())
        self.result: Any = None
        self.sentence = ""
        self.png = b""
        self._holding = False
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        title = widgets.HTML(f"<strong>{html.escape(t(self.title_key, lang))}</strong>")
        self.widget = widgets.VBox(
            [title, *self.controls.values(), self.reset_button, self.image, self.sentence_box],
            layout=widgets.Layout(width="100%", max_width="920px"))
        self.widget.add_class("county-lab")  # the web book's still-picture notice finds labs by this class
        self.update()

    def _check_names(self, values: dict) -> None:
        unknown = sorted(set(values) - set(self.spec))
        if unknown:
            raise ValueError(f"{type(self).__name__} has no control {unknown[0]!r}; "
                             f"controls are: {', '.join(self.spec)}")

    def _label(self, c: Control) -> str:
        """A control's label (override to label some controls otherwise)."""
        return c.label_text(self.lang)

    @property
    def values(self) -> dict[str, Any]:
        """The controls' current values, in the model's units."""
        return {name: self.spec[name].to_model(w.value) for name, w in self.controls.items()}

    def _put(self, values: dict[str, Any]) -> None:
        """Set controls without updating after each one."""
        self._holding = True
        try:
            for name, value in values.items():
                self.controls[name].value = value
        finally:
            self._holding = False

    def set(self, **shown: Any) -> None:
        """Set several controls at once (in the units shown), then update once. Every value is checked first,
        with the constructor's rules, and a rejected call changes nothing: not the controls, the result, the
        figure or the sentence (if the model itself refuses the combination, the controls are put back)."""
        self._check_names(shown)
        checked = {name: self.spec[name].check(value) for name, value in shown.items()}
        before, waiting = {name: self.controls[name].value for name in checked}, self.waiting
        self._put(checked)
        self.waiting = False
        try:
            self.update()
        except Exception:
            self._put(before)  # update() keeps the result, sentence and figure until all of them succeed
            self.waiting = waiting
            raise

    def _on_change(self, change: dict) -> None:
        """A control moved in the notebook: update, or put the control back and say why it was refused."""
        if self._holding:
            return
        self.waiting = False
        try:
            self.update()
        except Exception as error:  # a widget callback has nowhere to raise to: the reader sees the reason
            self._put({name: change["old"] for name, w in self.controls.items() if w is change["owner"]})
            self.sentence_box.value = (f'<p role="alert">{html.escape(t("ui.rejected", self.lang, error=error))}'
                                       "</p>")

    def reset(self) -> None:
        """Put every control back to its starting value."""
        self.set(**self.start)

    def update(self) -> None:
        """Model → figure (updated in place) → PNG → sentence."""
        if self._holding:
            return
        result = self.compute(**self.values)
        sentence = t("ui.predict_first", self.lang) if self.waiting else self.describe(result)
        self.update_plot(result)
        self.result, self.sentence, self.png = result, sentence, self.plot.render_png(results=not self.waiting)
        alt = (t("ui.alt_waiting", self.lang, title=t(self.title_key, self.lang)) if self.waiting else
               t(self.alt_key, self.lang, sentence=self.sentence))
        alt = html.escape(alt, quote=True)
        self.image.value = (f'<img src="data:image/png;base64,{base64.b64encode(self.png).decode()}" '
                            f'alt="{alt}" style="max-width:100%;height:auto">')
        self.sentence_box.value = f'<p role="status" aria-live="polite">{html.escape(self.sentence)}</p>'

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        bundle = self.widget._repr_mimebundle_(include=include, exclude=exclude) or {}
        bundle["image/png"] = self.png
        bundle["text/plain"] = f"{t(self.title_key, self.lang)}: {self.sentence}"
        return bundle

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.sentence}>"
