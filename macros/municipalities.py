"""Mijn gemeente's entries: every municipality the sources name, today's municipalities they merged into, and
municipalities a source names outside a region, each with what holds for it."""

from __future__ import annotations

from typing import Any, Callable

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.site.termlinks import GENERAL_KNOWLEDGE_LABEL

from .profile import join_nl
from .timeline import date_label

GENERAL = f"({GENERAL_KNOWLEDGE_LABEL.lower()})"


def municipality_entries(corpus: Corpus, region_link: Callable[[str], str], anchor_id: Callable[[str], str],
                         cite: Callable[[list[Any]], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Per name, sorted: `regions` (ids of regions it is part of) and `notes` (Markdown lines about merger or mention)."""
    entries: dict[str, dict[str, Any]] = {}

    def entry(name: str) -> dict[str, Any]:
        return entries.setdefault(name, {"name": name, "id": f"gemeente-{anchor_id(name)}", "search": name.casefold(),
                                         "regions": [], "notes": []})

    for r in corpus.regions.values():
        for name in r.municipalities:
            entry(name)["regions"].append(r.id)
        for s in r.successors:
            when = date_label(s.date)
            hedge = f" {GENERAL}" if s.general_knowledge else f" (bron: {_cited(cite(s.sources))})"
            new = entry(s.name)
            if r.id not in new["regions"]:
                new["regions"].append(r.id)
            new["notes"].append(f"Op {when} ontstaan uit {join_nl(list(s.municipalities))}{hedge}. De bronnen van "
                                f"[{r.name}]({region_link(r.id)}) noemen de gemeenten van vóór die datum; wat zij voor "
                                "die gemeenten zeggen, staat hieronder.")
            for old in s.municipalities:
                entry(old)["notes"].append(f"Sinds {when} deel van de gemeente [{s.name}](#{new['id']}){hedge}.")
        for m in r.also_named:
            entry(m.name)["notes"].append(f"Genoemd bij [{r.name}]({region_link(r.id)}): {m.text.strip()} "
                                          f"Bron: {_cited(cite(m.sources))}.")
    return sorted(entries.values(), key=lambda e: e["name"].casefold())


def _cited(citations: list[dict[str, Any]]) -> str:
    return "; ".join(f"[{c['label']}]({c['href']}), {c['section']}" + (f", p. {c['page']}" if c["page"] else "")
                     + (f" ({c['note']})" if c["note"] else "") for c in citations)
