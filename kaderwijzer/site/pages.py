"""Which pages the data produces, where they live and how the navigation groups them.

Each generated page is a tiny Markdown stub that calls one macro; the macros
module turns it into content. Nothing here renders policy text.
"""

from __future__ import annotations

import html
import json
import math
import os
from dataclasses import dataclass, field
from typing import Any

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.places import SOURCES_INDEX, document_uri, print_uri, procurement_uri, region_uri, section_uri, segment_uri, source_uri
from kaderwijzer.model import DOMAIN_LABELS, SectionTopic


@dataclass(frozen=True)
class PageSpec:
    src_uri: str
    title: str
    macro: str
    args: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, hash=False)

    def markdown(self) -> str:
        # MkDocs treats page titles as HTML (the theme prints them unescaped), so escape editor text here.
        front = {"title": html.escape(self.title), **self.meta}
        if self.tags:
            front["tags"] = [html.escape(tag) for tag in self.tags]  # the tags plugin prints them unescaped too
        # JSON is valid YAML and escapes any character a title may hold.
        header = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items())
        call = ", ".join(json.dumps(a, ensure_ascii=False) for a in self.args)
        return f"---\n{header}\n---\n\n{{{{ {self.macro}({call}) }}}}\n"


def procurement_label(corpus: Corpus, region_id: str) -> str | None:
    """Title of the region's procurement page, or None when its sources say nothing about buying care.

    "Marktconsultatie" is only in the title when a section of the region is about market consultation.
    """
    sections = [s for d in corpus.documents_by_region.get(region_id, []) for s in corpus.sections_by_document.get(d.id, [])]
    topics = {t for s in sections for t in s.topics}
    segments = [s for d in corpus.documents_by_region.get(region_id, []) for s in corpus.segments_by_document.get(d.id, [])]
    has_buying = (SectionTopic.inkoop in topics or any(s.procurement_facts for s in sections)
                  or any(s.procurement or s.expected_providers or s.choice_freedom for s in segments))
    if SectionTopic.marktconsultatie in topics:
        return "Inkoop en marktconsultatie" if has_buying else "Marktconsultatie"
    return "Inkoop" if has_buying else None


def _document_tags(corpus: Corpus, doc_id: str) -> tuple[str, ...]:
    doc = corpus.documents[doc_id]
    region = corpus.regions[doc.region]
    if not doc.domains:
        return ()
    return (*(DOMAIN_LABELS[d] for d in doc.domains), region.short_name or region.name)


def source_specs(corpus: Corpus) -> list[PageSpec]:
    """One page per source document; the list of them is content/bronnen/index.md."""
    return [PageSpec(source_uri(s.id), s.title, "source_page", (s.id,)) for s in corpus.sources.values()]


def page_specs(corpus: Corpus) -> list[PageSpec]:
    specs: list[PageSpec] = source_specs(corpus)
    for region in corpus.regions.values():
        specs.append(PageSpec(region_uri(region.id), region.name, "region_page", (region.id,)))
        label = procurement_label(corpus, region.id)
        if label:
            specs.append(PageSpec(procurement_uri(region.id), f"{label} {region.name}", "procurement_page", (region.id,)))
        # Not in search: it repeats every other page of the region (and would double the index and its build cost).
        specs.append(PageSpec(print_uri(region.id), f"{region.name}: volledig kader (printversie)", "print_page", (region.id,),
                              meta={"kw_print": "true", "search": {"exclude": True}}))
        for doc in corpus.documents_by_region.get(region.id, []):
            doc_tags = _document_tags(corpus, doc.id)
            specs.append(PageSpec(document_uri(region.id, doc.id), doc.title, "document_page", (doc.id,), tags=doc_tags))
            # Chapters are listed on Onderwerpen whether or not the region also has segments: a framework may
            # have both, and neither says anything about the other.
            section_tags = doc_tags
            for sec in corpus.sections_by_document.get(doc.id, []):
                title = f"{sec.number} {sec.title}" if sec.number else sec.title
                specs.append(PageSpec(section_uri(region.id, doc.id, sec.id), title, "section_page", (sec.id,), tags=section_tags))
            for seg in corpus.segments_by_document.get(doc.id, []):
                title = f"{seg.code} {seg.name}" if seg.code else seg.name
                tags = (*(d.label for d in seg.domains), region.short_name or region.name)
                specs.append(PageSpec(segment_uri(region.id, seg.id), title, "segment_page", (seg.id,), tags=tags))
    return specs


