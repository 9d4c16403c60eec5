"""Every number case 1's chapters, exercises, quizzes, role sheets and notes print, computed from the models.

The text inserts them by name (``{eval}`n.offset_markup``` in a notebook, ``{num}`h_town.offset_markup``` in a
Markdown page, ``[[h_town.offset_markup]]`` in a quiz), so no number the models produce is typed by hand.
The worked examples' inputs are defined here once (:data:`OFFSET`, :data:`CROSS`, …) and the chapters' code
cells use the same values.
"""
from __future__ import annotations

from ..core.data import fact
from ..core.numbers import percent
from ..core.quantities import register_numbers
from .arithmetic import target_arithmetic
from .campaign import CampaignParams, compare_strategies, first_day_at, run_campaign
from .cascade import compensating_markups, formalism, run_cascade
from .checks import MARKUP_DISCOUNT, MARKUP_GOAL, MARKUP_LEVELS
from .roleplay import DOCTOR_CHECKS, RP_DAY, RP_DOCTORS

#: The offset example of "Why 90% and not 100%": two receiving levels each discount 5%; capacity 86%.
OFFSET = dict(goal=0.90, discounts=[0.05, 0.05], capacity=0.86)
#: The cross-level examples: markups of 10%, a village that can do 80% (no real gain) or 98% (a real gain).
CROSS = dict(goal=0.90, discounts=[0.05, 0.05], markups=[0.10, 0.10])
CROSS_LOW, CROSS_HIGH = 0.80, 0.98
#: The formalism example: a township office's hours and the hours one task needs (the model's defaults).
FORMALISM_TASKS = 8
#: The backlash levels of the campaign's reveal (the lab's slider moves in steps of 5 points; every step around
#: the crossover is shown, so that the crossover can be read off the table).
BACKLASH_LEVELS = (0.0, 0.15, 0.20, 0.25, 0.30, 0.35, 0.45, 0.60)
#: The "try …" settings of the Play paragraphs, on the labs' slider steps, each answered in a reveal. Target lab
#: ("The 90% target (A)"): a higher target, a slower health centre (checks a day), a shorter deadline (days).
PLAY_TARGET, PLAY_CHECKS, PLAY_DEADLINE = 0.95, 200, 20
#: Cascade lab ("Why 90% and not 100%"): a longer chain (levels), a bigger discount, a lower capacity.
PLAY_LEVELS, PLAY_DISCOUNT, PLAY_CAPACITY = 4, 0.10, 0.80
#: The quiz's too-large markup (against the offset example's 5% discount).
OVERSHOOT_MARKUP = 0.10
#: The role-play "Negotiating the 90%" (game constants, illustrative, not in the data package): the meeting's day,
#: the checks a lent doctor adds and the most doctors the county lends live with the role-play's replay
#: (roleplay.py); the city inspects townships below this rate.
RP_INSPECT_BELOW = 0.85


def pct(share: float, digits: int = 1) -> str:
    """``0.9474`` → ``"94.7%"`` (``digits`` decimals at most, no trailing zeros)."""
    return f"{percent(share, digits)}%"


def points(share: float, digits: int = 1) -> str:
    """A gap between two rates in percentage points: ``0.14`` → ``"14"``."""
    return percent(share, digits)


def whole(x: float) -> str:
    """A count with thousands separated: ``7429`` → ``"7,429"``."""
    return f"{x:,.0f}"


def backlash_crossover(params: CampaignParams | None = None, step: float = 0.05) -> float | None:
    """The smallest backlash, on the lab's steps, at which pushing everyone ends the campaign with lower
    coverage than screening first (None if it never does up to 100%)."""
    base = params or CampaignParams.h_town()
    for k in range(int(round(1 / step)) + 1):
        runs = compare_strategies(CampaignParams.h_town(**{**_fields(base), "backlash": k * step}))
        if runs["push_all"].final["coverage"] < runs["screen_first"].final["coverage"]:
            return k * step
    return None


