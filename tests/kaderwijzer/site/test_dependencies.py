"""The read map: which pages read which record, and which saved changes it can judge."""

from __future__ import annotations

from pathlib import Path

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.reading.loader import load_corpus
from kaderwijzer.opendata.export import StagedFiles
from kaderwijzer.site.dependencies import DOWNLOADS, Changes, ReadLog, changed_records, track, track_site
from kaderwijzer.site.changedpages import own_pages
from kaderwijzer.site.pages import page_specs
from kaderwijzer.site.sitebuild import SiteBuild


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_reads_while_a_page_renders_are_noted_for_that_page(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    current: list[str | None] = [None]
    log = ReadLog(lambda: current[0])
    track(corpus, log)
    corpus.segments["crisis"]  # outside any page: belongs to no page
    current[0] = "midden-holland/segmenten/crisis.md"
    assert corpus.segments["crisis"].name == "Crisis"
    current[0] = "midden-holland/documenten/mh-kader/index.md"
    assert [s.id for s in corpus.segments_by_document["mh-kader"]] == ["crisis", "hulp-bij-het-huishouden"]
    current[0] = "segmenten.md"
    assert len(list(corpus.segments.values())) == 3
    current[0] = "midden-holland/index.md"
    corpus.regions.get("midden-holland")
    assert log.pages_for({("segments", "crisis")}) == {
        "midden-holland/segmenten/crisis.md", "midden-holland/documenten/mh-kader/index.md", "segmenten.md"}
    assert log.pages_for({("segments", "wmo-3b-logeren")}) == {"segmenten.md"}
    assert log.pages_for({("regions", "midden-holland")}) == {"midden-holland/index.md"}


def test_reads_after_the_content_pass_do_not_count(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    log = ReadLog(lambda: "midden-holland/index.md")
    track(corpus, log)
    log.content_finished()
    corpus.segments["crisis"]
    assert log.pages_for({("segments", "crisis")}) == set()


def test_a_page_made_again_notes_what_it_reads_now_not_what_it_read_before(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    log = ReadLog(lambda: "segmenten.md")
    track(corpus, log)
    corpus.segments["crisis"]
    list(corpus.regions.values())
    log.content_finished()  # the full build is done; `mkdocs serve` then makes the page again on its own
    log.forget("segmenten.md")
    with log.content():
        corpus.segments["hulp-bij-het-huishouden"]
    corpus.segments["wmo-3b-logeren"]  # after the page's content: not counted
    assert log.pages_for({("segments", "crisis")}) == set()
    assert log.pages_for({("regions", "midden-holland")}) == set()
    assert log.pages_for({("segments", "hulp-bij-het-huishouden")}) == {"segmenten.md"}
    assert log.pages_for({("segments", "wmo-3b-logeren")}) == set()


def test_the_page_that_shows_the_download_sizes_reads_the_downloads(corpus_dir: Path) -> None:
    current: list[str | None] = [None]
    log = ReadLog(lambda: current[0])
    site = SiteBuild(load_corpus(corpus_dir), {}, None, "data", "content", None, "Kaderwijzer",
                     downloads=StagedFiles.stage({"segmenten.csv": b"id\n"}))
    try:
        track_site(site, log)
        assert site.downloads.sizes == {"segmenten.csv": 3}  # outside any page: belongs to no page
        current[0] = "downloads.md"
        assert site.downloads.sizes == {"segmenten.csv": 3}
        assert log.pages_for({(DOWNLOADS, "*")}) == {"downloads.md"}
    finally:
        site.discard()


def test_tracked_stores_behave_like_the_plain_ones(corpus_dir: Path) -> None:
    plain, tracked = load_corpus(corpus_dir), load_corpus(corpus_dir)
    track(tracked, ReadLog(lambda: "x.md"))
    assert dict(tracked.segments) == plain.segments
    assert sorted(tracked.regions) == sorted(plain.regions)
    assert "crisis" in tracked.segments and "nope" not in tracked.segments
    assert tracked.segments_in("midden-holland") == plain.segments_in("midden-holland")
    assert tracked.related_of("crisis") == plain.related_of("crisis")
    assert list(tracked.decision_lists) == plain.decision_lists


def test_a_changed_text_is_one_changed_record_with_its_own_page(corpus_paths: dict[str, Path]) -> None:
    data = corpus_paths["crisis"].parents[2]
    before = load_corpus(data)
    _edit(corpus_paths["crisis"], "name: Crisis", "name: Crisisdienst")
    after = load_corpus(data)
    changed = changed_records(before, after)
    assert changed == {("segments", "crisis")}
    specs = {spec.src_uri: spec for spec in page_specs(after)}
    assert own_pages(changed, specs) == {"midden-holland/segmenten/crisis.md"}


def test_an_unchanged_save_changes_nothing(corpus_dir: Path) -> None:
    assert changed_records(load_corpus(corpus_dir), load_corpus(corpus_dir)) == set()


def test_changes_the_map_cannot_judge_ask_for_everything(corpus_paths: dict[str, Path]) -> None:
    data = corpus_paths["crisis"].parents[2]
    base = load_corpus(data)
    changes = Changes()
    changes.remember(base)
    # A new link between records: the other record's page (back-links) would change too.
    _edit(corpus_paths["hbh"], "domains:", "related:\n- crisis\ndomains:")
    assert changes.compare(base, load_corpus(data)) is None
    _edit(corpus_paths["hbh"], "related:\n- crisis\ndomains:", "domains:")
    # A glossary change reaches the term links of every page.
    _edit(corpus_paths["term"], "Wet over ondersteuning thuis.", "Wet over hulp thuis.")
    assert changed_records(base, load_corpus(data)) is None
    _edit(corpus_paths["term"], "Wet over hulp thuis.", "Wet over ondersteuning thuis.")
    # A record removed.
    text = corpus_paths["logeren"].read_text(encoding="utf-8")
    corpus_paths["logeren"].unlink()
    assert changed_records(base, load_corpus(data)) is None
    corpus_paths["logeren"].write_text(text, encoding="utf-8")
    assert changes.compare(base, load_corpus(data)) == set()


def test_no_module_reaches_records_around_the_tracked_stores() -> None:
    """Every record store of the corpus is one the read map tracks, or is compared as structure."""
    tracked = {"sources", "regions", "documents", "sections", "segments", "segments_by_document",
               "sections_by_document", "documents_by_region", "decision_lists", "milestone_lists"}
    structural = {"terms", "former_terms", "files", "related_from", "seeds_dir"}
    assert set(Corpus.__dataclass_fields__) == tracked | structural
