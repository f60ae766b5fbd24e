"""What a region has, in words: every kind of framework is described by its own parts, never by "0 …".

Pure functions over the corpus; the overview macros and the region pages turn them into text.
"""

from __future__ import annotations

from dataclasses import dataclass

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model import DecisionList, DecisionListKind, Document, DocumentKind, Region


def is_advice(doc: Document) -> bool:
    """A note that asks the college to decide: its numbered points are proposals, not decisions taken."""
    return doc.kind == DocumentKind.adviesnota or doc.status.value == "advies"


def counted(n: int, singular: str, plural: str) -> str | None:
    """`1 besluit`, `3 besluiten`; nothing for zero, so no page says "0 …"."""
    if n <= 0:
        return None
    return f"{n} {singular if n == 1 else plural}"


def join_nl(parts: list[str]) -> str:
    """`a, b en c`."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]


@dataclass(frozen=True)
class DecisionGroup:
    """The numbered points of one decision list; advice points are proposals to the college."""

    decision_list: DecisionList
    document: Document
    advice: bool

    @property
    def heading(self) -> str:
        return "Voorstellen aan het college" if self.advice else "Besluiten"


def decision_groups(corpus: Corpus, region: str | None = None, document: str | None = None) -> list[DecisionGroup]:
    groups = []
    for dl in corpus.decision_lists:
        if region not in (None, dl.region) or document not in (None, dl.document):
            continue
        doc = corpus.documents[dl.document]
        groups.append(DecisionGroup(dl, doc, is_advice(doc) or dl.kind == DecisionListKind.advice))
    return groups


@dataclass(frozen=True)
class RegionProfile:
    documents: int
    sections: int
    items: tuple[tuple[str, str, int], ...]  # (singular, plural, count) per item kind, in the documents' own words
    segments: int
    decisions: int
    proposals: int
    milestones: int
    procurement_facts: int

    def parts(self) -> list[str]:
        """What the region's framework holds, largest building blocks first; zero counts are left out."""
        return [p for p in (
            counted(self.documents, "document", "documenten"),
            counted(self.sections, "hoofdstuk", "hoofdstukken"),
            *(counted(n, singular, plural) for singular, plural, n in self.items),
            counted(self.segments, "segment", "segmenten"),
            counted(self.decisions, "besluit", "besluiten"),
            counted(self.proposals, "voorstel aan het college", "voorstellen aan het college"),
            counted(self.milestones, "mijlpaal", "mijlpalen"),
        ) if p]

    def sentence(self) -> str:
        return join_nl(self.parts())


def item_kinds_label(doc: Document) -> str:
    """`Speerpunten en hoofddoelstellingen`: the plural labels of a document's item kinds."""
    text = join_nl([k.plural for k in doc.item_kinds])
    return text[:1].upper() + text[1:]


def item_counts(corpus: Corpus, region_id: str) -> tuple[tuple[str, str, int], ...]:
    """Policy items per label, as the region's documents name them; kinds with the same words count together."""
    counts: dict[tuple[str, str], int] = {}
    for placed in corpus.items_in(region_id):
        key = (placed.kind.singular, placed.kind.plural)
        counts[key] = counts.get(key, 0) + 1
    return tuple((singular, plural, n) for (singular, plural), n in counts.items())


def region_profile(corpus: Corpus, region_id: str) -> RegionProfile:
    sections = [s for d in corpus.documents_by_region.get(region_id, []) for s in corpus.sections_by_document.get(d.id, [])]
    groups = decision_groups(corpus, region_id)
    return RegionProfile(
        documents=len(corpus.documents_by_region.get(region_id, [])),
        sections=len(sections),
        items=item_counts(corpus, region_id),
        segments=len(corpus.segments_in(region_id)),
        decisions=sum(len(g.decision_list.decisions) for g in groups if not g.advice),
        proposals=sum(len(g.decision_list.decisions) for g in groups if g.advice),
        milestones=len(corpus.milestones(region_id)),
        procurement_facts=sum(len(s.procurement_facts) for s in sections),
    )


def municipalities_phrase(corpus: Corpus, region_id: str) -> str:
    """`7 gemeenten`; says so when the sources name fewer than there are."""
    region = corpus.regions[region_id]
    total = region.municipality_total
    text = counted(total, "gemeente", "gemeenten") or ""
    named = len(region.municipalities)
    if named < total:
        if named == 0:
            text += "; de bronnen noemen ze niet bij naam"
        else:
            text += f"; de bronnen noemen alleen {join_nl(list(region.municipalities))} bij naam"
    return text


def municipalities_line(region: Region) -> str:
    """For the region page: `10 gemeenten: A, B, …`, or the count with the names the sources give."""
    total = region.municipality_total
    text = counted(total, "gemeente", "gemeenten") or ""
    names = list(region.municipalities)
    if len(names) == total:
        return f"{text}: {', '.join(names)}"
    if not names:
        return f"{text} (de bronnen noemen ze niet bij naam)"
    return f"{text}; de bronnen noemen alleen {join_nl(names)} bij naam"
