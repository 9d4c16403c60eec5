"""The class debrief of "Negotiating the 90%": every group's sheet replayed, in a table and on the class chart
beside the model's no-deal and best agreements."""
from __future__ import annotations

import dataclasses

import pandas as pd

from ..core import debrief as core_debrief
from ..core.debrief import Axes
from ..core.i18n import check_lang, t
from ..core.tables import Table
from . import strings  # noqa: F401  (registers the debrief's strings)
from .roleplay import RP_DOCTORS, AgreementOutcome, best_deal, no_deal, replay_csv, typical_outcomes


def _terms(o: AgreementOutcome, lang: str) -> str:
    """An agreement in a few words: strategy (share screened), lent checks, evaluation basis."""
    a = o.agreement
    words = [t(f"db1.{a.strategy}", lang, share=round(100 * a.screened_share))]
    if a.extra_checks and a.extra_days:
        words.append(t("db1.lent", lang, checks=a.extra_checks, days=a.extra_days))
    words.append(t("db1.found_fit" if a.negotiated else "db1.all", lang))
    return t("db1.sep", lang).join(words)


def outcome_frame(outcomes: list[AgreementOutcome], lang: str = "en") -> pd.DataFrame:
    """One row per replayed agreement: its terms, the promise and what the model says happens."""
    lang = check_lang(lang)
    rows = [{t("db1.col_group", lang): o.group, t("db1.col_terms", lang): _terms(o, lang),
             t("db1.col_promised", lang): o.target_day,
             t("db1.col_reached", lang): t("db.never", lang) if o.reached_day is None else o.reached_day,
             t("db1.col_incidents", lang): round(o.incidents, 1),
             t("db1.col_rank", lang): o.rank_deadline,
             t("db1.col_real", lang): round(100 * o.real_deadline, 1),
             t("db1.col_evaluated", lang): round(100 * o.evaluated_deadline, 1),
             t("db1.col_kept", lang): t("db1.yes" if o.kept_promise else "db1.no", lang),
             t("db1.col_county", lang): t("db.never", lang) if o.county_day is None else o.county_day,
             t("db1.col_deferred", lang): round(o.deferred_deadline)} for o in outcomes]
    return pd.DataFrame(rows)


class Debrief(core_debrief.Debrief):
    """The class's agreements replayed, with the model's no-deal and best agreements for comparison: the table
    (percent with one decimal) and the class chart (the day the target is reached against the expected serious
    incidents)."""

    def frame(self, outcomes: list[AgreementOutcome], lang: str) -> pd.DataFrame:
        """One row per agreement."""
        return outcome_frame(outcomes, lang)

    def xy(self, outcome: AgreementOutcome) -> tuple[int | None, float]:
        """The day 90% is reached (None: never) and the expected incidents."""
        return outcome.reached_day, outcome.incidents

    def axes(self, lang: str) -> Axes:
        """Days on x, with the deadline marked; "never" drawn past the last day."""
        p = self.no_deal.result.params
        return Axes(t("db1.title", lang), t("db1.x", lang), t("db1.y", lang), x_never=p.horizon_days + 2,
                    x_line=p.deadline_days, x_line_label=t("db1.deadline", lang))


def _named(o: AgreementOutcome, name: str) -> AgreementOutcome:
    return dataclasses.replace(o, group=name)


def agreement_debrief(csv_text: str) -> Debrief:
    """Replay every group's agreement sheet (CSV text, header = the sheet's fields) for the class debrief."""
    return Debrief(tuple(replay_csv(csv_text)), no_deal(), best_deal())


def typical_table(lang: str = "en") -> Table:
    """The notes' table of typical agreements and the model's best, replayed (for a room without computers)."""
    outcomes = [*(_named(o, t(o.group, lang, doctors=RP_DOCTORS)) for o in typical_outcomes()),
                _named(best_deal(), t("db.best", lang))]
    frame = outcome_frame(outcomes, lang)  # every typical agreement promises the deadline: no promise columns
    return Table(frame.drop(columns=[t(k, lang) for k in ("db1.col_terms", "db1.col_promised", "db1.col_kept")]),
                 fmt=".1f")