# Every page renders the sidebar entries of all regions next to its own. Above this many regions they are
# grouped (sqrt(n) groups of sqrt(n)), so a page's sidebar stops growing linearly with the number of regions.
MAX_FLAT_REGIONS = 12


def region_nav(corpus: Corpus) -> list[dict]:
    """Navigation: region -> document -> sections and segments; many regions in alphabetical groups."""
    nav = _region_entries(corpus)
    if len(nav) <= MAX_FLAT_REGIONS:
        return nav
    groups = alphabetical_groups([html.unescape(next(iter(entry))) for entry in nav])
    return [{"Regio's": [{html.escape(label): [nav[i] for i in members]} for label, members in groups]}]


def alphabetical_groups(names: list[str]) -> list[tuple[str, list[int]]]:
    """Positions in `names`, sorted and cut into sqrt(n) groups of sqrt(n), each with guide words as label.

    The sidebar and the home page's region list use the same groups, so a visitor sees one order.
    """
    order = sorted(range(len(names)), key=lambda i: names[i].casefold())
    count = math.ceil(math.sqrt(len(order)))
    groups, start = [], 0
    for i in range(count):  # sizes differ by at most one
        end = start + len(order) // count + (1 if i < len(order) % count else 0)
        groups.append(order[start:end])
        start = end
    grouped_names = [[names[i] for i in group] for group in groups]
    return [(_group_label(grouped_names, i), group) for i, group in enumerate(groups)]


def _group_label(names: list[list[str]], index: int) -> str:
    """Guide words like a dictionary's, `Am–Br`: as many letters as it takes to tell neighbours apart."""
    group = names[index]
    if len(group) == 1:
        return group[0]
    first, last = group[0], group[-1]
    pairs = [(first, last)]
    if index > 0:
        pairs.append((first, names[index - 1][-1]))
    if index + 1 < len(names):
        pairs.append((last, names[index + 1][0]))
    length = 1 + max(len(os.path.commonprefix([a.casefold(), b.casefold()])) for a, b in pairs)
    return f"{first[:length].strip()}–{last[:length].strip()}"


def _region_entries(corpus: Corpus) -> list[dict]:
    nav: list[dict] = []
    for region in corpus.regions.values():
        items: list = [region_uri(region.id)]
        label = procurement_label(corpus, region.id)
        if label:
            items.append({label: procurement_uri(region.id)})
        for doc in corpus.documents_by_region.get(region.id, []):
            doc_items: list = [document_uri(region.id, doc.id)]
            doc_items += [section_uri(region.id, doc.id, s.id) for s in corpus.sections_by_document.get(doc.id, [])]
            segments = corpus.segments_by_document.get(doc.id, [])
            if segments:
                doc_items.append({"Segmenten": [segment_uri(region.id, s.id) for s in segments]})
            items.append({html.escape(doc.title): doc_items})
        items.append({"Printversie": print_uri(region.id)})
        nav.append({html.escape(region.name): items})  # section titles are HTML too, like page titles
    return nav


def source_nav(corpus: Corpus) -> list:
    """Navigation: the list of sources, then one entry per source."""
    return [SOURCES_INDEX, *(source_uri(s) for s in corpus.sources)]


def redirects(corpus: Corpus) -> dict[str, str]:
    """Old page source -> current page source, for segments whose id changed."""
    return {
        segment_uri(seg.region, old): segment_uri(seg.region, seg.id)
        for seg in corpus.segments.values()
        for old in seg.former_ids
    }
