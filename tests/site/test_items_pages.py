"""Policy items on the real site: each under its document's own word, with ids unique even where chapters are joined."""

from __future__ import annotations

import collections
import re
from pathlib import Path

from kaderwijzer.model.places import print_uri, region_uri, section_uri
from macros.links import url_of
from tests.site.html import main_text, page


def test_speerpunten_and_goals_are_shown_under_the_documents_words(built_site: Path, real_corpus) -> None:
    sec = real_corpus.sections["bno-o-visie-doelstellingen-speerpunten"]
    soup = page(built_site, url_of(section_uri(sec.region, sec.document, sec.id)))
    headings = [" ".join(h.get_text(" ", strip=True).rstrip("¶").split()) for h in soup.select("article h2, article h3")]
    assert "Hoofddoelstellingen" in headings and "Speerpunten" in headings
    first = next(i for i in sec.items if i.kind == "speerpunt")
    assert f"Speerpunt 1: {first.title}" in headings
    # The goals lead, before the lists that follow from them ("Daarom is vanuit de Wmo nodig dat").
    assert headings.index("Hoofddoelstellingen") < headings.index("Daarom is vanuit de Wmo nodig dat")
    region = main_text(page(built_site, url_of(region_uri("bno-o"))))
    assert "Hoofddoelstellingen" in region and "Speerpunten" in region


def test_joined_chapters_keep_every_id_unique(built_site: Path) -> None:
    html = (built_site / url_of(print_uri("bno-o")) / "index.html").read_text(encoding="utf-8")
    ids = collections.Counter(re.findall(r'\sid="([^"]+)"', html))
    assert [i for i, n in ids.items() if n > 1] == []
    assert sum(1 for i in ids if i.startswith("speerpunt-1")) >= 10  # one per chapter with speerpunten
