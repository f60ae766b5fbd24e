// Kaderwijzer site search, the dialog shell: on every page, small. It shows the search button, opens the
// native modal <dialog> (button or "/"), closes it (Escape, Sluiten, a click on the backdrop) and gives focus
// back. The search itself (kaderwijzer-search-engine.js, with Pagefind) loads when the dialog first opens, so
// a page view downloads no search code or data. Markup: overrides/partials/kw-search.html.
(function () {
  "use strict";

  var dialog = document.querySelector("[data-kw-search]");
  var opener = document.querySelector("[data-kw-search-open]");
  if (!dialog || !opener || typeof dialog.showModal !== "function") return;

  var input = dialog.querySelector("#kw-search-query");
  var status = dialog.querySelector("[data-kw-search-status]");
  var engineUrl = new URL("kaderwijzer-search-engine.js", document.currentScript.src).href;
  var engine = null;
  var returnFocus = null;

  function loadEngine() {
    if (engine) return;
    engine = document.createElement("script");
    engine.src = engineUrl;
    engine.addEventListener("error", function () {
      engine.remove();
      engine = null;
      status.textContent = "De zoekfunctie kon niet worden geladen. Probeer het later opnieuw.";
    });
    document.head.append(engine);
  }

  function open() {
    if (!dialog.open) {
      returnFocus = document.activeElement;
      dialog.showModal();
    }
    input.focus();
    input.select();
    loadEngine();
  }

  opener.hidden = false;
  opener.addEventListener("click", open);
  dialog.querySelector("[data-kw-search-close]").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () {
    var target = returnFocus && document.contains(returnFocus) && returnFocus !== document.body ? returnFocus : opener;
    target.focus();
  });
  // A click on the dimmed backdrop (outside the dialog box) closes it, as Escape does.
  dialog.addEventListener("click", function (event) {
    if (event.target !== dialog) return;
    var box = dialog.getBoundingClientRect();
    var inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
  // Until the search has loaded, Enter must not send the form to the server.
  dialog.querySelector("[data-kw-search-form]").addEventListener("submit", function (event) { event.preventDefault(); });

  // "/" opens the search from anywhere, except while typing in a field.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || dialog.open) return;
    var target = event.target;
    if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) return;
    event.preventDefault();
    open();
  });
})();
