"""The core's own strings: units, control labels, the reset button, answer-check verdicts and quizzes."""
from __future__ import annotations

from .i18n import add_strings

STRINGS: dict[str, dict[str, str]] = {
    # Units shared by every case.
    "unit.percent": {"en": "%", "zh": "%"},
    "unit.persons": {"en": "people", "zh": "人"},
    "unit.persons_per_day": {"en": "people/day", "zh": "人/天"},
    "unit.days": {"en": "days", "zh": "天"},
    "unit.levels": {"en": "levels", "zh": "级"},
    "unit.tasks": {"en": "tasks", "zh": "项"},
    "unit.hours": {"en": "hours", "zh": "小时"},
    "unit.receptions_per_week": {"en": "per week", "zh": "次/周"},
    # The levels of government, top to bottom (both cases name them).
    "level.name.province": {"en": "province", "zh": "省"},
    "level.name.city": {"en": "city", "zh": "市"},
    "level.name.county": {"en": "county", "zh": "县"},
    "level.name.township": {"en": "township", "zh": "乡镇"},
    "level.name.village": {"en": "village", "zh": "村"},
    # The class chart of a role-play debrief (countylab.core.debrief).
    "db.group": {"en": "groups' agreements", "zh": "各组的协议"},
    "db.no_deal": {"en": "no deal", "zh": "未达成协议"},
    "db.best": {"en": "the model's best", "zh": "模型中的最优方案"},
    "db.never": {"en": "never", "zh": "未达到"},
    # Answer checks: the verdict line shared by every case (countylab.core.feedback).
    "chk.right": {"en": "Right.", "zh": "正确"},
    "chk.line": {"en": "{verdict} {message}", "zh": "{verdict}。{message}"},
    "chk.not_yet": {"en": "Not yet.", "zh": "还不对"},
    "chk.unanswered": {"en": "Not answered yet.", "zh": "尚未作答"},
    "chk.unreadable": {"en": "This answer cannot be checked ({error}). Look at the example in the cell.",
                       "zh": "无法检查这个答案（{error}）。请参照单元格中的示例作答。"},
    "chk.fill_in": {"en": "Replace None with your answer and run the cell again.",
                    "zh": "请把 None 换成你的答案，再运行这个单元格。"},
    # Quizzes (countylab.core.quiz).
    "quiz.how": {"en": "Choose an answer to see whether it is right and why. Nothing is recorded.",
                 "zh": "选择一个答案，即可看到对错及原因。不会记录任何作答。"},
    "quiz.right": {"en": "Right.", "zh": "正确。"},
    "quiz.wrong": {"en": "Not quite.", "zh": "不太对。"},
    "quiz.print_note": {"en": "self-check; the answers are in the web book and the instructor edition",
                        "zh": "自测题；答案见网页版和教师版"},
    # Labs: every numeric control's label, and the reset button.
    "ui.control_label": {"en": "{label} ({unit}, {low}–{high})", "zh": "{label}（{unit}，{low}–{high}）"},
    "ui.rejected": {"en": "That value cannot be used, so the control went back: {error}",
                    "zh": "这个值无法使用，控件已恢复原值：{error}"},
    "ui.predict_first": {"en": "Write down your prediction first, then move any control to see the result.",
                         "zh": "请先写下你的预测，再移动任意控件查看结果。"},
    "ui.alt_waiting": {"en": "{title}: the lab's empty axes, waiting for your prediction; move any control to see the "
                            "result.",
                      "zh": "{title}：交互实验的空白坐标轴，等待你的预测；移动任意控件即可看到结果。"},
    "ui.reset": {"en": "Reset", "zh": "重置"},
    "ui.reset_tooltip": {"en": "Put every control back to its starting value",
                         "zh": "把所有控件恢复到初始值"},
    # What a field of a printed agreement sheet accepts (SheetField.allowed_in; English: SheetField.allowed).
    "sheet.one_of": {"en": "one of {words}", "zh": "从 {words} 中选一项"},
    "sheet.any_of": {"en": "any of {words}, separated by ';' (or blank or none)",
                     "zh": "可从 {words} 中选多项，用“;”分隔（或留空、写 none）"},
    "sheet.whole": {"en": "a whole number", "zh": "整数"},
    "sheet.number": {"en": "a number", "zh": "数字"},
    "sheet.step": {"en": "a number in steps of {step}", "zh": "以{step}为步长的数字"},
    "sheet.range": {"en": "{unit} from {low} to {high}", "zh": "{low}至{high}之间的{unit}"},
    "sheet.text": {"en": "any text", "zh": "任意文字"},
}

add_strings(__name__, STRINGS)
