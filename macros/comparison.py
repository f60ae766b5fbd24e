"""Vergelijken for any number of regions: an index of segment types, and one page per type that lists every
region's cell one after the other (a chooser, with JavaScript, narrows it to the regions a visitor picks).

Every region gets the same rows; a row without a record says so in the same words for every region
("niet op deze site"), never what the source would or would not contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from kaderwijzer.model import ItemCategory
from kaderwijzer.model.places import region_uri, section_uri

from .markup import ABSENT, SERVICE_TYPE_LABELS
from .profile import join_nl, region_profile

if TYPE_CHECKING:
    from .render import Renderer

COMPARISON_PAGE = "vergelijken.md"


def type_page(type_id: str) -> str:
    """The hand-written stub of one type's comparison (content/vergelijken/<type>.md)."""
    return f"vergelijken/{type_id}.md"


@dataclass
class RegionCell:
    """What one region has for one segment type: its segments, and procurement facts stated in chapters."""

    region: Any
    segments: list[Any] = field(default_factory=list)
    facts: list[tuple[Any, Any]] = field(default_factory=list)  # (section, procurement fact)

    @property
    def present(self) -> bool:
        return bool(self.segments or self.facts)


def entry(name: str, texts: list[str], intro: str | None = None) -> dict[str, Any]:
    """One record's part of a cell: whose it is, an optional lead-in from the source, and its texts."""
    return {"name": name, "intro": intro, "texts": texts}


class Comparison:
    def __init__(self, renderer: Renderer):
        self.r = renderer
        self.corpus = renderer.corpus
        self.links = renderer.links

    # ---- what each region has per type ------------------------------------
    def cells(self, type_id: str) -> list[RegionCell]:
        cells = []
        # Alphabetical, as a visitor looks a region up in a long list (and as the chooser lists them).
        for region in sorted(self.corpus.regions.values(), key=lambda r: r.name.casefold()):
            cell = RegionCell(region)
            cell.segments = [s for s in self.corpus.segments_in(region.id)
                             if s.service_type is not None and s.service_type.value == type_id]
            cell.facts = [(sec, fact) for doc in self.corpus.documents_by_region.get(region.id, [])
                          for sec in self.corpus.sections_by_document.get(doc.id, [])
                          for fact in sec.procurement_facts if fact.service_type.value == type_id]
            cells.append(cell)
        return cells

    # ---- the index page ---------------------------------------------------------
    def index(self) -> str:
        types = []
        for type_id, label in sorted(SERVICE_TYPE_LABELS.items(), key=lambda item: item[1].casefold()):
            present = [c for c in self.cells(type_id) if c.present]
            if present:
                types.append({"label": label, "href": self.links.md(type_page(type_id)), "count": len(present),
                              "regions": join_nl([c.region.short_name or c.region.name for c in present])
                              if len(present) <= 4 else None})
        untyped = [self.r._segment_link(s) for s in self.corpus.segments_in() if s.service_type is None]
        no_segments = [{"name": r.name, "href": self.links.md(region_uri(r.id)),
                        "has": region_profile(self.corpus, r.id).sentence()}
                       for r in self.corpus.regions.values() if not self.corpus.segments_in(r.id)]
        return self.r._render("comparison_index.md.j2", types=types, untyped=untyped, no_segments=no_segments,
                              goals_outside=self._goals_outside(),
                              regions=len(self.corpus.regions))

    def _goals_outside(self) -> list[dict[str, Any]]:
        """Per region, goals its documents state outside segments, counted under the document's own word for them."""
        rows = []
        for r in sorted(self.corpus.regions.values(), key=lambda r: r.name.casefold()):
            by_kind: dict[tuple[str, str], list[Any]] = {}
            for p in self.corpus.items_in(r.id, ItemCategory.doel):
                by_kind.setdefault((p.kind.singular, p.kind.plural), []).append(p.section)
            if by_kind:
                parts = []
                for (singular, plural), sections in by_kind.items():
                    unique = list({s.id: s for s in sections}.values())
                    links = Markup(", ").join(
                        Markup('<a href="{}">{}</a>').format(self.links.url(section_uri(s.region, s.document, s.id)),
                                                             f"{s.number} {s.title}" if s.number else s.title)
                        for s in unique)
                    parts.append(Markup("{} {} ({})").format(len(sections), singular if len(sections) == 1 else plural, links))
                rows.append({"id": r.id, "name": r.name, "href": self.links.url(region_uri(r.id)),
                             "goals": Markup(join_nl(parts))})
        return rows

    # ---- one page per type ---------------------------------------------------
    def type_page(self, type_id: str) -> str:
        label = SERVICE_TYPE_LABELS[type_id]
        cells = self.cells(type_id)
        regions = [self._region(c) for c in cells if c.present]
        # The same rows for every region; a row no region on this page has at all is left out for all of them.
        used = {label for r in regions for label, entries in r["rows"] if entries}
        for r in regions:
            r["rows"] = [(label, entries) for label, entries in r["rows"] if label in used]
        return self.r._render(
            "comparison_type.html.j2",
            label=label,
            type_id=type_id,
            regions=regions,
            absent=[{"name": c.region.name, "href": self.links.url(region_uri(c.region.id))} for c in cells if not c.present],
            index_href=self.links.url(COMPARISON_PAGE),
        )

    def _region(self, cell: RegionCell) -> dict[str, Any]:
        segs = [{**self.r._segment_link(s, html=True), "seg": s} for s in cell.segments]
        facts = [{"title": fact.title, "procurement": fact.procurement, "providers": fact.providers,
                  "section": self._section_link(sec)} for sec, fact in cell.facts]
        return {
            "id": cell.region.id,
            "name": cell.region.name,
            "href": self.links.url(region_uri(cell.region.id)),
            "segments": segs,
            "facts": facts,
            "rows": [
                ("Doelgroep", [entry(s["label"], [t.text for t in s["seg"].target_group]) for s in segs if s["seg"].target_group]),
                ("Ambitie", [entry(s["label"], [s["seg"].ambition]) for s in segs if s["seg"].ambition]),
                ("Doelen", [entry(s["label"], [g.text for g in s["seg"].goals]) for s in segs if s["seg"].goals]),
                # Where the source lists its aims as "Ontwikkelpotentieel" (Noord-Limburg's "segmenten en doelen"),
                # they are shown under that name, never as "0 doelen"; a group's own lead-in ("We willen:") stays.
                ("Ontwikkelpotentieel", [entry(s["label"] if not g.title else f"{s['label']}: {g.title}",
                                               [i.text for i in g.items], g.intro)
                                         for s in segs for g in s["seg"].development_potential]),
                ("Indicatoren", [entry(s["label"], [f"“{i['name']}”: {i['direction']}" for i in self.r._indicator_rows([s["seg"]])])
                                 for s in segs if s["seg"].indicators]),
                ("Inkoop en keuzevrijheid",
                 [entry(s["label"], [t for t in (s["seg"].procurement, s["seg"].choice_freedom) if t]) for s in segs
                  if s["seg"].procurement or s["seg"].choice_freedom]
                 + [entry(f["title"], [f["procurement"]]) for f in facts]),
                ("Aantal aanbieders",
                 [entry(s["label"], [s["seg"].expected_providers]) for s in segs if s["seg"].expected_providers]
                 + [entry(f["title"], [f["providers"]]) for f in facts if f["providers"]]),
            ],
            "absent": ABSENT,
        }

    def _section_link(self, sec: Any) -> dict[str, str]:
        label = f"{sec.number} {sec.title}" if sec.number else sec.title
        return {"label": label, "href": self.links.url(section_uri(sec.region, sec.document, sec.id))}
