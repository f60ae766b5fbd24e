"""`kaderwijzer dekking`: the coverage of the source texts, for the editor (text) and a pull request (Markdown)."""

from __future__ import annotations

import sys
from pathlib import Path

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.errors import DataErrors
from kaderwijzer.model.outline import Heading, ListItem
from kaderwijzer.reading.coverage import Coverage, CopyCoverage, corpus_coverage
from kaderwijzer.reading.loader import load_corpus
from kaderwijzer.model.errors import display_path


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _where(line: int, page: int | None) -> str:
    return f"p. {page}, regel {line}" if page is not None else f"regel {line}"


def _chapter_label(chapter: str) -> str:
    return chapter if chapter.startswith("Bijlage") else f"Hoofdstuk {chapter}"


def _source_files(coverage: CopyCoverage) -> str:
    return ", ".join(f"data/sources/{s}.yml" for s in coverage.sources)


def _heading_line(copy_path: str, heading: Heading, sources: str) -> str:
    return (f"{copy_path}:{heading.line}: kop `{heading.label}` ({_where(heading.line, heading.page)}) wordt door geen "
            f"gegeven geciteerd. Citeer hem (`section: \"{heading.label}\"`), of zet hem met een reden onder "
            f"`not_summarised` in {sources}.")


def _item_line(copy_path: str, item: ListItem) -> str:
    assert item.heading is not None
    return (f"{copy_path}:{item.line}: punt {item.number} van de genummerde lijst onder `{item.heading.label}` "
            f"(\u201c{item.start} \u2026\u201d) staat in geen gegeven dat deze kop citeert: geen lijst daarin heeft "
            f"{item.number} punten of meer.")


def text_report(coverage: Coverage, seeds_dir: Path) -> str:
    lines = []
    for copy in coverage.copies:
        total = len(copy.outline.headings)
        cited = total - len(copy.missing_headings)
        lines.append(f"{copy.local_copy} ({', '.join(copy.sources)}): {cited} van {total} genummerde koppen gedekt"
                     + (f", {_count(len(copy.missing_items), 'lijstpunt', 'lijstpunten')} niet gedekt."
                        if copy.missing_items else "."))
        path = display_path(seeds_dir / copy.local_copy)
        for chapter, headings, items in copy.chapters():
            lines.append(f"  {_chapter_label(chapter)}:")
            lines += [f"    {_heading_line(path, h, _source_files(copy))}" for h in headings]
            lines += [f"    {_item_line(path, i)}" for i in items]
    if coverage.unavailable:
        lines.append(f"Niet gecontroleerd, want niet gevonden in {display_path(seeds_dir)}: {', '.join(coverage.unavailable)}.")
    lines.append("Alles gedekt." if coverage.complete else "Niet alles is gedekt (zie hierboven).")
    return "\n".join(lines)


def _gaps(copy: CopyCoverage) -> str:
    return (f"{_count(len(copy.missing_headings), 'kop', 'koppen')}, "
            f"{_count(len(copy.missing_items), 'lijstpunt', 'lijstpunten')}")


def markdown_report(coverage: Coverage, corpus: Corpus) -> str:
    """For a pull request's job summary: a table per source, then the gaps per chapter."""
    out = ["## Dekking van de bronnen", "",
           "| Brontekst | Bron | Genummerde koppen | Niet gedekt |", "| --- | --- | ---: | --- |"]
    for copy in coverage.copies:
        titles = ", ".join(corpus.sources[s].short_title or corpus.sources[s].title for s in copy.sources)
        gaps = len(copy.missing_headings) + len(copy.missing_items)
        out.append(f"| `{copy.local_copy}` | {titles} | {len(copy.outline.headings)} | "
                   f"{'niets' if not gaps else _gaps(copy)} |")
    for copy in coverage.copies:
        if copy.complete:
            continue
        out += ["", f"### `{copy.local_copy}`", ""]
        for chapter, headings, items in copy.chapters():
            out.append(f"**{_chapter_label(chapter)}**")
            out.append("")
            out += [f"- kop **{h.label}** ({_where(h.line, h.page)})" for h in headings]
            out += [f"- punt {i.number} onder **{i.heading.label if i.heading else ''}** ({_where(i.line, i.page)}): "
                    f"\u201c{i.start} \u2026\u201d" for i in items]
            out.append("")
    if coverage.unavailable:
        out += ["", f"Niet gecontroleerd (brontekst niet aanwezig): {', '.join(f'`{n}`' for n in coverage.unavailable)}."]
    out += ["", "Alles gedekt." if coverage.complete else
            "Citeer elke kop in de gegevens, of zet hem met een reden onder `not_summarised` in het brondocument."]
    return "\n".join(out).rstrip() + "\n"


def run_coverage(data_dir: Path, seeds_dir: Path | None, markdown: Path | None) -> int:
    """Print the coverage; 0 when everything is covered, 1 when not (or the data is invalid)."""
    try:
        corpus = load_corpus(data_dir, seeds_dir=seeds_dir)
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        print("Los eerst deze fouten op; daarna kan de dekking worden bepaald.", file=sys.stderr)
        return 1
    assert corpus.seeds_dir is not None
    coverage = corpus_coverage(corpus)
    if not coverage.copies and not coverage.unavailable:
        print("Geen brondocument heeft een lokale kopie (`local_copy`); er is niets om de dekking van te bepalen.")
    else:
        print(text_report(coverage, corpus.seeds_dir))
    if markdown is not None:
        markdown.parent.mkdir(parents=True, exist_ok=True)
        with markdown.open("a", encoding="utf-8") as handle:  # a job summary file collects several steps
            handle.write(markdown_report(coverage, corpus))
    return 0 if coverage.complete else 1
