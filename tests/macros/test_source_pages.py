"""Citations with a page open the cited page of a public PDF; the source page lists cited pages and omissions."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import yaml

from kaderwijzer import load_corpus
from kaderwijzer.model import Source
from kaderwijzer.model.sources import page_url
from macros.links import Links
from macros.markup import environment
from macros.render import Renderer
from macros.sources import SourceMacros
from tests.conftest import SOURCE_MH, SOURCE_NL, schema_line


def _page(src: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src))


def _source(url: str | None) -> Source:
    return Source(id="kader", title="Kader", kind="kaderdocument", url=url)


def test_only_a_pdf_address_gets_a_page_link() -> None:
    assert page_url(_source("https://www.example.org/kader.pdf"), 12) == "https://www.example.org/kader.pdf#page=12"
    assert page_url(_source("https://www.example.org/kader.PDF?v=2#top"), "12–13") == \
        "https://www.example.org/kader.PDF?v=2#page=12"
    assert page_url(_source("https://www.example.org/kader.html"), 12) is None
    assert page_url(_source("https://www.example.org/kader.pdf"), None) is None
    assert page_url(_source(None), 3) is None


def _cite_pages(corpus_dir: Path) -> None:
    region = corpus_dir / "regions" / "noord-limburg.yml"
    record = yaml.safe_load(region.read_text(encoding="utf-8"))
    record["sources"] = [{"source": SOURCE_NL, "section": "Bijlage 2", "page": 7},
                         {"source": SOURCE_NL, "section": "Tabel 3", "page": "9–10"}]
    region.write_text(schema_line("region") + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    source = corpus_dir / "sources" / f"{SOURCE_MH}.yml"
    mh = yaml.safe_load(source.read_text(encoding="utf-8"))
    mh["not_summarised"] = [{"section": "Inhoud", "reason": "Alleen een inhoudsopgave."}]
    source.write_text(schema_line("source") + yaml.safe_dump(mh, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_citation_with_a_page_links_into_the_pdf(corpus_dir: Path) -> None:
    _cite_pages(corpus_dir)
    out = Renderer(load_corpus(corpus_dir), lambda: _page("noord-limburg/index.md")).region_page("noord-limburg")
    assert '<a href="https://www.example.org/bijlage-2.pdf#page=7">p. 7</a>' in out
    assert '<a href="https://www.example.org/bijlage-2.pdf#page=9">p. 9–10</a>' in out


def test_the_source_page_lists_the_cited_pages_linked_and_what_is_deliberately_not_summarised(corpus_dir: Path) -> None:
    _cite_pages(corpus_dir)
    corpus = load_corpus(corpus_dir)
    links = Links(lambda: _page(f"bronnen/{SOURCE_NL}.md"))
    out = SourceMacros(corpus, links, environment()).source_page(SOURCE_NL)
    assert ('pp. <a href="https://www.example.org/bijlage-2.pdf#page=7">7</a>, '
            '<a href="https://www.example.org/bijlage-2.pdf#page=9">9–10</a>') in out
    mh = SourceMacros(corpus, Links(lambda: _page(f"bronnen/{SOURCE_MH}.md")), environment()).source_page(SOURCE_MH)
    assert "### Bewust niet samengevat" in mh and "- Inhoud: Alleen een inhoudsopgave." in mh
    assert "#page=" not in mh  # no public PDF, so no page links
