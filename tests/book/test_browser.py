"""The built case page, opened in headless Chromium: its text (Chinese included) and figure are there,
no JavaScript error is logged and no request leaves localhost. Screenshots go to artifacts/ (not committed)."""

import pytest

from tools import ROOT
from tools.browser import watch

ARTIFACTS = ROOT / "artifacts" / "screenshots"


def open_page(browser, url: str, width: int = 1280):
    page = browser.new_page(viewport={"width": width, "height": 900})
    log = watch(page)
    page.goto(url, wait_until="networkidle")
    return page, log


@pytest.mark.slow
def test_h_town_case_page_shows_text_and_figure(browser, serve_html):
    page, log = open_page(browser, f"{serve_html}/cases/h_town_a.html")
    text = page.inner_text("main")
    for phrase in ["H town", "90%", "10,000", "顶格管理", "层层加码", "跨级督查", "Opening questions"]:
        assert phrase in text, f"{phrase!r} missing from the rendered page"
    figure = page.locator("figure img").first
    assert figure.get_attribute("alt").startswith("Diagram of three stacked boxes")
    width = figure.evaluate("img => img.complete ? img.naturalWidth : 0")
    assert width > 300, "the chain figure did not load"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "h_town_a.png"), full_page=True)
    assert log == {"errors": [], "outside": [], "failed": []}
    page.close()


@pytest.mark.slow
def test_target_lab_renders_in_the_static_page(browser, serve_html):
    page, log = open_page(browser, f"{serve_html}/cases/h_town_a.html")
    page.wait_for_selector(".widget-slider", timeout=20_000)
    labels = page.locator(".widget-label").all_inner_texts()
    for label in ["County target (%, 50–100)", "Health checks per day (people/day, 50–1,000)",
                  "Found fit (%, 10–100)"]:
        assert label in labels, labels
    assert page.locator(".widget-slider").count() == 6
    lab_image = page.locator(".widget-html img[alt^='The arithmetic of the target: the lab']").first
    assert lab_image.evaluate("img => img.complete ? img.naturalWidth : 0") > 600
    # The lab waits for the reader's prediction: no result is shown until a control moves (it cannot here).
    assert "prediction" in page.inner_text(".widget-html [role=status]")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    lab_image.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "h_town_a_lab.png"))
    assert log == {"errors": [], "outside": [], "failed": []}
    page.close()


@pytest.mark.slow
@pytest.mark.parametrize("page_name, lab_titles", [
    ("cases/h_town_a.html", ["The arithmetic of the target"]),
    ("cases/why_90.html", ["The target cascade", "Formalism under many 100% tasks"]),
    ("cases/h_town_b.html", ["Racing the ranking"]),
    ("cases/leader_a.html", ["The reception protocol"]),
    ("cases/leader_b.html", ["Spend the secretary's week", "Freeing the leader"]),
])
def test_every_lab_shows_controls_and_default_figure(browser, serve_html, page_name, lab_titles):
    page, log = open_page(browser, f"{serve_html}/{page_name}")
    page.wait_for_selector(".widget-html img", timeout=20_000)
    text = page.inner_text("main")
    for title in lab_titles:
        assert title in text
    images = page.locator(".widget-html img")
    assert images.count() == len(lab_titles)
    for i in range(images.count()):
        assert images.nth(i).evaluate("img => img.complete ? img.naturalWidth : 0") > 500
        assert len(images.nth(i).get_attribute("alt")) > 40
    assert page.locator(".widget-readout, .widget-toggle-buttons, .widget-checkbox").count() >= 3
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / page_name.replace("/", "_").replace(".html", ".png")), full_page=True)
    assert log == {"errors": [], "outside": [], "failed": []}
    page.close()


@pytest.mark.slow
def test_the_quiz_gives_feedback_without_a_kernel(browser, serve_html):
    page, log = open_page(browser, f"{serve_html}/exercises/case1.html")
    feedback = page.locator("#quiz-case1 .feedback")
    assert feedback.count() >= 12 and all(not f.is_visible() for f in feedback.all()), "feedback hidden at first"
    page.click("label[for='quiz-case1-q3-a']")           # 5%: the typical wrong answer
    shown = page.locator("#quiz-case1-q3-a ~ .feedback")
    assert shown.is_visible() and shown.inner_text().startswith("Not quite.") and "0.9975" in shown.inner_text()
    page.click("label[for='quiz-case1-q3-b']")
    assert page.locator("#quiz-case1-q3-b ~ .feedback").inner_text().startswith("Right.")
    assert not shown.is_visible(), "choosing another option hides the first one's feedback"
    assert page.locator(".exercise").count() >= 7, "sphinx-exercise renders every exercise"
    assert log == {"errors": [], "outside": [], "failed": []}
    page.close()


