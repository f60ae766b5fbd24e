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

  function enhance() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(labelScrollBox);
  }

  // Material emits document$ after it has wrapped the tables; fall back to load for safety.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(enhance);
  else window.addEventListener("load", enhance);
})();
