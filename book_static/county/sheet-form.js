// Agreement sheets (book_ext's {agreement-sheet}): turn a group's choices into the CSV line it hands in.
// Runs in the page alone: no kernel, nothing sent anywhere. The columns come from the form's data-header,
// written at build time from the fields the model replays (countylab.<case>.roleplay.sheet_fields).
(function () {
  "use strict";
  function quote(value) {
    return /[",\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }
  function line(form) {
    var missing = [];
    var cells = form.dataset.header.split(",").map(function (name) {
      var boxes = form.querySelectorAll('input[type="checkbox"][name="' + name + '"]');
      if (boxes.length) {
        return Array.prototype.filter.call(boxes, function (b) { return b.checked; })
          .map(function (b) { return b.value; }).join(";");
      }
      var control = form.querySelector('[name="' + name + '"]');
      var value = control ? String(control.value).trim() : "";
      if (control && control.validity && !control.validity.valid) { missing.push(name + " (out of range)"); }
      if (control && !value && !control.dataset.optional && (control.type === "text" || control.tagName === "SELECT" ||
          (control.type === "number" && control.defaultValue === ""))) {
        missing.push(name);
      }
      return quote(value);
    });
    return { text: cells.join(","), missing: missing };
  }
  // The form's messages in the page's language (the Chinese book's pages are lang="zh-CN").
  var TEXT = {
    en: { missing: "Still to fill in: ", sep: ", ", end: ".", complete: "Complete: copy the line and hand it in.",
          copied: "Copied." },
    zh: { missing: "尚未填写：", sep: "、", end: "。", complete: "已填完：复制这一行并提交。", copied: "已复制。" }
  };
  function words() {
    return TEXT[(document.documentElement.lang || "en").slice(0, 2)] || TEXT.en;
  }
  function refresh(form) {
    var result = line(form), w = words();
    form.querySelector(".county-sheet-line").value = result.text;
    form.querySelector(".county-sheet-status").textContent = result.missing.length
      ? w.missing + result.missing.join(w.sep) + w.end
      : w.complete;
  }
  function setup(form) {
    form.addEventListener("input", function () { refresh(form); });
    form.addEventListener("change", function () { refresh(form); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.querySelector(".county-sheet-copy").addEventListener("click", function () {
      var area = form.querySelector(".county-sheet-line");
      var done = function () { form.querySelector(".county-sheet-status").textContent = words().copied; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(area.value).then(done, function () { area.select(); });
      } else {
        area.select();
        document.execCommand("copy");
        done();
      }
    });
    refresh(form);
  }
  function start() { document.querySelectorAll("form.county-sheet").forEach(setup); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
