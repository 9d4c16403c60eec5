"""Tables of case 2's chapters: the reception rules, the channels, a week under three plans, and the month
under a few "free the leader" policies. Each is a :class:`countylab.core.tables.Table` (a real table in the
web book and the PDF)."""
from __future__ import annotations

import pandas as pd

from ..core.i18n import check_lang, t
from ..core.tables import Table
from .allocation import Allocation, allocate, naive_plan
from .channels import CHANNELS, channels
from .protocol import IMPORTANCE, RELATIONS, reception_rules
from .solver import best_allocation, plan_month
from .week import Policy, week


def _columns(rows: list[dict], lang: str) -> pd.DataFrame:
    """The rows as a frame whose column names (string keys ``tbl.<name>``) are in ``lang``."""
    frame = pd.DataFrame(rows)
    return frame.rename(columns={c: t(f"tbl.{c}", lang) for c in frame.columns})


def _name(kind: str, code: str, lang: str) -> str:
    """A protocol or channel code as a table shows it: the code itself in English (as the chapters quote it),
    the string ``<kind>.<code>`` on one line in other languages."""
    return code.replace("_", " ") if lang == "en" else t(f"{kind}.{code}", lang).replace("\n", "")


def rule_table(lang: str = "en") -> Table:
    """The reception protocol, one row per combination, saying which rows are the essay's."""
    lang = check_lang(lang)
    rows = [{"relation": _name("relation", rel, lang), "importance": _name("importance", imp, lang),
             "who": _name("who", r.who, lang), "extent": _name("extent", r.extent, lang),
             "signal": _name("signal", r.signal, lang), "goodwill": r.goodwill,
             "rule": t("tbl.essay" if r.status == "sourced" else "tbl.extension", lang)}
            for (rel, imp), r in sorted(reception_rules().items(),
                                        key=lambda kv: (RELATIONS.index(kv[0][0]), -IMPORTANCE.index(kv[0][1])))]
    return Table(_columns(rows, lang), fmt=".0f")


def channel_table(lang: str = "en") -> Table:
    """The four channels: force (the essay's order) and costs (illustrative)."""
    lang = check_lang(lang)
    rows = [{"channel": c.name.replace("_", " ") if lang == "en" else t(f"channel.{key}", lang), "force": c.force,
             "leader_hours": c.leader_hours, "staff_hours": c.staff_hours, "delay_days": c.delay_days}
            for key, c in channels().items()]
    return Table(_columns(rows, lang), fmt="g")


def _outcome_row(label: str, a: Allocation, lang: str) -> dict:
    total = len(a.done) + len(a.unmet_of("task"))
    return {"plan": label, "receptions_h": a.hours["receptions"], "meetings_h": a.hours["meetings"],
            "village_h": sum(a.hours[c] for c in CHANNELS), "unused_h": a.free,
            "tasks_done": t("tbl.n_of", lang, done=len(a.done), total=total),
            "progress": a.progress, "goodwill": a.goodwill}


def week_table(number: int = 1, budget_hours: float | None = None, policy: Policy = Policy(),
               lang: str = "en") -> Table:
    """One week under three plans: a document for everything, in person down the list, and the solver's."""
    lang = check_lang(lang)
    w = week(number)
    rows = [_outcome_row(t("tbl.plan_document", lang), allocate(w, naive_plan(w, "document"), budget_hours, policy),
                         lang),
            _outcome_row(t("tbl.plan_in_person", lang), allocate(w, naive_plan(w, "in_person"), budget_hours, policy),
                         lang),
            _outcome_row(t("tbl.plan_solver", lang), best_allocation(w, budget_hours, policy), lang)]
    return Table(_columns(rows, lang), fmt="g")


def month_table(policies: dict[str, Policy] | None = None, budget_hours: float | None = None,
                lang: str = "en") -> Table:
    """The month, each week planned by the solver, under a few "free the leader" policies (``policies`` maps
    a row's label to its policy; the default's labels are in ``lang``)."""
    lang = check_lang(lang)
    policies = policies or {t("tbl.no_cuts", lang): Policy(), t("tbl.half_meetings", lang): Policy(meeting_cut=0.5),
                            t("tbl.cap2", lang): Policy(reception_cap=2),
                            t("tbl.both", lang): Policy(meeting_cut=0.5, reception_cap=2)}
    rows = []
    for label, policy in policies.items():
        m = plan_month(budget_hours, policy)
        rows.append({"policy": label, "receptions_h": m.hours("receptions"), "meetings_h": m.hours("meetings"),
                     "village_h": sum(m.hours(c) for c in CHANNELS), "unused_h": m.hours("free"),
                     "progress": m.progress, "of": m.total_value, "goodwill": m.goodwill})
    return Table(_columns(rows, lang), fmt="g")
