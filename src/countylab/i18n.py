"""Every user-visible string of countylab, in English and Chinese.

One place, so a Chinese edition reuses the code unchanged: figures, labs and answer checks look their
words up here with :func:`t`. ``tests/test_i18n.py`` fails when a key lacks a language or when the two
versions of a string take different ``{placeholders}``.
"""
from __future__ import annotations

import string

LANGS = ("en", "zh")

STRINGS: dict[str, dict[str, str]] = {
    # The governance chain of case 1 (figure in the H-town chapter).
    "level.county": {"en": "M county", "zh": "M县"},
    "level.township": {"en": "H town (township)", "zh": "H镇"},
    "level.village": {"en": "villages", "zh": "各村"},
    "level.county.role": {"en": "sets the 90% target,\npublishes a daily ranking",
                          "zh": "定下90%的目标,\n每天公布排名"},
    "level.township.role": {"en": "one of several townships;\nyoung adults all done",
                            "zh": "全县若干乡镇之一;\n年轻人已全部接种"},
    "level.village.role": {"en": "about 10,000 elderly\nstill unvaccinated",
                           "zh": "约1万名老年人\n尚未接种"},
    "level.others": {"en": "the other townships\n(ranked against H town\nevery day)",
                     "zh": "其他乡镇\n(每天与H镇\n一起排名)"},
    "chain.down": {"en": "target passed down", "zh": "目标向下传递"},
    "chain.up": {"en": "progress reported up", "zh": "进度向上汇报"},
    "chain.title": {"en": "Who asks whom: the chain of the 90% target",
                    "zh": "谁向谁要数:90%目标的层级链条"},
    "chain.alt": {"en": ("Diagram of three stacked boxes: M county at the top sets the 90% target and "
                         "publishes a daily ranking; H town in the middle; its villages at the bottom with "
                         "about 10,000 elderly still unvaccinated; beside H town, the other townships it is "
                         "ranked against every day. Arrows show the target going down and "
                         "progress reports going up."),
                  "zh": ("示意图:三个上下排列的方框。最上为M县,定下90%目标并每天公布排名;中间为H镇;"
                         "最下为各村,约1万名老年人尚未接种;H镇旁是每天与它一起排名的其他乡镇。箭头表示目标向下传递、进度向上汇报。")},
    # The arithmetic of the target (figure and lab in the H-town chapter, part A).
    "ta.vaccinated": {"en": "already vaccinated", "zh": "已接种"},
    "ta.fit": {"en": "older residents fit to vaccinate", "zh": "身体允许接种的老年人"},
    "ta.unfit": {"en": "older residents found unfit", "zh": "身体不宜接种的老年人"},
    "ta.share_axis": {"en": "share of eligible adults (%)", "zh": "占应接种人口的比例(%)"},
    "ta.bar_title": {"en": "Where the target must come from", "zh": "目标从哪里来"},
    "ta.target_label": {"en": "target {target}%", "zh": "目标{target}%"},
    "ta.progress": {"en": "coverage while screening", "zh": "边体检边接种的接种率"},
    "ta.target_line": {"en": "county target", "zh": "县里的目标"},
    "ta.deadline": {"en": "deadline (illustrative)", "zh": "截止日期(示意)"},
    "ta.reached": {"en": "target on day {days}", "zh": "第{days}天达标"},
    "ta.days_axis": {"en": "days of screening", "zh": "体检天数"},
    "ta.coverage_axis": {"en": "coverage (%)", "zh": "接种率(%)"},
    "ta.line_title": {"en": "Screening first: checks at full capacity", "zh": "先体检后接种:体检满负荷"},
    "ta.title": {"en": "The arithmetic of the target", "zh": "目标的算术"},
    "ta.sentence.met": {
        "en": "H town is already at {coverage}%, at or above the {target}% target: no older resident has to be "
              "vaccinated to meet it.",
        "zh": "H镇的接种率已达{coverage}%,不低于{target}%的目标:无需再给老年人接种即可达标。"},
    "ta.sentence.reachable": {
        "en": "To reach {target}%, H town must vaccinate {needed} more older residents. At {capacity} checks a "
              "day with {fit}% found fit, that takes {checks} checks, or {days} days: {margin}.",
        "zh": "要达到{target}%,H镇还需给{needed}名老年人接种。每天体检{capacity}人、{fit}%身体允许接种,"
              "需要体检{checks}人次,共{days}天:{margin}。"},
    "ta.sentence.unreachable": {
        "en": "Even if all {elderly} older residents are checked, only {fit_people} would be found fit: H town can "
              "reach at most {max}%, short of the {target}% target. Screening first cannot meet it.",
        "zh": "即使{elderly}名老年人全部体检,也只有{fit_people}人身体允许接种:H镇最多只能达到{max}%,"
              "低于{target}%的目标。先体检后接种无法达标。"},
    "ta.margin.early": {"en": "{days} days before the deadline", "zh": "比截止日期提前{days}天"},
    "ta.margin.late": {"en": "{days} days after the deadline", "zh": "比截止日期晚{days}天"},
    "ta.margin.exact": {"en": "exactly on the deadline", "zh": "恰好在截止日期当天"},
    "ta.alt": {"en": "Two charts. {sentence}", "zh": "两幅图。{sentence}"},
    # Lab controls: label, unit and range.
    "ctl.target": {"en": "County target", "zh": "县里的目标"},
    "ctl.eligible_adults": {"en": "Eligible adults", "zh": "应接种人口"},
    "ctl.elderly_left": {"en": "Older residents left", "zh": "未接种老年人"},
    "ctl.check_capacity": {"en": "Health checks per day", "zh": "每天体检人数"},
    "ctl.fit_share": {"en": "Found fit", "zh": "体检合格比例"},
    "ctl.days_to_deadline": {"en": "Days to deadline", "zh": "距截止日期天数"},
    "unit.percent": {"en": "%", "zh": "%"},
    "unit.persons": {"en": "people", "zh": "人"},
    "unit.persons_per_day": {"en": "people/day", "zh": "人/天"},
    "unit.days": {"en": "days", "zh": "天"},
    # The target cascade (figure and lab in the chapter "Why 90% and not 100%").
    "level.name.province": {"en": "province", "zh": "省"},
    "level.name.city": {"en": "city", "zh": "市"},
    "level.name.county": {"en": "county", "zh": "县"},
    "level.name.township": {"en": "township", "zh": "乡镇"},
    "level.name.village": {"en": "village", "zh": "村"},
    "cas.title": {"en": "The target staircase: what each level commits to", "zh": "目标阶梯:每一级的承诺"},
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
        "zh": "{top}要求{goal}%。{bottom}承诺{pursued}%,实际完成{real}%,如实上报{real}%,{top}看到的是真实结果{shortfall}。"
              "投入:{cost}个单位。"},
    "cas.shortfall": {"en": " and a {points}-point shortfall it can act on", "zh": ",以及可以据此调整的{points}个百分点缺口"},
    "cas.sentence.max_limit": {
        "en": "Under 顶格 (100%) nobody may bargain. The {top} reports 100%, but only {real}% is really done: a "
              "{gap}-point paper gap. Effort: {cost} units{wasted}.",
        "zh": "顶格管理之下没有讨价还价的余地。{top}上报100%,但实际只完成{real}%:纸面差距{gap}个百分点。"
              "投入:{cost}个单位{wasted}。"},
    "cas.sentence.cross": {
        "en": "Cross-level inspection leaves the {level} no room to discount: the {bottom} pursues {pursued}%, "
              "really reaches {real}% and reports {reported}%{gap_text}. Effort: {cost} units.",
        "zh": "跨级督查让{level}没有打折扣的余地:{bottom}按{pursued}%推进,实际完成{real}%,上报{reported}%{gap_text}。"
              "投入:{cost}个单位。"},
    "cas.gap_text": {"en": ", a {points}-point paper gap", "zh": ",纸面差距{points}个百分点"},
    "cas.wasted": {"en": ", much of it poured in beyond capacity", "zh": ",其中不少投在了能力之外"},
    "cas.cross_needs_three": {"en": " (Cross-level inspection needs at least 3 levels; with 2 it acts as direct.)",
                              "zh": "(跨级督查至少需要3个层级;只有2级时等同于直接督查。)"},
    "ctl.goal": {"en": "Goal set at the top", "zh": "最上级定的目标"},
    "ctl.n_levels": {"en": "Levels in the chain", "zh": "层级数"},
    "ctl.discount": {"en": "Discount at each level", "zh": "每级打的折扣"},
    "ctl.markup": {"en": "Markup at each level", "zh": "每级加的码"},
    "ctl.compensate": {"en": "Markups exactly offset the discounts", "zh": "加码恰好抵消折扣"},
    "ctl.capacity": {"en": "Capacity at the bottom", "zh": "基层实际能力"},
    "ctl.max_limit": {"en": "顶格: demand 100%, no bargaining", "zh": "顶格管理:要求100%,不许讨价还价"},
    "ctl.inspection": {"en": "Inspection (none, by the direct superior, or cross-level 跨级)", "zh": "督查方式(无、直接上级督查、跨级督查)"},
    "ctl.inspection.none": {"en": "none", "zh": "无"},
    "ctl.inspection.direct": {"en": "direct", "zh": "直接上级督查"},
    "ctl.inspection.cross_level": {"en": "cross-level", "zh": "跨级督查"},
    "unit.levels": {"en": "levels", "zh": "级"},
    # Formalism (many 100% tasks).
    "fm.title": {"en": "Many 100% tasks, one team: real and reported completion", "zh": "多项顶格任务、一支队伍:实际与上报完成度"},
    "fm.real": {"en": "really done", "zh": "实际完成"},
    "fm.reported": {"en": "reported", "zh": "上报完成"},
    "fm.now": {"en": "your number of tasks", "zh": "当前任务数"},
    "fm.tasks_axis": {"en": "tasks demanded at 100% at once", "zh": "同时要求顶格完成的任务数"},
    "fm.share_axis": {"en": "completion (%)", "zh": "完成度(%)"},
    "fm.gap_label": {"en": "{points} pts on paper", "zh": "纸面{points}个百分点"},
    "fm.lab_title": {"en": "Formalism under many 100% tasks", "zh": "多项顶格任务下的形式主义"},
    "fm.alt": {"en": "A chart of real against reported completion as tasks multiply. {sentence}",
               "zh": "任务增多时实际与上报完成度对比图。{sentence}"},
    "fm.sentence.real": {
        "en": "{n} tasks at 100% need {needed} hours and the team has {hours}: every task can be done for real.",
        "zh": "{n}项顶格任务需要{needed}小时,队伍有{hours}小时:每一项都能真正完成。"},
    "fm.sentence.paper": {
        "en": "{n} tasks at 100% need {needed} hours but the team has {hours}: only {affordable} tasks' worth of "
              "work is done. Real completion {real}%, reported 100%: {gap} points on paper.",
        "zh": "{n}项顶格任务需要{needed}小时,队伍只有{hours}小时:实际只够完成{affordable}项的工作量。"
              "实际完成{real}%,上报100%:纸面差距{gap}个百分点。"},
    "ctl.n_tasks": {"en": "Tasks demanded at 100%", "zh": "顶格任务数"},
    "ctl.staff_hours": {"en": "Staff hours available", "zh": "可用工时"},
    "ctl.hours_per_task": {"en": "Hours one task needs", "zh": "每项任务所需工时"},
    "unit.tasks": {"en": "tasks", "zh": "项"},
    "unit.hours": {"en": "hours", "zh": "小时"},
    # The vaccination campaign (chapter "Racing the ranking").
    "camp.screen_first": {"en": "screen first", "zh": "先体检后接种"},
    "camp.push_all": {"en": "push everyone", "zh": "全部推进"},
    "camp.county": {"en": "county-wide rate (screening H town)", "zh": "全县接种率(H镇先体检)"},
    "camp.target": {"en": "county target", "zh": "县里的目标"},
    "camp.deadline": {"en": "deadline", "zh": "截止日期"},
    "camp.cov_title": {"en": "H town's coverage as the county evaluates it", "zh": "县里考核口径下H镇的接种率"},
    "camp.cov_axis": {"en": "coverage (%)", "zh": "接种率(%)"},
    "camp.day_axis": {"en": "day of the campaign", "zh": "第几天"},
    "camp.rank_title": {"en": "H town's rank among 8 townships", "zh": "H镇在8个乡镇中的排名"},
    "camp.inc_title": {"en": "serious incidents so far", "zh": "累计严重不良反应"},
    "camp.lab_title": {"en": "Racing the ranking", "zh": "排名竞赛"},
    "camp.alt": {"en": "Three charts: coverage, rank and incidents over the campaign. {sentence}",
                 "zh": "三幅图:接种率、排名和不良反应随时间的变化。{sentence}"},
    "camp.reached": {"en": "reaches {target}% on day {day}", "zh": "第{day}天达到{target}%"},
    "camp.not_reached": {"en": "does not reach {target}% (at most {max}%)", "zh": "达不到{target}%(最多{max}%)"},
    "camp.sentence": {
        "en": "{chosen_name}, H town {chosen_reach} (deadline: day {deadline}), with {chosen_incidents} serious "
              "incidents expected, and ranks {chosen_rank} of 8 on the deadline. {other_name}, it {other_reach}, "
              "with {other_incidents} incidents, and ranks {other_rank}.{negotiated}",
        "zh": "{chosen_name}:H镇{chosen_reach}(截止日期:第{deadline}天),预计严重不良反应{chosen_incidents}例,"
              "截止日排名第{chosen_rank}。{other_name}:{other_reach},不良反应{other_incidents}例,排名第{other_rank}。{negotiated}"},
    "camp.negotiated": {"en": " The county evaluates H town against adults fit to be vaccinated.",
                        "zh": "县里按身体允许接种的人数考核H镇。"},
    "camp.name.screen_first": {"en": "Screening first", "zh": "先体检后接种"},
    "camp.name.push_all": {"en": "Pushing everyone", "zh": "全部推进"},
    "ctl.strategy": {"en": "H town's strategy", "zh": "H镇的做法"},
    "ctl.strategy.screen_first": {"en": "screen first", "zh": "先体检后接种"},
    "ctl.strategy.push_all": {"en": "push everyone", "zh": "全部推进"},
    "ctl.vaccination_capacity": {"en": "Vaccinations per day", "zh": "每天接种人数"},
    "ctl.sensitivity": {"en": "Unfit people the check catches", "zh": "体检能查出的不宜接种者比例"},
    "ctl.risk": {"en": "Serious reaction risk if unfit", "zh": "不宜接种者出现严重反应的概率"},
    "ctl.backlash": {"en": "Willingness lost per incident", "zh": "每次事故损失的接种意愿"},
    "ctl.negotiated": {"en": "The county understands: evaluate against adults fit to vaccinate",
                       "zh": "县里理解:按身体允许接种的人数考核"},
    # Case 2: "When the leader shows up" (leader attention).
    "rank.1": {"en": "section level (科级)", "zh": "科级"},
    "rank.2": {"en": "county level (处级)", "zh": "处级"},
    "rank.3": {"en": "bureau level (厅级)", "zh": "厅级"},
    "rank.4": {"en": "ministry level (部级)", "zh": "部级"},
    "importance.low": {"en": "not especially important", "zh": "不是特别重要"},
    "importance.normal": {"en": "ordinary importance", "zh": "一般重视"},
    "importance.high": {"en": "the host cares a lot", "zh": "非常重视"},
    "relation.visitor_higher": {"en": "visitor outranks\nthe host's leader", "zh": "来访领导\n级别更高"},
    "relation.equal": {"en": "equal rank", "zh": "级别对等"},
    "relation.host_higher": {"en": "host's leader\noutranks the visitor", "zh": "本地主要领导\n级别更高"},
    "who.top_leader": {"en": "the top leader", "zh": "主要领导"},
    "who.deputy": {"en": "a deputy", "zh": "副职"},
    "who.staff": {"en": "office staff", "zh": "办公室工作人员"},
    "extent.none": {"en": "does not appear", "zh": "不出面"},
    "extent.one_meal": {"en": "joins one meal", "zh": "陪一次餐"},
    "extent.whole_visit": {"en": "accompanies the whole visit", "zh": "全程陪同"},
    "signal.low": {"en": "no special regard", "zh": "一般对待"},
    "signal.ordinary": {"en": "ordinary regard", "zh": "正常重视"},
    "signal.high": {"en": "high regard", "zh": "非常重视"},
    "channel.none": {"en": "not this week", "zh": "本周不做"},
    "channel.document": {"en": "document", "zh": "发文件"},
    "channel.phone": {"en": "phone call", "zh": "打电话"},
    "channel.staff": {"en": "send staff", "zh": "派工作人员"},
    "channel.in_person": {"en": "in person", "zh": "亲自去"},
    "use.receptions": {"en": "receptions", "zh": "接待"},
    "use.meetings": {"en": "meetings", "zh": "会议"},
    "use.free": {"en": "unused", "zh": "未用"},
    "reason.too_weak": {"en": "{channel} is too weak (it needs {needed})", "zh": "{channel}力度不够(需要{needed})"},
    "reason.too_slow": {"en": "{channel} takes effect too late", "zh": "{channel}见效太慢"},
    "channel.long.document": {"en": "a document", "zh": "发文件"},
    "channel.long.phone": {"en": "a phone call", "zh": "打电话"},
    "channel.long.staff": {"en": "staff sent in the secretary's name", "zh": "派工作人员代表书记下村"},
    "channel.long.in_person": {"en": "the secretary in person", "zh": "书记亲自到场"},
    "reason.no_time": {"en": "no hours left", "zh": "没有时间了"},
    "reason.not_planned": {"en": "not planned", "zh": "没有安排"},
    "level.name.ministry": {"en": "ministry", "zh": "部委"},
    "topic.inspection": {"en": "inspection", "zh": "督查检查"},
    "topic.research": {"en": "research visit", "zh": "调研"},
    "topic.evaluation": {"en": "evaluation", "zh": "评估"},
    "topic.survey": {"en": "survey", "zh": "专项调查"},
    "topic.data_check": {"en": "data check", "zh": "数据核查"},
    "topic.standing_committee": {"en": "standing committee", "zh": "常委会"},
    "topic.video_conference": {"en": "video conference from above", "zh": "上级视频会议"},
    "topic.campaign": {"en": "campaign coordination", "zh": "创建工作推进会"},
    "topic.safety": {"en": "work-safety meeting", "zh": "安全生产会议"},
    "topic.study": {"en": "study session", "zh": "理论学习"},
    "topic.petition": {"en": "joint petition meeting", "zh": "信访联席会议"},
    "topic.finance": {"en": "budget meeting", "zh": "财政预算会议"},
    "topic.land_dispute": {"en": "land dispute", "zh": "土地纠纷"},
    "topic.collective_economy": {"en": "collective-economy project", "zh": "集体经济项目"},
    "topic.petition_case": {"en": "petitioner household", "zh": "信访户"},
    "topic.sanitation": {"en": "sanitation return", "zh": "环境卫生报表"},
    "topic.elderly_care": {"en": "elderly-care site", "zh": "养老服务点"},
    "topic.environment": {"en": "polluting workshop", "zh": "污染作坊整治"},
    "topic.epidemic": {"en": "epidemic prevention", "zh": "疫情防控"},
    "topic.housing_safety": {"en": "unsafe houses", "zh": "危房整治"},
    "topic.irrigation": {"en": "irrigation quarrel", "zh": "灌溉纠纷"},
    "topic.road": {"en": "road works", "zh": "道路修整"},
    "task.label": {"en": "{topic}, village {village} ({value} pts; needs: {needed}; within {due} days)",
                   "zh": "{village}村{topic}({value}分;需要:{needed};{due}天内)"},
    "task.short": {"en": "{topic} ({village})", "zh": "{village}村{topic}"},
    # The reception-protocol lab.
    "rp.title": {"en": "The reception protocol", "zh": "接待规格"},
    "rp.grid_title": {"en": "Who appears, by rank and importance", "zh": "谁出面:按级别和重视程度"},
    "rp.day_title": {"en": "The visit, hour by hour", "zh": "来访日程(小时)"},
    "rp.hours_axis": {"en": "hours of the visit", "zh": "来访时长(小时)"},
    "rp.team": {"en": "accompanied by {who}", "zh": "{who}陪同"},
    "rp.top": {"en": "top leader present", "zh": "主要领导在场"},
    "rp.legend.none": {"en": "top leader absent", "zh": "主要领导不出面"},
    "rp.legend.one_meal": {"en": "one meal", "zh": "陪一次餐"},
    "rp.legend.whole_visit": {"en": "whole visit", "zh": "全程陪同"},
    "rp.cell": {"en": "{who}\n{signal}", "zh": "{who}\n{signal}"},
    "rp.sourced": {"en": "This is the essay's rule.", "zh": "这是原文给出的规则。"},
    "rp.extension": {"en": "The essay does not cover this case; the book's rule table extends it.",
                     "zh": "原文未涉及这种情形,本书的规则表做了延伸。"},
    "rp.sentence": {
        "en": "A team led at {visitor} visits a host whose top leader is at {host}; {importance}. {reception} "
              "({hours} hours of the top leader's presence). It signals {signal}: goodwill +{goodwill}. {status}",
        "zh": "{visitor}领导带队来访,本地主要领导为{host},{importance}。{reception}(主要领导出面{hours}小时)。"
              "这表示{signal},好感度+{goodwill}。{status}"},
    "rp.reception.top": {"en": "The top leader accompanies the whole visit", "zh": "主要领导全程陪同"},
    "rp.reception.other": {"en": "{who} accompanies the team and the top leader {extent}",
                           "zh": "{who}陪同,主要领导{extent}"},
    "rp.alt": {"en": "A grid of the reception rules with the current case outlined, and the visit's hours. {sentence}",
               "zh": "接待规则表(当前情形加框)与来访时长图。{sentence}"},
    "ctl.visitor_rank": {"en": "Visiting team leader's grade", "zh": "来访带队领导级别"},
    "ctl.host_rank": {"en": "Host's top leader's grade", "zh": "本地主要领导级别"},
    "ctl.importance": {"en": "How much the host cares", "zh": "重视程度"},
    "ctl.duration_hours": {"en": "Length of the visit", "zh": "来访时长"},
    # The week-planner lab.
    "wk.title": {"en": "Spend the secretary's week", "zh": "安排书记的一周"},
    "wk.yours": {"en": "your plan", "zh": "你的安排"},
    "wk.solver": {"en": "solver's plan", "zh": "最优安排"},
    "wk.hours_title": {"en": "The secretary's hours, by use", "zh": "书记的时间用在哪里"},
    "wk.hours_axis": {"en": "hours this week", "zh": "本周小时数"},
    "wk.budget": {"en": "hours available", "zh": "可用时间"},
    "wk.progress": {"en": "progress", "zh": "工作进展"},
    "wk.goodwill": {"en": "goodwill", "zh": "上级好感"},
    "wk.points_title": {"en": "Progress and goodwill (points)", "zh": "进展与好感(分)"},
    "wk.sentence": {
        "en": "Your plan: {done} of {n} village tasks done, progress {progress} of {total}, goodwill {goodwill}, "
              "{free} hours unused. The solver, with the same hours: progress {best}.{why}",
        "zh": "你的安排:{n}项村级工作完成{done}项,进展{progress}分(满分{total}),上级好感{goodwill},"
              "{free}小时未用。同样的时间,最优安排的进展为{best}分。{why}"},
    "wk.item": {"en": "{name}: {reason}", "zh": "{name}:{reason}"},
    "wk.sep": {"en": "; ", "zh": ";"},
    "wk.more": {"en": "and {n} more", "zh": "另有{n}项"},
    "wk.why": {"en": " Not done: {items}.", "zh": "未完成:{items}。"},
    "wk.alt": {"en": "Bars of the secretary's hours by use, and of progress and goodwill, for your plan and the "
                     "solver's. {sentence}",
               "zh": "书记时间用途条形图,以及你的安排与最优安排的进展和好感。{sentence}"},
    "ctl.budget_hours": {"en": "Secretary's hours this week", "zh": "书记本周可用时间"},
    "ctl.reception_cap": {"en": "Receptions the top leader attends, at most", "zh": "主要领导最多出面接待次数"},
    "ctl.meeting_cut": {"en": "Meetings cut", "zh": "精简会议比例"},
    "unit.receptions_per_week": {"en": "per week", "zh": "次/周"},
    # The "free the leader" lab.
    "fl.title": {"en": "Freeing the leader", "zh": "解放领导"},
    "fl.plot_title": {"en": "The month under each reception cap: goodwill against progress",
                      "zh": "不同接待上限下的一个月:上级好感与工作进展"},
    "fl.goodwill_axis": {"en": "goodwill with upper levels (points)", "zh": "上级好感(分)"},
    "fl.progress_axis": {"en": "progress in the villages (points)", "zh": "村级工作进展(分)"},
    "fl.no_cut": {"en": "no meetings cut", "zh": "不精简会议"},
    "fl.cut": {"en": "with your meeting cut", "zh": "按当前会议精简比例"},
    "fl.all_done": {"en": "every village task done", "zh": "村级工作全部完成"},
    "fl.now": {"en": "your policy", "zh": "当前政策"},
    "fl.cap": {"en": "cap {cap}", "zh": "上限{cap}"},
    "fl.no_cap": {"en": "no cap", "zh": "不设上限"},
    "fl.sentence": {
        "en": "Cutting {cut}% of meetings and {cap_text} frees {freed} of the secretary's hours over the month. Progress: {progress} of {total} (no cuts: {base}). Goodwill "
              "with upper levels: {goodwill} (no cuts: {base_goodwill}).",
        "zh": "精简{cut}%的会议、{cap_text},一个月为书记腾出{freed}小时。工作进展:{progress}分"
              "(满分{total};不精简时{base}分)。上级好感:{goodwill}(不精简时{base_goodwill})。"},
    "fl.cap_text": {"en": "capping the top leader's receptions at {cap} a week", "zh": "每周最多出面接待{cap}次"},
    "fl.no_cap_text": {"en": "attending every reception the protocol asks for", "zh": "按接待规格出面每一次接待"},
    "fl.alt": {"en": "A chart of goodwill against progress for each reception cap. {sentence}",
               "zh": "不同接待上限下上级好感与工作进展的关系图。{sentence}"},
    # Answer checks (countylab.checks).
    "chk.right": {"en": "Right.", "zh": "正确。"},
    "chk.line": {"en": "{verdict} {message}", "zh": "{verdict}{message}"},
    "chk.not_yet": {"en": "Not yet.", "zh": "还不对。"},
    "chk.unanswered": {"en": "Not answered yet.", "zh": "尚未作答。"},
    "chk.fill_in": {"en": "Replace None with your answer and run the cell again.",
                    "zh": "请把 None 换成你的答案,再运行这个单元格。"},
    "chk.markups.not_numbers": {"en": "Give {n} numbers, one markup for each receiving level, as shares (0.05 is 5%).",
                                "zh": "请给出{n}个数,每个接收层级一个加码,用小数表示(0.05即5%)。"},
    "chk.markups.wrong_count": {
        "en": "A chain of {levels} levels has {n} levels that receive a target and discount it, so it needs {n} "
              "markups; you gave {got}.",
        "zh": "{levels}级的链条中有{n}级接收目标并打折扣,所以需要{n}个加码;你给了{got}个。"},
    "chk.markups.all_at_top": {
        "en": "One cumulative markup at the top offsets all the discounts on paper, but the top would then pass "
              "down {top}%, and no target can exceed 100%: the cap binds and the bottom falls short. Spread the "
              "markup over the {n} receiving levels.",
        "zh": "在最上级一次性加足,纸面上能抵消全部折扣,但最上级下达的目标会变成{top}%,而目标不能超过100%:"
              "上限卡住,最底层达不到。应把加码分摊到{n}个接收层级。"},
    "chk.markups.percent": {
        "en": 'These look like percentages. Give shares: 5% is 0.05.',
        "zh": '这些看起来是百分数。请用小数:5%即0.05。'},
    "chk.markups.right": {
        "en": "A markup of {markup}% at each level exactly offsets a 5% discount, because 1.0526 × 0.95 = 1: the "
              "bottom commits to the full {goal}%.",
        "zh": "每级加码{markup}%恰好抵消5%的折扣,因为1.0526 × 0.95 = 1:最底层承诺的正是{goal}%。"},
    "chk.markups.same_as_discount": {
        "en": "A 5% markup does not offset a 5% discount: the discount is taken from the marked-up number, and "
              "1.05 × 0.95 = {product}, less than 1. The bottom commits to {committed}%, not {goal}%.",
        "zh": "加码5%抵消不了5%的折扣:折扣是在加码后的数上打的,1.05 × 0.95 = {product},小于1。"
              "最底层承诺的是{committed}%,而不是{goal}%。"},
    "chk.markups.uneven": {
        "en": "Your markups bring the bottom to {goal}% in total, but not level by level: the question asks for the "
              "markup at each level that offsets the discount just below it, (1 + m) × (1 − 0.05) = 1.",
        "zh": "你的加码让最底层总体上达到{goal}%,但不是逐级抵消:题目要求每一级的加码恰好抵消下一级的折扣,"
              "即(1 + m) × (1 − 0.05) = 1。"},
    "chk.markups.too_high": {
        "en": "Your markups overshoot: the bottom commits to {committed}%, more than the {goal}% set at the top. "
              "Each markup m must satisfy (1 + m) × (1 − 0.05) = 1.",
        "zh": "加码过头了:最底层承诺{committed}%,高于最上级定的{goal}%。每级加码m应满足(1 + m) × (1 − 0.05) = 1。"},
    "chk.markups.too_low": {
        "en": "Your markups fall short: the bottom commits to {committed}%, less than the {goal}% set at the top. "
              "Each markup m must satisfy (1 + m) × (1 − 0.05) = 1.",
        "zh": "加码不够:最底层承诺{committed}%,低于最上级定的{goal}%。每级加码m应满足(1 + m) × (1 − 0.05) = 1。"},
    "chk.checks.not_positive": {"en": "Give a positive number of health checks a day.",
                                "zh": "请给出一个正数:每天体检多少人。"},
    "chk.checks.not_whole": {"en": "Give a whole number of health checks a day.", "zh": "请给出每天体检的整数人数。"},
    "chk.checks.right": {
        "en": "H town needs {needed} more older residents vaccinated; with {fit}% found fit that takes {checks} "
              "checks, and {checks} checks in {days} days need {least} a day.",
        "zh": "H镇还需给{needed}名老年人接种;体检合格率{fit}%,需要体检{checks}人次,{days}天内完成即每天{least}人。"},
    "chk.checks.forgot_unfit": {
        "en": 'That would vaccinate {needed} people only if everyone checked were fit. Only {fit}% are, so H town must check more people than it vaccinates: how many checks find {needed} fit people?',
        "zh": '只有体检的人全部合格,这个数才能接种{needed}人。实际只有{fit}%合格,所以体检人数要多于接种人数:体检多少人才能找到{needed}名合格者?'},
    "chk.checks.checked_everyone": {
        "en": 'That checks all {elderly} older residents by the deadline, more than the target needs: it needs only enough checks to find {needed} fit people.',
        "zh": '这是在截止日期前给全部{elderly}名老年人体检,超过了目标的需要:只需体检到能找到{needed}名合格者即可。'},
    "chk.checks.more_than_needed": {
        "en": '{answer} a day is enough, but not the least: fewer checks a day would still reach the target within {days} days.',
        "zh": '每天{answer}人足够,但不是最少:每天少查一些也能在{days}天内达标。'},
    "chk.checks.too_few": {
        "en": 'At {answer} checks a day the target is reached only on day {late}, after the deadline (day {days}).',
        "zh": '每天体检{answer}人,要到第{late}天才达标,晚于截止日期(第{days}天)。'},
    "chk.best_week.not_a_plan": {
        "en": "Give a plan as a dictionary from task to channel, e.g. {{\"{example}\": \"in_person\", ...}}.",
        "zh": "请用字典给出安排:任务对应方式,例如 {{\"{example}\": \"in_person\", ...}}。"},
    "chk.best_week.bad_plan": {"en": "The plan cannot be used: {error}", "zh": "这个安排无法使用:{error}"},
    "chk.best_week.right": {
        "en": "Your plan gets {progress} of {total} points, as much as the best plan can ({best}).",
        "zh": "你的安排得到{progress}分(满分{total}),与最优安排({best}分)一样多。"},
    "chk.best_week.too_weak": {
        "en": "{task}: {channel} is too weak; it needs {needed}. The hours are spent and the task is not done. "
              "Your plan: {progress} points; the best plan: {best}.",
        "zh": "{task}:{channel}力度不够,需要{needed}。时间花了,事没办成。你的安排:{progress}分;最优安排:{best}分。"},
    "chk.best_week.too_slow": {
        "en": "{task}: {channel} takes effect too late for its date. Your plan: {progress} points; the best plan: "
              "{best}.",
        "zh": "{task}:{channel}见效太慢,赶不上期限。你的安排:{progress}分;最优安排:{best}分。"},
    "chk.best_week.presence_wasted": {
        "en": "You go in person to {task}, which a cheaper channel can move, and run out of hours for tasks only "
              "your presence moves. Your plan: {progress} points; the best plan: {best}.",
        "zh": "你亲自去了{task},而这件事用更省时的方式就能推动,结果只有你到场才能办的事没有时间了。"
              "你的安排:{progress}分;最优安排:{best}分。"},
    "chk.best_week.no_time": {
        "en": "The hours run out before {task}. Which task could a cheaper channel move, or which could wait? Your "
              "plan: {progress} points; the best plan: {best}.",
        "zh": "还没轮到{task}时间就用完了。哪件事可以用更省时的方式推动,哪件可以放一放?你的安排:{progress}分;最优安排:{best}分。"},
    "chk.best_week.lower_value": {
        "en": "Every hour is used and every task you pushed is done, but other tasks would have been worth more for "
              "the same hours. Compare each task's points with the hours its cheapest sufficient channel costs. "
              "Your plan: {progress} points; the best plan: {best}.",
        "zh": "时间都用上了,推动的事也都办成了,但同样的时间用在别的事上能得更多分。比较每件事的分值和"
              "足以推动它的最省时方式所需的时间。你的安排:{progress}分;最优安排:{best}分。"},
    "chk.best_week.left_out": {
        "en": "Every task you pushed is done, but a task you left out would still fit in the hours left. Your plan: "
              "{progress} points; the "
              "best plan: {best}.",
        "zh": "你推动的事都办成了,但剩下的时间还放得下一件你没安排的事。你的安排:{progress}分;最优安排:{best}分。"},
    "chk.reception_cap.not_whole": {"en": "Give a whole number of receptions (0 or more).",
                                    "zh": "请给出接待次数,一个非负整数。"},
    "chk.reception_cap.right": {
        "en": "With at most {right} a week the solver does every village task ({total} points), and the receptions "
              "kept still earn {goodwill} goodwill points.",
        "zh": "每周最多出面{right}次,村级工作全部完成({total}分),保留的接待仍带来{goodwill}点好感。"},
    "chk.reception_cap.too_many": {
        "en": 'At most {answer} a week frees only {freed} hours: the cap drops the least important visits first, and those are the short ones. Progress: {progress} of {total}.',
        "zh": '每周最多{answer}次只腾出{freed}小时:上限先砍掉最不重要的接待,而它们恰恰是时间短的。进展:{progress}分(满分{total})。'},
    "chk.reception_cap.none_works": {
        "en": "No cap lets every village task of this week be done: even with no receptions the hours are too few.",
        "zh": "这一周无论怎样限制接待,村级工作都无法全部完成:即使不出面接待,时间也不够。"},
    "chk.reception_cap.no_change": {
        "en": "At most {answer} a week changes nothing: the protocol never asks for more appearances in this "
              "week. Progress stays at {progress} of {total}.",
        "zh": "每周最多{answer}次等于没有限制:这一周按接待规格本来就不超过这个次数。进展仍为{progress}分(满分{total})。"},
    "chk.reception_cap.too_few": {
        "en": 'At most {answer} also gets every task done, but gives up {lost} goodwill points that did not need to be lost: a larger cap works too.',
        "zh": '最多{answer}次也能完成全部工作,但白白丢掉了{lost}点好感:更大的上限也能做到。'},
    # Quizzes (countylab.quiz).
    "quiz.how": {"en": "Choose an answer to see whether it is right and why. Nothing is recorded.",
                 "zh": "选择一个答案,即可看到对错及原因。不会记录任何作答。"},
    "quiz.right": {"en": "Right.", "zh": "正确。"},
    "quiz.wrong": {"en": "Not quite.", "zh": "不太对。"},
    "quiz.print_note": {"en": "self-check; the answers are in the web book and the instructor edition",
                        "zh": "自测题;答案见网页版和教师版"},
    "ui.control_label": {"en": "{label} ({unit}, {low}–{high})", "zh": "{label}({unit},{low}–{high})"},
    "ui.reset": {"en": "Reset", "zh": "重置"},
    "ui.reset_tooltip": {"en": "Put every control back to its starting value",
                         "zh": "把所有控件恢复到初始值"},
    "ui.bad_start": {"en": "{name} must be in [{low}, {high}] {unit}; got {value}",
                     "zh": "{name}必须在[{low}, {high}]{unit}之间;收到的是{value}"},
}


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is one of :data:`LANGS`, else raise a ValueError naming the choices."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(map(repr, LANGS))}; got {lang!r}")
    return lang


def t(key: str, lang: str = "en", **values: object) -> str:
    """The string ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    check_lang(lang)
    try:
        entry = STRINGS[key]
    except KeyError:
        raise KeyError(f"no user-visible string named {key!r} in countylab.i18n.STRINGS") from None
    return entry[lang].format(**values) if values else entry[lang]


def placeholders(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``text``."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
