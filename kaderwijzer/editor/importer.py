"""`kaderwijzer import DOCUMENT.pdf --region R`: from a region's document to a checked draft.

Writes the local text copy (with page markers) into the folder of source texts, registers the source in
`data/sources/`, and writes one section file per numbered heading. Only numbers, titles, dates, publishers
and page references carry over from the source; every summary is a `TODO` that fails validation by name
until an editor writes it in their own words. Nothing that exists is overwritten.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kaderwijzer.editor.pdftext import SourceTextError, clean_pages, page_text, read_pages
from kaderwijzer.model import SLUG_PATTERN
from kaderwijzer.model.errors import display_path, suggest
from kaderwijzer.model.outline import Heading, parse_outline
from kaderwijzer.model.sources import PROJECT_SOURCES_DIR, default_seeds_dir
from kaderwijzer.reading.messages import known_ids
from kaderwijzer.reading.loader import schema_ref
from kaderwijzer.reading.yamlsource import SCHEMA_COMMENT

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
_DAY_DATE = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(20\d\d|19\d\d)\b", re.I)
_MONTH_DATE = re.compile(rf"\b({'|'.join(MONTHS)})\s+(20\d\d|19\d\d)\b", re.I)
_PUBLISHER = re.compile(r"^(?:uitgave|uitgegeven door|opdrachtgever)\s*:\s*(\S.{1,100})$"
                        r"|^((?:gemeente|gemeenten|regio|college van|wmo-regio|provincie)\b[^.,;:]{1,60})$", re.I)
FRONT_PAGES = 2  # title, date and publisher are looked for on the first pages only
FRONT_LINES = 40  # … or, in a text without pages, on its first lines
TITLE_LINES = 2  # a title opens the first page; further down, a line is more likely text than the title
SHORT_LINE = 7  # words: a date or publisher stands on a short line of its own, not inside a sentence
_NOT_TITLES = {"voorwoord", "inhoud", "inhoudsopgave", "inleiding", "samenvatting", "colofon", "concept"}


@dataclass
class FrontMatter:
    """What the first pages say about the document; None where they say nothing recognisable."""

    title: str | None = None
    date: str | None = None
    publisher: str | None = None


@dataclass
class ImportPlan:
    source_id: str
    text_path: Path
    text: str
    source_path: Path
    source_yaml: str
    sections: dict[Path, str] = field(default_factory=dict)
    headings: list[Heading] = field(default_factory=list)


def front_matter(pages: list[list[str]]) -> FrontMatter:
    found = FrontMatter()
    lines = [line.strip() for page in pages[:FRONT_PAGES] for line in page if line.strip()][:FRONT_LINES * FRONT_PAGES]
    if len(pages) == 1:
        lines = lines[:FRONT_LINES]
    first_page = [line.strip() for line in (pages[0] if pages else []) if line.strip()][:FRONT_LINES]
    for line in (line for line in lines if len(line.split()) <= SHORT_LINE):
        day = _DAY_DATE.search(line)
        month = _MONTH_DATE.search(line)
        if found.date is None and day:
            found.date = f"{day.group(3)}-{MONTHS.index(day.group(2).casefold()) + 1:02d}-{int(day.group(1)):02d}"
        elif found.date is None and month:
            found.date = f"{month.group(2)}-{MONTHS.index(month.group(1).casefold()) + 1:02d}"
        publisher = _PUBLISHER.match(line)
        if found.publisher is None and publisher:
            found.publisher = (publisher.group(1) or publisher.group(2)).strip()
    for line in first_page[:TITLE_LINES]:  # the title: an opening line of the first page, not a date or publisher
        if _DAY_DATE.search(line) or _MONTH_DATE.search(line) or _PUBLISHER.match(line) or re.match(r"^\d", line):
            continue
        if line.casefold().strip(" :") in _NOT_TITLES:
            break
        if not re.match(r"^[^\W\d_]", line) or len(line.split()) > 20 or line.endswith("."):
            continue  # `---`, a quotation, a sentence
        if 3 <= len(line) <= 200 and not re.match(r"^(inhoud|inhoudsopgave)$", line, re.I):
            found.title = line
        break
    return found


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def source_yaml(source_id: str, local_copy: str, front: FrontMatter, origin: str) -> str:
    lines = [
        SCHEMA_COMMENT + schema_ref("source", False),
        f"# Gemaakt door `kaderwijzer import` uit {origin}. Controleer titel, uitgever en datum met de bron en",
        "# vervang elke TODO; `kaderwijzer validate` noemt elk veld dat nog niet is ingevuld.",
        f"id: {source_id}",
        f"title: {_q(front.title or 'TODO: titel zoals het document hem geeft')}",
        "publishers:",
        f"  - {_q(front.publisher or 'TODO: wie het document uitgaf, zoals het document dat noemt')}",
        "kind: TODO",
        f"date: {front.date}" if front.date else
        'date: "TODO: datum zoals het document hem geeft (2020-10-26, 2020-10 of 2020), of haal deze regel weg"',
        "description: >-",
        "  TODO: wat dit document is, in eigen woorden (B1)",
        'url: "TODO: openbaar adres van het origineel (https://…), of haal deze regel weg"',
        f"local_copy: {local_copy}",
        "availability: >-",
        "  TODO: waar het origineel te vinden is, of dat deze site geen openbaar adres kent",
    ]
    return "\n".join(lines) + "\n"


def section_id(source_id: str, heading: Heading) -> str:
    parts = [heading.appendix] if heading.appendix and not heading.number.startswith("Bijlage") else []
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(parts + [heading.number]).casefold()).strip("-")
    return f"{source_id}-{slug}"


def section_yaml(ident: str, region: str, document: str | None, source_id: str, heading: Heading, order: int) -> str:
    cited = heading.label
    lines = [
        SCHEMA_COMMENT + schema_ref("section", True),
        "# Gemaakt door `kaderwijzer import`: nummer, titel en pagina komen uit de bron. Schrijf de samenvatting",
        "# in uw eigen woorden en vervang elke TODO; kopieer geen zinnen uit de bron.",
        f"id: {ident}",
        f"region: {region}",
        f"document: {document or 'TODO'}",
        f"number: {_q(heading.number)}",
        f"title: {_q(heading.title or 'TODO: titel zoals in de bron')}",
        f"order: {order}",
        "summary: >-",
        f"  TODO: samenvatting in eigen woorden (B1) van {cited}",
        "sources:",
        f"  - source: {source_id}",
        f"    section: {_q(cited)}",
    ]
    if heading.page is not None:
        lines.append(f"    page: {heading.page}")
    return "\n".join(lines) + "\n"


def plan_import(document: Path, data_dir: Path, texts_dir: Path, source_id: str, region: str,
                document_id: str | None) -> ImportPlan:
    """Everything the import would write, without writing it (raises SourceTextError for an unreadable file)."""
    raw = read_pages(document)
    pages = clean_pages(raw)
    # Plain text without page breaks has no pages to cite; PDFs and texts with form feeds do.
    text = page_text(pages) if len(raw) > 1 or document.suffix.casefold() == ".pdf" else "\n".join(pages[0]).rstrip() + "\n"
    local_copy = f"{source_id}.txt"
    plan = ImportPlan(source_id, texts_dir / local_copy, text, data_dir / "sources" / f"{source_id}.yml",
                      source_yaml(source_id, local_copy, front_matter(pages), document.name))
    plan.headings = parse_outline(text).headings
    for order, heading in enumerate(plan.headings, start=1):
        ident = section_id(source_id, heading)
        path = data_dir / "sections" / region / f"{ident}.yml"
        plan.sections[path] = section_yaml(ident, region, document_id, source_id, heading, order * 10)
    return plan


def existing(plan: ImportPlan) -> list[Path]:
    return [p for p in (plan.text_path, plan.source_path, *plan.sections) if p.exists()]


def write_plan(plan: ImportPlan) -> list[Path]:
    written = []
    for path, content in ((plan.text_path, plan.text), (plan.source_path, plan.source_yaml), *plan.sections.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def page_ranges(pages: list[int]) -> str:
    """`2, 3 en 5–7`."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} en {parts[-1]}"


