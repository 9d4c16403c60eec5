"""Every user-visible string of case 1 (H town, the 90% target): figures, labs and answer checks, in English
and Chinese. Registered with the core's lookup (:func:`countylab.core.i18n.t`) on import."""
from __future__ import annotations

from ..core.i18n import add_strings

STRINGS: dict[str, dict[str, str]] = {
    # The notes' typical agreements (roleplay.TYPICAL, in order), as the outcome table names them.
    "db1.typical.0": {"en": "no deal (keep screening, judged on all)",
                      "zh": "未达成协议（先体检，按全部应接种成年人考核）"},
    "db1.typical.1": {"en": "keep screening, judged on those found fit", "zh": "先体检，按体检合格者考核"},
    "db1.typical.2": {"en": "screening, {doctors} doctors for 10 days, judged on those found fit",
                      "zh": "先体检，增派{doctors}名医生10天，按体检合格者考核"},
    "db1.typical.3": {"en": "screen in half the villages, judged on those found fit",
                      "zh": "半数村先体检，按体检合格者考核"},
    "db1.typical.4": {"en": "push everyone", "zh": "全部推进"},
    # The role-play "Negotiating the 90%": the agreement sheet's fields and the class debrief.
    "sheet.group": {"en": "Group", "zh": "组别"},
    "sheet.strategy": {"en": "Strategy from today (the meeting) on", "zh": "从今天（会议当天）起的接种策略"},
    "sheet.screened_share": {"en": "If partial: older residents in villages that keep screening (%)",
                             "zh": "若选 partial：仍坚持先体检的村所占老年人比例（%）"},
    "sheet.doctors": {"en": "Doctors lent by the county", "zh": "县里借调的医生人数"},
    "sheet.doctor_days": {"en": "Days the doctors stay", "zh": "借调医生驻留天数"},
    "sheet.evaluation": {"en": "Coverage counted out of", "zh": "接种率的分母（考核口径）"},
    "sheet.target_day": {"en": "Day by which H town reaches 90%", "zh": "H镇承诺达到90%的日子（活动第几天）"},
    "db1.screen_first": {"en": "screen first", "zh": "先体检"},
    "db1.push_all": {"en": "push everyone", "zh": "全部推进"},
    "db1.partial": {"en": "screen in {share}% of the villages", "zh": "{share}%的村坚持体检"},
    "db1.lent": {"en": "+{checks} checks a day for {days} days", "zh": "每天加{checks}人次体检，持续{days}天"},
    "db1.all": {"en": "judged on all", "zh": "按全部应接种成年人考核"},
    "db1.found_fit": {"en": "judged on those found fit", "zh": "按体检合格者考核"},
    "db1.sep": {"en": "; ", "zh": "；"},
    "db1.col_group": {"en": "group", "zh": "组别"},
    "db1.col_terms": {"en": "agreement", "zh": "协议内容"},
    "db1.col_promised": {"en": "promised day", "zh": "承诺日"},
    "db1.col_reached": {"en": "90% reached on day", "zh": "达到90%之日"},
    "db1.col_incidents": {"en": "serious incidents (expected)", "zh": "严重不良反应（期望值）"},
    "db1.col_rank": {"en": "rank on the deadline", "zh": "截止日排名"},
    "db1.col_real": {"en": "real % on the deadline", "zh": "截止日实际接种率%"},
    "db1.col_evaluated": {"en": "evaluated % on the deadline", "zh": "截止日考核接种率%"},
    "db1.col_kept": {"en": "promise kept", "zh": "兑现承诺"},
    "db1.col_county": {"en": "county at 90% on day", "zh": "全县达到90%之日"},
    "db1.col_deferred": {"en": "sent home as unfit by the deadline", "zh": "截止日前因不宜接种而劝返人数"},
    "db1.yes": {"en": "yes", "zh": "是"},
    "db1.no": {"en": "no", "zh": "否"},
    "db1.title": {"en": "Negotiating the 90%: the class's agreements played forward by the campaign model",
                  "zh": "90%的谈判：用接种模型推演各组协议"},
    "db1.x": {"en": "day H town reaches 90% (as evaluated)", "zh": "H镇达到90%的日子（按考核口径）"},
    "db1.y": {"en": "serious incidents (expected)", "zh": "严重不良反应（期望值）"},
    "db1.deadline": {"en": "deadline", "zh": "截止日"},
    # The governance chain of case 1 (figure in the H-town chapter).
    "level.county": {"en": "M county", "zh": "M县"},
    "level.township": {"en": "H town (township)", "zh": "H镇"},
    "level.village": {"en": "villages", "zh": "各村"},
    "level.county.role": {"en": "sets the 90% target,\npublishes a daily ranking",
                          "zh": "定下90%的目标，\n每天公布排名"},
    "level.township.role": {"en": "one of several townships;\nyoung adults all done",
                            "zh": "全县若干乡镇之一；\n年轻人已全部接种"},
    "level.village.role": {"en": "about 10,000 elderly\nstill unvaccinated",
                           "zh": "约1万名老年人\n尚未接种"},
    "level.others": {"en": "the other townships\n(ranked against H town\nevery day)",
                     "zh": "其他乡镇\n（每天与H镇\n一起排名）"},
    "chain.down": {"en": "target passed down", "zh": "目标向下传递"},
    "chain.up": {"en": "progress reported up", "zh": "进度向上汇报"},
    "chain.title": {"en": "Who asks whom: the chain of the 90% target",
                    "zh": "谁向谁要数：90%目标的层级链条"},
    # The arithmetic of the target (figure and lab in the H-town chapter, part A).
    "ta.vaccinated": {"en": "already vaccinated", "zh": "已接种"},
    "ta.fit": {"en": "older residents fit to vaccinate", "zh": "身体允许接种的老年人"},
    "ta.unfit": {"en": "older residents found unfit", "zh": "身体不宜接种的老年人"},
    "ta.share_axis": {"en": "share of eligible adults (%)", "zh": "占应接种成年人的比例（%）"},
    "ta.bar_title": {"en": "Where the target must come from", "zh": "目标从哪里来"},
    "ta.target_label": {"en": "target {target}%", "zh": "目标{target}%"},
    "ta.progress": {"en": "coverage while screening", "zh": "边体检边接种的接种率"},
    "ta.target_line": {"en": "county target", "zh": "县里的目标"},
    "ta.deadline": {"en": "deadline (illustrative)", "zh": "截止日期（示意）"},
    "ta.reached": {"en": "target on day {days}", "zh": "第{days}天达标"},
    "ta.days_axis": {"en": "days of screening", "zh": "体检天数"},
    "ta.coverage_axis": {"en": "coverage (%)", "zh": "接种率（%）"},
    "ta.line_title": {"en": "Screening first: checks at full capacity", "zh": "先体检：体检满负荷"},
    "ta.title": {"en": "The arithmetic of the target", "zh": "目标的算术"},
    "ta.sentence.met": {
        "en": "H town is already at {coverage}%, at or above the {target}% target: no older resident has to be "
              "vaccinated to meet it.",
        "zh": "H镇的接种率已达{coverage}%，不低于{target}%的目标：无需再给老年人接种即可达标。"},
    "ta.sentence.reachable": {
        "en": "To reach {target}%, H town must vaccinate {needed} more older residents. At {capacity} checks a "
              "day with {fit}% found fit, that takes {checks} checks, or {days} days: {margin}.",
        "zh": "要达到{target}%，H镇还需给{needed}名老年人接种。每天体检{capacity}人、{fit}%身体允许接种，"
              "需要体检{checks}人次，共{days}天：{margin}。"},
    "ta.sentence.unreachable": {
        "en": "Even if all {elderly} older residents are checked, only {fit_people} would be found fit: H town can "
              "reach at most {max}%, short of the {target}% target. Screening first cannot meet it.",
        "zh": "即使{elderly}名老年人全部体检，也只有{fit_people}人身体允许接种：H镇最多只能达到{max}%，"
              "低于{target}%的目标。先体检无法达标。"},
    "ta.margin.early": {"en": "{days} days before the deadline", "zh": "比截止日期提前{days}天"},
    "ta.margin.late": {"en": "{days} days after the deadline", "zh": "比截止日期晚{days}天"},
    "ta.margin.exact": {"en": "exactly on the deadline", "zh": "恰好在截止日期当天"},
    "ta.alt": {"en": "Two charts. {sentence}", "zh": "两幅图。{sentence}"},
    # Lab controls: label, unit and range.
    "ctl.target": {"en": "County target", "zh": "县里的目标"},
    "ctl.eligible_adults": {"en": "Eligible adults", "zh": "应接种成年人"},
    "ctl.elderly_left": {"en": "Older residents left", "zh": "未接种老年人"},
    "ctl.check_capacity": {"en": "Health checks per day", "zh": "每天体检人数"},
    "ctl.fit_share": {"en": "Found fit", "zh": "体检合格比例"},
    "ctl.days_to_deadline": {"en": "Days to deadline", "zh": "距截止日期天数"},
    # The target cascade (figure and lab in the chapter "Why 90% and not 100%").
    "cas.title": {"en": "The target staircase: what each level commits to", "zh": "目标阶梯：每一级的承诺"},
    "cas.rate_axis": {"en": "rate (share of people)", "zh": "比例"},
    "cas.committed": {"en": "committed", "zh": "承诺完成"},
    "cas.discount": {"en": "discounted away (打折扣)", "zh": "被打掉的折扣"},
    "cas.passed": {"en": "passed down, with markup (加码)", "zh": "加码后向下传递"},
    "cas.capacity": {"en": "capacity at the bottom", "zh": "基层实际能力"},
    "cas.real": {"en": "real", "zh": "实际完成"},
    "cas.reported": {"en": "reported", "zh": "上报完成"},
    "cas.gap": {"en": "paper gap", "zh": "纸面差距"},
    "cas.gap_label": {"en": "{points} pts on paper", "zh": "纸面{points}个百分点"},
    "cas.lab_title": {"en": "The target cascade", "zh": "目标的层层传递"},
    "cas.alt": {"en": "A staircase chart of the target down the chain. {sentence}",
                "zh": "目标沿层级传递的阶梯图。{sentence}"},
    "cas.sentence.feedback": {
        "en": "The {top} asks for {goal}%. The {bottom} commits to {pursued}% and really reaches {real}%; it "
              "reports {real}%, so the {top} sees the real result{shortfall}. Effort: {cost} units.",
        "zh": "{top}要求{goal}%。{bottom}承诺{pursued}%，实际完成{real}%，如实上报{real}%，"
              "{top}看到的是真实结果{shortfall}。投入：{cost}个单位。"},
    "cas.shortfall": {"en": " and a {points}-point shortfall it can act on",
                      "zh": "，以及可以据此调整的{points}个百分点缺口"},
    "cas.sentence.max_limit": {
        "en": "Under 顶格 (100%) nobody may bargain. The {top} reports 100%, but only {real}% is really done: a "
              "{gap}-point paper gap. Effort: {cost} units{wasted}.",
        "zh": "顶格管理之下没有讨价还价的余地。{top}上报100%，但实际只完成{real}%：纸面差距{gap}个百分点。"
              "投入：{cost}个单位{wasted}。"},
    "cas.sentence.cross": {
        "en": "Cross-level inspection leaves the {level} no room to discount: the {bottom} pursues {pursued}%, "
              "really reaches {real}% and reports {reported}%{gap_text}. Effort: {cost} units.",
        "zh": "跨级督查让{level}没有打折扣的余地：{bottom}按{pursued}%推进，"
              "实际完成{real}%，上报{reported}%{gap_text}。"
              "投入：{cost}个单位。"},
    "cas.gap_text": {"en": ", a {points}-point paper gap", "zh": "，纸面差距{points}个百分点"},
    "cas.wasted": {"en": ", much of it poured in beyond capacity", "zh": "，其中不少投在了能力之外"},
    "cas.cross_needs_three": {"en": " (Cross-level inspection needs at least 3 levels; with 2 it acts as direct.)",
                              "zh": "（跨级督查至少需要3个层级；只有2级时等同于直接督查。）"},
    "ctl.goal": {"en": "Goal set at the top", "zh": "最上级定的目标"},
    "ctl.n_levels": {"en": "Levels in the chain", "zh": "层级数"},
    "ctl.discount": {"en": "Discount at each level", "zh": "每级打的折扣"},
    "ctl.markup": {"en": "Markup at each level", "zh": "每级加的码"},
    "ctl.compensate": {"en": "Markups exactly offset the discounts", "zh": "加码恰好抵消折扣"},
    "ctl.capacity": {"en": "Capacity at the bottom", "zh": "基层实际能力"},
    "ctl.max_limit": {"en": "顶格: demand 100%, no bargaining", "zh": "顶格管理：要求100%，不许讨价还价"},
    "ctl.inspection": {"en": "Inspection (none, by the direct superior, or cross-level 跨级)",
                       "zh": "督查方式（无、直接上级督查、跨级督查）"},
    "ctl.inspection.none": {"en": "none", "zh": "无"},
    "ctl.inspection.direct": {"en": "direct", "zh": "直接上级督查"},
    "ctl.inspection.cross_level": {"en": "cross-level", "zh": "跨级督查"},
    # Formalism (many 100% tasks).
    "fm.title": {"en": "Many 100% tasks, one team: real and reported completion",
                 "zh": "多项顶格任务、一支队伍：实际与上报完成度"},
    "fm.real": {"en": "really done", "zh": "实际完成"},
    "fm.reported": {"en": "reported", "zh": "上报完成"},
    "fm.now": {"en": "your number of tasks", "zh": "当前任务数"},
    "fm.tasks_axis": {"en": "tasks demanded at 100% at once", "zh": "同时要求顶格完成的任务数"},
    "fm.share_axis": {"en": "completion (%)", "zh": "完成度（%）"},
    "fm.gap_label": {"en": "{points} pts on paper", "zh": "纸面{points}个百分点"},
    "fm.lab_title": {"en": "Formalism under many 100% tasks", "zh": "多项顶格任务下的形式主义"},
    "fm.alt": {"en": "A chart of real against reported completion as tasks multiply. {sentence}",
               "zh": "任务增多时实际与上报完成度对比图。{sentence}"},
    "fm.sentence.real": {
        "en": "{n} tasks at 100% need {needed} hours and the team has {hours}: every task can be done for real.",
        "zh": "{n}项顶格任务需要{needed}小时，队伍有{hours}小时：每一项都能真正完成。"},
    "fm.sentence.paper": {
        "en": "{n} tasks at 100% need {needed} hours but the team has {hours}: only {affordable} tasks' worth of "
              "work is done. Real completion {real}%, reported 100%: {gap} points on paper.",
        "zh": "{n}项顶格任务需要{needed}小时，队伍只有{hours}小时：实际只够完成{affordable}项的工作量。"
              "实际完成{real}%，上报100%：纸面差距{gap}个百分点。"},
    "ctl.n_tasks": {"en": "Tasks demanded at 100%", "zh": "顶格任务数"},
    "ctl.staff_hours": {"en": "Staff hours available", "zh": "可用工时"},
    "ctl.hours_per_task": {"en": "Hours one task needs", "zh": "每项任务所需工时"},
    # The vaccination campaign (chapter "Racing the ranking").
    "camp.screen_first": {"en": "screen first", "zh": "先体检"},
    "camp.push_all": {"en": "push everyone", "zh": "全部推进"},
    "camp.county": {"en": "county-wide rate (screening H town)", "zh": "全县接种率（H镇先体检）"},
    "camp.target": {"en": "county target", "zh": "县里的目标"},
    "camp.deadline": {"en": "deadline", "zh": "截止日期"},
    "camp.cov_title": {"en": "H town's coverage as the county evaluates it", "zh": "县里考核口径下H镇的接种率"},
    "camp.cov_axis": {"en": "coverage (%)", "zh": "接种率（%）"},
    "camp.day_axis": {"en": "day of the campaign", "zh": "第几天"},
    "camp.rank_title": {"en": "H town's rank among 8 townships", "zh": "H镇在8个乡镇中的排名"},
    "camp.inc_title": {"en": "serious incidents so far", "zh": "累计严重不良反应"},
    "camp.lab_title": {"en": "Racing the ranking", "zh": "排名竞赛"},
    "camp.alt": {"en": "Three charts: coverage, rank and incidents over the campaign. {sentence}",
                 "zh": "三幅图：接种率、排名和不良反应随时间的变化。{sentence}"},
    "camp.reached": {"en": "reaches {target}% on day {day}", "zh": "第{day}天达到{target}%"},
    "camp.not_reached": {"en": "does not reach {target}% (at most {max}%)", "zh": "达不到{target}%（最多{max}%）"},
    "camp.sentence": {
        "en": "{chosen_name}, H town {chosen_reach} (deadline: day {deadline}), with {chosen_incidents} serious "
              "incidents expected, and ranks {chosen_rank} of 8 on the deadline. {other_name}, it {other_reach}, "
              "with {other_incidents} incidents, and ranks {other_rank}.{negotiated}",
        "zh": "{chosen_name}：H镇{chosen_reach}（截止日期：第{deadline}天），预计严重不良反应{chosen_incidents}例，"
              "截止日排名第{chosen_rank}。{other_name}：{other_reach}，不良反应{other_incidents}例，排名第{other_rank}。"
              "{negotiated}"},
    "camp.negotiated": {"en": " The county evaluates H town against the adults not found unfit.",
                        "zh": "县里按体检合格者考核H镇（剔除查出的不宜接种者）。"},
    "camp.name.screen_first": {"en": "Screening first", "zh": "先体检"},
    "camp.name.push_all": {"en": "Pushing everyone", "zh": "全部推进"},
    "ctl.strategy": {"en": "H town's strategy", "zh": "H镇的做法"},
    "ctl.strategy.screen_first": {"en": "screen first", "zh": "先体检"},
    "ctl.strategy.push_all": {"en": "push everyone", "zh": "全部推进"},
    "ctl.vaccination_capacity": {"en": "Vaccinations per day", "zh": "每天接种人数"},
    "ctl.sensitivity": {"en": "Unfit people the check catches", "zh": "体检能查出的不宜接种者比例"},
    "ctl.risk": {"en": "Serious reaction risk if unfit", "zh": "不宜接种者出现严重反应的概率"},
    "ctl.backlash": {"en": "Willingness lost per incident", "zh": "每例严重不良反应造成的接种意愿损失"},
    "ctl.negotiated": {"en": "The county understands: evaluate against the adults not found unfit",
                       "zh": "县里理解：按体检合格者考核"},
    "chk.markups.not_numbers": {"en": "Give {n} numbers, one markup for each receiving level, as shares (0.05 is 5%).",
                                "zh": "请给出{n}个数，每个接收层级一个加码，用小数表示（0.05即5%）。"},
    "chk.markups.wrong_count": {
        "en": "A chain of {levels} levels has {n} levels that receive a target and discount it, so it needs {n} "
              "markups; you gave {got}.",
        "zh": "{levels}级的链条中有{n}级接收目标并打折扣，所以需要{n}个加码；你给了{got}个。"},
    "chk.markups.all_at_top": {
        "en": "One cumulative markup at the top offsets all the discounts on paper, but the top would then pass "
              "down {top}%, and no target can exceed 100%: the cap binds and the bottom falls short. Spread the "
              "markup over the {n} receiving levels.",
        "zh": "在最上级一次性加足，纸面上能抵消全部折扣，但最上级下达的目标会变成{top}%，而目标不能超过100%："
              "上限卡住，最底层达不到。应把加码分摊到{n}个接收层级。"},
    "chk.markups.percent": {
        "en": 'These look like percentages. Use shares: 5% is 0.05, and 12.5% is 0.125.',
        "zh": '这些看起来是百分数。请用小数：5%即0.05,12.5%即0.125。'},
    "chk.markups.multiplier": {
        "en": "These look like multipliers (1 + m), not markups. A markup is the part above 1: a multiplier of "
              "1.05 is a markup of 0.05.",
        "zh": "这些看起来是乘数（1 + m），而不是加码。加码是超出1的那部分：乘数1.05即加码0.05。"},
    "chk.markups.negative": {
        "en": "A markup adds to the target, so it is 0 or more (0.05 is 5%). A level that lowers the target is "
              "discounting it.",
        "zh": "加码是在目标上往上加，不会小于0（0.05即5%）。把目标往下调的是打折扣。"},
    "chk.markups.too_large": {
        "en": "A markup above 100% would ask for more than everyone. Give shares between 0 and 1 (0.05 is 5%).",
        "zh": "加码超过100%就意味着要求超过全部人数。请给出0到1之间的小数（0.05即5%）。"},
    "chk.markups.right": {
        "en": "A markup of {markup}% at each level exactly offsets a 5% discount, because 1.0526 × 0.95 = 1: the "
              "bottom commits to the full {goal}%.",
        "zh": "每级加码{markup}%恰好抵消5%的折扣，因为1.0526 × 0.95 = 1：最底层承诺的正是{goal}%。"},
    "chk.markups.same_as_discount": {
        "en": "A 5% markup does not offset a 5% discount: the discount is taken from the marked-up number, and "
              "1.05 × 0.95 = {product}, less than 1. The bottom commits to {committed}%, not {goal}%.",
        "zh": "加码5%抵消不了5%的折扣：折扣是在加码后的数上打的，1.05 × 0.95 = {product}，小于1。"
              "最底层承诺的是{committed}%，而不是{goal}%。"},
    "chk.markups.uneven": {
        "en": "Your markups bring the bottom to {goal}% in total, but not level by level: the question asks for the "
              "markup at each level that offsets the discount just below it, (1 + m) × (1 − 0.05) = 1.",
        "zh": "你的加码让最底层总体上达到{goal}%，但不是逐级抵消：题目要求每一级的加码恰好抵消下一级的折扣，"
              "即（1 + m） × (1 − 0.05) = 1。"},
    "chk.markups.too_high": {
        "en": "Your markups overshoot: the bottom commits to {committed}%, more than the {goal}% set at the top. "
              "Each markup m must satisfy (1 + m) × (1 − 0.05) = 1.",
        "zh": "加码过头了：最底层承诺{committed}%，高于最上级定的{goal}%。每级加码m应满足（1 + m） × (1 − 0.05) = 1。"},
    "chk.markups.too_low": {
        "en": "Your markups fall short: the bottom commits to {committed}%, less than the {goal}% set at the top. "
              "Each markup m must satisfy (1 + m) × (1 − 0.05) = 1.",
        "zh": "加码不够：最底层承诺{committed}%，低于最上级定的{goal}%。每级加码m应满足（1 + m） × (1 − 0.05) = 1。"},
    "chk.checks.not_positive": {"en": "Give a positive number of health checks a day.",
                                "zh": "请给出一个正数：每天体检多少人。"},
    "chk.checks.not_whole": {"en": "Give a whole number of health checks a day.", "zh": "请给出每天体检的整数人数。"},
    "chk.checks.right": {
        "en": "H town needs {needed} more older residents vaccinated; with {fit}% found fit that takes {checks} "
              "checks, and {checks} checks in {days} days need {least} a day.",
        "zh": "H镇还需给{needed}名老年人接种；体检合格率{fit}%，需要体检{checks}人次，{days}天内完成即每天{least}人。"},
    "chk.checks.forgot_unfit": {
        "en": 'That would vaccinate {needed} people only if everyone checked were fit. Only {fit}% are, so H town must '
              'check more people than it vaccinates: how many checks find {needed} fit people?',
        "zh": '只有体检的人全部合格，这个数才能接种{needed}人。'
              '实际只有{fit}%合格，所以体检人数要多于接种人数：体检多少人'
              '才能找到{needed}名合格者？'},
    "chk.checks.checked_everyone": {
        "en": 'That checks all {elderly} older residents by the deadline, more than the target needs: it needs only '
              'enough checks to find {needed} fit people.',
        "zh": '这是在截止日期前给全部{elderly}名老年人体检，超过了目标的需要：只需体检到能找到{needed}名合格者即可。'},
    "chk.checks.more_than_needed": {
        "en": '{answer} a day is enough, but not the least: fewer checks a day would still reach the target within '
              '{days} days.',
        "zh": '每天{answer}人足够，但不是最少：每天少查一些也能在{days}天内达标。'},
    "chk.checks.too_few": {
        "en": 'At {answer} checks a day the target is reached only on day {late}, after the deadline (day {days}).',
        "zh": '每天体检{answer}人，要到第{late}天才达标，晚于截止日期（第{days}天）。'},
}

add_strings(__name__, STRINGS)