@pytest.mark.slow
def test_a_lab_without_a_kernel_says_so_and_links_to_a_live_chapter(browser, serve_html):
    page, log = open_page(browser, f"{serve_html}/cases/why_90.html")
    page.wait_for_selector(".county-lab-notice", timeout=20_000)
    labs, notices = page.locator(".county-lab"), page.locator(".county-lab-notice")
    assert labs.count() == notices.count() == 2
    assert notices.first.inner_text().startswith("Still picture: this lab needs Python to move.")
    link = notices.first.locator("a.county-lab-launch")
    assert "mybinder.org" in link.get_attribute("href") and "cases/why_90.ipynb" in link.get_attribute("href")
    controls = page.locator(".county-lab input, .county-lab button")
    assert controls.count() > 5 and controls.evaluate_all("els => els.every(e => e.disabled)")
    slider = page.locator(".county-lab .widget-slider").first
    assert float(slider.evaluate("e => getComputedStyle(e).opacity")) < 0.7, "controls look inactive"
    assert log == {"errors": [], "outside": [], "failed": []}
    page.close()


@pytest.mark.slow
def test_reveals_stay_closed_until_the_reader_opens_them(browser, serve_html):
    page, log = open_page(browser, f"{serve_html}/cases/why_90.html")
    reveal = page.locator(".admonition.reveal").first
    body = reveal.locator("p").last
    assert reveal.locator(".admonition-title").inner_text().startswith("Reveal")
    assert not body.is_visible(), "the answer is hidden before the reader asks for it"
    reveal.locator(".admonition-title").click()
    body.wait_for(state="visible", timeout=5_000)
    assert "%" in body.inner_text()
    assert log == {"errors": [], "outside": [], "failed": []}
    page.close()


@pytest.mark.slow
def test_the_agreement_sheet_form_writes_a_line_the_replay_accepts(browser, serve_html):
    """A group fills in the web form under each agreement sheet (no kernel): the line it writes is one the
    instructor's debrief replays, and the form says what is still missing before that."""
    from countylab.core.sheets import header
    from countylab.h_town import roleplay as case1
    from countylab.h_town.debrief import agreement_debrief
    from countylab.leader import roleplay as case2
    from countylab.leader.debrief import week_plan_debrief

    page, log = open_page(browser, f"{serve_html}/exercises/roleplay_90.html")
    form = page.locator("form.county-sheet")
    assert "Still to fill in: group, strategy, evaluation, target_day" in form.locator("[role=status]").inner_text()
    form.locator("#sheet-h_town-group").fill("Table 3, seminar A")
    form.locator("#sheet-h_town-strategy").select_option("partial")
    form.locator("#sheet-h_town-screened_share").fill("60")
    form.locator("#sheet-h_town-doctors").fill("2")
    form.locator("#sheet-h_town-doctor_days").fill("10")
    form.locator("#sheet-h_town-evaluation").select_option("found_fit")
    form.locator("#sheet-h_town-target_day").fill("17")
    line = form.locator("textarea").input_value()
    assert line == '"Table 3, seminar A",partial,60,2,10,found_fit,17'
    assert form.locator("[role=status]").inner_text().startswith("Complete")
    outcome = agreement_debrief(header(case1.sheet_fields()) + "\n" + line + "\n").groups[0]
    assert outcome.group == "Table 3, seminar A" and outcome.agreement.screened_share == pytest.approx(0.6)
    form.locator("#sheet-h_town-target_day").fill("99")
    assert "target_day (out of range)" in form.locator("[role=status]").inner_text()
    page.close()

    page, log2 = open_page(browser, f"{serve_html}/exercises/roleplay_week.html")
    form = page.locator("form.county-sheet")
    form.locator("#sheet-leader-group").fill("G7")
    form.locator("#sheet-leader-hours").fill("50")
    form.locator("#sheet-leader-province_inspection").select_option("opening_closing")
    form.locator("input[name=cut][value=study]").check()
    form.locator("input[name=cut][value=campaign]").check()
    form.locator("#sheet-leader-land_dispute").select_option("in_person")
    line = form.locator("textarea").input_value()
    plan = week_plan_debrief(header(case2.sheet_fields()) + "\n" + line + "\n").groups[0]
    assert plan.policy.cut_meetings == ("w2m4", "w2m5") and plan.plan == {"w2t4": "in_person"}
    assert log == log2 == {"errors": [], "outside": [], "failed": []}
    page.close()
