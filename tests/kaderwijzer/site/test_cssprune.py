"""Pruning the theme's CSS: rules no page can match go, everything a page can match stays."""

from __future__ import annotations

import tinycss2

from kaderwijzer.site.cssprune import Usage, prune_css


def usage(html: str = "", script: str = "", theme_script: str = "") -> Usage:
    result = Usage()
    result.add_html(html)
    result.add_script(script)
    result.add_theme_script(theme_script)
    return result


def selectors(css: str) -> list[str]:
    """Every selector list of the stylesheet, with the at-rules it sits in."""
    found: list[str] = []

    def walk(rules: list, context: str) -> None:
        for rule in rules:
            if rule.type == "qualified-rule":
                found.append(context + tinycss2.serialize(rule.prelude).strip())
            elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in ("media", "supports"):
                walk(tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True),
                     f"{context}@{rule.lower_at_keyword}{tinycss2.serialize(rule.prelude)} ")

    walk(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), "")
    return found


def test_rules_for_classes_no_page_uses_are_dropped_and_used_ones_kept() -> None:
    css = ".md-nav{color:red}.md-search{color:blue}.md-nav .md-nav__link{margin:0}.md-nav .admonition{margin:1px}"
    pruned = prune_css(css, usage('<nav class="md-nav"><a class="md-nav__link">x</a></nav>'))
    assert selectors(pruned) == [".md-nav", ".md-nav .md-nav__link"]
    assert "color:red" in pruned and "margin:0" in pruned


def test_a_selector_list_keeps_only_the_selectors_that_can_match() -> None:
    pruned = prune_css(".a,.b,p{color:red}", usage('<p class="b">x</p>'))
    assert selectors(pruned) == [".b,p"]
    assert "color:red" in pruned


def test_rules_without_classes_custom_properties_keyframes_and_font_faces_stay() -> None:
    css = ('@charset "UTF-8";:root{--md-x:1px}html{margin:0}[data-md-toggle=search]:checked~x{top:0}'
           "@keyframes spin{0%{opacity:0}to{opacity:1}}@font-face{font-family:X;src:url(x.woff2)}@page{margin:1cm}")
    pruned = prune_css(css, usage())
    for kept in ("--md-x:1px", "html{margin:0}", "[data-md-toggle=search]", "@keyframes spin", "@font-face", "@page",
                 '@charset "UTF-8"'):
        assert kept in pruned


def test_a_class_inside_not_or_has_is_not_needed_but_is_needs_one_alternative() -> None:
    css = "p:not(.x){color:red}div:has(.y){color:blue}:is(.a,.b) p{margin:0}:where(.c,.d) p{padding:0}"
    pruned = prune_css(css, usage('<div class="b"><p>x</p></div>'))
    assert selectors(pruned) == ["p:not(.x)", "div:has(.y)", ":is(.a,.b) p"]


def test_media_blocks_are_pruned_inside_and_dropped_when_empty() -> None:
    css = "@media screen{.used{color:red}.unused{color:blue}}@media print{.unused{color:green}}"
    pruned = prune_css(css, usage('<p class="used">x</p>'))
    assert selectors(pruned) == ["@media screen .used"]
    assert "print" not in pruned


def test_palette_rules_for_values_no_page_sets_are_dropped() -> None:
    css = ("[data-md-color-primary=indigo]{--md-primary-fg-color:#4051b5}"
           '[data-md-color-scheme="slate"]{--md-hue:232}[data-md-color-scheme=default]{color-scheme:light}'
           "[dir=rtl] .md-nav{margin:0}[dir=ltr] .md-nav{margin:1px}")
    html = ('<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="custom">'
            '<input data-md-color-scheme="slate"><nav class="md-nav"></nav>')
    assert selectors(prune_css(css, usage(html))) == ['[data-md-color-scheme="slate"]', "[data-md-color-scheme=default]",
                                                      "[dir=ltr] .md-nav"]


def test_classes_scripts_add_at_run_time_are_kept() -> None:
    css = ".kw-open{color:red}.md-tooltip--active{top:0}.md-tag--kind{margin:0}.tabbed-labels--linked{left:0}.k{color:red}"
    ours = 'el.classList.add("kw-open")'
    theme = 'e.classList.toggle("md-tooltip--active",t);x(`md-tag--${t}`);n.classList.add("tabbed-labels--linked");var k=1'
    pruned = prune_css(css, usage(script=ours, theme_script=theme))
    # The theme bundle's variable names (k) are not taken for classes, its strings and md- words are.
    assert selectors(pruned) == [".kw-open", ".md-tooltip--active", ".md-tag--kind", ".tabbed-labels--linked"]


def test_every_word_of_our_own_scripts_counts_as_a_class() -> None:
    assert selectors(prune_css(".k{color:red}", usage(script="var k = 1;"))) == [".k"]


def test_pruning_is_deterministic_and_the_digest_ignores_page_order() -> None:
    first, second = usage('<p class="a b">'), Usage()
    second.add_html('<p class="b">')
    second.add_html('<p class="a">')
    assert first.digest() == second.digest()
    css = ".a{color:red}.b{color:blue}.c{color:green}"
    assert prune_css(css, first) == prune_css(css, second) == ".a{color:red}.b{color:blue}"
    third = usage('<p class="a">')
    assert third.digest() != first.digest()


def test_palette_values_our_scripts_may_set_are_kept() -> None:
    css = "[data-md-color-primary=indigo]{color:red}[dir=rtl] p{margin:0}[data-md-color-primary=teal]{color:blue}"
    ours = 'document.body.setAttribute("data-md-color-primary", "indigo"); el.dir = "rtl";'
    assert selectors(prune_css(css, usage(script=ours))) == ["[data-md-color-primary=indigo]", "[dir=rtl] p"]
