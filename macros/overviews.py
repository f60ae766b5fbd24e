"""Macros for the pages about all regions: Home, audience pages, Vergelijken and Mijn gemeente.

Each region is described by what its framework has (sections, policy items under the document's own
labels, segments, decisions, milestones), never sorted into one kind of framework or another.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from kaderwijzer.site.pages import (
    MAX_FLAT_REGIONS,
    alphabetical_groups,
    document_uri,
    print_uri,
    procurement_label,
    procurement_uri,
    region_uri,
)
from kaderwijzer.model.status import build_date

from .comparison import Comparison
from .profile import decision_groups, item_kinds_label, join_nl, municipalities_phrase, region_profile
from .markup import first_sentence
from .municipalities import municipality_entries
from .timeline import date_label, status_line

if TYPE_CHECKING:
    from .render import Renderer


def anchor_id(name: str) -> str:
    """`Sint Anthonis` -> `sint-anthonis`, stable for links to one municipality."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


class OverviewMacros:
    MACROS = ("region_list", "region_entries", "comparison", "comparison_type", "municipality_finder")

    def __init__(self, renderer: Renderer):
        self.r = renderer
        self.corpus = renderer.corpus
        self.links = renderer.links

    # ---- Home ---------------------------------------------------------
    def region_list(self) -> str:
        regions = [
            {"name": r.name, "href": self.links.md(region_uri(r.id)), "summary": first_sentence(r.summary),
             "municipalities": municipalities_phrase(self.corpus, r.id),
             "has": region_profile(self.corpus, r.id).sentence(), "frameworks": self._framework_status(r.id)}
            for r in self.corpus.regions.values()
        ]
        groups = None
        if len(regions) > MAX_FLAT_REGIONS:  # a long list gets the sidebar's alphabetical groups and a jump list
            groups = [{"label": label, "anchor": f"regios-{n}", "regions": [regions[i] for i in members]}
                      for n, (label, members) in enumerate(alphabetical_groups([r["name"] for r in regions]), start=1)]
        return self.r._render("region_list.md.j2", regions=regions, groups=groups)

    def _framework_status(self, region_id: str) -> list[dict[str, str]]:
        """Per document: its status and, where it has a period, whether that period runs (as of the build date)."""
        rows = []
        for d in self.corpus.documents_by_region.get(region_id, []):
            if d.part_of:
                continue  # an appendix shares its document's status
            rows.append({"title": d.title, "href": self.links.md(document_uri(region_id, d.id)),
                         "status": status_line(d, build_date())})
        return rows

    # ---- Voor raadsleden / Voor aanbieders ------------------------------
    def region_entries(self, audience: str) -> str:
        """Per region the links one audience needs first: councillors or providers."""
        entries = []
        for r in self.corpus.regions.values():
            profile = region_profile(self.corpus, r.id)
            links = [{"label": f"Overzicht {r.name}", "href": self.links.md(region_uri(r.id))}]
            docs = self.corpus.documents_by_region.get(r.id, [])
            if audience == "raadsleden":
                # A document's policy items, named as the document names them, are read on the document page.
                links += [{"label": f"{item_kinds_label(d)}: {d.title}", "href": self.links.md(document_uri(r.id, d.id))}
                          for d in docs if self.corpus.items_in(document=d.id)]
                links.append({"label": "Het hele kader op één pagina (om te printen of als PDF)", "href": self.links.md(print_uri(r.id))})
                if any(s.indicators for s in self.corpus.segments_in(r.id)):
                    links.append({"label": "Indicatoren van deze regio", "href": self.links.md("indicatoren.md")})
            else:
                label = procurement_label(self.corpus, r.id)
                if label:
                    contents = [what for what, present in (
                        ("planning", profile.milestones),
                        ("inkoopkeuzes", True),
                        ("inkoop per soort zorg", profile.procurement_facts),
                        ("besluiten", profile.decisions),
                        ("voorstellen aan het college", profile.proposals),
                        ("wat de regio per segment vraagt", profile.segments),
                    ) if present]
                    links.append({"label": f"{label}: {join_nl(contents)}", "href": self.links.md(procurement_uri(r.id))})
            entries.append({"id": r.id, "name": r.name, "summary": first_sentence(r.summary), "links": links,
                            "has": profile.sentence(), "frameworks": self._framework_status(r.id)})
        return self.r._render("region_entries.md.j2", entries=entries)

    # ---- Vergelijken ----------------------------------------------------
    def comparison(self) -> str:
        """The index of segment types, each with the number of regions that have something of that type."""
        return Comparison(self.r).index()

    def comparison_type(self, type_id: str) -> str:
        """One segment type: every region's cell, one after the other."""
        return Comparison(self.r).type_page(type_id)

    # ---- Mijn gemeente --------------------------------------------------
    def municipality_finder(self) -> str:
        """Every named municipality with the regions, frameworks and decisions that apply to it."""
        regions = {r.id: self._region_card(r.id) for r in self.corpus.regions.values()}
        # Today's municipalities (after mergers) and those a source names outside a region are found too.
        municipalities = [{**e, "regions": [regions[rid] for rid in e["regions"]]}
                          for e in municipality_entries(self.corpus, lambda rid: self.links.md(region_uri(rid)), anchor_id,
                                                               self.r._sources)]
        partial = [{"name": r.name, "href": self.links.md(region_uri(r.id)),
                    "count": municipalities_phrase(self.corpus, r.id)}
                   for r in self.corpus.regions.values() if len(r.municipalities) < r.municipality_total]
        return self.r._render("municipality_finder.md.j2", municipalities=municipalities, partial=partial)

    def _region_card(self, region_id: str) -> dict[str, Any]:
        region = self.corpus.regions[region_id]
        documents = [{"title": d.title, "href": self.links.md(document_uri(region_id, d.id)), "kind": d.kind.value,
                      "status": status_line(d, build_date()), "date": d.date and date_label(d.date)}
                     for d in self.corpus.documents_by_region.get(region_id, [])]
        groups = [{"heading": g.heading, "title": g.decision_list.title, "count": len(g.decision_list.decisions),
                   "href": self.links.md(document_uri(region_id, g.document.id), anchor_id(g.heading))}
                  for g in decision_groups(self.corpus, region_id)]
        label = procurement_label(self.corpus, region_id)
        return {"name": region.name, "href": self.links.md(region_uri(region_id)),
                "municipalities": municipalities_phrase(self.corpus, region_id),
                "documents": documents, "decision_groups": groups,
                "procurement": label and {"label": label, "href": self.links.md(procurement_uri(region_id))}}