def summary(plan: ImportPlan) -> str:
    """What the import found, in Dutch, addressing the editor as `u`."""
    count = len(plan.headings)
    pages = [h.page for h in plan.headings if h.page is not None]
    noun = "genummerde kop" if count == 1 else "genummerde koppen"
    where = f" op pagina {page_ranges(pages)}" if pages else ""
    lines = [f"{count} {noun} gevonden{where}:" if count else
             "Geen genummerde koppen gevonden. Maak de hoofdstukken met `kaderwijzer new section`."]
    lines += [f"  {h.label}" + (f" (p. {h.page})" if h.page is not None else "") for h in plan.headings]
    return "\n".join(lines)


def default_texts_dir(data_dir: Path, configured: Path) -> Path:
    """The configured folder of source texts if it exists, else `bronteksten/` in the project (created)."""
    return configured if configured.is_dir() else data_dir.resolve().parent / PROJECT_SOURCES_DIR


def run_import(document: Path, data_dir: Path, region: str, source_id: str | None, document_id: str | None,
               texts_dir: Path | None) -> int:
    """The `import` command: 0 when written, 1 when refused (with a Dutch reason on stderr)."""
    source_id = source_id or re.sub(r"[^a-z0-9]+", "-", document.stem.casefold()).strip("-")
    problems = []
    if not document.is_file():
        problems.append(f"{document}: bestand niet gevonden")
    if not re.fullmatch(SLUG_PATTERN, source_id or ""):
        problems.append(f"--id `{source_id}`: gebruik kleine letters, cijfers en streepjes, bv. `regio-kader-2025`")
    if not (data_dir / "regions" / f"{region}.yml").is_file():
        regions = sorted(p.stem for p in (data_dir / "regions").glob("*.yml"))
        problems.append(f"--region `{region}`: onbekende regio{suggest(region, regions) or known_ids(regions)}; "
                        "maak haar eerst met `kaderwijzer new region`")
    if document_id is not None and not (data_dir / "documents" / f"{document_id}.yml").is_file():
        problems.append(f"--document `{document_id}`: onbekend document; laat de optie weg (dan `document: TODO`) "
                        "of maak het document eerst met `kaderwijzer new document`")
    if problems:
        return _refuse(problems)
    folder = texts_dir if texts_dir is not None else default_texts_dir(data_dir, default_seeds_dir(data_dir))
    try:
        plan = plan_import(document, data_dir, folder, source_id, region, document_id)
    except SourceTextError as exc:
        return _refuse([str(exc)])
    there = existing(plan)
    if there:
        return _refuse([f"{display_path(p)}: bestaat al" for p in there]
                       + ["Er is niets geschreven; kies een andere --id of haal de oude bestanden eerst weg."])
    written = write_plan(plan)
    print(summary(plan))
    print(f"Geschreven: de tekst met paginamarkeringen ({display_path(plan.text_path)}), het brondocument "
          f"({display_path(plan.source_path)}) en {len(plan.sections)} hoofdstukbestanden in "
          f"{display_path(data_dir / 'sections' / region)}.")
    if folder.resolve() != default_seeds_dir(data_dir).resolve():
        print(f"Let op: de tekst staat in {display_path(folder)}; zet KADERWIJZER_SEEDS_DIR op die map, of gebruik "
              "de map bronteksten/ in het project, zodat validate en dekking hem vinden.")
    print("Vervang nu elke TODO: controleer titel, uitgever en datum met de bron, en schrijf elke samenvatting in "
          "uw eigen woorden. Draai daarna `kaderwijzer validate` en `kaderwijzer dekking`.")
    return 0 if written else 1


def _refuse(messages: list[str]) -> int:
    print("\n".join(messages), file=sys.stderr)
    return 1
