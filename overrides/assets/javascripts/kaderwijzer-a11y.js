// Kaderwijzer: keyboard fixes on top of Material for MkDocs (the theme is in maintenance mode).
(function () {
  "use strict";

  // The skip link jumps to the first heading, but browsers leave focus on <body> because a heading
  // cannot take focus. Make the target focusable on demand, so the next Tab continues in the content.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.md-skip") : null;
    var target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  });

  // Term tooltips open on focus and hover (Material's content.tooltips). WCAG 1.4.13: Escape hides an open
  // tooltip without moving focus. It is marked, not closed, so that the theme cannot show it again on its
  // own; the next focus or hover anywhere lifts the mark.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".md-tooltip2--active").forEach(function (tip) {
      tip.classList.add("kw-tooltip-dismissed");
    });
  });
  ["focusin", "mouseover"].forEach(function (type) {
    document.addEventListener(type, function () {
      document.querySelectorAll(".kw-tooltip-dismissed").forEach(function (tip) {
        tip.classList.remove("kw-tooltip-dismissed");
      });
    }, true);
  });

  // Our own tables (div.kw-table, named in the page) scroll sideways when they are wider than the
  // column. Only then are they a tab stop, so keys can scroll them; otherwise Tab passes them by.
  function tabStopWhileScrolling(box) {
    if (box.dataset.kwScrollWatched) return;
    box.dataset.kwScrollWatched = "1";
    var update = function () {
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
      else box.removeAttribute("tabindex");
    };
    update();
    if (!("ResizeObserver" in window)) return;
    // The box changes with the window, the table inside with its rows (filters, sorting).
    var observer = new ResizeObserver(update);
    observer.observe(box);
    var table = box.querySelector("table");
    if (table) observer.observe(table);
  }

  // Material wraps plain Markdown tables in a horizontally scrolling box that the keyboard cannot reach.
  // Give each box a name (caption or nearest heading) and put it in the tab order while it overflows.
  function headingBefore(element) {
    for (var node = element; node; node = node.previousElementSibling || node.parentElement) {
      if (/^H[1-6]$/.test(node.tagName)) return node.textContent.replace(/¶$/, "").trim();
      if (node.matches("article")) break;
    }
    return "";
  }

  function labelScrollBox(box) {
    if (box.closest(".kw-table") || box.hasAttribute("role")) return;
    var table = box.querySelector("table");
    var name = (table && table.caption && table.caption.textContent.trim()) || headingBefore(box);
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", name ? "Tabel: " + name : "Tabel");
    var update = function () {
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
      else box.removeAttribute("tabindex");
    };
    update();
    if ("ResizeObserver" in window) new ResizeObserver(update).observe(box);
  }

  // On small screens the menu opens with a <label> for a hidden checkbox, which the keyboard cannot
  // reach, and a label may not take role="button". Put a real button in its place: Tab reaches it,
  // Enter or Space toggles the menu, Escape closes it and gives focus back to the button.
  function menuButton() {
    var toggle = document.getElementById("__drawer");
    var label = document.querySelector('.md-header label[for="__drawer"]');
    if (!toggle || !label) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className + " kw-menu-button";
    button.setAttribute("aria-label", "Menu");
    button.setAttribute("aria-controls", "__drawer");
    button.innerHTML = label.innerHTML;
    label.replaceWith(button);
    var sync = function () { button.setAttribute("aria-expanded", String(toggle.checked)); };
    toggle.checked = false; // the checkbox has no autocomplete="off" (invalid HTML): never restore it open
    sync();
    toggle.addEventListener("change", sync);
    button.addEventListener("click", function () {
      toggle.checked = !toggle.checked;
      toggle.dispatchEvent(new Event("change"));
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !toggle.checked) return;
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
      button.focus();
    });
  }

  var menuReady = false;
  function enhance() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(labelScrollBox);
    document.querySelectorAll(".kw-table").forEach(tabStopWhileScrolling);
    if (!menuReady) { menuReady = true; menuButton(); }
  }

  // Material reads every <link rel="alternate"> as a language version of the site and downloads that
  // version's sitemap.xml (which grows with the site) on each page view. Our only alternate is the change
  // feed, for feed readers, which read the HTML and not this page's DOM: take it out of Material's sight
  // before Material looks (on DOMContentLoaded, after this script has run).
  document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').forEach(function (link) {
    link.setAttribute("rel", "kw-feed");
  });

  // Material emits document$ after it has wrapped the tables; fall back to load for safety.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(enhance);
  else window.addEventListener("load", enhance);
})();
