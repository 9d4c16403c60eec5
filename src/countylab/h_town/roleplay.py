"""The role-play "Negotiating the 90%": its agreement sheet, and the campaign model replaying a filled sheet.

The meeting is held on day :data:`RP_DAY` of the campaign; until then H town screens first with its own health
centre, and is judged against all eligible adults. The sheet's fields map one to one onto an
:class:`~countylab.h_town.campaign.Agreement` from that day: ``strategy`` and ``screened_share`` (percent) →
strategy and share screened; ``doctors`` × :data:`DOCTOR_CHECKS` → extra checks a day, for ``doctor_days``
days; ``evaluation`` (``all`` / ``found_fit``) → negotiated. ``target_day`` is the group's promise, which the
replay compares with the day the model reaches the target. The game constants are illustrative.
"""
from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from ..core.data import data_cache
from ..core.sheets import SheetError, SheetField, read_sheet, read_sheets_csv
from .campaign import Agreement, CampaignParams, CampaignResult, first_day_at, run_campaign

#: Game constants (illustrative, not in the data package): the meeting's day; the health checks a day a doctor
#: lent by the county adds; the most doctors the county can lend.
RP_DAY = 10
DOCTOR_CHECKS = 50
RP_DOCTORS = 2
EVALUATIONS = ("all", "found_fit")


def sheet_fields(params: CampaignParams | None = None) -> tuple[SheetField, ...]:
    """The agreement sheet's fields, with the ranges the model accepts (days from the H-town defaults)."""
    p = params or CampaignParams.h_town()
    return (
        SheetField("group", "text", "sheet.group"),
        SheetField("strategy", "choice", "sheet.strategy", ("screen_first", "push_all", "partial")),
        SheetField("screened_share", "int", "sheet.screened_share", low=0, high=100, default=""),
        SheetField("doctors", "int", "sheet.doctors", low=0, high=RP_DOCTORS, default=0),
        SheetField("doctor_days", "int", "sheet.doctor_days", low=0, high=p.horizon_days - RP_DAY, default=0),
        SheetField("evaluation", "choice", "sheet.evaluation", EVALUATIONS),
        SheetField("target_day", "int", "sheet.target_day", low=RP_DAY, high=p.horizon_days),
    )


@dataclass(frozen=True)
class AgreementOutcome:
    """A sheet replayed: the group, its agreement and promise, and the campaign run under it."""

    group: str
    agreement: Agreement
    target_day: int
    result: CampaignResult

    def _on_deadline(self, column: str) -> float:
        return float(self.result.daily[column].iloc[self.result.params.deadline_days])

    @property
    def reached_day(self) -> int | None:
        """The first day H town reaches the target as the agreement evaluates it (None: not within the run)."""
        return self.result.reached_target_day

    @property
    def kept_promise(self) -> bool:
        """Whether the target is reached by the day the group promised."""
        return self.reached_day is not None and self.reached_day <= self.target_day

    @property
    def incidents(self) -> float:
        """Expected serious adverse reactions over the whole campaign."""
        return self.result.total_incidents

    @property
    def rank_deadline(self) -> int:
        """H town's rank on the deadline day (1 = best)."""
        return int(self._on_deadline("rank"))

    @property
    def real_deadline(self) -> float:
        """Coverage of all eligible adults on the deadline day (a share)."""
        return self._on_deadline("coverage")

    @property
    def evaluated_deadline(self) -> float:
        """Coverage as the agreement evaluates it on the deadline day (a share)."""
        return self._on_deadline("evaluated_coverage")

    @property
    def deferred_deadline(self) -> float:
        """Older residents found unfit and sent home by the deadline day (persons)."""
        return self._on_deadline("deferred")

    @property
    def county_day(self) -> int | None:
        """The first day the county as a whole reaches the target."""
        return first_day_at(self.result.daily, "county_coverage", self.result.params.target)


def check_combination(sheet: Mapping[str, object]) -> None:
    """Fields that are each allowed but together would do nothing the group meant: a SheetError naming them."""
    if sheet["strategy"] == "partial" and sheet["screened_share"] == "":
        raise SheetError("screened_share is missing; partial needs the percentage of villages that keep screening "
                         "(a whole number from 0 to 100)")
    if sheet["doctors"] > 0 and sheet["doctor_days"] == 0:
        raise SheetError("doctor_days is 0 while doctors is "
                         f"{sheet['doctors']}; lent doctors must stay at least 1 day (or set doctors to 0)")


