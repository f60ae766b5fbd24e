"""Examples for "Foutmeldingen begrijpen": each kind of message, produced by the real checks, with its fix.

Every example is made when the page is built, by running the loader on a tiny made-up region with one
mistake at a time, so the page always shows the messages exactly as `kaderwijzer validate` prints them.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from kaderwijzer.model.errors import DataErrors
from kaderwijzer.reading.loader import load_corpus, schema_ref

SOURCE = "voorbeeld-bron"
_SOURCE = f"""id: {SOURCE}
title: Voorbeeldkader 2025
publishers: [Voorbeeldregio]
kind: kaderdocument
url: https://www.example.org/voorbeeldkader.pdf
"""
_REGION = f"""id: voorbeeldregio
name: Voorbeeldregio
municipalities: [Voorbeeldstad]
summary: Een verzonnen regio voor deze uitleg.
sources:
  - source: {SOURCE}
    section: Inleiding
"""
_DOCUMENT = f"""id: voorbeeld-kader
region: voorbeeldregio
title: Voorbeeldkader
kind: kaderdocument
status: concept
summary: Een verzonnen document.
sources:
  - source: {SOURCE}
    section: Voorwoord
"""
SEGMENT_PATH = "data/segments/voorbeeldregio/wonen.yml"
SEGMENT = f"""id: wonen
region: voorbeeldregio
document: voorbeeld-kader
name: Wonen
domains: [wmo]
ambition: Inwoners wonen zo lang mogelijk thuis.
goals:
  - id: doel-1
    text: Meer mensen wonen zelfstandig.
related:
  - begeleiding
sources:
  - source: {SOURCE}
    section: Hoofdstuk 2
"""
_OTHER = SEGMENT.replace("id: wonen", "id: begeleiding").replace("name: Wonen", "name: Begeleiding").replace(
    "  - begeleiding", "  - wonen")


@dataclass(frozen=True)
class GuideCase:
    title: str
    wrong: str  # what the editor wrote (a line of YAML)
    replace: tuple[str, str]  # (text in SEGMENT, what the mistake puts there)
    fix: str


CASES = [
    GuideCase("Inspringing klopt niet", "   text: Meer mensen …", ("\n    text: Meer", "\n   text: Meer"),
              "Zet elk veld recht onder de andere velden van hetzelfde onderdeel, met spaties (geen tabs); in een lijst staat elk veld van een punt recht onder het eerste veld na `- `. "
              "De regel in de melding is vaak de eerste regel ná de fout."),
    GuideCase("Dubbele punt in tekst", "name: Wonen: thuis", ("name: Wonen", "name: Wonen: thuis"),
              "Zet tekst met `: ` erin tussen aanhalingstekens: `name: \"Wonen: thuis\"`, of schrijf hem als blok "
              "met `>-` en de tekst op de regel eronder."),
    GuideCase("Aanhalingsteken niet afgesloten", "name: \"Wonen", ("name: Wonen", "name: \"Wonen"),
              "Sluit de tekst af met hetzelfde aanhalingsteken als aan het begin."),
    GuideCase("Haakje niet afgesloten", "domains: [wmo", ("domains: [wmo]", "domains: [wmo"),
              "Sluit de lijst af met `]`, of schrijf elk punt op een eigen regel met `- `."),
    GuideCase("Tab in plaats van spaties", "<tab>text: …", ("\n    text: Meer", "\n\ttext: Meer"),
              "Vervang de tab door spaties. Stel uw editor zo in dat Tab spaties invoegt."),
    GuideCase("Onbekend veld", "ambtion: …", ("ambition:", "ambtion:"),
              "Spel de naam van het veld zoals in [Velden per bestand](#velden-per-bestand); de melding noemt "
              "meestal de bedoelde naam."),
    GuideCase("Verplicht veld ontbreekt", "(geen regel met name:)", ("name: Wonen\n", ""),
              "Voeg het veld toe; de melding wijst naar het begin van het onderdeel waar het hoort."),
    GuideCase("Waarde die niet in de keuzelijst staat", "domains: [jeugdzorg]", ("domains: [wmo]", "domains: [jeugdzorg]"),
              "Kies een van de genoemde waarden, precies zo gespeld."),
    GuideCase("Verkeerd soort waarde", "order: twee", ("name: Wonen", "name: Wonen\norder: twee"),
              "Schrijf een getal als cijfers (`2`), een datum als JJJJ-MM-DD en tekst als tekst."),
    GuideCase("Ongeldige id", "related: [Begeleiding thuis]", ("  - begeleiding", "  - Begeleiding thuis"),
              "Gebruik alleen kleine letters, cijfers en streepjes: `begeleiding-thuis`."),
    GuideCase("Verwijzing naar iets dat niet bestaat", "related: [begeleidng]", ("  - begeleiding", "  - begeleidng"),
              "Neem de id precies over; de melding noemt de id die er het meest op lijkt, of de ids waaruit u kunt kiezen."),
    GuideCase("Nog niet ingevuld", "document: TODO", ("document: voorbeeld-kader", "document: TODO"),
              "Vervang elke `TODO` door de echte waarde. Een nieuw bestand van `kaderwijzer new` meldt zo elk veld "
              "dat nog leeg is; de melding zegt wat er mag staan."),
]


@dataclass(frozen=True)
class GuideEntry:
    title: str
    wrong: str
    messages: list[str]
    fix: str


def _write(root: Path, relative: str, kind: str, nested: bool, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# yaml-language-server: $schema={schema_ref(kind, nested)}\n{text}", encoding="utf-8")


def messages_for(segment_text: str) -> list[str]:
    """What `kaderwijzer validate` says about the made-up region with this segment file, path as in a project."""
    with tempfile.TemporaryDirectory(prefix="kw-gids-") as tmp:
        root = Path(tmp)
        _write(root, f"data/sources/{SOURCE}.yml", "source", False, _SOURCE)
        _write(root, "data/regions/voorbeeldregio.yml", "region", False, _REGION)
        _write(root, "data/documents/voorbeeld-kader.yml", "document", False, _DOCUMENT)
        _write(root, "data/segments/voorbeeldregio/begeleiding.yml", "segment", True, _OTHER)
        _write(root, SEGMENT_PATH, "segment", True, segment_text)
        try:
            load_corpus(root / "data")
        except DataErrors as exc:
            return [f"{SEGMENT_PATH}:{e.line}:{e.col}: {e.message}" for e in exc.errors
                    if e.path.endswith("wonen.yml")]
    return []


def guide() -> list[GuideEntry]:
    entries = []
    for case in CASES:
        old, new = case.replace
        assert old in SEGMENT, old
        entries.append(GuideEntry(case.title, case.wrong, messages_for(SEGMENT.replace(old, new, 1)), case.fix))
    return entries
