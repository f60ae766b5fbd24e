"""Macros that render corpus records through the Jinja templates in macros/templates/."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable

import markdown as md_lib
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from kaderwijzer.corpus import Corpus
from kaderwijzer.status import build_date
from kaderwijzer.termlinks import tooltip
from kaderwijzer.model import DOMAIN_LABELS, Direction, Domain, Segment
from kaderwijzer.pages import (
    document_uri,
    print_uri,
    procurement_label,
    procurement_uri,
    region_uri,
    section_uri,
    segment_uri,
)

from .profile import decision_groups, municipalities_line
from .diagram import HEIGHT, NODE_H, NODE_W, WIDTH, circle_layout
from .links import Links
from .sources import KIND_LABELS, cite
from .timeline import STATUS_LABELS, date_label, milestone_row, period_line

TEMPLATES = Path(__file__).parent / "templates"
GLOSSARY_PAGE = "begrippen.md"

DIRECTIONS = {
    Direction.toename: ("toename", "↑"),
    Direction.afname: ("afname", "↓"),
    Direction.stabilisatie: ("stabilisatie", "→"),
}
THEME_LABELS = {
    "wachttijd": "Wachttijd",
    "duur": "Duur",
    "instroom-uitstroom": "Instroom en uitstroom",
    "aantallen": "Aantallen",
    "terugval": "Terugval",
    "tevredenheid": "Tevredenheid",
    "kwaliteit": "Kwaliteit",
}


SERVICE_TYPE_LABELS = {
    "hulp-bij-het-huishouden": "Hulp bij het huishouden",
    "respijtzorg": "Respijtzorg en logeren",
    "begeleiding": "Begeleiding",
    "dagbesteding": "Dagbesteding",
    "wonen": "Wonen en beschermd wonen",
    "crisis": "Crisis",
    "jeugdbescherming": "Jeugdbescherming",
    "jeugdreclassering": "Jeugdreclassering",
    "behandeling": "Behandeling",
    "specialistische-jeugdhulp": "Specialistische jeugdhulp",
    "gesloten-jeugdhulp": "Gesloten jeugdhulp",
    "forensische-zorg": "Forensische zorg",
    "werk-en-participatie": "Werk en participatie",
}


def first_sentence(text: str, limit: int = 220) -> str:
    """One line for overviews: the first sentence, cut at a word when too long."""
    text = " ".join(text.split())
    for mark in (". ", "? ", "! "):
        if mark in text:
            text = text.split(mark, 1)[0] + mark.strip()
            break
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# One converter for all cells: building a Markdown instance costs more than converting a short text.
_CONVERTER = md_lib.Markdown(extensions=["sane_lists"])


def _markdown_block(text: str) -> Markup:
    # Escape first: text is Markdown, never HTML.
    return _convert(str(escape(text)))


@functools.lru_cache(maxsize=8192)  # the same names and values recur on overview and print pages
def _convert(escaped: str) -> Markup:
    return Markup(_CONVERTER.reset().convert(escaped))


def _markdown_inline(text: str) -> Markup:
    html = str(_markdown_block(text)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


@functools.cache
def _environment() -> Environment:
    # Shared by every build in this process, so `mkdocs serve` compiles each template once (edits still reload).
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = _markdown_block
    env.filters["mdi"] = _markdown_inline
    return env


class Renderer:
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

    def __init__(self, corpus: Corpus, current_page: Callable[[], Any], site: Any = None, site_url: str | None = None):
        self.corpus = corpus
        self.page = current_page
        self.links = Links(current_page)
        self.env = _environment()
        self.site = site  # the kaderwijzer plugin: page specs and git dates
        self.site_url = (site_url or "").rstrip("/") + "/"

    def _render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    # ---- view helpers -------------------------------------------------
    def _segment_link(self, seg: Segment, html: bool = False) -> dict[str, str]:
        target = segment_uri(seg.region, seg.id)
        label = f"{seg.code} {seg.name}" if seg.code else seg.name
        return {"label": label, "href": self.links.url(target) if html else self.links.md(target)}

    def _indicator_rows(self, segments: list[Segment]) -> list[dict[str, Any]]:
        rows = []
        for seg in segments:
            region = self.corpus.regions[seg.region]
            for ind in seg.indicators:
                word, symbol = DIRECTIONS[ind.direction]
                rows.append({
                    "segment": self._segment_link(seg, html=True),
                    "region": region.short_name or region.name,
                    "name": ind.name,
                    "definition": ind.definition,
                    "direction": word,
                    "symbol": symbol,
                    "theme": THEME_LABELS[ind.theme.value],
                    "domain": (ind.domain or None) and DOMAIN_LABELS[ind.domain],
                    "domains": " ".join(d.value for d in ([ind.domain] if ind.domain else seg.domains)),
                    "region_id": seg.region,
                    "theme_id": ind.theme.value,
                })
        return rows

    def _scope(self, items: list[Any]) -> list[dict[str, Any]]:
        return [{"label": DOMAIN_LABELS[i.domain] if i.domain else None, "text": i.text} for i in items]

    def _sources(self, sources: list[Any]) -> list[dict[str, Any]]:
        return cite(self.corpus, self.links, sources)

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
            period=doc.period and period_line(doc.period, build_date()).removeprefix("Looptijd "),
            status=STATUS_LABELS[doc.status],
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
             "date": d.date and date_label(d.date), "period": d.period and period_line(d.period, build_date()),
             "status": STATUS_LABELS[d.status]}
            for d in self.corpus.documents_by_region.get(region.id, [])
        ]
        segments = [
            {**self._segment_link(s), "ambition": s.ambition and first_sentence(s.ambition),
             "domains": ", ".join(DOMAIN_LABELS[d] for d in s.domains)}
            for s in self.corpus.segments_in(region.id)
        ]
        decisions = self._decision_groups(region.id)
        label = procurement_label(self.corpus, region.id)
        # A framework without segments is read through its themes: each with its speerpunten.
        themes = [
            {"label": f"{s.number} {s.title}" if s.number else s.title,
             "href": self.links.md(section_uri(s.region, s.document, s.id)),
             "priorities": [p.title for p in s.priorities]}
            for d in self.corpus.documents_by_region.get(region.id, [])
            for s in self.corpus.sections_by_document.get(d.id, []) if s.priorities
        ]
        return self._render(
            "region.md.j2",
            region=region,
            documents=documents,
            segments=segments,
            decisions=decisions,
            procurement=label and {"label": label, "href": self.links.md(procurement_uri(region.id))},
            municipalities=municipalities_line(region),
            themes=themes,
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

    # ---- building-block macros -----------------------------------------
    def segment_card(self, segment_id: str) -> str:
        seg = self.corpus.segments[segment_id]
        return self._render("segment_card.html.j2", link=self._segment_link(seg, html=True), seg=seg,
                            domains=[DOMAIN_LABELS[d] for d in seg.domains])

    def segment_table(self, region: str | None = None, domain: str | None = None) -> str:
        segments = self.corpus.segments_in(region, domain)
        rows = [
            {**self._segment_link(s, html=True), "region": self.corpus.regions[s.region].short_name or self.corpus.regions[s.region].name,
             "domains": ", ".join(DOMAIN_LABELS[d] for d in s.domains), "ambition": s.ambition,
             "goals": len(s.goals), "indicators": len(s.indicators)}
            for s in segments
        ]
        return self._render("segment_table.html.j2", rows=rows, caption=self._caption("Segmenten", region, domain))

    def indicator_table(self, region: str | None = None, domain: str | None = None) -> str:
        rows = self._indicator_rows(self.corpus.segments_in(region, domain))
        if domain:
            rows = [r for r in rows if domain in r["domains"].split()]
        return self._render("indicator_table.html.j2", indicators=rows, caption=self._caption("Indicatoren", region, domain),
                            show_region=region is None, show_segment=True)

    def indicator_overview(self) -> str:
        """All indicators, one table per theme, with domain and region filters (progressive enhancement)."""
        rows = self._indicator_rows(list(self.corpus.segments_in()))
        groups = [
            {"id": theme_id, "label": label, "rows": [r for r in rows if r["theme_id"] == theme_id]}
            for theme_id, label in THEME_LABELS.items()
        ]
        regions = [{"id": r.id, "name": r.name} for r in self.corpus.regions.values()
                   if any(row["region_id"] == r.id for row in rows)]
        domains = [{"id": d.value, "name": DOMAIN_LABELS[d]} for d in Domain
                   if any(d.value in row["domains"].split() for row in rows)]
        return self._render("indicator_overview.html.j2", groups=[g for g in groups if g["rows"]],
                            regions=regions, domains=domains, total=len(rows))

    def relation_diagram(self, region: str | None = None, segment: str | None = None) -> str:
        """SVG of 'raakvlakken', drawn at build time; the same relations are listed next to it as links."""
        if segment:
            seg = self.corpus.segments[segment]
            members = [seg, *self.corpus.related_of(seg.id)]
            pairs = [(seg.id, o.id) for o in members[1:]]
            title = f"Raakvlakken van {seg.name}"
            center = seg.id
        else:
            members = self.corpus.segments_in(region)
            pairs = sorted({tuple(sorted((s.id, o))) for s in members for o in s.related})
            title = f"Raakvlakken tussen de segmenten van {self.corpus.regions[region].name}"
            center = None
        if len(members) < 2 or not pairs:
            return ""
        links = {s.id: self._segment_link(s, html=True) for s in members}
        nodes, edges = circle_layout({k: v["label"] for k, v in links.items()}, pairs, center)
        listed = [{**links[a], "others": [links[b] for x, b in pairs if x == a] + [links[x] for x, b in pairs if b == a]}
                  for a in links if segment is None]
        return self._render("diagram.html.j2", nodes=nodes, edges=edges, width=WIDTH, height=HEIGHT, node_w=NODE_W,
                            node_h=NODE_H, title=title, diagram_id=f"diagram-{segment or region}",
                            caption=f"{title}. " + ("Dezelfde verbanden staan in de lijst hieronder." if segment is None
                                                     else "Dezelfde verbanden staan in de lijst hierboven."),
                            listed=[item for item in listed if item["others"]])

    def _caption(self, what: str, region: str | None, domain: str | None) -> str:
        parts = [what]
        if region:
            parts.append(f"in {self.corpus.regions[region].name}")
        if domain:
            parts.append(f"voor {DOMAIN_LABELS[Domain(domain)]}")
        return " ".join(parts)

    def glossary(self) -> str:
        terms = sorted(self.corpus.terms.values(), key=lambda t: t.term.casefold())
        letters: dict[str, list[dict[str, Any]]] = {}
        for t in terms:
            letter = t.term[0].upper() if t.term[0].isalpha() else "#"
            letters.setdefault(letter, []).append({
                "id": t.id, "former_ids": t.former_ids, "term": t.term, "abbreviation": t.abbreviation,
                "definitions": [
                    {"text": d.text, "region": d.region and self.corpus.regions[d.region].name,
                     "general": d.general_knowledge, "sources": self._sources(d.sources)}
                    for d in t.definitions
                ],
                "see_also": [{"id": o, "term": self.corpus.terms[o].term} for o in t.see_also],
            })
        return self._render("glossary.md.j2", letters=letters)

    def term(self, term_id: str, label: str | None = None) -> str:
        t = self.corpus.terms[self.corpus.former_terms.get(term_id, term_id)]
        text = label or t.abbreviation or t.term
        page = self.page()
        region = page.file.src_uri.split("/", 1)[0] if page is not None else None
        title = tooltip(self.corpus, t.id, region if region in self.corpus.regions else None)
        return self._render("term.html.j2", text=text, href=self.links.url(GLOSSARY_PAGE, t.id), title=title)

    # ---- every page ---------------------------------------------------
    def _data_files_of(self, src_uri: str) -> list[str]:
        spec = self.site.specs.get(src_uri) if self.site else None
        data_dir = self.site.config.data_dir if self.site else "data"
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
