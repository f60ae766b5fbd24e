"""Link the first use of each glossary term on a page to its entry, with the definition as tooltip.

Works on the rendered HTML of a page: only text outside links, code, headings
and existing term links is touched, and each term is linked at most once.

A term links only where its meaning holds: on a region's page to that region's own definition or to a definition
for everyone (no region); on overview pages only inside a row or section marked with `data-kw-region` (or the
indicator tables' `data-region`) of a region that defines it, else only to a definition for everyone. Words inside
proper names (titles of sources and documents, publishers, region names, and the names and words a region lists in
`no_term_links`) are never linked.
"""

from __future__ import annotations

import copy
import functools
import html
import re
import sys
from dataclasses import dataclass

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model import Definition, GlossaryTerm

_SKIP_TAGS = ("a", "code", "pre", "option", "select", "textarea", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "svg", "caption", "th", "title", "abbr", "button", "label", "time")
_VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area"}
# Hidden or decorative regions never get links: a link inside aria-hidden would be focusable yet silent.
_SKIP_ATTRS = re.compile(r'aria-hidden="true"|data-kw-nolink')
_MARKDOWN_MARKS = re.compile(r"[*_`#>]|\[([^\]]*)\]\([^)]*\)")
MIN_TERM_LENGTH = 4


@dataclass(frozen=True)
class TermTarget:
    term_id: str
    label: str
    exact: bool  # abbreviations match only in their own case


