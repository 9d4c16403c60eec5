// Accessibility fixes, applied as the theme and the widget manager create their elements (found by the
// axe-core sweep, tests/test_sweep.py):
// - the theme's search buttons carry aria-label="Search" while showing "Search Ctrl+K": the visible text
//   must be part of the accessible name, so the label is dropped where there is visible text;
// - the colour-mode button's icons carry titles ("Light", "Dark") that are not in its label: the icons are
//   made decorative (their titles removed), the button keeps its label "Color mode";
// - the widget manager's slider handles (role="slider") have no accessible name: each gets its control's
//   visible label, which already says the unit and the range;
// - the toggles of hidden code cells carry aria-label="Toggle hidden content" while showing "Show code cell
//   source": the label is dropped so the visible text names them;
// - a wide table scrolls sideways on a phone, and a scrollable region must be reachable from the keyboard:
//   table containers are made focusable.
(function () {
  "use strict";
  function fix() {
    document.querySelectorAll(".search-button__button[aria-label]").forEach(function (button) {
      if (button.innerText.trim()) { button.removeAttribute("aria-label"); }
    });
    document.querySelectorAll(".theme-switch-button svg").forEach(function (icon) {
      icon.querySelectorAll("title").forEach(function (title) { title.remove(); });
      icon.removeAttribute("aria-labelledby");
      icon.setAttribute("aria-hidden", "true");
    });
    document.querySelectorAll("[aria-label='Toggle hidden content']").forEach(function (toggle) {
      if (toggle.innerText.trim()) { toggle.removeAttribute("aria-label"); }
    });
    document.querySelectorAll(".pst-scrollable-table-container").forEach(function (box) {
      if (!box.hasAttribute("tabindex")) { box.setAttribute("tabindex", "0"); }
    });
    document.querySelectorAll(".widget-slider").forEach(function (slider) {
      var label = slider.querySelector(".widget-label");
      var handle = slider.querySelector(".noUi-handle[role='slider']");
      if (label && handle && !handle.hasAttribute("aria-label")) {
        handle.setAttribute("aria-label", label.textContent.trim());
      }
    });
  }
  var pending = false;
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () { pending = false; fix(); });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", fix);
})();
