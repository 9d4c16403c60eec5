// A lab in the web book is a still picture: the page holds the widgets' saved state but no Python, so moving
// a control would change nothing. Each lab says so on itself, its controls are visibly inactive (disabled,
// dimmed), and a link beside it opens this chapter live — in Binder, or on a JupyterHub where the book sets
// one — using the page's own launch buttons. In JupyterLab this script does not run: the labs are live there.
(function () {
  "use strict";
  var TEXT = {
    en: { still: "Still picture: this lab needs Python to move.", open: "Open this chapter live",
          binder: "in Binder", hub: "on your JupyterHub", none: "Run the chapter in JupyterLab to play with it." },
    zh: { still: "静态图：这个实验需要运行 Python 才能操作。", open: "在线打开本章",
          binder: "（Binder）", hub: "（JupyterHub）", none: "请在 JupyterLab 中运行本章再操作。" }
  };
  function words() {
    var lang = (document.documentElement.lang || "en").slice(0, 2);
    return TEXT[lang] || TEXT.en;
  }
  function launchLinks() {
    var links = [];
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/mybinder\.org|\/v2\/gh\//.test(href) && !links.some(function (l) { return l.kind === "binder"; })) {
        links.push({ kind: "binder", href: href });
      } else if (/hub\/user-redirect\/git-pull/.test(href) && !links.some(function (l) { return l.kind === "hub"; })) {
        links.push({ kind: "hub", href: href });
      }
    });
    return links;
  }
  function mark(lab) {
    if (lab.dataset.countyStatic) { return; }
    lab.dataset.countyStatic = "1";
    lab.classList.add("county-lab-static");
    // Its controls are disabled, so on a narrow screen the lab (which may scroll sideways) must be focusable
    // itself to be reachable from the keyboard.
    lab.setAttribute("tabindex", "0");
    lab.setAttribute("role", "group");
    var title = lab.querySelector(".widget-html strong");
    if (title) { lab.setAttribute("aria-label", title.textContent.trim()); }
    var w = words();
    var note = document.createElement("p");
    note.className = "county-lab-notice";
    note.setAttribute("role", "note");
    note.appendChild(document.createTextNode(w.still + " "));
    var links = launchLinks();
    if (!links.length) { note.appendChild(document.createTextNode(w.none)); }
    links.forEach(function (link, i) {
      var a = document.createElement("a");
      a.href = link.href;
      a.className = "county-lab-launch";
      a.textContent = w.open + " " + w[link.kind];
      if (i) { note.appendChild(document.createTextNode(" · ")); }
      note.appendChild(a);
    });
    lab.parentNode.insertBefore(note, lab);
    lab.querySelectorAll("input, button, select, textarea").forEach(function (control) {
      control.disabled = true;
      control.setAttribute("aria-disabled", "true");
    });
    lab.querySelectorAll(".noUi-handle, .noUi-target").forEach(function (handle) {
      handle.setAttribute("aria-disabled", "true");
      handle.removeAttribute("tabindex");
    });
  }
  function scan() { document.querySelectorAll(".county-lab").forEach(mark); }
  var pending = false;
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () { pending = false; scan(); });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", scan);
})();
