"""Link the first use of each glossary term on a page to its entry, with the definition as tooltip.

Works on the rendered HTML of a page: only text outside links, code, headings
and existing term links is touched, and each term is linked at most once.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from kaderwijzer.corpus import Corpus

_SKIP_TAGS = ("a", "code", "pre", "option", "select", "textarea", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "svg", "caption", "th", "title", "abbr", "button", "label", "time")
_TAG = re.compile(r"<(/?)([a-zA-Z0-9]+)([^>]*?)(/?)>")
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


class TermLinker:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.targets: dict[str, TermTarget] = {}
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
        words.sort(key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE) if words else None

    def definition(self, term_id: str, region: str | None) -> str:
        term = self.corpus.terms[term_id]
        chosen = next((d for d in term.definitions if d.region == region), term.definitions[0])
        return _plain(chosen.text)

    def link(self, page_html: str, glossary_url: str, region: str | None = None) -> str:
        if self.pattern is None:
            return page_html
        done: set[str] = set()
        out: list[str] = []
        # Open elements that switch linking off, as [tag name, nesting level of that name].
        skipping: list[list] = []
        pos = 0
        for tag in _TAG.finditer(page_html):
            out.append(self._link_text(page_html[pos:tag.start()], bool(skipping), done, glossary_url, region))
            closing, name, attrs, selfclosing = tag.group(1), tag.group(2).lower(), tag.group(3), tag.group(4)
            if not selfclosing and name not in _VOID:
                if skipping and skipping[-1][0] == name:
                    skipping[-1][1] += -1 if closing else 1
                    if skipping[-1][1] == 0:
                        skipping.pop()
                elif not closing and (name in _SKIP_TAGS or _SKIP_ATTRS.search(attrs)):
                    skipping.append([name, 1])
            out.append(tag.group(0))
            pos = tag.end()
        out.append(self._link_text(page_html[pos:], bool(skipping), done, glossary_url, region))
        return "".join(out)

    def _link_text(self, text: str, skip: bool, done: set[str], glossary_url: str, region: str | None) -> str:
        if skip or not text.strip():
            return text

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            target = self.targets.get(word.casefold())
            if target is None or target.term_id in done or (target.exact and word != target.label):
                return word
            done.add(target.term_id)
            title = html.escape(self.definition(target.term_id, region), quote=True)
            return f'<a class="kw-term" href="{glossary_url}#{target.term_id}" title="{title}">{word}</a>'

        return self.pattern.sub(replace, text)
