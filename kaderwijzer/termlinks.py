"""Link the first use of each glossary term on a page to its entry, with the definition as tooltip.

Works on the rendered HTML of a page: only text outside links, code, headings
and existing term links is touched, and each term is linked at most once.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from kaderwijzer.corpus import Corpus

_SKIP_TAGS = ("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "svg", "caption", "th", "title", "abbr", "button", "label", "time")
_TAG = re.compile(r"<(/?)([a-zA-Z0-9]+)[^>]*?(/?)>")
_MARKDOWN_MARKS = re.compile(r"[*_`#>]|\[([^\]]*)\]\([^)]*\)")
MIN_TERM_LENGTH = 4


@dataclass(frozen=True)
class TermTarget:
    term_id: str
    label: str


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
                # Short common words would turn every page into a sea of links.
                if len(label) < MIN_TERM_LENGTH and not label.isupper() and label != term.abbreviation:
                    continue
                if key not in self.targets:
                    self.targets[key] = TermTarget(term.id, label)
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
        skip_depth = 0
        pos = 0
        for tag in _TAG.finditer(page_html):
            out.append(self._link_text(page_html[pos:tag.start()], skip_depth, done, glossary_url, region))
            closing, name, selfclosing = tag.group(1), tag.group(2).lower(), tag.group(3)
            if name in _SKIP_TAGS and not selfclosing:
                skip_depth += -1 if closing else 1
                skip_depth = max(skip_depth, 0)
            out.append(tag.group(0))
            pos = tag.end()
        out.append(self._link_text(page_html[pos:], skip_depth, done, glossary_url, region))
        return "".join(out)

    def _link_text(self, text: str, skip_depth: int, done: set[str], glossary_url: str, region: str | None) -> str:
        if skip_depth or not text.strip():
            return text

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            target = self.targets.get(word.casefold())
            # Abbreviations match only in their own case: "wmo" in a URL-like word is not "Wmo".
            if target is None or target.term_id in done or (target.label.isupper() and word != target.label):
                return word
            done.add(target.term_id)
            title = html.escape(self.definition(target.term_id, region), quote=True)
            return f'<a class="kw-term" href="{glossary_url}#{target.term_id}" title="{title}">{word}</a>'

        return self.pattern.sub(replace, text)
