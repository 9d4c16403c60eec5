"""The lab toolkit: every lab has the same shape (DESIGN §5).

A lab is built with keyword starting values and a language (``TargetLab(target=95, lang="zh")``), exposes its
controls by name (``lab.controls["target"]``), its explaining sentence (``lab.sentence``) and its current model
result (``lab.result``), keeps one figure that it updates in place, and has a reset button. Displayed in a
notebook, it offers both the live widget and a PNG of its state when displayed, so the web book can show the
widget and the PDF the picture (the builders' MIME priorities in ``_config.yml`` choose).

A lab subclass declares its :class:`Control` list and three methods — ``compute`` (call the model),
``make_plot`` (a :class:`countylab.plots.LivePlot` with ``update(result)`` and ``render_png()``) and
``describe`` (the sentence, through :mod:`countylab.i18n`). It holds no model logic and draws nothing itself.
"""
from __future__ import annotations

import base64
import html
from dataclasses import dataclass
from typing import Any, ClassVar

import ipywidgets as widgets

from ..i18n import check_lang, t

LABS: dict[str, type["Lab"]] = {}


def register(cls: type["Lab"]) -> type["Lab"]:
    """Class decorator: list a lab for the grid test and for ``make bench``."""
    LABS[cls.name] = cls
    return cls


@dataclass(frozen=True)
class Control:
    """One control of a lab, in the units a reader sees (``scale`` converts to the model's units).

    ``kind`` is "float" or "int" (a slider from ``low`` to ``high`` in steps of ``step``), or "choice"
    (``choices``: model values, labelled ``t(f"{choice_labels or label}.{value}")``), or "toggle" (a checkbox).
    """

    name: str
    label: str
    unit: str
    kind: str
    default: Any
    low: float = 0
    high: float = 1
    step: float = 1
    scale: float = 1.0
    choices: tuple = ()
    choice_labels: str = ""

    def to_model(self, shown: Any) -> Any:
        if self.kind == "int":
            return int(round(shown / self.scale)) if self.scale != 1 else int(shown)
        if self.kind == "float":
            return shown / self.scale
        return shown

    def grid(self, count: int = 5) -> list:
        """About ``count`` values spread over the control's range, on its steps (every choice, both
        toggle states), for the grid test and the benchmark."""
        if self.kind in ("float", "int"):
            steps = round((self.high - self.low) / self.step)
            picks = sorted({round(i * steps / (count - 1)) for i in range(count)})
            values = [self.low + k * self.step for k in picks]
            return [int(v) for v in values] if self.kind == "int" else [round(v, 10) for v in values]
        if self.kind == "choice":
            return list(self.choices)
        return [False, True]


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() and abs(x) >= 1000 else f"{x:g}"


class Lab:
    """Base class of every lab; see the module docstring."""

    name: ClassVar[str] = ""
    title_key: ClassVar[str] = ""
    alt_key: ClassVar[str] = ""
    CONTROLS: ClassVar[tuple[Control, ...]] = ()

    # --- what a lab defines -------------------------------------------------------------------------
    def compute(self, **values: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def make_plot(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def describe(self, result: Any) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def update_plot(self, result: Any) -> None:
        """Move the plot to ``result`` (override when the plot wants part of it)."""
        self.plot.update(result)

    # --- the shared machinery -----------------------------------------------------------------------
    def __init__(self, lang: str = "en", **start: Any):
        self.lang = check_lang(lang)
        self._specs = {c.name: c for c in self.CONTROLS}
        self._check_names(start)
        self.start = {name: self._check_start(spec, start.get(name, spec.default))
                      for name, spec in self._specs.items()}
        self.plot = self.make_plot()
        self.controls: dict[str, widgets.ValueWidget] = {c.name: self._make_control(c) for c in self.CONTROLS}
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
            control.observe(lambda _change: self.update(), names="value")
        title = widgets.HTML(f"<strong>{html.escape(t(self.title_key, lang))}</strong>")
        self.widget = widgets.VBox(
            [title, *self.controls.values(), self.reset_button, self.image, self.sentence_box],
            layout=widgets.Layout(width="100%", max_width="920px"))
        self.update()

    def _check_names(self, values: dict) -> None:
        unknown = sorted(set(values) - set(self._specs))
        if unknown:
            raise ValueError(f"{type(self).__name__} has no control {unknown[0]!r}; "
                             f"controls are: {', '.join(self._specs)}")

    def _check_start(self, c: Control, value: Any) -> Any:
        if c.kind in ("float", "int"):
            ok = not isinstance(value, bool) and isinstance(value, (int, float)) and c.low <= value <= c.high
        elif c.kind == "choice":
            ok = value in c.choices
        else:
            ok = isinstance(value, bool)
        if not ok:
            allowed = (f"[{_number(c.low)}, {_number(c.high)}] {t(c.unit, 'en')}" if c.kind in ("float", "int")
                       else ", ".join(map(repr, c.choices)) if c.kind == "choice" else "True or False")
            raise ValueError(f"{c.name} must be {'in ' if c.kind in ('float', 'int') else 'one of '}"
                             f"{allowed}; got {value!r}")
        return value

    def _label(self, c: Control) -> str:
        if c.kind in ("float", "int"):
            return t("ui.control_label", self.lang, label=t(c.label, self.lang), unit=t(c.unit, self.lang),
                     low=_number(c.low), high=_number(c.high))
        return t(c.label, self.lang)

    def _make_control(self, c: Control) -> widgets.ValueWidget:
        label = self._label(c)
        common = dict(description=label, tooltip=label, style={"description_width": "initial"},
                      layout=widgets.Layout(width="min(100%, 640px)"))
        value = self.start[c.name]
        if c.kind == "float":
            decimals = 0 if float(c.step).is_integer() else len(f"{c.step:g}".split(".")[1])
            return widgets.FloatSlider(value=value, min=c.low, max=c.high, step=c.step,
                                       readout_format=f".{decimals}f", **common)
        if c.kind == "int":
            return widgets.IntSlider(value=value, min=c.low, max=c.high, step=c.step, readout_format=",d",
                                     **common)
        if c.kind == "choice":
            prefix = c.choice_labels or c.label
            options = [(t(f"{prefix}.{v}", self.lang), v) for v in c.choices]
            # Buttons as wide as their words, so four or five options fit on one line.
            common["style"] = {**common["style"], "button_width": "auto"}
            return widgets.ToggleButtons(options=options, value=value, **common)
        return widgets.Checkbox(value=value, indent=False, **common)

    @property
    def values(self) -> dict[str, Any]:
        """The controls' current values, in the model's units."""
        return {name: self._specs[name].to_model(w.value) for name, w in self.controls.items()}

    def set(self, **shown: Any) -> None:
        """Set several controls at once (in the units shown), then update once."""
        self._check_names(shown)
        self._holding = True
        try:
            for name, value in shown.items():
                self.controls[name].value = value
        finally:
            self._holding = False
        self.update()

    def reset(self) -> None:
        """Put every control back to its starting value."""
        self.set(**self.start)

    def update(self) -> None:
        """Model → figure (updated in place) → PNG → sentence."""
        if self._holding:
            return
        self.result = self.compute(**self.values)
        self.update_plot(self.result)
        self.png = self.plot.render_png()
        self.sentence = self.describe(self.result)
        alt = html.escape(t(self.alt_key, self.lang, sentence=self.sentence), quote=True)
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
