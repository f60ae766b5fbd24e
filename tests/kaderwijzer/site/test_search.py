"""What each page tells the search index, and the abbreviations the search dialog expands."""

from __future__ import annotations

from pathlib import Path

from kaderwijzer import load_corpus
from kaderwijzer.site.pages import page_specs
from kaderwijzer.model.places import print_uri, segment_uri
from kaderwijzer.site.search import Facets, abbreviations, dialog_data, facets_for
from kaderwijzer.site.themefix import dutch_redirect, fix_page


def test_segment_page_carries_kind_region_document_and_law(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    specs = {spec.src_uri: spec for spec in page_specs(corpus)}
    uri = segment_uri("noord-limburg", "wmo-3b-logeren")
    facets = facets_for(uri, specs[uri], corpus)
    assert facets == Facets(kind="Segment", region="Noord-Limburg", document="Segmenten en doelen", laws=("Wmo",))
    attributes = str(facets.attributes())
    assert "data-pagefind-body" in attributes and 'data-kw-regio="Noord-Limburg"' in attributes
    assert 'data-pagefind-filter="soort[data-kw-soort], regio[data-kw-regio]"' in attributes
    assert 'data-kw-wet="Wmo"' in str(facets.law_markers())


def test_print_pages_stay_out_and_hand_written_pages_get_a_kind(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    specs = {spec.src_uri: spec for spec in page_specs(corpus)}
    assert facets_for(print_uri("midden-holland"), specs[print_uri("midden-holland")], corpus) is None
    assert facets_for("begrippen.md", None, corpus).kind == "Begrip"
    assert facets_for("indicatoren.md", None, corpus).kind == "Overzicht"


def test_editor_text_in_attributes_is_escaped() -> None:
    facets = Facets(kind="Segment", region='A "quoted" <b>', document="x, y & z", laws=('W"',))
    attributes = str(facets.attributes())
    assert 'data-kw-regio="A &quot;quoted&quot; &lt;b&gt;"' in attributes and "x, y &amp; z" in attributes
    assert 'data-kw-wet="W&quot;"' in str(facets.law_markers())


def test_abbreviations_and_search_aliases_point_at_their_term(real_corpus) -> None:
    found = abbreviations(real_corpus)
    assert found["hbh"] == "Hulp bij het huishouden"
    assert found["bw"] == "Beschermd wonen"
    assert found["wmo"] == "Wet maatschappelijke ondersteuning"
    assert all(key == key.casefold() for key in found)


def test_dialog_filters_list_every_region_and_law(real_corpus) -> None:
    filters = {f["key"]: f["values"] for f in dialog_data(real_corpus)["filters"]}
    assert set(filters["regio"]) == {r.name for r in real_corpus.regions.values()}
    assert "Wmo" in filters["wet"] and "Segment" in filters["soort"] and "Begrip" in filters["soort"]


def test_theme_markup_fixes() -> None:
    page = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<label class="md-nav__title" for="__toc"><span></span>Inhoudsopgave</label>')
    fixed = fix_page(page)
    assert "autocomplete" not in fixed and 'for="__toc"' not in fixed and "Inhoudsopgave</span>" in fixed
    with_toc = page + '<input type="checkbox" id="__toc">'
    assert 'for="__toc"' in fix_page(with_toc)


def test_redirect_stub_becomes_dutch() -> None:
    stub = ('<html lang="en"><link rel="canonical" href="../begrippen/"><meta http-equiv="refresh" '
            'content="0; url=../begrippen/"></head><body>You\'re being redirected</body>')
    dutch = dutch_redirect(stub)
    assert dutch and 'lang="nl"' in dutch and 'href="../begrippen/"' in dutch and "verhuisd" in dutch
    assert dutch_redirect("<html lang=nl><p>gewone pagina</p>") is None


def test_palette_form_without_submit_becomes_a_group() -> None:
    page = ('<form class="md-header__option" data-md-component="palette"><input class="md-option" type="radio">'
            '</form><form class="kw-filter"><button type="submit">Filter</button></form>')
    fixed = fix_page(page)
    assert '<div class="md-header__option" data-md-component="palette"><input' in fixed
    assert fixed.count("<form") == 1 and '<form class="kw-filter">' in fixed


def test_only_unlabelled_toggles_are_hidden_from_assistive_technology() -> None:
    page = ('<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">'
            '<input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_2"><label for="__nav_2">x</label>')
    fixed = fix_page(page)
    assert 'id="__search" aria-hidden="true">' in fixed and 'id="__nav_2">' in fixed


def test_goals_and_risks_outside_segments_are_search_filter_values(corpus_dir: Path) -> None:
    from kaderwijzer.model.places import region_uri, section_uri
    from tests.kaderwijzer.reading.test_items import KINDS, SECTION, with_items

    with_items(corpus_dir, SECTION.replace("kind: veranderopgave", "kind: risico"),
               KINDS.replace("id: veranderopgave\n    category: opgave\n    singular: veranderopgave\n    plural: veranderopgaven",
                             "id: risico\n    category: risico\n    singular: risico\n    plural: risico's"))
    corpus = load_corpus(corpus_dir)
    specs = {spec.src_uri: spec for spec in page_specs(corpus)}
    section = section_uri("midden-holland", "mh-kader", "mh-opgaven")
    facets = facets_for(section, specs[section], corpus)
    assert facets.item_kinds == ("Doel", "Risico")
    markers = str(facets.law_markers())
    assert 'data-pagefind-filter="soort[data-kw-soort]" data-kw-soort="Doel"' in markers and 'data-kw-soort="Risico"' in markers
    region = facets_for(region_uri("midden-holland"), specs[region_uri("midden-holland")], corpus)
    assert region.item_kinds == ("Doel", "Risico")  # the region page lists them
    segment = segment_uri("midden-holland", "crisis")
    assert facets_for(segment, specs[segment], corpus).item_kinds == ("Doel",)  # goals of segments are goals too
    soort = next(f["values"] for f in dialog_data(corpus)["filters"] if f["key"] == "soort")
    assert {"Doel", "Risico"} <= set(soort) and "Opgave" not in soort
