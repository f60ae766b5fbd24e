"""The validated whole: every record by id, plus links in both directions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kaderwijzer.model import (
    Decision,
    DecisionList,
    Document,
    Domain,
    GlossaryTerm,
    ItemCategory,
    ItemKind,
    Milestone,
    MilestoneList,
    PolicyItem,
    Region,
    Section,
    Segment,
    Source,
)


@dataclass(frozen=True)
class Ref:
    """Decision or milestone with the region and document of its file."""

    region: str
    document: str
    title: str


@dataclass(frozen=True)
class PlacedItem:
    """A policy item with the section it stands in and its kind as the document names it."""

    section: Section
    item: PolicyItem
    kind: ItemKind

    @property
    def category(self) -> ItemCategory:
        return self.kind.category

    @property
    def heading(self) -> str:
        """`Speerpunt 3: Titel`, `Hoofddoelstelling`: the document's own word for the item, with its number and title."""
        word = self.kind.singular[:1].upper() + self.kind.singular[1:]
        if self.item.number is not None:
            word = f"{word} {self.item.number}"
        return f"{word}: {self.item.title}" if self.item.title else word


@dataclass
class Corpus:
    sources: dict[str, Source] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)
    segments: dict[str, Segment] = field(default_factory=dict)
    terms: dict[str, GlossaryTerm] = field(default_factory=dict)
    former_terms: dict[str, str] = field(default_factory=dict)  # former term id -> current id
    decision_lists: list[DecisionList] = field(default_factory=list)
    milestone_lists: list[MilestoneList] = field(default_factory=list)
    # Relative file paths (under data/) per (kind, id), for "edit this" links and exports.
    files: dict[tuple[str, str], str] = field(default_factory=dict)
    seeds_dir: Path | None = None  # folder of the sources' local copies

    # Derived indexes, filled by `index()` once the corpus is known to be valid.
    related_from: dict[str, list[str]] = field(default_factory=dict)
    segments_by_document: dict[str, list[Segment]] = field(default_factory=dict)
    sections_by_document: dict[str, list[Section]] = field(default_factory=dict)
    documents_by_region: dict[str, list[Document]] = field(default_factory=dict)

    def index(self) -> Corpus:
        back: dict[str, set[str]] = defaultdict(set)
        for seg in self.segments.values():
            for other in seg.related:
                back[other].add(seg.id)
        self.related_from = {k: sorted(v) for k, v in back.items()}
        by_doc: dict[str, list[Segment]] = defaultdict(list)
        for seg in self.segments.values():
            by_doc[seg.document].append(seg)
        self.segments_by_document = {k: sorted(v, key=lambda s: (s.order, s.code or "", s.name)) for k, v in by_doc.items()}
        sec_by_doc: dict[str, list[Section]] = defaultdict(list)
        for sec in self.sections.values():
            sec_by_doc[sec.document].append(sec)
        self.sections_by_document = {k: sorted(v, key=lambda s: (s.order, s.number or "", s.title)) for k, v in sec_by_doc.items()}
        docs: dict[str, list[Document]] = defaultdict(list)
        for doc in self.documents.values():
            docs[doc.region].append(doc)
        self.documents_by_region = {k: sorted(v, key=lambda d: (d.order, d.title)) for k, v in docs.items()}
        return self

    # Queries used by pages and exports.
    def segments_in(self, region: str | None = None, domain: Domain | str | None = None) -> list[Segment]:
        wanted = Domain(domain) if domain else None
        result = []
        for doc_id in self.document_ids(region):
            for seg in self.segments_by_document.get(doc_id, []):
                if wanted is None or wanted in seg.domains:
                    result.append(seg)
        return result

    def document_ids(self, region: str | None = None) -> list[str]:
        regions = [region] if region else list(self.regions)
        return [d.id for r in regions for d in self.documents_by_region.get(r, [])]

    def related_of(self, segment_id: str) -> list[Segment]:
        """Both directions: segments this one names, and segments that name it."""
        seg = self.segments[segment_id]
        ids = list(dict.fromkeys([*seg.related, *self.related_from.get(segment_id, [])]))
        return [self.segments[i] for i in ids]

    def items_in(self, region: str | None = None, category: ItemCategory | None = None,
                 document: str | None = None, section: str | None = None) -> list[PlacedItem]:
        """Policy items in reading order (documents, sections, items), optionally of one shared category."""
        result = []
        for doc_id in ([document] if document else self.document_ids(region)):
            doc = self.documents[doc_id]
            for sec in self.sections_by_document.get(doc_id, []):
                if section is not None and sec.id != section:
                    continue
                for item in sec.items:
                    kind = doc.item_kind(item.kind)
                    assert kind is not None, (sec.id, item.id)  # validation checked every kind
                    if category is None or kind.category == category:
                        result.append(PlacedItem(sec, item, kind))
        return result

    def goal_count(self, region: str | None = None) -> int:
        """Goals of segments and goals stated as items outside segments: every goal counts as a goal."""
        return (sum(len(s.goals) for s in self.segments_in(region))
                + len(self.items_in(region, ItemCategory.doel)))

    def decisions(self, region: str | None = None) -> list[tuple[DecisionList, Decision]]:
        return [(dl, d) for dl in self.decision_lists if region in (None, dl.region) for d in dl.decisions]

    def milestones(self, region: str | None = None) -> list[tuple[MilestoneList, Milestone]]:
        # Each planning in its own explicit order: an undated step has no date to sort by.
        return [(ml, m) for ml in self.milestone_lists if region in (None, ml.region)
                for m in sorted(ml.milestones, key=lambda m: m.order)]

    def counts(self) -> dict[str, int]:
        return {
            "bronnen": len(self.sources),
            "regio's": len(self.regions),
            "documenten": len(self.documents),
            "hoofdstukken": len(self.sections),
            "segmenten": len(self.segments),
            "doelen": self.goal_count(),
            "indicatoren": sum(len(s.indicators) for s in self.segments.values()),
            "begrippen": len(self.terms),
            "besluiten": sum(len(d.decisions) for d in self.decision_lists),
            "mijlpalen": sum(len(m.milestones) for m in self.milestone_lists),
        }