def _fields(p: CampaignParams) -> dict:
    return {name: getattr(p, name) for name in p.__dataclass_fields__}


def _arithmetic() -> dict[str, str]:
    t = target_arithmetic()
    half = target_arithmetic(fit_share=0.5)
    least = -(-t.checks_needed // t.days_to_deadline)
    return {
        "eligible_adults": whole(t.eligible_adults), "check_capacity": whole(t.check_capacity),
        "fit_share": pct(t.fit_share), "fit_in_ten": f"{round(10 * t.fit_share):g}",
        "deadline_days": f"{t.days_to_deadline}", "still_needed": whole(t.still_needed),
        "checks_needed": whole(t.checks_needed), "days_needed": f"{t.days_needed}",
        "days_margin": f"{t.days_to_deadline - t.days_needed}", "vaccinated_now": pct(t.coverage_now),
        "half_fit_max": pct(half.max_reachable), "half_fit_people": whole(half.fit_elderly),
        "least_checks_per_day": whole(least),
        "days_one_check_short": f"{target_arithmetic(check_capacity=least - 1).days_needed}",
        "naive_checks_per_day": whole(-(-t.still_needed // t.days_to_deadline)),
        "check_all_per_day": whole(-(-t.elderly_left // t.days_to_deadline)),
        "unfit_in_ten": f"{10 - round(10 * t.fit_share)}", "max_reachable": pct(t.max_reachable),
        "min_fit_reachable": pct(t.still_needed / t.elderly_left),
        "min_fit_deadline": pct(t.still_needed / (t.check_capacity * t.days_to_deadline)),
        "fit_people": whole(t.fit_elderly), **_target_play(),
    }


def _target_play() -> dict[str, str]:
    """The answers to the target lab's Play prompts (a higher target, a slower health centre, a shorter
    deadline), each with the lab's other starting values."""
    higher = target_arithmetic(target=PLAY_TARGET)
    slower = target_arithmetic(check_capacity=PLAY_CHECKS)
    shorter = target_arithmetic(days_to_deadline=PLAY_DEADLINE)
    return {
        "play_target": pct(PLAY_TARGET), "play_target_needed": whole(higher.still_needed),
        "play_checks": whole(PLAY_CHECKS), "play_checks_days": f"{slower.days_needed}",
        "play_checks_late": f"{slower.days_needed - slower.days_to_deadline}",
        "play_deadline": f"{PLAY_DEADLINE}", "play_deadline_late": f"{shorter.days_needed - PLAY_DEADLINE}",
    }


def _cascade() -> dict[str, str]:
    markups = compensating_markups(OFFSET["discounts"])
    offset = run_cascade(OFFSET["goal"], OFFSET["discounts"], markups, OFFSET["capacity"])
    five = run_cascade(OFFSET["goal"], OFFSET["discounts"], [0.05, 0.05], 1.0)
    cap = run_cascade(1.0, OFFSET["discounts"], [0.05, 0.05], OFFSET["capacity"], mode="max_limit")
    low = {i: run_cascade(**CROSS, capacity=CROSS_LOW, inspection=i) for i in ("direct", "cross_level")}
    high = {i: run_cascade(**CROSS, capacity=CROSS_HIGH, inspection=i) for i in ("direct", "cross_level")}
    work = formalism(FORMALISM_TASKS)
    discount = OFFSET["discounts"][0]
    receiving = MARKUP_LEVELS - 1
    chain = compensating_markups([MARKUP_DISCOUNT] * receiving)
    chain_five = run_cascade(MARKUP_GOAL, [MARKUP_DISCOUNT] * receiving, [MARKUP_DISCOUNT] * receiving, 1.0)
    return {
        "offset_discount": pct(OFFSET["discounts"][0]), "offset_capacity": pct(OFFSET["capacity"]),
        "offset_markup": pct(markups[0], 2), "offset_passed": pct(offset.table["passed_down"].iloc[0], 2),
        "offset_committed": pct(offset.pursued), "offset_real": pct(offset.real),
        "offset_shortfall": points(offset.goal - offset.real), "offset_cost": f"{offset.cost:.1f}",
        "five_markup_committed": pct(five.pursued, 2),
        "cap_real": pct(cap.real), "cap_reported": pct(cap.reported), "cap_gap": points(cap.paper_gap),
        "cap_cost": f"{cap.cost:.1f}",
        "cross_markup": pct(CROSS["markups"][0]), "cross_low_capacity": pct(CROSS_LOW),
        "cross_low_direct_pursued": pct(low["direct"].pursued), "cross_low_pursued": pct(low["cross_level"].pursued),
        "cross_low_real": pct(low["cross_level"].real), "cross_low_reported": pct(low["cross_level"].reported),
        "cross_low_gap": points(low["cross_level"].paper_gap), "cross_low_direct_cost": f"{low['direct'].cost:.1f}",
        "cross_low_cost": f"{low['cross_level'].cost:.1f}",
        "cross_high_capacity": pct(CROSS_HIGH), "cross_high_direct_real": pct(high["direct"].real),
        "cross_high_real": pct(high["cross_level"].real), "cross_high_reported": pct(high["cross_level"].reported),
        "cross_high_gap": points(high["cross_level"].paper_gap),
        "formalism_hours": f"{work.staff_hours:g}", "formalism_task_hours": f"{work.hours_per_task:g}",
        "formalism_affordable": f"{work.tasks_affordable:g}", "formalism_tasks": f"{FORMALISM_TASKS}",
        "formalism_real": pct(work.real_share), "formalism_gap": points(work.paper_gap),
        "offset_gap": points(offset.paper_gap), "cross_low_direct_gap": points(low["direct"].paper_gap),
        "cross_high_direct_gap": points(high["direct"].paper_gap),
        "cross_high_direct_pursued": pct(high["direct"].pursued),
        "cross_high_pursued": pct(high["cross_level"].pursued),
        "offset_markup_share": f"{markups[0]:.4f}",
        "same_markup_product": f"{(1 + discount) * (1 - discount):.4f}",
        "overshoot_markup": pct(OVERSHOOT_MARKUP),
        "overshoot_product": f"{(1 + OVERSHOOT_MARKUP) * (1 - discount):.3f}",
        "chain_levels": f"{MARKUP_LEVELS}", "chain_receiving": f"{receiving}", "chain_discount": pct(MARKUP_DISCOUNT),
        "chain_markup": pct(chain[0], 2), "chain_five_committed": pct(chain_five.pursued, 2),
        "chain_cumulative_markup": pct((1 / (1 - MARKUP_DISCOUNT)) ** receiving - 1),
        **_cascade_play(),
    }


def _cascade_play() -> dict[str, str]:
    """The answers to the cascade lab's Play prompts (a longer chain, a bigger discount, a lower capacity),
    each with the lab's other starting values (90%, a 5% discount and markup, capacity 86%)."""
    from .labs import CascadeLab
    start = {c.name: c.default for c in CascadeLab.define_controls()}
    goal, levels = start["goal"] / 100, start["n_levels"]
    discount, markup, capacity = start["discount"] / 100, start["markup"] / 100, start["capacity"] / 100
    longer = run_cascade(goal, [discount] * (PLAY_LEVELS - 1), [markup] * (PLAY_LEVELS - 1), capacity)
    bigger = [PLAY_DISCOUNT] * (levels - 1)
    bigger_plain = run_cascade(goal, bigger, [markup] * (levels - 1), capacity)
    bigger_exact = run_cascade(goal, bigger, compensating_markups(bigger), capacity)
    exact = [discount] * (levels - 1)
    lower = run_cascade(goal, exact, compensating_markups(exact), PLAY_CAPACITY)
    return {
        "play_levels": f"{PLAY_LEVELS}", "play_levels_committed": pct(longer.pursued, 2),
        "play_discount": pct(PLAY_DISCOUNT), "play_discount_markup": pct(compensating_markups(bigger)[0], 2),
        "play_discount_plain_committed": pct(bigger_plain.pursued, 2),
        "play_discount_exact_real": pct(bigger_exact.real),
        "play_capacity": pct(PLAY_CAPACITY), "play_capacity_committed": pct(lower.pursued),
        "play_capacity_real": pct(lower.real), "play_capacity_reported": pct(lower.reported),
        "play_capacity_shortfall": points(lower.goal - lower.real),
    }


def _campaign() -> dict[str, str]:
    p = CampaignParams.h_town()
    runs = compare_strategies(p)
    fair = compare_strategies(p, negotiated=True)
    screen, push = runs["screen_first"], runs["push_all"]
    deadline = p.deadline_days

    def rank_on(r, day):
        return f"{int(r.daily['rank'].iloc[day])}"

    out = {
        "target": pct(p.target), "willingness": pct(p.willingness),
        "vaccination_capacity": whole(p.vaccination_capacity),
        "sensitivity": pct(p.sensitivity), "risk": pct(p.risk), "backlash": pct(p.backlash),
        "campaign_deadline": f"{deadline}", "horizon_days": f"{p.horizon_days}",
        "townships": f"{_township_count()}",
        "screen_day": f"{screen.reached_target_day}", "push_day": f"{push.reached_target_day}",
        "screen_incidents": f"{screen.total_incidents:.1f}", "push_incidents": f"{push.total_incidents:.1f}",
        "screen_rank_deadline": rank_on(screen, deadline), "push_rank_deadline": rank_on(push, deadline),
        "screen_final": pct(screen.final["coverage"]), "push_final": pct(push.final["coverage"]),
        "fair_screen_day": f"{fair['screen_first'].reached_target_day}",
        "fair_screen_rank_deadline": rank_on(fair["screen_first"], deadline),
        "county_day_screen": f"{first_day_at(screen.daily, 'county_coverage', p.target)}",
        "county_day_push": f"{first_day_at(push.daily, 'county_coverage', p.target)}",
        "push_speedup": f"{screen.reached_target_day / push.reached_target_day:g}",
        "incident_ratio": f"{push.total_incidents / screen.total_incidents:.0f}",
        "other_townships": f"{_township_count() - 1}", "missed_share": pct(1 - p.sensitivity),
        "screen_day_perfect_check": f"{run_campaign(CampaignParams.h_town(sensitivity=1.0)).reached_target_day}",
    }
    last = screen.daily.loc[screen.daily["rank"] == _township_count(), "day"]
    out["screen_last_from"], out["screen_last_to"] = f"{last.min()}", f"{last.max()}"
    for strategy, short in (("screen_first", "screen"), ("push_all", "push")):
        r = fair[strategy]
        out[f"fair_{short}_day"] = f"{r.reached_target_day}" if r.reached_target_day is not None else "never"
        out[f"fair_{short}_rank_deadline"] = rank_on(r, deadline)
        out[f"fair_{short}_incidents"] = f"{r.total_incidents:.1f}"
        out[f"fair_{short}_final"] = pct(r.final["coverage"])
        out[f"fair_county_day_{short}"] = f"{first_day_at(r.daily, 'county_coverage', p.target)}"
    out.update(_roleplay(p, screen))
    crossover = backlash_crossover(p)
    out["backlash_crossover"] = pct(crossover) if crossover is not None else "never"
    for level in BACKLASH_LEVELS:
        sweep = compare_strategies(CampaignParams.h_town(backlash=level))
        key = f"b{round(100 * level)}"
        out[f"{key}_level"] = pct(level)
        for strategy, short in (("screen_first", "screen"), ("push_all", "push")):
            r = sweep[strategy]
            out[f"{key}_{short}_day"] = f"{r.reached_target_day}" if r.reached_target_day is not None else "never"
            out[f"{key}_{short}_final"] = pct(r.final["coverage"], 2)
            out[f"{key}_{short}_incidents"] = f"{r.total_incidents:.1f}"
    return out


def _roleplay(p: CampaignParams, screen) -> dict[str, str]:
    """The role-play's numbers: the state of the campaign (screening first) on the day of the meeting, the
    doctors the county can lend, and the debrief's example agreement played in the lab (from day 0)."""
    from .campaign import other_townships
    day = screen.daily.iloc[RP_DAY]
    rank, towns = int(day["rank"]), _township_count()
    county_day = first_day_at(screen.daily, "county_coverage", p.target)
    lent = RP_DOCTORS * DOCTOR_CHECKS
    example = run_campaign(CampaignParams.h_town(check_capacity=p.check_capacity + lent), "screen_first",
                           negotiated=True)
    return {
        "rp_checked": whole(round(screen.daily["screened"].iloc[1:RP_DAY + 1].sum(), -2)),
        "rp_target_people": whole(p.target * p.eligible_adults),
        "rp_vaccinated_all": whole(round(day["coverage"] * p.eligible_adults, -2)),
        "rp_vaccinated_old": whole(round(day["vaccinated_elderly"], -2)),
        "rp_sent_home": whole(round(day["deferred"], -2)), "rp_waiting": whole(round(day["waiting"], -2)),
        "rp_day": f"{RP_DAY}", "rp_days_left": f"{p.deadline_days - RP_DAY}", "rp_rank": f"{rank}",
        "rp_rank_words": rank_words(rank, towns, "en"),
        "rp_county_rate": pct(day["county_coverage"]), "rp_h_town_rate": pct(day["coverage"]),
        "rp_others_lowest": pct(other_townships()[1].loc[RP_DAY].min()),
        "rp_inspect_below": pct(RP_INSPECT_BELOW),
        "rp_days_to_county_90": f"{county_day - RP_DAY}" if county_day is not None else "never",
        "doctor_checks": whole(DOCTOR_CHECKS), "rp_doctors": f"{RP_DOCTORS}", "rp_doctors_checks": whole(lent),
        "rp_checks_with_doctors": whole(p.check_capacity + lent),
        "rp_example_day": f"{example.reached_target_day}", "rp_example_incidents": f"{example.total_incidents:.1f}",
        "rp_example_rank_deadline": f"{int(example.daily['rank'].iloc[p.deadline_days])}",
    }


def _cascade_lab() -> dict[str, str]:
    """The cascade lab's starting settings, as its Play paragraph names them."""
    from .labs import CascadeLab
    start = {c.name: c.default for c in CascadeLab.define_controls()}
    return {"cascade_lab_levels": f"{start['n_levels']}", "cascade_lab_discount": f"{start['discount']:g}%",
            "cascade_lab_markup": f"{start['markup']:g}%", "cascade_lab_capacity": f"{start['capacity']:g}%"}


def _township_count() -> int:
    from .campaign import other_townships
    return 1 + len(other_townships()[0])


#: "never" (a target not reached within the days simulated) in each language.
NEVER = {"en": "never", "zh": "未达到"}


def rank_words(rank: int, towns: int, lang: str) -> str:
    """H town's place in the county's table in words: "last of 8", "3 of 8"."""
    if lang == "zh":
        return f"{towns}个乡镇中的最后一名" if rank == towns else f"{towns}个乡镇中的第{rank}名"
    return f"last of {towns}" if rank == towns else f"{rank} of {towns}"


@register_numbers("h_town")
def compute(lang: str = "en") -> dict[str, str]:
    """Case 1's numbers by name, as the edition in ``lang`` prints them (the same digits; "never" and the rank
    in words in that language)."""
    out = {"county_target": pct(fact("county_target_rate")), **_arithmetic(), **_cascade(), **_cascade_lab(),
           **_campaign()}
    if lang != "en":
        out = {key: NEVER[lang] if value == NEVER["en"] else value for key, value in out.items()}
        out["rp_rank_words"] = rank_words(int(out["rp_rank"]), _township_count(), lang)
    return out


