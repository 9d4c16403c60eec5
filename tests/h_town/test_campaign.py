"""The H-town campaign: default outcomes, every listed property, and bad input."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countylab import CampaignParams, run_campaign
from countylab.h_town.campaign import PROVENANCE

H = CampaignParams.h_town()

params = st.builds(
    CampaignParams,
    eligible_adults=st.integers(5_000, 80_000), elderly_left=st.integers(0, 5_000),
    target=st.floats(0.5, 1.0), deadline_days=st.integers(5, 45), horizon_days=st.integers(5, 60),
    vaccination_capacity=st.integers(0, 2_000), check_capacity=st.integers(0, 2_000),
    fit_share=st.floats(0, 1), sensitivity=st.floats(0, 1), willingness=st.floats(0, 1),
    risk=st.floats(0, 0.05), backlash=st.floats(0, 0.9))
strategy = st.sampled_from(["screen_first", "push_all"])


def test_h_town_defaults_come_from_the_data():
    assert (H.target, H.elderly_left, H.eligible_adults) == (0.9, 10_000, 48_000)
    assert set(PROVENANCE) == set(CampaignParams.__dataclass_fields__)
    assert PROVENANCE["target"].startswith("sourced") and PROVENANCE["risk"] == "illustrative"


def test_default_outcomes():
    screen = run_campaign(H, "screen_first")
    push = run_campaign(H, "push_all")
    assert push.reached_target_day < screen.reached_target_day <= H.deadline_days
    assert push.total_incidents > 5 * screen.total_incidents
    negotiated = run_campaign(H, "screen_first", negotiated=True)
    assert negotiated.reached_target_day < screen.reached_target_day
    assert negotiated.daily["rank"].iloc[H.deadline_days] < screen.daily["rank"].iloc[H.deadline_days]
    assert list(screen.daily.columns[:8]) == ["day", "coverage", "evaluated_coverage", "rank",
                                             "vaccinated_elderly", "screened", "incidents", "willingness"]
    assert screen.daily["day"].tolist() == list(range(H.horizon_days + 1))
    assert screen.daily["coverage"].iloc[0] == pytest.approx(38_000 / 48_000)


@settings(max_examples=150, deadline=None)
@given(params, strategy, st.booleans(), st.one_of(st.none(), st.integers(0, 10_000)))
def test_coverage_never_decreases_and_people_are_conserved(p, strat, negotiated, seed):
    d = run_campaign(p, strat, negotiated, seed).daily
    assert (np.diff(d["coverage"]) >= -1e-12).all()
    assert ((d["coverage"] >= 0) & (d["coverage"] <= 1 + 1e-12)).all()
    assert ((d["evaluated_coverage"] >= d["coverage"] - 1e-12) & (d["evaluated_coverage"] <= 1 + 1e-9)).all()
    elderly = d["waiting"] + d["cleared"] + d["deferred"] + d["vaccinated_elderly"]
    assert np.allclose(elderly, p.elderly_left, rtol=0, atol=1e-6 * max(1, p.elderly_left))


@settings(max_examples=100, deadline=None)
@given(params)
def test_full_sensitivity_vaccinates_no_unfit_person(p):
    p = CampaignParams(**{**p.__dict__, "sensitivity": 1.0})
    r = run_campaign(p, "screen_first")
    assert r.daily["vaccinated_unfit"].max() == 0 and r.total_incidents == 0


@settings(max_examples=150, deadline=None)
@given(params, st.integers(1, 2_000), st.booleans())
def test_more_check_capacity_never_delays_the_target(p, extra, no_backlash):
    # With backlash, faster checks also vaccinate missed unfit people sooner, and the incidents that follow
    # can slow the rest; the property is exact where no incident can follow (see the chapter's limits).
    p = CampaignParams(**{**p.__dict__, **({"backlash": 0.0} if no_backlash else {"sensitivity": 1.0})})
    slow = run_campaign(p, "screen_first").reached_target_day
    fast = run_campaign(CampaignParams(**{**p.__dict__, "check_capacity": p.check_capacity + extra}),
                        "screen_first").reached_target_day
    if slow is not None:
        assert fast is not None and fast <= slow


@settings(max_examples=150, deadline=None)
@given(params)
def test_screen_first_cannot_beat_its_ceiling(p):
    r = run_campaign(p, "screen_first")
    assert r.daily["coverage"].max() <= r.max_reachable + 1e-9
    p1 = CampaignParams(**{**p.__dict__, "sensitivity": 1.0})
    r1 = run_campaign(p1, "screen_first")
    young_and_fit = (p1.eligible_adults - p1.elderly_left + p1.elderly_left * p1.fit_share) / p1.eligible_adults
    assert r1.max_reachable == pytest.approx(young_and_fit)
    if young_and_fit < p1.target - 1e-9:
        assert r1.reached_target_day is None


def test_short_of_the_target_screen_first_says_how_far_it_gets():
    p = CampaignParams.h_town(fit_share=0.4, sensitivity=1.0)
    r = run_campaign(p, "screen_first")
    assert r.reached_target_day is None and r.max_reachable == pytest.approx(42_000 / 48_000)


def test_strong_backlash_leaves_push_all_below_screen_first():
    p = CampaignParams.h_town(risk=0.01, backlash=0.5)
    push, screen = run_campaign(p, "push_all"), run_campaign(p, "screen_first")
    assert push.final["coverage"] < screen.final["coverage"]
    assert push.final["willingness"] < screen.final["willingness"]


@settings(max_examples=150, deadline=None)
@given(params, strategy)
def test_negotiation_never_worsens_the_evaluated_rank(p, strat):
    plain, talked = run_campaign(p, strat, False), run_campaign(p, strat, True)
    assert (talked.daily["rank"] <= plain.daily["rank"]).all()
    assert (talked.daily["coverage"] == plain.daily["coverage"]).all()


def test_negotiation_changes_outcomes_not_only_a_label():
    plain, talked = run_campaign(H, "screen_first"), run_campaign(H, "screen_first", negotiated=True)
    assert talked.reached_target_day != plain.reached_target_day
    assert (talked.daily["evaluated_coverage"] > plain.daily["evaluated_coverage"]).any()


def test_county_wide_rate_shows_the_slack():
    r = run_campaign(H, "screen_first")
    day = H.deadline_days
    assert r.daily["county_coverage"].iloc[day] >= H.target  # the county meets 90% overall …
    assert r.daily["coverage"].iloc[day - 10] < H.target     # … while H town is still short on day 20


def test_mean_over_seeds_approaches_the_deterministic_result():
    p = CampaignParams.h_town(backlash=0.05)
    expected = run_campaign(p, "push_all")
    runs = [run_campaign(p, "push_all", seed=s) for s in range(300)]
    assert np.mean([r.total_incidents for r in runs]) == pytest.approx(expected.total_incidents, rel=0.1)
    assert np.mean([r.final["coverage"] for r in runs]) == pytest.approx(expected.final["coverage"], abs=0.005)
    assert len({r.total_incidents for r in runs}) > 1, "seeded runs must vary"
    assert run_campaign(p, "push_all", seed=7).daily.equals(run_campaign(p, "push_all", seed=7).daily)


@pytest.mark.parametrize("changes, message", [
    (dict(target=1.5), r"target must be in \[0, 1\]"),
    (dict(elderly_left=60_000), r"elderly_left must be in \[0, 48000\]"),
    (dict(check_capacity=-1), "check_capacity must be >= 0"),
    (dict(risk=float("nan")), "risk must be a finite number"),
    (dict(horizon_days=0), r"horizon_days must be in \[1, 365\]"),
    (dict(budget=3), "CampaignParams has no field 'budget'"),
])
def test_bad_params_name_the_field(changes, message):
    with pytest.raises(ValueError, match=message):
        CampaignParams.h_town(**changes)


def test_bad_run_arguments():
    with pytest.raises(ValueError, match="strategy must be one of 'screen_first', 'push_all'"):
        run_campaign(H, "vaccinate_faster")
    with pytest.raises(ValueError, match="seed must be None or a whole number"):
        run_campaign(H, seed=-1)
    with pytest.raises(ValueError, match=r"horizon_days must be in \[1, 60\]"):
        run_campaign(CampaignParams.h_town(horizon_days=90))
    with pytest.raises(ValueError, match="params must be a CampaignParams"):
        run_campaign({"target": 0.9})


def test_nobody_fit_to_vaccinate_gives_a_defined_result_not_a_division_by_zero():
    p = CampaignParams.h_town(eligible_adults=10_000, elderly_left=10_000, fit_share=0.0, sensitivity=1.0)
    r = run_campaign(p, "screen_first", negotiated=True)
    assert r.daily["evaluated_coverage"].between(0, 1).all() and r.daily["coverage"].max() == 0


@settings(max_examples=80, deadline=None)
@given(fit=st.floats(0, 1), sensitivity=st.floats(0, 1), check=st.integers(0, 2000), vacc=st.integers(0, 3000),
       strategy=st.sampled_from(["screen_first", "push_all"]))
def test_every_reported_rate_stays_within_0_and_1(fit, sensitivity, check, vacc, strategy):
    p = CampaignParams.h_town(fit_share=fit, sensitivity=sensitivity, check_capacity=check,
                              vaccination_capacity=vacc)
    d = run_campaign(p, strategy, negotiated=True).daily
    for column in ("coverage", "evaluated_coverage", "county_coverage"):
        assert d[column].between(0, 1).all(), column


@pytest.mark.parametrize("changes", [dict(risk=float("inf")), dict(check_capacity=float("inf")),
                                     dict(eligible_adults=10**400), dict(backlash=-float("inf"))])
def test_non_finite_params_are_refused_by_name(changes):
    name = next(iter(changes))
    with pytest.raises(ValueError, match=f"{name} must be"):
        CampaignParams.h_town(**changes)
