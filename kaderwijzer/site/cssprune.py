"""Drop the theme's CSS rules that no page of the site can match.

Material for MkDocs ships one stylesheet for every feature and Markdown extension it supports (138 KB);
a page of ours uses about a third of it. After a build, the classes the site can carry are known: those in
the HTML the build wrote, plus those the scripts may add in the browser. A selector that needs a class
outside that set can never match, so its rule goes; so does a palette rule for a colour value
(`[data-md-color-primary=indigo]`) that no page sets. Everything else stays byte for byte as the theme wrote
it: rules without classes, custom properties, `@font-face`, `@keyframes`, `@page`.

Conservative where a selector could still match without the class: a class inside `:not()`, `:has()` or
`:nth-child(… of …)` is not required; `:is()`/`:where()` need just one of their alternatives. Our own
scripts keep every word in them, as a class and as an attribute value; the theme's bundle keeps every `md-`
word and every word of its quoted strings (it sets palette values only from the toggle's HTML attributes,
and never sets `dir`). A class name a script builds from a prefix (`"md-tag--" + x`, `` `md-tag--${x}` ``)
keeps every class with that prefix.

Pure functions, no MkDocs: `kaderwijzer/site/themefix.py` collects the usage while pages are written and prunes
the theme's files after the build.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import tinycss2
from tinycss2.ast import AtRule, FunctionBlock, IdentToken, LiteralToken, Node, QualifiedRule, SquareBracketsBlock, StringToken

_CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')  # also data-class="...": more classes kept, never fewer
# Attribute selectors whose values the build can know: the palette's (set on <body> and on the palette
# toggle) and the text direction (`dir` on <body>; Material's CSS has a rule for each direction).
PRUNED_ATTRIBUTES = ("data-md-color-primary", "data-md-color-accent", "data-md-color-scheme", "dir")
_PALETTE_VALUE = re.compile(r'data-md-color-(primary|accent|scheme)="([^"]*)"')
_DIR_VALUE = re.compile(r'dir="([^"]*)"')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# A quoted string of words only ("md-tooltip md-tooltip--inline", 'focus-visible'): a class list a script may add.
_QUOTED_WORDS = re.compile(r"[\"'`]([A-Za-z_][A-Za-z0-9_-]*(?: [A-Za-z_][A-Za-z0-9_-]*)*)[\"'`]")
# The start of a class name a script completes at run time: `"md-tag--"+x` or `md-tag--${x}`.
_PREFIX = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*[-_])(?:\$\{|[\"']\s*\+)")
# Functional pseudo-classes that match when any one of their selectors does.
_ANY_OF = {"is", "where", "matches", "-webkit-any", "-moz-any"}
# At-rules whose blocks hold ordinary style rules, pruned like the top level.
_GROUPING = {"media", "supports", "layer", "container", "document", "-moz-document"}


@dataclass
class Usage:
    """What the built site can match: class names, class-name prefixes, palette attribute values."""

    classes: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    attributes: dict[str, set[str]] = field(default_factory=lambda: {name: set() for name in PRUNED_ATTRIBUTES})

    def add_html(self, html: str) -> None:
        for value in set(_CLASS_ATTRIBUTE.findall(html)):
            self.classes.update(value.split())
        for name, value in _PALETTE_VALUE.findall(html):
            self.attributes[f"data-md-color-{name}"].add(value)
        self.attributes["dir"].update(_DIR_VALUE.findall(html))

    def add_script(self, script: str) -> None:
        """Our own scripts: every word may be a class they add, or a palette or direction value they set."""
        words = set(_WORD.findall(script))
        self.classes.update(words)
        for values in self.attributes.values():
            values.update(words)
        self._add_prefixes(script)

    def add_theme_script(self, script: str) -> None:
        """The theme's bundle: every `md-` word, and every word of a quoted string made of words only.

        Every word would also keep rules for Markdown extensions the site does not use (one-letter Pygments
        classes match the bundle's variable names); the theme adds its own classes as string literals.
        """
        self.classes.update(word for word in _WORD.findall(script) if word.startswith("md-"))
        for words in _QUOTED_WORDS.findall(script):
            self.classes.update(words.split())
        self._add_prefixes(script)

    def _add_prefixes(self, script: str) -> None:
        # Every prefix a script completes at run time stands for all classes that start with it.
        self.prefixes.update(prefix for prefix in _PREFIX.findall(script) if len(prefix) > 3)

    def has_class(self, name: str) -> bool:
        return name in self.classes or any(name.startswith(prefix) for prefix in self.prefixes)

    def digest(self) -> str:
        """Stable over equal usage, whatever the order of the pages."""
        parts = [" ".join(sorted(self.classes)), " ".join(sorted(self.prefixes))]
        parts += [f"{name}={' '.join(sorted(values))}" for name, values in sorted(self.attributes.items())]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _split_commas(tokens: Iterable[Node]) -> list[list[Node]]:
    groups: list[list[Node]] = [[]]
    for token in tokens:
        if isinstance(token, LiteralToken) and token.value == ",":
            groups.append([])
        else:
            groups[-1].append(token)
    return groups


def _attribute_ok(block: SquareBracketsBlock, usage: Usage) -> bool:
    """False for `[data-md-color-primary=indigo]` when no page sets that value."""
    tokens = [t for t in block.content if t.type not in ("whitespace", "comment")]
    if len(tokens) != 3 or not isinstance(tokens[0], IdentToken):
        return True
    name, operator, value = tokens
    if name.lower_value not in usage.attributes or not (isinstance(operator, LiteralToken) and operator.value == "="):
        return True
    if not isinstance(value, (IdentToken, StringToken)):
        return True
    return value.value in usage.attributes[name.lower_value]


def selector_can_match(tokens: list[Node], usage: Usage) -> bool:
    """False if the selector needs a class (or a palette value) that the site never has."""
    previous: Node | None = None
    for token in tokens:
        if isinstance(token, IdentToken) and isinstance(previous, LiteralToken) and previous.value == ".":
            if not usage.has_class(token.value):
                return False
        elif isinstance(token, SquareBracketsBlock):
            if not _attribute_ok(token, usage):
                return False
        elif isinstance(token, FunctionBlock) and isinstance(previous, LiteralToken) and previous.value == ":":
            if token.lower_name in _ANY_OF and not any(
                    selector_can_match(alternative, usage) for alternative in _split_commas(token.arguments)):
                return False
        previous = token
    return True


def _strip(tokens: list[Node]) -> list[Node]:
    start, end = 0, len(tokens)
    while start < end and tokens[start].type in ("whitespace", "comment"):
        start += 1
    while end > start and tokens[end - 1].type in ("whitespace", "comment"):
        end -= 1
    return tokens[start:end]


def _prune_rules(rules: list[Node], usage: Usage) -> list[Node]:
    kept: list[Node] = []
    for rule in rules:
        if isinstance(rule, QualifiedRule):
            selectors = _split_commas(rule.prelude)
            matching = [s for s in selectors if selector_can_match(s, usage)]
            if not matching:
                continue
            if len(matching) < len(selectors):
                prelude: list[Node] = []
                for index, selector in enumerate(matching):
                    if index:
                        prelude.append(LiteralToken(0, 0, ","))
                    prelude.extend(_strip(selector))
                rule = QualifiedRule(rule.source_line, rule.source_column, prelude, rule.content)
            kept.append(rule)
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in _GROUPING and rule.content is not None:
            inner = _prune_rules(tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True), usage)
            if inner:
                content: list[Node] = list(inner)
                kept.append(AtRule(rule.source_line, rule.source_column, rule.at_keyword, rule.lower_at_keyword, rule.prelude, content))
        elif rule.type not in ("whitespace", "comment", "error"):
            kept.append(rule)  # @charset, @font-face, @keyframes, @page, @import, ...
    return kept


def prune_css(css: str, usage: Usage) -> str:
    """The stylesheet without the rules no page can match (its source map comment dropped: it no longer fits)."""
    rules = tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)
    return tinycss2.serialize(_prune_rules(rules, usage))
