"""The built site is lighter than the theme, without losing a style any page needs.

The theme's stylesheets are pruned to the classes the site uses (kaderwijzer/site/cssprune.py), page indentation
is collapsed (kaderwijzer/site/htmlspace.py) and our own CSS and JS are minified. Pixel comparisons of full and
pruned CSS in a browser: bench/css_pixels.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
import soupsieve
import tinycss2
from bs4 import BeautifulSoup

THEME_CSS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
# Varied markup with few elements each (soupsieve takes ~3 s a page): a segment, the home page, a form.
PAGES = ["midden-holland/segmenten/crisis/index.html", "index.html", "gemeente/index.html"]
# States a static page is not in (hover, focus, ...) and pseudo-elements: taken out, so that a selector
# counts as matching when its element is on the page.
_STATE = re.compile(r"::?(?:hover|focus-visible|focus-within|focus|active|visited|target|before|after|placeholder|"
                    r"selection|marker|first-line|first-letter|backdrop)\b")


def individual_selectors(css: str) -> set[tuple[str, str]]:
    """(at-rule context, selector) for every selector of every style rule."""
    found: set[tuple[str, str]] = set()

    def walk(rules: list, context: str) -> None:
        for rule in rules:
            if rule.type == "qualified-rule":
                text = tinycss2.serialize(rule.prelude)
                found.update((context, part.strip()) for part in _split(text))
            elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in ("media", "supports"):
                walk(tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True),
                     context + f"@{rule.lower_at_keyword}{tinycss2.serialize(rule.prelude)} ")

    walk(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), "")
    return found


def _split(selector_list: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(selector_list):
        depth += char in "([" and 1 or char in ")]" and -1 or 0
        if char == "," and depth == 0:
            parts.append(selector_list[start:index])
            start = index + 1
    return parts + [selector_list[start:]]


def test_theme_css_is_pruned_in_place_and_keeps_every_selector_that_matches_a_page(built_site: Path) -> None:
    for name in ("main", "palette"):
        (theme_file,) = THEME_CSS.glob(f"{name}.*.min.css")
        site_file = built_site / "assets" / "stylesheets" / theme_file.name  # same name: pages link to it
        full, pruned = theme_file.read_text(encoding="utf-8"), site_file.read_text(encoding="utf-8")
        assert len(pruned) < 0.6 * len(full), f"{name}: {len(pruned)} of {len(full)} characters left"
        kept = individual_selectors(pruned)
        full_selectors = individual_selectors(full)
        assert kept < full_selectors
        dropped = []
        for context, selector in sorted(full_selectors - kept):
            try:
                dropped.append((context + selector, soupsieve.compile(_STATE.sub("", selector) or "*")))
            except Exception:  # vendor pseudo-classes soupsieve does not know
                continue
        for page in PAGES:
            soup = BeautifulSoup((built_site / page).read_text(encoding="utf-8"), "html.parser")
            for selector, compiled in dropped:
                assert compiled.select_one(soup) is None, f"{name}: {selector} matches {page} but was dropped"
        assert len(dropped) > (500 if name == "main" else 20), len(dropped)


def test_pages_carry_no_indentation_outside_preformatted_text(built_site: Path) -> None:
    html = (built_site / PAGES[0]).read_text(encoding="utf-8")
    outside_pre = re.sub(r"<(pre|script|style|code|kbd|textarea)\b.*?</\1>", "", html, flags=re.S)
    indented = re.findall(r"\n[ \t]+\S", outside_pre)
    assert indented == [], indented[:5]
    assert '<h1 id="paginatitel">4.2 Crisis</h1>' in html


def test_our_stylesheets_and_scripts_are_served_minified_from_readable_sources(built_site: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    for source, served in [("content/assets/kaderwijzer.css", "assets/kaderwijzer.css"),
                           ("content/assets/kaderwijzer.js", "assets/kaderwijzer.js"),
                           ("overrides/assets/javascripts/kaderwijzer-a11y.js", "assets/javascripts/kaderwijzer-a11y.js")]:
        text = (built_site / served).read_text(encoding="utf-8")
        assert "/*" not in text and "\n  " not in text, served
        assert len(text) < 0.85 * len((root / source).read_text(encoding="utf-8")), served
