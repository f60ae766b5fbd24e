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

  // On small screens the menu opens with a <label> for a hidden checkbox, which the keyboard cannot
  // reach. Turn it into a button: Tab reaches it, Enter or Space toggles the menu, Escape closes it.
  function menuButton() {
    var toggle = document.getElementById("__drawer");
    var label = document.querySelector('.md-header label[for="__drawer"]');
    if (!toggle || !label || label.hasAttribute("role")) return;
    label.setAttribute("role", "button");
    label.setAttribute("tabindex", "0");
    label.setAttribute("aria-label", "Menu");
    var sync = function () { label.setAttribute("aria-expanded", String(toggle.checked)); };
    sync();
    toggle.addEventListener("change", sync);
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation(); // Material would click the label on Enter as well, undoing the toggle
      toggle.checked = !toggle.checked;
      toggle.dispatchEvent(new Event("change"));
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !toggle.checked) return;
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
      label.focus();
    });
  }

  function enhance() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(labelScrollBox);
    menuButton();
  }

  // Material emits document$ after it has wrapped the tables; fall back to load for safety.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(enhance);
  else window.addEventListener("load", enhance);
})();
