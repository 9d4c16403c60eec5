"""Every user-visible string of case 2 ("When the leader shows up"): figures, labs and answer checks, in English
and Chinese, and the one way to name a task. Registered with the core's lookup on import."""
from __future__ import annotations

from ..core.i18n import add_strings, t

STRINGS: dict[str, dict[str, str]] = {
    # The notes' typical plans (no deal, then debrief.TYPICAL in order), as the outcome table names them.
    "dbw.typical.0": {"en": "no deal", "zh": "未达成协议"},
    "dbw.typical.1": {"en": "Lin at the inspection's opening and closing only", "zh": "林书记只出席督查的开头和结尾"},
    "dbw.typical.2": {"en": "Lin at one meal of the inspection", "zh": "林书记只陪督查组吃一顿饭"},
    "dbw.typical.3": {"en": "study session and campaign meeting cut", "zh": "取消理论学习和创建工作推进会"},
    "dbw.typical.4": {"en": "opening and closing only; study and campaign cut",
                      "zh": "只出席开头和结尾；取消理论学习和创建工作推进会"},
    "dbw.typical.5": {"en": "both city video conferences cut", "zh": "取消市里的两次视频会议"},
    # Column names and row labels of the chapters' tables (tables.py).
    "tbl.relation": {"en": "visitor vs host", "zh": "来访方与接待方"},
    "tbl.importance": {"en": "importance", "zh": "重要程度"},
    "tbl.who": {"en": "accompanies", "zh": "陪同人员"},
    "tbl.extent": {"en": "top leader", "zh": "一把手出面"},
    "tbl.signal": {"en": "signal", "zh": "释放的信号"},
    "tbl.goodwill": {"en": "goodwill", "zh": "好感"},
    "tbl.rule": {"en": "rule", "zh": "规则来源"},
    "tbl.essay": {"en": "the essay", "zh": "原文"},
    "tbl.extension": {"en": "our extension", "zh": "本书的延伸"},
    "tbl.channel": {"en": "channel", "zh": "推动方式"},
    "tbl.force": {"en": "force", "zh": "力度"},
    "tbl.leader_hours": {"en": "leader hours", "zh": "领导小时"},
    "tbl.staff_hours": {"en": "staff hours", "zh": "工作人员小时"},
    "tbl.delay_days": {"en": "days to take effect", "zh": "见效天数"},
    "tbl.plan": {"en": "plan", "zh": "方案"},
    "tbl.policy": {"en": "policy", "zh": "政策"},
    "tbl.receptions_h": {"en": "receptions h", "zh": "接待（小时）"},
    "tbl.meetings_h": {"en": "meetings h", "zh": "会议（小时）"},
    "tbl.village_h": {"en": "village work h", "zh": "村级工作（小时）"},
    "tbl.unused_h": {"en": "unused h", "zh": "未用（小时）"},
    "tbl.tasks_done": {"en": "tasks done", "zh": "完成的工作"},
    "tbl.n_of": {"en": "{done} of {total}", "zh": "{total}项中{done}项"},
    "tbl.progress": {"en": "progress", "zh": "进展"},
    "tbl.of": {"en": "of", "zh": "满分"},
    "tbl.plan_document": {"en": "a document for everything", "zh": "一律发文件"},
    "tbl.plan_in_person": {"en": "in person, down the list", "zh": "按清单逐项亲自出面"},
    "tbl.plan_solver": {"en": "the solver's plan", "zh": "求解器的方案"},
    "tbl.no_cuts": {"en": "no cuts", "zh": "不做削减"},
    "tbl.half_meetings": {"en": "half the meetings cut", "zh": "会议减半"},
    "tbl.cap2": {"en": "at most 2 receptions a week", "zh": "每周至多2次接待"},
    "tbl.both": {"en": "both", "zh": "两项并举"},
    # The role-play "A week in the secretary's diary": the plan sheet's fields and the class debrief.
    "sheet.w.group": {"en": "Group", "zh": "组别"},
    "sheet.w.hours": {"en": "Lin's hours this week", "zh": "林书记本周投入的小时数"},
    "sheet.w.visit": {"en": "How much Lin attends this visit", "zh": "林书记陪同这次来访的程度"},
    "sheet.w.cut": {"en": "Meetings cancelled or delegated", "zh": "取消或委托他人参加的会议"},
    "sheet.w.task": {"en": "How this village task is pushed", "zh": "这项村级工作的推动方式"},
    "db2.none": {"en": "none", "zh": "无"},
    "db2.sep": {"en": ", ", "zh": "、"},
    "db2.with_reason": {"en": "{name} ({reason})", "zh": "{name}（{reason}）"},
    "db2.col_undone": {"en": "left undone (why)", "zh": "未完成（原因）"},
    "db2.col_used": {"en": "hours used", "zh": "实际用时"},
    "dbw.reason.no_time": {"en": "no time", "zh": "没时间"},
    "dbw.reason.not_planned": {"en": "not planned", "zh": "未安排"},
    "dbw.reason.too_weak": {"en": "too weak", "zh": "力度不够"},
    "dbw.reason.too_slow": {"en": "too slow", "zh": "来不及"},
    "rt.column": {"en": "sheet column", "zh": "表格列名"},
    "rt.name": {"en": "name on the sheet", "zh": "表格中的名称"},
    "rt.visit": {"en": "visit", "zh": "来访"},
    "rt.from": {"en": "from", "zh": "来自"},
    "rt.hours": {"en": "hours", "zh": "小时"},
    "rt.who": {"en": "who accompanies (protocol)", "zh": "陪同人员（惯例）"},
    "rt.extent": {"en": "what Lin does (protocol)", "zh": "林书记的出面方式（惯例）"},
    "rt.lin_hours": {"en": "Lin's hours by the protocol", "zh": "按惯例林书记的小时数"},
    "rt.meeting": {"en": "meeting", "zh": "会议"},
    "rt.village": {"en": "village", "zh": "村"},
    "rt.task": {"en": "task", "zh": "工作"},
    "rt.value": {"en": "value (points)", "zh": "价值（分）"},
    "rt.needs": {"en": "weakest channel that moves it (sheet code)", "zh": "最低需要的推动方式（表格代码）"},
    "rt.due": {"en": "due within (days)", "zh": "限期（天）"},
    "db2.col_group": {"en": "group", "zh": "组别"},
    "db2.col_hours": {"en": "Lin's hours", "zh": "林书记投入小时"},
    "db2.col_inspection": {"en": "hours with the inspection", "zh": "陪同督查小时"},
    "db2.col_cut": {"en": "meetings cut", "zh": "取消的会议"},
    "db2.col_done": {"en": "village tasks done", "zh": "完成的村级工作"},
    "db2.col_progress": {"en": "progress", "zh": "进展"},
    "db2.col_goodwill": {"en": "goodwill", "zh": "上级好感"},
    "db2.col_below": {"en": "visits below protocol", "zh": "低于接待惯例的来访"},
    "db2.title": {"en": "A week in the secretary's diary: the class's plans played forward by the week model",
                  "zh": "书记的一周：用周模型推演各组计划"},
    "db2.x": {"en": "goodwill with upper levels", "zh": "上级好感"},
    "db2.y": {"en": "value of village work done", "zh": "完成的村级工作价值"},
    # Ranks, importance, who appears, channels, uses of time and the demands of the week.
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
    "signal.low": {"en": "no special regard", "zh": "礼节从简"},
    "signal.ordinary": {"en": "ordinary regard", "zh": "正常对待"},
    "signal.high": {"en": "high regard", "zh": "高度重视"},
    "channel.none": {"en": "not this week", "zh": "本周不做"},
    "channel.document": {"en": "document", "zh": "发文件"},
    "channel.phone": {"en": "phone call", "zh": "打电话"},
    "channel.staff": {"en": "send staff", "zh": "派工作人员"},
    "channel.in_person": {"en": "in person", "zh": "亲自去"},
    "use.receptions": {"en": "receptions", "zh": "接待"},
    "use.meetings": {"en": "meetings", "zh": "会议"},
    "use.free": {"en": "unused", "zh": "未用"},
    "reason.too_weak": {"en": "{channel} is too weak (it needs {needed})", "zh": "{channel}力度不够（需要{needed}）"},
    "reason.too_slow": {"en": "{channel} takes effect too late", "zh": "{channel}见效太慢"},
    "channel.long.document": {"en": "a document", "zh": "发文件"},
    "channel.long.phone": {"en": "a phone call", "zh": "打电话"},
    "channel.long.staff": {"en": "staff sent in the secretary's name", "zh": "派工作人员代表书记下村"},
    "channel.long.in_person": {"en": "the secretary in person", "zh": "书记亲自到场"},
    "reason.no_time": {"en": "no hours left", "zh": "没有时间了"},
    "reason.not_planned": {"en": "not planned", "zh": "没有安排"},
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
                   "zh": "{village}村{topic}（{value}分；需要：{needed}；{due}天内）"},
    "task.short": {"en": "{topic} ({village})", "zh": "{village}村{topic}"},
    # The reception-protocol lab.
    "rp.title": {"en": "The reception protocol", "zh": "接待规格"},
    "rp.grid_title": {"en": "Who appears, by rank and importance", "zh": "谁出面：按级别和重视程度"},
    "rp.day_title": {"en": "The visit, hour by hour", "zh": "来访日程（小时）"},
    "rp.hours_axis": {"en": "hours of the visit", "zh": "来访时长（小时）"},
    "rp.team": {"en": "accompanied by {who}", "zh": "{who}陪同"},
    "rp.top": {"en": "top leader present", "zh": "主要领导在场"},
    "rp.legend.none": {"en": "top leader absent", "zh": "主要领导不出面"},
    "rp.legend.one_meal": {"en": "one meal", "zh": "陪一次餐"},
    "rp.legend.whole_visit": {"en": "whole visit", "zh": "全程陪同"},
    "rp.cell": {"en": "{who}\n{signal}", "zh": "{who}\n{signal}"},
    "rp.sourced": {"en": "This is the essay's rule.", "zh": "这是原文给出的规则。"},
    "rp.extension": {"en": "The essay does not cover this case; the book's rule table extends it.",
                     "zh": "原文未涉及这种情形，本书的规则表做了延伸。"},
    "rp.sentence": {
        "en": "A team led at {visitor} visits a host whose top leader is at {host}; {importance}. {reception} "
              "({hours} hours of the top leader's presence). It signals {signal}: goodwill +{goodwill}. {status}",
        "zh": "{visitor}领导带队来访，本地主要领导为{host}，{importance}。{reception}（主要领导出面{hours}小时）。"
              "这表示{signal}，好感度+{goodwill}。{status}"},
    "rp.reception.top": {"en": "The top leader accompanies the whole visit", "zh": "主要领导全程陪同"},
    "rp.reception.other": {"en": "{who} accompanies the team and the top leader {extent}",
                           "zh": "{who}陪同，主要领导{extent}"},
    "rp.alt": {"en": "A grid of the reception rules with the current case outlined, and the visit's hours. {sentence}",
               "zh": "接待规则表（当前情形加框）与来访时长图。{sentence}"},
    "ctl.visitor_rank": {"en": "Visiting team leader's grade", "zh": "来访带队领导级别"},
    "ctl.host_rank": {"en": "Host's top leader's grade", "zh": "本地主要领导级别"},
    "ctl.importance": {"en": "How much the host cares", "zh": "重视程度"},
    "ctl.duration_hours": {"en": "Length of the visit", "zh": "来访时长"},
    # The week-planner lab.
    "wk.title": {"en": "Spend the secretary's week", "zh": "安排书记的一周"},
    "wk.yours": {"en": "your plan", "zh": "你的安排"},
    "wk.solver": {"en": "solver's plan", "zh": "求解器的方案"},
    "wk.hours_title": {"en": "The secretary's hours, by use", "zh": "书记的时间用在哪里"},
    "wk.hours_axis": {"en": "hours this week", "zh": "本周小时数"},
    "wk.budget": {"en": "hours available", "zh": "可用时间"},
    "wk.progress": {"en": "progress", "zh": "工作进展"},
    "wk.goodwill": {"en": "goodwill", "zh": "上级好感"},
    "wk.sentence": {
        "en": "Your plan: {done} of {n} village tasks done, progress {progress} of {total}, goodwill {goodwill}, "
              "{free} hours unused. The solver, with the same hours: progress {best}.{why}",
        "zh": "你的安排：{n}项村级工作完成{done}项，进展{progress}分（满分{total}），上级好感{goodwill}，"
              "{free}小时未用。同样的时间，求解器的方案的进展为{best}分。{why}"},
    "wk.item": {"en": "{name}: {reason}", "zh": "{name}：{reason}"},
    "wk.sep": {"en": "; ", "zh": ";"},
    "wk.more": {"en": "and {n} more", "zh": "另有{n}项"},
    "wk.why": {"en": " Not done: {items}.", "zh": "未完成：{items}。"},
    "wk.alt": {"en": "Bars of the secretary's hours by use, and of progress and goodwill, for your plan and the "
                     "solver's. {sentence}",
               "zh": "书记时间用途条形图，以及你的安排与求解器的方案的进展和好感。{sentence}"},
    "ctl.budget_hours": {"en": "Secretary's hours this week", "zh": "书记本周可用时间"},
    "ctl.reception_cap": {"en": "Receptions the top leader attends, at most", "zh": "主要领导最多出面接待次数"},
    "ctl.meeting_cut": {"en": "Meetings cut", "zh": "精简会议比例"},
    # The "free the leader" lab.
    "fl.title": {"en": "Freeing the leader", "zh": "解放领导"},
    "fl.plot_title": {"en": "The month under each reception cap: goodwill against progress",
                      "zh": "不同接待上限下的一个月：上级好感与工作进展"},
    "fl.goodwill_axis": {"en": "goodwill with upper levels (points)", "zh": "上级好感（分）"},
    "fl.progress_axis": {"en": "progress in the villages (points)", "zh": "村级工作进展（分）"},
    "fl.no_cut": {"en": "no meetings cut", "zh": "不精简会议"},
    "fl.cut": {"en": "with your meeting cut", "zh": "按当前会议精简比例"},
    "fl.all_done": {"en": "every village task done", "zh": "村级工作全部完成"},
    "fl.now": {"en": "your policy", "zh": "当前政策"},
    "fl.cap": {"en": "cap {cap}", "zh": "上限{cap}"},
    "fl.no_cap": {"en": "no cap", "zh": "不设上限"},
    "fl.sentence": {
        "en": "Cutting {cut}% of meetings and {cap_text} frees {freed} of the secretary's hours over the month. "
              "Progress: {progress} of {total} (no cuts: {base}). Goodwill "
              "with upper levels: {goodwill} (no cuts: {base_goodwill}).",
        "zh": "精简{cut}%的会议、{cap_text}，一个月为书记腾出{freed}小时。工作进展：{progress}分"
              "（满分{total}；不精简时{base}分）。上级好感：{goodwill}（不精简时{base_goodwill}）。"},
    "fl.cap_text": {"en": "capping the top leader's receptions at {cap} a week", "zh": "每周最多出面接待{cap}次"},
    "fl.no_cap_text": {"en": "attending every reception the protocol asks for", "zh": "按接待规格出面每一次接待"},
    "fl.alt": {"en": "A chart of goodwill against progress for each reception cap. {sentence}",
               "zh": "不同接待上限下上级好感与工作进展的关系图。{sentence}"},
    "chk.best_week.not_a_plan": {
        "en": "Give a plan as a dictionary from task to channel, e.g. {{\"{example}\": \"in_person\", ...}}.",
        "zh": "请用字典给出安排：任务对应方式，例如 {{\"{example}\": \"in_person\", ...}}。"},
    "chk.best_week.bad_plan": {"en": "The plan cannot be used: {error}", "zh": "这个安排无法使用：{error}"},
    "chk.best_week.right": {
        "en": "Your plan gets {progress} of {total} points, as much as the best plan can ({best}).",
        "zh": "你的安排得到{progress}分（满分{total}），与求解器的方案（{best}分）一样多。"},
    "chk.best_week.too_weak": {
        "en": "{task}: {channel} is too weak; it needs {needed}. The hours are spent and the task is not done. "
              "Your plan: {progress} points; the best plan: {best}.",
        "zh": "{task}：{channel}力度不够，需要{needed}。时间花了，事没办成。"
              "你的安排：{progress}分；求解器的方案：{best}分。"},
    "chk.best_week.too_slow": {
        "en": "{task}: {channel} takes effect too late for its date. Your plan: {progress} points; the best plan: "
              "{best}.",
        "zh": "{task}：{channel}见效太慢，赶不上期限。你的安排：{progress}分；求解器的方案：{best}分。"},
    "chk.best_week.presence_wasted": {
        "en": "You go in person to {task}, which a cheaper channel can move, and run out of hours for tasks only "
              "your presence moves. Your plan: {progress} points; the best plan: {best}.",
        "zh": "你亲自去了{task}，而这件事用更省时的方式就能推动，结果只有你到场才能办的事没有时间了。"
              "你的安排：{progress}分；求解器的方案：{best}分。"},
    "chk.best_week.no_time": {
        "en": "The hours run out before {task}. Which task could a cheaper channel move, or which could wait? Your "
              "plan: {progress} points; the best plan: {best}.",
        "zh": "还没轮到{task}时间就用完了。哪件事可以用更省时的方式推动，哪件可以放一放？"
              "你的安排：{progress}分；求解器的方案："
              "{best}分。"},
    "chk.best_week.lower_value": {
        "en": "Every hour is used and every task you pushed is done, but other tasks would have been worth more for "
              "the same hours. Compare each task's points with the hours its cheapest sufficient channel costs. "
              "Your plan: {progress} points; the best plan: {best}.",
        "zh": "时间都用上了，推动的事也都办成了，但同样的时间用在别的事上能得更多分。比较每件事的分值和"
              "足以推动它的最省时方式所需的时间。你的安排：{progress}分；求解器的方案：{best}分。"},
    "chk.best_week.left_out": {
        "en": "Every task you pushed is done, but a task you left out would still fit in the hours left. Your plan: "
              "{progress} points; the "
              "best plan: {best}.",
        "zh": "你推动的事都办成了，但剩下的时间还放得下一件你没安排的事。"
              "你的安排：{progress}分；求解器的方案：{best}分。"},
    "chk.reception_cap.not_whole": {"en": "Give a whole number of receptions (0 or more).",
                                    "zh": "请给出接待次数，一个非负整数。"},
    "chk.reception_cap.right": {
        "en": "With at most {right} a week the solver does every village task ({total} points), and the receptions "
              "kept still earn {goodwill} goodwill points.",
        "zh": "每周最多出面{right}次，村级工作全部完成（{total}分），保留的接待仍带来{goodwill}点好感。"},
    "chk.reception_cap.too_many": {
        "en": 'At most {answer} a week frees only {freed} hours: the cap drops the least important visits first, and '
              'those are the short ones. Progress: {progress} of {total}.',
        "zh": '每周最多{answer}次只腾出{freed}小时：上限先砍掉最不重要的接待，而它们恰恰是时间短的。进展：{progress}分'
              '（满分{total}）。'},
    "chk.reception_cap.none_works": {
        "en": "No cap lets every village task of this week be done: even with no receptions the hours are too few.",
        "zh": "这一周无论怎样限制接待，村级工作都无法全部完成：即使不出面接待，时间也不够。"},
    "chk.reception_cap.no_change": {
        "en": "At most {answer} a week changes nothing: the protocol never asks for more appearances in this "
              "week. Progress stays at {progress} of {total}.",
        "zh": "每周最多{answer}次等于没有限制：这一周按接待规格本来就不超过这个次数。"
              "进展仍为{progress}分（满分{total}）。"},
    "chk.reception_cap.too_few": {
        "en": 'At most {answer} also gets every task done, but gives up {lost} goodwill points that did not need to be '
              'lost: a larger cap works too.',
        "zh": '最多{answer}次也能完成全部工作，但白白丢掉了{lost}点好感：更大的上限也能做到。'},
}

add_strings(__name__, STRINGS)


def task_name(task, lang: str = "en") -> str:
    """A task's short name, e.g. "land dispute (A)" (the week lab's sentence and the answer checks use it)."""
    return t("task.short", lang, topic=t(f"topic.{task.topic}", lang), village=task.village)
