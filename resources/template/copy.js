// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A "Copy" button on every code block of an exported page, and code blocks
// and wide tables that scroll by keyboard too (they take the focus). An
// external file (not inline), so the page's Content-Security-Policy needs
// no exception.
// The labels come from the page: <html data-pw-copy="Copy" data-pw-copied="Copied">.
(function () {
  "use strict";
  var root = document.documentElement;
  var label = root.getAttribute("data-pw-copy") || "Copy";
  var done = root.getAttribute("data-pw-copied") || "Copied";
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext)
      return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      (ok ? resolve : reject)();
    });
  }
  function addButtons() {
    var blocks = document.querySelectorAll(".pw-body pre");
    Array.prototype.forEach.call(blocks, function (pre) {
      if (pre.parentNode.classList.contains("pw-code")) return;
      pre.setAttribute("tabindex", "0");
      var wrap = document.createElement("div");
      wrap.className = "pw-code";
      pre.parentNode.insertBefore(wrap, pre);
      wrap.appendChild(pre);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pw-copy";
      button.textContent = label;
      button.addEventListener("click", function () {
        var code = pre.querySelector("code") || pre;
        copy(code.innerText).then(function () {
          button.textContent = done;
          setTimeout(function () { button.textContent = label; }, 1500);
        }, function () {});
      });
      wrap.appendChild(button);
    });
  }
  function focusableTables() {
    var tables = document.querySelectorAll(".pw-body table");
    Array.prototype.forEach.call(tables, function (table) {
      if (table.scrollWidth > table.clientWidth) table.setAttribute("tabindex", "0");
    });
  }
  function start() {
    addButtons();
    focusableTables();
  }
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", start);
  else
    start();
})();
