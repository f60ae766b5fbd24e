"""Collapsing the templates' indentation: smaller pages, the same text and the same preformatted parts."""

from __future__ import annotations

from kaderwijzer.site.htmlspace import collapse_whitespace


def test_indentation_between_and_inside_elements_becomes_one_line_break() -> None:
    html = '<ul>\n    \n      <li class="md-nav__item">\n        <span>\n          Home\n        </span>\n    </li>\n</ul>\n'
    assert collapse_whitespace(html) == '<ul>\n<li class="md-nav__item">\n<span>\nHome\n</span>\n</li>\n</ul>\n'


def test_spaces_within_a_line_stay() -> None:
    html = "<p>Een  zin met <a href=x>een link</a> erin.</p>"
    assert collapse_whitespace(html) == html


def test_preformatted_parts_keep_every_space() -> None:
    kept = ["<pre><code>def f():\n    return 1\n</code></pre>", "<textarea>\n  a\n    b</textarea>",
            "<script>\n  if (x) {\n    y();\n  }\n</script>", "<style>\n  p {\n    color: red;\n  }\n</style>",
            "<code>a\n   b</code>", "<kbd>Ctrl\n   C</kbd>", "<PRE>\n   x</PRE>"]
    for part in kept:
        html = f"<div>\n    {part}\n    </div>"
        assert collapse_whitespace(html) == f"<div>\n{part}\n</div>"


def test_attribute_values_that_span_lines_are_left_alone() -> None:
    html = '<abbr title="regel een\n    regel twee">x</abbr>\n    <p>y</p>'
    assert collapse_whitespace(html) == '<abbr title="regel een\n    regel twee">x</abbr>\n<p>y</p>'


def test_collapsing_twice_changes_nothing_more() -> None:
    html = "<div>\n   <pre>\n  x</pre>\n   <p>\n  y\n</p>\n</div>"
    once = collapse_whitespace(html)
    assert collapse_whitespace(once) == once
    assert len(once) < len(html)