def agreement_of(sheet: Mapping[str, object]) -> tuple[Agreement, int]:
    """The model's agreement and the promised day for a checked sheet (see the module's field map)."""
    share = sheet["screened_share"] / 100 if sheet["strategy"] == "partial" else 1.0
    return Agreement(day=RP_DAY, strategy=sheet["strategy"], screened_share=share,
                     extra_checks=sheet["doctors"] * DOCTOR_CHECKS, extra_days=sheet["doctor_days"],
                     negotiated=sheet["evaluation"] == "found_fit"), sheet["target_day"]


def replay(sheet: object, params: CampaignParams | None = None) -> AgreementOutcome:
    """Play a filled agreement sheet forward from day :data:`RP_DAY` with the campaign model.

    ``sheet`` maps the fields of :func:`sheet_fields` to values (text as on a CSV line, or typed values);
    a missing or out-of-range field is a ``ValueError`` naming it and what it allows."""
    p = params or CampaignParams.h_town()
    if not isinstance(p, CampaignParams):
        raise ValueError(f"params must be a CampaignParams; got {type(p).__name__}")
    checked = read_sheet(sheet_fields(p), sheet)
    check_combination(checked)
    agreement, promised = agreement_of(checked)
    return AgreementOutcome(str(checked["group"]), agreement, promised,
                            run_campaign(p, "screen_first", agreement=agreement))


def replay_csv(text: str) -> list[AgreementOutcome]:
    """Every group's sheet in CSV text (header = the sheet's fields), replayed."""
    return [_replay_group(sheet) for sheet in read_sheets_csv(sheet_fields(), text)]


def _replay_group(sheet: dict) -> AgreementOutcome:
    try:
        return replay(sheet)
    except SheetError as error:
        raise SheetError(f"group {sheet.get('group')}: {error}") from None


NO_DEAL = {"group": "no deal", "strategy": "screen_first", "screened_share": "", "doctors": 0, "doctor_days": 0,
           "evaluation": "all"}


@data_cache
def no_deal() -> AgreementOutcome:
    """No agreement: H town goes on screening first with its own checks, judged against all eligible adults."""
    p = CampaignParams.h_town()
    return replay({**NO_DEAL, "target_day": p.deadline_days})


@data_cache
def best_deal() -> AgreementOutcome:
    """The model's best agreement among those the sheet allows (shares in steps of 25 points, doctors for 0,
    10 or 20 days): the target reached by the deadline with the fewest expected incidents, then the earliest
    day, then the fewest doctor-days. The promise is the day reached."""
    p = CampaignParams.h_town()
    candidates = []
    options = itertools.product((("screen_first", ""), ("push_all", ""), *(("partial", s) for s in (25, 50, 75))),
                                range(RP_DOCTORS + 1), (0, 10, 20), EVALUATIONS)
    for (strategy, share), doctors, days, evaluation in options:
        if (doctors == 0) != (days == 0):
            continue
        sheet = dict(group="model's best", strategy=strategy, screened_share=share, doctors=doctors,
                     doctor_days=days, evaluation=evaluation, target_day=p.horizon_days)
        outcome = replay(sheet)
        if outcome.reached_day is not None and outcome.reached_day <= p.deadline_days:
            candidates.append((round(outcome.incidents, 1), outcome.reached_day, doctors * days, outcome))
    best = min(candidates, key=lambda c: c[:3])[3]
    return AgreementOutcome(best.group, best.agreement, best.reached_day, best.result)


#: Typical agreements for the notes' outcome table (a room without computers), by the string key of the name
#: the table gives them (``strings.py``: the same names in English and Chinese).
TYPICAL = {
    "db1.typical.0": dict(strategy="screen_first", evaluation="all"),  # no deal
    "db1.typical.1": dict(strategy="screen_first", evaluation="found_fit"),
    "db1.typical.2": dict(strategy="screen_first", doctors=RP_DOCTORS, doctor_days=10, evaluation="found_fit"),
    "db1.typical.3": dict(strategy="partial", screened_share=50, evaluation="found_fit"),
    "db1.typical.4": dict(strategy="push_all", evaluation="all"),
}


def typical_outcomes() -> list[AgreementOutcome]:
    """The typical agreements of :data:`TYPICAL`, replayed (each promising the county's deadline), each under
    its key (``debrief.typical_table`` gives it its name)."""
    p = CampaignParams.h_town()
    return [replay({"group": key, **fields, "target_day": p.deadline_days}) for key, fields in TYPICAL.items()]
