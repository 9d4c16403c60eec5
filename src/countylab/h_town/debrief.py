"""The class debrief of "Negotiating the 90%": every group's sheet replayed, in a table and on the class chart
beside the model's no-deal and best agreements."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..core.charts import Chart
from ..core.debrief import Axes, ClassPoint, class_chart
from ..core.i18n import check_lang, t
from ..core.tables import Table
from . import strings  # noqa: F401  (registers the debrief's strings)
from .roleplay import AgreementOutcome, best_deal, no_deal, replay_csv, typical_outcomes


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
             t("db1.col_real", lang): 100 * o.real_deadline,
             t("db1.col_evaluated", lang): 100 * o.evaluated_deadline} for o in outcomes]
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class Debrief:
    """The class's agreements replayed, with the model's no-deal and best agreements for comparison."""

    groups: tuple[AgreementOutcome, ...]
    no_deal: AgreementOutcome
    best: AgreementOutcome

    def table(self, lang: str = "en") -> Table:
        """Every group, then no deal and the model's best (percent with one decimal)."""
        labelled = [*self.groups, _named(self.no_deal, t("db.no_deal", lang)), _named(self.best, t("db.best", lang))]
        return Table(outcome_frame(labelled, lang), fmt=".1f")

    def chart(self, lang: str = "en") -> Chart:
        """The class chart: the day the target is reached against the expected serious incidents."""
        p = self.no_deal.result.params
        points = [ClassPoint(o.group, o.reached_day, o.incidents) for o in self.groups]
        points += [ClassPoint("", self.no_deal.reached_day, self.no_deal.incidents, "no_deal"),
                   ClassPoint("", self.best.reached_day, self.best.incidents, "best")]
        return class_chart(points, Axes(t("db1.title", lang), t("db1.x", lang), t("db1.y", lang),
                                        x_never=p.horizon_days + 2, x_line=p.deadline_days,
                                        x_line_label=t("db1.deadline", lang)), lang)


def _named(o: AgreementOutcome, name: str) -> AgreementOutcome:
    return AgreementOutcome(name, o.agreement, o.target_day, o.result)


def agreement_debrief(csv_text: str) -> Debrief:
    """Replay every group's agreement sheet (CSV text, header = the sheet's fields) for the class debrief."""
    return Debrief(tuple(replay_csv(csv_text)), no_deal(), best_deal())


def typical_table(lang: str = "en") -> Table:
    """The notes' table of typical agreements and the model's best, replayed (for a room without computers)."""
    outcomes = [*typical_outcomes(), _named(best_deal(), t("db.best", lang))]
    return Table(outcome_frame(outcomes, lang), fmt=".1f")
