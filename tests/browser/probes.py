"""In-page checks for what axe-core cannot see. Each returns plain data; the audit turns it into findings."""

from __future__ import annotations

# Links inside a block of running text (the block has more text than the link) must not rely on colour:
# they need an underline or a bottom border.
PLAIN_TEXT_LINKS_JS = """
() => {
  const blocks = "p, li, dd, dt, td, th, blockquote, figcaption, caption";
  const found = [];
  for (const link of document.querySelectorAll("article a[href]")) {
    if (link.matches(".headerlink, .md-button") || !link.textContent.trim()) continue;
    const block = link.closest(blocks);
    if (!block || block.textContent.trim().length <= link.textContent.trim().length) continue;
    const style = getComputedStyle(link);
    const underlined = style.textDecorationLine.includes("underline") || style.borderBottomStyle !== "none";
    if (!underlined) found.push(`${link.getAttribute("href")} "${link.textContent.trim().slice(0, 60)}"`);
  }
  return found;
}
"""

# Every element that scrolls horizontally and holds a table: is it in the tab order, and does it have a name?
# Marks each with data-kw-scroll so the audit can focus it and press arrow keys.
SCROLLABLE_TABLES_JS = """
() => {
  const regions = [];
  let index = 0;
  document.querySelectorAll("[data-kw-scroll]").forEach(el => el.removeAttribute("data-kw-scroll"));
  for (const el of document.querySelectorAll("article *")) {
    const overflowX = getComputedStyle(el).overflowX;
    if (!["auto", "scroll"].includes(overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
    const table = el.matches("table") ? el : el.querySelector("table");
    if (!table) continue;
    const labelledby = (el.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean)
      .map(id => (document.getElementById(id) || {}).textContent || "").join(" ").trim();
    const name = (el.getAttribute("aria-label") || "").trim() || labelledby
      || (table.caption ? table.caption.textContent.trim() : "");
    el.setAttribute("data-kw-scroll", String(index));
    regions.push({ index: index++, name, tabbable: el.tabIndex >= 0,
                   describe: el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : "") });
  }
  return regions;
}
"""

# The skip link is focused, fully shown and inside the viewport.
SKIP_LINK_SHOWN_JS = """
() => {
  const el = document.activeElement;
  if (!el || !el.matches("a.md-skip")) return false;
  const box = el.getBoundingClientRect();
  return getComputedStyle(el).opacity === "1" && box.width > 0 && box.height > 0
    && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
}
"""

# The skip link's target: the page title, the content's first h1, has the focus.
FOCUS_ON_PAGE_TITLE_JS = """
() => {
  const el = document.activeElement;
  return !!el && el === document.querySelector('[data-md-component="content"] h1');
}
"""

DESCRIBE_FOCUS_JS = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "body (niets gefocust)";
  return el.outerHTML.slice(0, 160);
}
"""

# Our tables (div.kw-table) and Material's table boxes that are a tab stop although nothing in them scrolls.
IDLE_TAB_STOPS_JS = """
() => [...document.querySelectorAll("article .kw-table, article .md-typeset__scrollwrap")]
  .filter(el => el.tabIndex >= 0 && el.hasAttribute("tabindex") && el.scrollWidth <= el.clientWidth + 1)
  .map(el => el.outerHTML.slice(0, 120))
"""

# Material's announcement bar: its text, for every bar on the page (there should be none outside previews).
BANNERS_JS = """
() => [...document.querySelectorAll("aside.md-banner")].map(el => el.textContent.trim())
"""

# Whether any tooltip can be seen now.
TOOLTIP_SHOWN_JS = """
() => [...document.querySelectorAll(".md-tooltip2--active")]
  .some(tip => tip.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
"""

# No tooltip can be seen any more (after Escape), and the focus stayed on the term.
TOOLTIP_HIDDEN_FOCUS_KEPT_JS = f"""
() => !({TOOLTIP_SHOWN_JS.strip()})() && document.activeElement.matches("[data-kw-tooltip-host]")
"""

# A link with a tooltip that a keyboard can reach now (not in a closed <details>, not inside a <select>):
# prefer a glossary term, otherwise any titled link in the article (permalinks).
TOOLTIP_HOST_JS = """
() => {
  const reachable = el => el.checkVisibility() && !el.closest("select");
  const hosts = [...document.querySelectorAll("article a.kw-term[title]"), ...document.querySelectorAll("article a[title]")];
  const host = hosts.find(reachable);
  if (!host) return null;
  host.setAttribute("data-kw-tooltip-host", "");
  return { title: host.getAttribute("title"), glossary: host.matches(".kw-term") };
}
"""

TOOLTIP_OPEN_JS = """
(title) => {
  // Wait for the fade-in to finish, or axe would judge half-transparent colours.
  const tip = document.querySelector(".md-tooltip2--active");
  return !!tip && tip.textContent.trim() === title.trim() && getComputedStyle(tip).opacity === "1";
}
"""

# Where the keyboard focus is, and whether a sighted user can see it. Material's palette switch is a
# zero-size radio button: the visible switch icon next to it must carry the focus ring instead.
FOCUS_BOX_JS = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { done: false, visible: false, describe: "<body> (focus kwijt)" };
  const palette = el.matches("input.md-option");
  const shown = palette ? el.parentElement.querySelector("label:not([hidden])") || el : el;
  const box = shown.getBoundingClientRect();
  const style = getComputedStyle(shown);
  const visible = box.width > 0 && box.height > 0 && box.right > 0 && box.left < innerWidth
    && style.visibility === "visible" && shown.checkVisibility({ opacityProperty: true })
    && (!palette || style.outlineStyle !== "none");
  return {
    done: !!el.closest('[data-md-component="content"]'),
    visible,
    describe: el.outerHTML.slice(0, 120),
  };
}
"""

MENU_OPEN_JS = "() => document.getElementById('__drawer').checked"

FOCUS_ON_VISIBLE_NAV_LINK_JS = """
() => {
  const el = document.activeElement;
  if (!el || !el.closest(".md-sidebar--primary")) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.left >= 0 && box.right <= innerWidth;
}
"""

# The search dialog (overrides/partials/kw-search.html) is open as a modal and the query field has focus.
SEARCH_OPEN_WITH_FOCUS_JS = """
() => {
  const dialog = document.querySelector("dialog.kw-search");
  return !!dialog && dialog.open && document.activeElement === dialog.querySelector("input[type=search]");
}
"""

# Its accessible name (aria-labelledby) and whether it is modal (the rest of the page is inert).
SEARCH_DIALOG_JS = """
() => {
  const dialog = document.querySelector("dialog.kw-search");
  const ids = (dialog.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean);
  const name = ids.map(id => (document.getElementById(id) || {}).textContent || "").join(" ").trim();
  return { name, modal: dialog.matches(":modal") };
}
"""

# Results are listed and the live region says how many.
SEARCH_RESULTS_SHOWN_JS = """
() => {
  const dialog = document.querySelector("dialog.kw-search");
  const status = dialog.querySelector("[role=status]");
  return dialog.querySelectorAll("ol li a[href]").length > 0 && /resulta/.test(status.textContent);
}
"""

FOCUS_IN_SEARCH_DIALOG_JS = """
() => !!document.activeElement && !!document.activeElement.closest("dialog.kw-search[open]")
"""

SEARCH_CLOSED_FOCUS_ON_BUTTON_JS = """
() => !document.querySelector("dialog.kw-search").open && document.activeElement.matches("[data-kw-search-open]")
"""
