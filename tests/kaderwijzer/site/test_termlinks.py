"""Glossary terms: first use linked with its definition, never inside links, headings or hidden parts."""

from __future__ import annotations

from pathlib import Path

from kaderwijzer import load_corpus
from kaderwijzer.site.termlinks import TermLinker


def test_first_use_only_and_not_in_headings_links_or_hidden(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    html = ('<h2>Wmo</h2><p>De Wmo regelt veel. De Wmo nogmaals.</p><a href="x">Wmo</a>'
            '<ol aria-hidden="true"><li><span>Wmo</span></li></ol>')
    out = linker.link(html, "../begrippen/", "midden-holland")
    assert out.count('class="kw-term"') == 1
    assert '<h2>Wmo</h2>' in out
    assert '<p>De <a class="kw-term" href="../begrippen/#wmo" title="Wet over ondersteuning thuis.">Wmo</a> regelt' in out
    assert '<span>Wmo</span>' in out


def test_abbreviation_matches_only_in_its_own_case(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    assert "kw-term" not in linker.link("<p>wmo-gelden en WMO</p>", "/b/", "midden-holland")
    assert "kw-term" in linker.link("<p>Wet maatschappelijke ondersteuning</p>", "/b/", "midden-holland")


def test_no_links_inside_form_controls(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    out = linker.link('<select><option value="wmo">Wmo</option></select><p>Wmo</p>', "/b/", "midden-holland")
    assert '<option value="wmo">Wmo</option>' in out and out.count("kw-term") == 1


def test_hidden_part_ends_at_its_own_closing_tag(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    out = linker.link('<div aria-hidden="true"><div>x</div><p>Wmo</p></div><p>De Wmo hier.</p>', "/b/", "midden-holland")
    assert '<div aria-hidden="true"><div>x</div><p>Wmo</p></div>' in out
    assert '<p>De <a class="kw-term" href="/b/#wmo"' in out


def test_terms_in_attributes_stay_untouched_and_page_edges_link(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    out = linker.link('<p title="Wmo" data-x="Wmo">x</p>', "/b/", "midden-holland")
    assert "kw-term" not in out
    assert linker.link("Wmo", "/b/", "midden-holland").startswith('<a class="kw-term"')
    # A letter whose lower case is longer than itself must not shift the link.
    assert linker.link("<p>İstanbul en de Wmo.</p>", "/b/", "midden-holland").startswith('<p>İstanbul en de <a class="kw-term" href="/b/#wmo"')


def test_tooltip_uses_the_pages_region_or_names_whose_definition_it_is(corpus_dir) -> None:
    from kaderwijzer import load_corpus
    from kaderwijzer.site.termlinks import tooltip

    corpus = load_corpus(corpus_dir)
    assert tooltip(corpus, "wmo", "midden-holland") == "Wet over ondersteuning thuis."
    assert tooltip(corpus, "wmo", "noord-limburg") == "Definitie van Midden-Holland: Wet over ondersteuning thuis."
    assert tooltip(corpus, "wmo", None) == "Definitie van Midden-Holland: Wet over ondersteuning thuis."


def test_tooltip_names_general_knowledge_as_such(corpus_dir) -> None:
    import yaml

    from kaderwijzer import load_corpus
    from kaderwijzer.site.termlinks import tooltip

    path = corpus_dir / "glossary" / "wmo.yml"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    record["definitions"].insert(0, {"text": "Wet maatschappelijke ondersteuning.", "general_knowledge": True})
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
    path.write_text(first_line + "\n" + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    label = "Algemene kennis, niet uit een brondocument: Wet maatschappelijke ondersteuning."
    # No definition of its own: the general one, named as general knowledge (not another region's).
    assert tooltip(corpus, "wmo", "noord-limburg") == label
    assert tooltip(corpus, "wmo", None) == label
    # The region's own definition follows the general explanation, each named.
    assert tooltip(corpus, "wmo", "midden-holland") == f"{label} Midden-Holland: Wet over ondersteuning thuis."


def test_a_term_links_only_where_the_region_defines_it(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))  # `wmo` has only a Midden-Holland definition
    assert "kw-term" in linker.link("<p>De Wmo regelt veel.</p>", "/b/", "midden-holland")
    assert "kw-term" not in linker.link("<p>De Wmo regelt veel.</p>", "/b/", "noord-limburg")
    # A page of no region: only inside a row of a region that defines the term, and there with that region's meaning.
    overview = ('<p>De Wmo.</p><table><tr data-kw-region="noord-limburg"><td>De Wmo</td></tr>'
                '<tr data-kw-region="midden-holland"><td>De Wmo</td></tr></table>')
    out = linker.link(overview, "/b/")
    assert out.count("kw-term") == 1
    assert '<tr data-kw-region="midden-holland"><td>De <a class="kw-term" href="/b/#wmo" title="Wet over ondersteuning thuis.">' in out


def test_no_links_inside_proper_names_or_words_a_region_excludes(corpus_dir: Path) -> None:
    path = corpus_dir / "regions" / "midden-holland.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("sources:", "no_term_links:\n- Wmo-loket Gouda\nsources:", 1),
                    encoding="utf-8")
    linker = TermLinker(load_corpus(corpus_dir))
    assert "kw-term" not in linker.link("<p>Bel het Wmo-loket Gouda.</p>", "/b/", "midden-holland")
    # The title of a document is a name too.
    assert "kw-term" not in linker.link("<p>Zie het Kaderdocument Inkoop.</p>", "/b/", "midden-holland")
    # Capitalised mid-sentence where the glossary writes the term in lower case: part of a name.
    terms = corpus_dir / "glossary" / "inkoop.yml"
    terms.write_text(terms.parent.joinpath("wmo.yml").read_text(encoding="utf-8").replace("id: wmo", "id: inkoop")
                     .replace("term: Wet maatschappelijke ondersteuning", "term: inkoop").replace("abbreviation: Wmo\n", ""),
                     encoding="utf-8")
    linker = TermLinker(load_corpus(corpus_dir))
    out = linker.link("<p>Het team Contractmanagement en Inkoop helpt bij de inkoop.</p>", "/b/", "midden-holland")
    assert "en Inkoop helpt" in out and 'de <a class="kw-term" href="/b/#inkoop"' in out
    assert "kw-term" in linker.link("<p>Inkoop gaat samen. De regio doet de inkoop.</p>", "/b/", "midden-holland")


def test_a_linker_kept_for_new_data_reads_its_names_and_definitions_again(corpus_dir: Path) -> None:
    # `mkdocs serve` keeps the compiled glossary between saves; a renamed region or new definition must still count.
    old = TermLinker(load_corpus(corpus_dir))
    page = "<p>Bel het Wmo Loket Gouda.</p>"
    assert "kw-term" in old.link(page, "/b/", "midden-holland")
    path = corpus_dir / "regions" / "midden-holland.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("sources:", "no_term_links:\n- Wmo Loket Gouda\nsources:", 1),
                    encoding="utf-8")
    glossary = corpus_dir / "glossary" / "wmo.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace("Wet over ondersteuning thuis.", "Nieuwe uitleg."),
                        encoding="utf-8")
    new = old.over(load_corpus(corpus_dir))
    assert "kw-term" not in new.link(page, "/b/", "midden-holland")
    assert 'title="Nieuwe uitleg."' in new.link("<p>De Wmo helpt.</p>", "/b/", "midden-holland")
    assert 'title="Wet over ondersteuning thuis."' in old.link("<p>De Wmo helpt.</p>", "/b/", "midden-holland")


def test_a_kept_linker_fits_new_data_only_while_the_glossary_labels_stay(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    glossary = corpus_dir / "glossary" / "wmo.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace("Wet over ondersteuning thuis.", "Nieuwe uitleg."),
                        encoding="utf-8")
    assert linker.fits(load_corpus(corpus_dir))  # a definition is read per page: the pattern still holds
    glossary.write_text(glossary.read_text(encoding="utf-8").replace("abbreviation: Wmo", "abbreviation: WMO"),
                        encoding="utf-8")
    assert not linker.fits(load_corpus(corpus_dir))