def _plain(text: str, limit: int = 240) -> str:
    text = _MARKDOWN_MARKS.sub(lambda m: m.group(1) or "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def chosen_definition(term: GlossaryTerm, region: str | None) -> Definition:
    """The region's own definition, else a general one (no region), else the first."""
    own = next((d for d in term.definitions if region is not None and d.region == region), None)
    general = next((d for d in term.definitions if d.region is None), None)
    return own or general or term.definitions[0]


GENERAL_KNOWLEDGE_LABEL = "Algemene kennis, niet uit een brondocument"


def tooltip(corpus: Corpus, term_id: str, region: str | None) -> str:
    term = corpus.terms[term_id]
    chosen = chosen_definition(term, region)
    if chosen.region is None:
        return _plain(f"{GENERAL_KNOWLEDGE_LABEL}: {chosen.text}" if chosen.general_knowledge else chosen.text)
    if chosen.region == region:
        general = next((d for d in term.definitions if d.region is None and d.general_knowledge), None)
        if general is None:
            return _plain(chosen.text)
        # The general explanation (often what an abbreviation stands for) first and named as such, then the region's own.
        own = corpus.regions[region]
        return f"{_plain(f'{GENERAL_KNOWLEDGE_LABEL}: {general.text}')} {_plain(f'{own.short_name or own.name}: {chosen.text}')}"
    owner = corpus.regions[chosen.region]
    # Named up front, so a reader of another region's page never takes it for their own region's meaning.
    return _plain(f"Definitie van {owner.short_name or owner.name}: {chosen.text}")


def defines(term: GlossaryTerm, region: str | None) -> bool:
    """Whether the term has a definition that holds in the region: its own, or one for everyone."""
    return any(d.region is None or d.region == region for d in term.definitions)


def proper_names(corpus: Corpus, region: str | None) -> list[str]:
    """Names whose words are never linked: titles, publishers, region names, and what the region lists itself.

    On a page of no single region, every region's list counts, so no region's never-linked word gets linked.
    """
    names: set[str] = set()
    for source in corpus.sources.values():
        names.update(filter(None, (source.title, source.short_title)))
        names.update(source.publishers)
    for doc in corpus.documents.values():
        names.add(doc.title)
    for r in corpus.regions.values():
        names.update(filter(None, (r.name, r.coordinating_body)))
        if region is None or r.id == region:
            names.update(r.no_term_links)
    return sorted((n for n in names if len(n) >= MIN_TERM_LENGTH), key=len, reverse=True)


def kept_between_pages(corpus: Corpus) -> tuple:
    """What a linker keeps from one page for the next (its name patterns, its tooltips' region names): a page
    that only reuses them reads no record, so `mkdocs serve` keeps pages only while these stay the same."""
    regions = dict.values(corpus.regions)
    return (tuple(tuple(proper_names(corpus, r)) for r in [None, *sorted(dict.keys(corpus.regions))]),
            tuple((r.id, r.name, r.short_name) for r in regions))


_REGION_OPEN = re.compile(r'<([a-zA-Z0-9]+)(?=[^>]*?\sdata-(?:kw-)?region="([a-z0-9-]+)")[^>]*?>')


def _region_spans(page_html: str) -> list[tuple[int, int, str]]:
    """(start, end, region) of each element marked with the region its content belongs to."""
    spans = []
    for opening in _REGION_OPEN.finditer(page_html):
        name = opening.group(1).lower()
        depth, end = 1, len(page_html)
        for tag in _same_name(name).finditer(page_html, opening.end()):
            if not tag.group(2):
                depth += -1 if tag.group(1) else 1
                if depth == 0:
                    end = tag.end()
                    break
        spans.append((opening.start(), end, opening.group(2)))
    return spans


def _region_at(spans: list[tuple[int, int, str]], position: int, default: str | None) -> str | None:
    inside = [s for s in spans if s[0] <= position < s[1]]
    return max(inside)[2] if inside else default  # the innermost: it starts last


class _NameSpans:
    """Where a proper name stands on a page (matched as written, whole words only), found from left to right
    as the linker asks about ever later positions: most pages ask about a few words near the top."""

    def __init__(self, page_html: str, pattern: re.Pattern[str] | None):
        # The pattern starts with one "not inside a word" character: padded, a name at the very start has one too.
        self._matches = pattern.finditer(" " + page_html) if pattern else iter(())
        self._start = self._end = -1

    def covers(self, position: int) -> bool:
        while self._end <= position:
            match = next(self._matches, None)
            if match is None:
                self._start = self._end = sys.maxsize
                break
            self._start, self._end = match.start(1) - 1, match.end(1) - 1
        return self._start <= position < self._end


def _labels(corpus: Corpus) -> list[tuple[str, str | None, str]]:
    return [(term.id, term.abbreviation, term.term) for term in corpus.terms.values()]


class TermLinker:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.targets: dict[str, TermTarget] = {}
        self._tooltips: dict[tuple[str, str | None], str] = {}
        self._names: dict[str | None, re.Pattern[str] | None] = {}
        words: list[str] = []
        for term in corpus.terms.values():
            for label in filter(None, (term.abbreviation, term.term)):
                key = label.casefold()
                exact = label == term.abbreviation
                # Short common words would turn every page into a sea of links.
                if len(label) < MIN_TERM_LENGTH and not exact:
                    continue
                if key not in self.targets:
                    self.targets[key] = TermTarget(term.id, label, exact)
                    words.append(label)
        # Matched on lower-cased text, as a trie: the regex engine then checks a few letters per position
        # instead of every term (an alternation of all terms, case-insensitive, was most of the linker's time).
        # The leading class stands for "not inside a word"; as the first thing in the pattern it lets the
        # engine skip ahead to the next space or mark instead of trying the terms at every letter.
        self.pattern = re.compile(r"[^\w-](" + _trie_pattern([w.lower() for w in words]) + r")(?![\w-])") if words else None
        self._labels = _labels(corpus)

    def fits(self, corpus: Corpus) -> bool:
        """Whether the compiled term pattern holds for `corpus`: it depends on the terms' ids and labels only."""
        return _labels(corpus) == self._labels

    def over(self, corpus: Corpus) -> TermLinker:
        """This linker for another version of the data with the same glossary (`mkdocs serve`): the compiled term
        pattern is kept, the names and the definitions' texts are read from `corpus` again."""
        linker = copy.copy(self)
        linker.corpus, linker._tooltips, linker._names = corpus, {}, {}
        return linker

    def definition(self, term_id: str, region: str | None) -> str:
        """Tooltip text: the page's region's own definition; otherwise another one that says whose it is."""
        key = (term_id, region)
        if key not in self._tooltips:
            self._tooltips[key] = tooltip(self.corpus, term_id, region)
        return self._tooltips[key]

    def link(self, page_html: str, glossary_url: str, region: str | None = None) -> str:
        """One regex pass over the whole page; each match is then checked against the elements around it.

        Terms hold no `<` or `>`, so a match never spans a tag, and matching the page at once finds what
        matching text node by text node would, at a fraction of the cost (per node, the Python loop over
        every tag was most of the linker's time).
        """
        if self.pattern is None:
            return page_html
        # One character in front, so a term at the very start has a "not inside a word" before it too.
        padded = " " + _lower(page_html)
        done: set[tuple[str, str | None]] = set()
        out: list[str] = []
        skipped = _SkipRegions(page_html)
        if region not in self._names:
            self._names[region] = _names_pattern(proper_names(self.corpus, region))
        names = _NameSpans(page_html, self._names[region])
        spans = _region_spans(page_html) if region is None else []
        common: dict[str, bool] = {}
        pos = start = 0
        while (match := self.pattern.search(padded, pos)) is not None:
            begin, end = match.start(1) - 1, match.end(1) - 1  # positions in page_html
            pos = end  # the next term may start right after this one's last character
            word = page_html[begin:end]
            target = self.targets.get(word.casefold())
            if target is None or (target.exact and word != target.label):
                continue
            here = _region_at(spans, begin, region)
            if (target.term_id, here) in done or not defines(self.corpus.terms[target.term_id], here):
                continue  # another region's meaning would be wrong here
            if skipped.covers(begin) or page_html.rfind("<", 0, begin) > page_html.rfind(">", 0, begin):
                continue  # inside an element that is never linked, or inside a tag itself
            if names.covers(begin):
                continue  # a word inside a name: "team Contractmanagement en Inkoop"
            if not target.exact and _in_a_name(page_html, begin, word, common):
                continue  # "team Contractmanagement en Inkoop": capitalised mid-sentence, while the page writes it lower case
            done.add((target.term_id, here))
            title = html.escape(self.definition(target.term_id, here), quote=True)
            out.append(page_html[start:begin])
            out.append(f'<a class="kw-term" href="{glossary_url}#{target.term_id}" title="{title}">{word}</a>')
            start = end
        if not out:
            return page_html
        out.append(page_html[start:])
        return "".join(out)


_SENTENCE_END = re.compile(r"(?:^|[.!?:;•–—(\"'‘“]|>)\s*$")


def _in_a_name(page_html: str, position: int, word: str, common: dict[str, bool]) -> bool:
    """A common noun (the page also writes it in lower case) capitalised in the middle of a sentence."""
    if not word[:1].isupper() or word[1:] != word[1:].lower() or _sentence_start(page_html, position):
        return False
    lower = word.lower()
    if lower not in common:
        common[lower] = re.search(r"(?<![\w-])" + re.escape(lower) + r"(?![\w-])", page_html) is not None
    return common[lower]


def _sentence_start(page_html: str, position: int) -> bool:
    """Whether a word starts a sentence, a list item or an element (so a capital says nothing about names)."""
    return bool(_SENTENCE_END.search(page_html[max(0, position - 40):position]))


_SKIP_OPEN = re.compile(
    r"<(?:(" + "|".join(_SKIP_TAGS) + r")(?![a-zA-Z0-9])|([a-zA-Z0-9]+)(?=[^>]*?(?:" + _SKIP_ATTRS.pattern + r")))[^>]*?(/?)>",
    re.IGNORECASE,
)


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A rare letter whose lower case is longer (İ): keep it, so positions in both strings agree.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class _SkipRegions:
    """Spans of a page inside elements that are never linked (headings, links, code, hidden parts).

    Found from left to right as the linker asks about ever later positions; an element ends at the
    closing tag that balances its name.
    """

    def __init__(self, page_html: str):
        self.html = page_html
        self.start = self.end = self.searched = 0

    def covers(self, position: int) -> bool:
        while self.end <= position and self.searched < len(self.html):
            self._next()
        return self.start <= position < self.end

    def _next(self) -> None:
        opening = _SKIP_OPEN.search(self.html, self.searched)
        if opening is None:
            self.searched = len(self.html)
            return
        name = (opening.group(1) or opening.group(2)).lower()
        self.searched = opening.end()
        if opening.group(3) or name in _VOID:  # nothing inside
            return
        depth, end = 1, len(self.html)
        for tag in _same_name(name).finditer(self.html, opening.end()):
            if not tag.group(2):
                depth += -1 if tag.group(1) else 1
                if depth == 0:
                    end = tag.end()
                    break
        self.start, self.end, self.searched = opening.start(), end, end


@functools.cache
def _same_name(name: str) -> re.Pattern[str]:
    return re.compile(r"<(/?)" + re.escape(name) + r"(?![a-zA-Z0-9])[^>]*?(/?)>", re.IGNORECASE)


def _names_pattern(names: list[str]) -> re.Pattern[str] | None:
    """Every name as written in the HTML, whole words only; a trie like the terms', for the same reason: an
    alternation of a thousand titles tried at every position was most of the linker's time at 1,000 segments."""
    if not names:
        return None
    return re.compile(r"[^\w-](" + _trie_pattern([html.escape(n, quote=False) for n in names]) + r")(?![\w-])")


def _trie_pattern(words: list[str]) -> str:
    """One regex for many literal words that prefers the longest word matching at a position.

    Nested by shared prefix (`hulp(?:verlener|vraag)?`), so a position that starts no word is rejected after
    one or two characters, whatever the number of words.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy `?`: the longer word is tried first, the shorter one when the longer does not fit.
        return f"(?:{body})?" if ends else body

    return walk(trie)
