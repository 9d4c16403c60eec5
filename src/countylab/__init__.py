"""County Cases: models, figures and labs for a teaching-case workbook on Chinese county governance.

The public surface is this module: every name in ``__all__`` is documented, and notebooks, exercises and
solutions import from here (``from countylab import run_cascade, CascadeLab``).

Case 1, the 90% target (H town):

- models :func:`target_arithmetic`, :func:`run_cascade`, :func:`compensating_markups`, :func:`effort_cost`,
  :func:`formalism`, :class:`CampaignParams`, :func:`run_campaign`, :func:`compare_strategies`, and their
  results :class:`TargetArithmetic`, :class:`CascadeResult`, :class:`FormalismResult`, :class:`CampaignResult`;
- figures :func:`governance_chain`, :func:`target_arithmetic_chart`, :func:`cascade_chart`,
  :func:`formalism_chart`, :func:`campaign_chart`; tables :func:`level_table`, :func:`scenario_table`,
  :func:`outcome_table`;
- labs :class:`TargetLab`, :class:`CampaignLab`, :class:`CascadeLab`, :class:`FormalismLab`; answer checks
  :func:`check_markups`, :func:`check_daily_checks`;
- the role-play "Negotiating the 90%": :class:`Agreement` (a change agreed during the campaign),
  :func:`replay_agreement` (a filled agreement sheet played forward) and :func:`agreement_debrief` (the class's
  sheets, in a table and on the class chart).

Case 2, when the leader shows up:

- models :func:`reception_form`, :func:`channels`, :func:`week`, :func:`month`, :class:`Policy`,
  :func:`allocate`, :func:`naive_plan`, :func:`best_allocation`, :func:`plan_month`, :func:`frontier`; the
  demands :class:`Week`, :class:`Visit`, :class:`Meeting`, :class:`Task`; the results :class:`Reception`,
  :class:`Channel`, :class:`Allocation`, :class:`MonthOutcome`;
- figures :func:`protocol_chart`, :func:`week_chart`, :func:`frontier_chart`; tables :func:`rule_table`,
  :func:`channel_table`, :func:`week_table`, :func:`month_table`;
- labs :class:`ProtocolLab`, :class:`WeekLab`, :class:`FreeLeaderLab`; answer checks :func:`check_best_week`,
  :func:`check_reception_cap`, :func:`largest_cap_for_all_tasks`;
- the role-play "A week in the secretary's diary": :func:`replay_week_plan` and :func:`week_plan_debrief`.

Shared: :class:`Quiz`, :class:`Feedback`, :data:`LABS` (every lab by name), :func:`numbers` (every number the
book prints, by case and name, computed from the models). The toolkit behind them is in
:mod:`countylab.core`; each case's folder has a README.md model card.
"""
from .core.feedback import Feedback
from .core.lab import LABS
from .core.quantities import numbers
from .core.quiz import Quiz
from .h_town import numbers as _h_town_numbers  # noqa: F401  (registers case 1's numbers)
from .h_town.arithmetic import TargetArithmetic, target_arithmetic
from .h_town.campaign import Agreement, CampaignParams, CampaignResult, compare_strategies, run_campaign
from .h_town.cascade import CascadeResult, FormalismResult, compensating_markups, effort_cost, formalism, run_cascade
from .h_town.cascade_figures import cascade_chart, formalism_chart
from .h_town.checks import check_daily_checks, check_markups
from .h_town.debrief import agreement_debrief
from .h_town.figures import campaign_chart, governance_chain, target_arithmetic_chart
from .h_town.labs import CampaignLab, CascadeLab, FormalismLab, TargetLab
from .h_town.roleplay import replay as replay_agreement
from .h_town.tables import level_table, outcome_table, scenario_table
from .leader import numbers as _leader_numbers  # noqa: F401  (registers case 2's numbers)
from .leader.allocation import Allocation, allocate, naive_plan
from .leader.channels import Channel, channels
from .leader.checks import check_best_week, check_reception_cap, largest_cap_for_all_tasks
from .leader.debrief import week_plan_debrief
from .leader.figures import frontier_chart, protocol_chart, week_chart
from .leader.labs import FreeLeaderLab, ProtocolLab, WeekLab
from .leader.protocol import Reception, reception_form
from .leader.roleplay import replay as replay_week_plan
from .leader.solver import MonthOutcome, best_allocation, frontier, plan_month
from .leader.tables import channel_table, month_table, rule_table, week_table
from .leader.week import Meeting, Policy, Task, Visit, Week, month, week

__all__ = [
    # case 1: models and their results
    "target_arithmetic", "TargetArithmetic", "run_cascade", "CascadeResult", "compensating_markups", "effort_cost",
    "formalism", "FormalismResult", "CampaignParams", "run_campaign", "CampaignResult", "compare_strategies",
    "Agreement",
    # case 1: figures, tables, labs, checks
    "governance_chain", "target_arithmetic_chart", "cascade_chart", "formalism_chart", "campaign_chart",
    "level_table", "scenario_table", "outcome_table", "TargetLab", "CampaignLab", "CascadeLab", "FormalismLab",
    "check_markups", "check_daily_checks",
    # case 1: the role-play replayed
    "replay_agreement", "agreement_debrief",
    # case 2: models and their results
    "reception_form", "Reception", "channels", "Channel", "week", "month", "Week", "Visit", "Meeting", "Task",
    "Policy", "allocate", "Allocation", "naive_plan", "best_allocation", "plan_month", "MonthOutcome", "frontier",
    # case 2: figures, tables, labs, checks
    "protocol_chart", "week_chart", "frontier_chart", "rule_table", "channel_table", "week_table", "month_table",
    "ProtocolLab", "WeekLab", "FreeLeaderLab", "check_best_week", "check_reception_cap",
    "largest_cap_for_all_tasks",
    # case 2: the role-play replayed
    "replay_week_plan", "week_plan_debrief",
    # shared
    "Quiz", "Feedback", "LABS", "numbers",
]
