"""What the record macros share: the corpus, links relative to the page being rendered, and templates."""

from __future__ import annotations

from typing import Any, Callable

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model import DOMAIN_LABELS, Segment
from kaderwijzer.model.places import segment_uri

from .links import Links
from .markup import DIRECTIONS, THEME_LABELS, environment
from .sources import cite


class RendererBase:
    def __init__(self, corpus: Corpus, current_page: Callable[[], Any], site: Any = None, site_url: str | None = None):
        self.corpus = corpus
        self.page = current_page
        self.links = Links(current_page)
        self.env = environment()
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
