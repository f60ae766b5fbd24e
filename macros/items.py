"""Policy items on pages: grouped by kind, each under the document's own word for it ("Speerpunt 3", "Veranderopgave 1").

View helpers only: they turn placed items from the corpus into plain dicts for the templates.
"""

from __future__ import annotations

from typing import Any

from kaderwijzer.model import ItemCategory
from kaderwijzer.model.corpus import PlacedItem
from kaderwijzer.model.places import section_uri

from .base import RendererBase


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class ItemViews(RendererBase):
    def _item_view(self, placed: PlacedItem) -> dict[str, Any]:
        item = placed.item
        return {"id": item.id, "heading": placed.heading, "number": item.number, "title": item.title, "text": item.text,
                "points": item.items, "sources": self._sources(item.sources) if item.sources else []}

    def _other_sources(self, citations: list[Any], parent: list[Any]) -> list[dict[str, Any]]:
        """Sources a record cites that its document does not: shown by name, so a segment whose facts come from
        a web page does not read as if they came from the framework it belongs to."""
        own = {c.source for c in parent}
        seen: dict[str, dict[str, Any]] = {}
        for row, c in zip(self._sources(citations), citations):
            if c.source not in own:
                seen.setdefault(c.source, row)
        return list(seen.values())

    def _item_groups(self, placed: list[PlacedItem]) -> list[dict[str, Any]]:
        """Items by kind, in the order the kinds first appear; a kind whose items have no titles is a plain list."""
        groups: dict[str, dict[str, Any]] = {}
        for p in placed:
            group = groups.setdefault(p.kind.id, {"id": p.kind.id, "label": capitalised(p.kind.plural), "items": []})
            group["items"].append(self._item_view(p))
        for group in groups.values():
            group["headed"] = any(i["title"] or i["points"] for i in group["items"])
        return list(groups.values())

    def _section_items(self, section_id: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(goals, the rest): a section's goals lead, as in the documents, before its lists; other items follow them."""
        sec = self.corpus.sections[section_id]
        placed = self.corpus.items_in(document=sec.document, section=sec.id)
        return (self._item_groups([p for p in placed if p.category == ItemCategory.doel]),
                self._item_groups([p for p in placed if p.category != ItemCategory.doel]))

    def _region_items(self, region_id: str) -> list[dict[str, Any]]:
        """Per item kind of the region's documents: the sections that hold such items, with their titles."""
        kinds: dict[tuple[str, str], dict[str, Any]] = {}
        for p in self.corpus.items_in(region_id):
            kind = kinds.setdefault((p.section.document, p.kind.id), {"label": capitalised(p.kind.plural), "singular": p.kind.singular,
                                                                       "plural": p.kind.plural, "category": p.category, "sections": {}})
            sec = p.section
            entry = kind["sections"].setdefault(sec.id, {
                "label": f"{sec.number} {sec.title}" if sec.number else sec.title,
                "href": self.links.md(section_uri(sec.region, sec.document, sec.id)), "items": []})
            entry["items"].append(p.item.title or p.item.text or "")
        order = list(ItemCategory)
        ranked = sorted(kinds.values(), key=lambda k: order.index(k["category"]))  # stable: else as they appear
        return [{**k, "sections": list(k["sections"].values())} for k in ranked]
