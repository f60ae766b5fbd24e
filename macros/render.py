"""The page macros: one page per region, document, section and segment, the print page, and every page's footer."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from markupsafe import Markup

from kaderwijzer.model.status import build_date
from kaderwijzer.model import DOMAIN_LABELS
from kaderwijzer.site.pages import (
    document_uri,
    print_uri,
    procurement_label,
    procurement_uri,
    region_uri,
    section_uri,
)

from .blocks import BlockMacros
from .items import ItemViews
from .markup import first_sentence
from .profile import decision_groups, municipalities_line
from .sources import KIND_LABELS
from .timeline import date_label, milestone_row, status_line


class Renderer(ItemViews, BlockMacros):
    MACROS = (
        "segment_page",
        "section_page",
        "document_page",
        "region_page",
        "procurement_page",
        "print_page",
        "segment_card",
        "segment_table",
        "indicator_table",
        "glossary",
        "term",
        "page_footer",
        "indicator_overview",
        "relation_diagram",
    )

    # ---- page macros --------------------------------------------------
    def segment_page(self, segment_id: str) -> str:
        seg = self.corpus.segments[segment_id]
        region = self.corpus.regions[seg.region]
        doc = self.corpus.documents[seg.document]
        return self._render(
            "segment.md.j2",
            seg=seg,
            region={"name": region.name, "href": self.links.md(region_uri(region.id))},
            document={"title": doc.title, "href": self.links.md(document_uri(region.id, doc.id))},
            domains=[DOMAIN_LABELS[d] for d in seg.domains],
            code_label=seg.code and (f"{seg.code} ({seg.group})" if seg.group else seg.code),
            caption=f"Indicatoren van segment {seg.name}",
            show_segment=False,
            show_region=False,
            service_description=self._scope(seg.service_description),
            target_group=self._scope(seg.target_group),
            goals=[{"text": g.text, "domain": g.domain and DOMAIN_LABELS[g.domain], "reference": g.reference} for g in seg.goals],
            indicators=self._indicator_rows([seg]),
            related=[self._segment_link(self.corpus.segments[i]) for i in seg.related],
            related_from=[self._segment_link(self.corpus.segments[i])
                          for i in self.corpus.related_from.get(seg.id, []) if i not in seg.related],
            diagram=Markup(self.relation_diagram(segment=seg.id)),
            sources=self._sources(seg.sources),
            other_sources=self._other_sources(seg.sources, doc.sources),
        )

    def section_page(self, section_id: str) -> str:
        sec = self.corpus.sections[section_id]
        doc = self.corpus.documents[sec.document]
        related = [
            {"label": (f"{o.number} {o.title}" if o.number else o.title),
             "href": self.links.md(section_uri(o.region, o.document, o.id))}
            for o in (self.corpus.sections[i] for i in sec.related_sections)
        ]
        return self._render(
            "section.md.j2",
            sec=sec,
            document={"title": doc.title, "href": self.links.md(document_uri(doc.region, doc.id))},
            related=related,
            items=self._section_items(sec.id),
            sources=self._sources(sec.sources),
        )

    def document_page(self, document_id: str) -> str:
        doc = self.corpus.documents[document_id]
        region = self.corpus.regions[doc.region]
        sections = [
            {"label": (f"{s.number} {s.title}" if s.number else s.title), "href": self.links.md(section_uri(s.region, s.document, s.id))}
            for s in self.corpus.sections_by_document.get(doc.id, [])
        ]
        linked: dict[str, Any] = {"follows": None, "part_of": None}
        for key in ("follows", "part_of"):
            other = getattr(doc, key)
            if other:
                o = self.corpus.documents[other]
                linked[key] = {"title": o.title, "href": self.links.md(document_uri(o.region, o.id))}
        parts = [
            {"title": d.title, "href": self.links.md(document_uri(d.region, d.id))}
            for d in self.corpus.documents.values() if d.part_of == doc.id
        ]
        decisions = self._decision_groups(document=doc.id)
        return self._render(
            "document.md.j2",
            doc=doc,
            kind=KIND_LABELS[doc.kind.value],
            date=doc.date and date_label(doc.date),
            status=status_line(doc, build_date()),
            region={"name": region.name, "href": self.links.md(region_uri(region.id))},
            sections=sections,
            segments=[self._segment_link(s) for s in self.corpus.segments_by_document.get(doc.id, [])],
            linked=linked,
            parts=parts,
            decisions=decisions,
            milestones=self._milestones(doc.region, doc.id),
            sources=self._sources(doc.sources),
        )

    def _decision_groups(self, region: str | None = None, document: str | None = None) -> list[dict[str, Any]]:
        """Each decision list apart, numbered as in its source; advice points are shown as proposals."""
        return [{"heading": g.heading, "title": g.decision_list.title, "advice": g.advice,
                 "document": {"title": g.document.title, "href": self.links.md(document_uri(g.document.region, g.document.id))},
                 "decisions": [{"number": d.number, "title": d.title, "text": d.text} for d in g.decision_list.decisions]}
                for g in decision_groups(self.corpus, region, document)]

    def _milestones(self, region: str, document: str | None = None) -> list[dict[str, Any]]:
        rows = []
        for ml, m in self.corpus.milestones(region):
            if document and ml.document != document:
                continue
            rows.append(milestone_row(m, self.corpus.documents[ml.document], ml))
        return rows

    def region_page(self, region_id: str) -> str:
        region = self.corpus.regions[region_id]
        documents = [
            {"title": d.title, "href": self.links.md(document_uri(region.id, d.id)), "kind": KIND_LABELS[d.kind.value].lower(),
             "date": d.date and date_label(d.date), "status": status_line(d, build_date())}
            for d in self.corpus.documents_by_region.get(region.id, [])
        ]
        segments = [
            {**self._segment_link(s), "ambition": s.ambition,
             "domains": ", ".join(DOMAIN_LABELS[d] for d in s.domains)}
            for s in self.corpus.segments_in(region.id)
        ]
        decisions = self._decision_groups(region.id)
        label = procurement_label(self.corpus, region.id)
        return self._render(
            "region.md.j2",
            region=region,
            documents=documents,
            segments=segments,
            decisions=decisions,
            procurement=label and {"label": label, "href": self.links.md(procurement_uri(region.id))},
            municipalities=municipalities_line(region),
            item_kinds=self._region_items(region.id),
            print_href=self.links.md(print_uri(region.id)),
            indicators_href=self.links.url("indicatoren.md") + f"?regio={region.id}",
            indicator_count=sum(len(s.indicators) for s in self.corpus.segments_in(region.id)),
            diagram=Markup(self.relation_diagram(region=region.id)),
            sources=self._sources(region.sources),
        )

    def procurement_page(self, region_id: str) -> str:
        region = self.corpus.regions[region_id]
        topics = [
            {"label": (f"{sec.number} {sec.title}" if sec.number else sec.title),
             "href": self.links.md(section_uri(sec.region, sec.document, sec.id)),
             "summary": first_sentence(sec.summary, 300),
             "groups": [g.title for g in sec.groups if g.title]}
            for doc in self.corpus.documents_by_region.get(region_id, [])
            for sec in self.corpus.sections_by_document.get(doc.id, [])
            if any(t.value in ("inkoop", "marktconsultatie") for t in sec.topics)
        ]
        facts = [
            {"title": fact.title, "procurement": fact.procurement, "providers": fact.providers,
             "section": {"label": f"{sec.number} {sec.title}" if sec.number else sec.title,
                         "href": self.links.md(section_uri(sec.region, sec.document, sec.id))}}
            for doc in self.corpus.documents_by_region.get(region_id, [])
            for sec in self.corpus.sections_by_document.get(doc.id, [])
            for fact in sec.procurement_facts
        ]
        decisions = self._decision_groups(region.id)
        return self._render(
            "procurement.md.j2",
            region=region,
            milestones=self._milestones(region.id),
            topics=topics,
            facts=facts,
            title=procurement_label(self.corpus, region.id),
            segments=[{**self._segment_link(s), "seg": s} for s in self.corpus.segments_in(region.id)],
            decisions=decisions,
            indicators_href=self.links.md("indicatoren.md"),
        )

    def print_page(self, region_id: str) -> str:
        region = self.corpus.regions[region_id]
        parts = [{"title": region.name, "body": self.region_page(region_id)}]
        for doc in self.corpus.documents_by_region.get(region_id, []):
            parts.append({"title": doc.title, "body": self.document_page(doc.id)})
            parts += [{"title": f"{s.number} {s.title}" if s.number else s.title, "body": self.section_page(s.id)}
                      for s in self.corpus.sections_by_document.get(doc.id, [])]
            parts += [{"title": self._segment_link(s)["label"], "body": self.segment_page(s.id)}
                      for s in self.corpus.segments_by_document.get(doc.id, [])]
        # Bodies come from our own autoescaping templates: mark them safe, or `&` would show as `&amp;`.
        parts = [{**part, "body": Markup(part["body"])} for part in parts]
        return self._render("print.md.j2", region=region, parts=parts)

    # ---- every page ---------------------------------------------------
    def _data_files_of(self, src_uri: str) -> list[str]:
        spec = self.site.specs.get(src_uri) if self.site else None
        data_dir = self.site.data_dir if self.site else "data"
        if spec is None:
            return []
        kind = {"segment_page": "segment", "section_page": "section", "document_page": "document", "region_page": "region",
                "source_page": "source"}.get(spec.macro)
        if kind:
            return [f"{data_dir}/{self.corpus.files[(kind, spec.args[0])]}"]
        return [f"{data_dir}/{path}" for path in self._region_files.get(spec.args[0], [])]

    @functools.cached_property
    def _region_files(self) -> dict[str, list[str]]:
        """Data files per region, grouped once (scanning all files per region page would be regions x files)."""
        grouped: dict[str, list[str]] = {}
        for path in self.corpus.files.values():
            folder, _, rest = path.partition("/")
            if folder in ("segments", "sections"):
                grouped.setdefault(rest.split("/", 1)[0], []).append(path)
            elif folder == "regions":
                grouped.setdefault(rest.rsplit(".", 1)[0], []).append(path)
        return grouped

    def page_footer(self) -> str:
        page = self.page()
        src = page.file.src_uri
        dates = self.site.dates if self.site else {}
        sources = self._data_files_of(src) or [f"{Path(page.file.src_dir or 'content').name}/{src}"]
        known = [dates[p] for p in sources if p in dates]
        region_id = src.split("/", 1)[0]
        region = self.corpus.regions.get(region_id)
        return self._render(
            "page_footer.html.j2",
            title=Markup(page.title or ""),  # MkDocs page titles are HTML (ours are escaped in pages.py)
            region=region.name if region else None,
            url=self.site_url + page.url,
            updated=max(known).strftime("%d-%m-%Y") if known else None,
            updated_iso=max(known).isoformat() if known else None,
            edit_url=self.site.edit_url(src) if self.site is not None and hasattr(self.site, "edit_url") else None,
        )
