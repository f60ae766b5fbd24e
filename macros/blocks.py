"""Building blocks placed on hand-written and generated pages: cards, tables, diagrams, the glossary, terms."""

from __future__ import annotations

from typing import Any

from kaderwijzer.model import DOMAIN_LABELS, Domain
from kaderwijzer.site.termlinks import tooltip

from .base import RendererBase
from .diagram import HEIGHT, NODE_H, NODE_W, WIDTH, circle_layout
from .markup import GLOSSARY_PAGE, THEME_LABELS, goals_phrase


class BlockMacros(RendererBase):
    def segment_card(self, segment_id: str) -> str:
        seg = self.corpus.segments[segment_id]
        return self._render("segment_card.html.j2", link=self._segment_link(seg, html=True), seg=seg,
                            domains=[DOMAIN_LABELS[d] for d in seg.domains])

    def segment_table(self, region: str | None = None, domain: str | None = None) -> str:
        segments = self.corpus.segments_in(region, domain)
        rows = [
            {**self._segment_link(s, html=True), "region_id": s.region,
             "region": self.corpus.regions[s.region].short_name or self.corpus.regions[s.region].name,
             "domains": ", ".join(DOMAIN_LABELS[d] for d in s.domains), "ambition": s.ambition,
             "goals": goals_phrase(s), "indicators": len(s.indicators)}
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
