"""Dutch titles and help for every field and every choice, as editors see them in their editor.

The models carry most field descriptions; this module adds a short title for each field, the
descriptions a model lacks (or says too generally), and what each allowed value of a choice means.
`kaderwijzer.editor.schema` puts them into the JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kaderwijzer.model import (
    Direction,
    DocumentKind,
    DecisionListKind,
    DocumentStatus,
    Domain,
    IndicatorTheme,
    ItemCategory,
    SectionTopic,
    ServiceType,
)

# Field name -> title; a (model, field) entry wins for a name that means something else in that model.
TITLES: dict[str, str] = {
    "id": "Id", "name": "Naam", "short_name": "Korte naam", "municipalities": "Gemeenten",
    "coordinating_body": "Trekker van de samenwerking", "central_municipality": "Centrumgemeente",
    "summary": "Samenvatting", "ambition": "Ambitie", "figures": "Kerncijfers", "principles": "Uitgangspunten",
    "notes": "Opmerkingen", "sources": "Bronnen", "source": "Bron", "label": "Wat het getal meet",
    "value": "Waarde", "note": "Toelichting", "title": "Titel", "intro": "Inleiding", "items": "Punten",
    "text": "Tekst", "file": "Bronbestand", "publishers": "Uitgegeven door", "short_title": "Korte titel",
    "date_text": "Datum in woorden", "description": "Wat het document is", "url": "Openbaar adres",
    "local_copy": "Lokale kopie", "copy_part": "Deel van de kopie", "redistribute": "Kopie delen",
    "licence": "Licentie", "availability": "Waar het origineel te vinden is", "page": "Pagina",
    "general_knowledge": "Algemene kennis", "as_of": "Planning van", "section": "Hoofdstuk of kop in de bron", "region": "Regio",
    "kind": "Soort document", "version": "Versie", "date": "Datum", "period": "Looptijd", "status": "Status",
    "follows": "Volgt op", "part_of": "Hoort bij", "order": "Volgorde", "document": "Document",
    "number": "Nummer", "topics": "Onderwerpen", "groups": "Lijsten", "items": "Punten",
    "item_kinds": "Soorten items", "successors": "Gemeenten van nu (fusies)", "also_named": "Ook genoemde gemeenten",
    "no_term_links": "Nooit naar de begrippenlijst linken", "category": "Categorie", "singular": "Enkelvoud", "plural": "Meervoud",
    "related_sections": "Verwante hoofdstukken", "former_ids": "Vroegere ids", "code": "Code",
    "group": "Hoofdsegment", "domains": "Wetten", "domain": "Wet", "service_type": "Type zorg",
    "service_description": "Omschrijving van de hulp", "target_group": "Doelgroep", "services": "Vormen van hulp",
    "goals": "Doelen", "indicators": "Indicatoren", "development_potential": "Ontwikkelpotentieel",
    "particulars": "Bijzonderheden", "related": "Segmenten met raakvlakken", "choice_freedom": "Keuzevrijheid",
    "procurement": "Inkoopvorm", "expected_providers": "Verwacht aantal aanbieders", "reference": "Verwijzing",
    "direction": "Gewenste richting", "theme": "Thema", "definition": "Definitie", "term": "Begrip",
    "abbreviation": "Afkorting", "search_aliases": "Zoekwoorden", "definitions": "Definities", "see_also": "Zie ook", "decisions": "Besluiten",
    "milestones": "Mijlpalen", "start": "Begindatum", "end": "Einddatum", "when": "Wanneer (in woorden)",
    "municipality_count": "Aantal gemeenten", "procurement_facts": "Inkoop per soort zorg",
    "providers": "Aantal aanbieders", "not_summarised": "Bewust niet samengevat", "reason": "Reden",
}
MODEL_TITLES: dict[tuple[str, str], str] = {
    ("PolicyItem", "number"): "Nummer van het item",
    ("PolicyItem", "kind"): "Soort item",
    ("Section", "items"): "Beleidsitems",
    ("ItemKind", "id"): "Id van de soort",
    ("Successor", "name"): "Naam van de gemeente van nu",
    ("Successor", "municipalities"): "Opgegane gemeenten",
    ("Successor", "date"): "Sinds",
    ("Decision", "number"): "Nummer van het besluit",
    ("ItemGroup", "title"): "Kop boven de lijst",
    ("Figure", "note"): "Toelichting bij het getal",
    ("Omission", "section"): "Kop die geen samenvatting krijgt",
}


@dataclass(frozen=True)
class OneOf:
    """At least one of these fields is filled in (a list with a point in it, a value, or `true`).

    One rule, read by the editor schemas (`anyOf`), the field reference on /bijdragen/ and the help of each
    field; the model or a check of `validate` enforces the same rule (tests/kaderwijzer/editor/test_fielddocs.py).
    """

    fields: tuple[str, ...]
    why: str  # Dutch: what to fill in, and when


# Decided (issue 17): a region always says which municipalities or how many (the help said the list may stay
# empty; it may, but then `municipality_count` holds the number the source gives); a segment always says what
# the region wants, as an `ambition` or as `development_potential`, or both.
ONE_OF: dict[str, OneOf] = {
    "Region": OneOf(("municipalities", "municipality_count"),
                    "Noem de gemeenten zoals de bron ze noemt, of hun aantal als de bron niet alle namen geeft; "
                    "allebei mag."),
    "Segment": OneOf(("ambition", "development_potential"),
                     "Een segment zegt wat de regio wil: als `ambition`, als `development_potential`, of allebei."),
    "Source": OneOf(("availability", "redistribute"),
                    "Een bron waarvan de kopie niet gedeeld mag worden (geen `redistribute: true`), zegt in "
                    "`availability` waar lezers het origineel vinden, ook als er een `url` is."),
}


def needed(rule: OneOf) -> str:
    """'minstens één van `a` en `b`', as the field reference and the editor say it."""
    names = [f"`{f}`" for f in rule.fields]
    return f"minstens één van {', '.join(names[:-1])} en {names[-1]}"


def one_of_rule(model: str, field: str) -> OneOf | None:
    rule = ONE_OF.get(model)
    return rule if rule is not None and field in rule.fields else None


# Descriptions a model lacks, or states too generally for this field (e.g. ids inside a file).
DESCRIPTIONS: dict[tuple[str, str], str] = {
    ("Region", "municipalities"): "De gemeenten die samenwerken, elk als eigen punt in de lijst; alleen de namen "
                                  "die de bron noemt. Noemt de bron geen namen, laat de lijst dan weg en zet het "
                                  "aantal in `municipality_count`.",
    ("Region", "municipality_count"): "Aantal gemeenten zoals de bron het noemt; nodig als de bron niet alle namen "
                                      "geeft.",
    ("Segment", "ambition"): "Wat de regio met dit segment wil bereiken, in eigen woorden.",
    ("Segment", "development_potential"): "Ontwikkelpotentieel: wat beter kan, in lijsten met de tussenkoppen van "
                                          "de bron.",
    ("Source", "availability"): "Waar lezers het origineel vinden, in eigen woorden (een webadres mag erin staan).",
    ("Source", "redistribute"): "`true` als de kopie op de site als download mag staan; zet dan in `licence` waarom.",
    ("Figure", "note"): "Toelichting bij het getal, bv. het jaar of de bron van de telling.",
    ("ItemGroup", "items"): "De punten van de lijst: gewone tekst, of `title` + `text`.",
    ("PolicyItem", "number"): "Nummer zoals in de bron, bv. `1` of `2a`; leeg als de bron de items niet nummert.",
    ("Segment", "domains"): "De wetten waar het segment onder valt; minstens één.",
    ("Segment", "service_description"): "Welke hulp onder het segment valt (tekst, of per wet een lijst met "
                                         "`domain` en `text`).",
    ("GlossaryTerm", "definitions"): "Wat het begrip betekent; per regio een eigen definitie als de bronnen "
                                     "verschillen. Minstens één.",
    ("DecisionList", "decisions"): "De besluiten, in de volgorde en met de nummers van de bron.",
    ("Decision", "number"): "Nummer van het besluit zoals in de bron (1, 2, 3 …).",
    ("MilestoneList", "milestones"): "De mijlpalen van de planning, van vroeg naar laat.",
    ("Goal", "id"): "Id van het doel binnen dit segment: kleine letters, cijfers en streepjes, bv. `doel-1`.",
    ("Indicator", "id"): "Id van de indicator binnen dit segment, bv. `indicator-1`.",
    ("Decision", "id"): "Stabiele id van het besluit, uniek over alle bestanden, bv. `nl-besluit-1-gezamenlijke-inkoop`.",
    ("Milestone", "id"): "Stabiele id van de mijlpaal, uniek over alle bestanden, bv. `nl-f3-start-fase-3`.",
}

ENUM_DOCS: dict[type[Enum], dict[str, str]] = {
    Domain: {
        "wmo": "Wet maatschappelijke ondersteuning: hulp voor volwassenen om thuis te wonen en mee te doen.",
        "jeugd": "Jeugdwet: hulp en bescherming voor kinderen, jongeren en hun ouders.",
        "participatie": "Participatiewet: werk, inkomen en meedoen.",
        "beschermd-wonen-mo": "Beschermd wonen en maatschappelijke opvang (onderdeel van de Wmo, vaak apart ingekocht).",
    },
    Direction: {
        "toename": "Het getal moet omhoog (bv. meer tevreden inwoners).",
        "afname": "Het getal moet omlaag (bv. kortere wachttijd).",
        "stabilisatie": "Het getal moet gelijk blijven.",
    },
    IndicatorTheme: {
        "wachttijd": "Hoe lang iemand wacht op hulp.",
        "duur": "Hoe lang de hulp duurt.",
        "instroom-uitstroom": "Hoeveel mensen beginnen of stoppen met hulp.",
        "aantallen": "Hoeveel mensen of trajecten er zijn.",
        "terugval": "Hoe vaak iemand na de hulp opnieuw hulp nodig heeft.",
        "tevredenheid": "Hoe tevreden inwoners of cliënten zijn.",
        "kwaliteit": "Hoe goed de hulp is, volgens afgesproken eisen.",
    },
    ServiceType: {
        "hulp-bij-het-huishouden": "Hulp bij schoonmaken en het huishouden.",
        "respijtzorg": "Tijdelijke overname van zorg, zodat een mantelzorger even rust heeft.",
        "begeleiding": "Begeleiding thuis of in een groep, om zelfstandig te blijven.",
        "dagbesteding": "Een zinvolle dag buitenshuis, in een groep.",
        "wonen": "Wonen met ondersteuning of toezicht.",
        "crisis": "Hulp die direct nodig is, dag en nacht.",
        "jeugdbescherming": "Maatregel van de kinderrechter om een kind te beschermen.",
        "jeugdreclassering": "Begeleiding van jongeren die met politie of justitie in aanraking kwamen.",
        "behandeling": "Behandeling van psychische of gedragsproblemen of een beperking.",
        "specialistische-jeugdhulp": "Zware of langdurige hulp voor jeugdigen.",
        "gesloten-jeugdhulp": "Jeugdhulp in een gesloten instelling, met toestemming van de rechter.",
        "forensische-zorg": "Zorg voor mensen met een strafrechtelijke maatregel.",
        "werk-en-participatie": "Hulp bij werk, leren en meedoen.",
    },
    SectionTopic: {
        "inkoop": "Over inkoop en contracten; staat op de pagina voor aanbieders.",
        "planning": "Over planning en tijdpad.",
        "toegang": "Over hoe inwoners aan hulp komen.",
        "kwaliteit": "Over kwaliteit en toezicht.",
        "financiering": "Over geld, tarieven en bekostiging.",
        "marktconsultatie": "Over marktconsultatie; dan heet de inkooppagina 'Inkoop en marktconsultatie'.",
    },
    DocumentKind: {
        "kaderdocument": "Een kader dat de inkoop of het beleid voor jaren vastlegt.",
        "beleidskader": "Een beleidskader: visie, doelen en speerpunten.",
        "memo": "Een memo of notitie.",
        "bijlage": "Een bijlage bij een ander document.",
        "adviesnota": "Een nota met een advies aan college of raad.",
        "raadsinformatiebrief": "Een brief die de gemeenteraad informeert.",
        "uitvoeringskader": "Een kader voor hoe beleid wordt uitgevoerd.",
        "inkoopstrategie": "De gekozen manier van inkopen: contractvorm, bekostiging, sturing.",
        "beleidsplan": "Een plan met beleid voor meerdere jaren.",
        "verordening": "Regels die de gemeenteraad vaststelt.",
        "marktconsultatie": "Verslag of uitvraag van een gesprek met aanbieders vóór de inkoop.",
        "nota-van-inlichtingen": "Antwoorden op vragen van aanbieders tijdens een aanbesteding.",
        "webpagina": "Een pagina op een website, bv. de inkooppagina van een regio; noem de datum waarop u hem las.",
    },
    ItemCategory: {
        "doel": "Een doel: wat de regio wil bereiken. Telt overal mee waar doelen worden geteld.",
        "uitgangspunt": "Een uitgangspunt of principe.",
        "prioriteit": "Een prioriteit, zoals een speerpunt of actielijn.",
        "opgave": "Een opgave of taak, zoals een veranderopgave.",
        "risico": "Een risico.",
        "voorwaarde": "Een voorwaarde.",
        "maatregel": "Een maatregel.",
    },
    DecisionListKind: {
        "decisions": "Besluiten die genomen zijn.",
        "advice": "Voorstellen van een adviesnota; de site toont ze als advies, niet als besluit.",
    },
    DocumentStatus: {
        "concept": "Nog niet vastgesteld.",
        "vastgesteld": "Vastgesteld door college, raad of bestuur.",
        "advies": "Een advies of voorstel; de bron zegt niet dat erover is besloten.",
        "informatie": "Alleen ter informatie; er wordt niets besloten.",
        "onbekend": "De bron zegt niet of het document is vastgesteld.",
    },
}


def title_for(model: str, field: str) -> str:
    return MODEL_TITLES.get((model, field)) or TITLES.get(field) or field.replace("_", " ").capitalize()


# Dutch names of records, their parts and choice lists (by class name, as in the schema's `$defs`).
PART_TITLES: dict[str, str] = {
    "Region": "Regio", "Document": "Document", "Section": "Hoofdstuk", "Segment": "Segment",
    "GlossaryTerm": "Begrip", "DecisionList": "Besluitenlijst", "MilestoneList": "Planning",
    "Source": "Brondocument", "Citation": "Bronverwijzing", "Period": "Looptijd", "DecisionListKind": "Soort lijst",
    "Figure": "Kerngetal", "Item": "Punt", "ItemGroup": "Lijst met kop",
    "ScopedText": "Tekst, eventueel per wet", "Goal": "Doel", "Indicator": "Indicator",
    "PolicyItem": "Beleidsitem", "ItemKind": "Soort item", "Successor": "Gemeente van nu",
    "NamedMunicipality": "Ook genoemde gemeente", "ItemCategory": "Categorie van de soort",
    "Definition": "Definitie", "Decision": "Besluit", "Milestone": "Mijlpaal",
    "ProcurementFact": "Inkoop van één soort zorg", "Omission": "Kop zonder samenvatting",
    "Domain": "Wet", "Direction": "Gewenste richting", "IndicatorTheme": "Thema van de indicator",
    "ServiceType": "Type zorg", "SectionTopic": "Onderwerp", "DocumentKind": "Soort document",
    "DocumentStatus": "Status van het document",
}
PART_DESCRIPTIONS: dict[str, str] = {
    "Region": "Een regio: gemeenten die samen zorg inkopen. Eén bestand per regio in `data/regions/`.",
    "Document": "Een kader, memo of nota van een regio. Eén bestand per document in `data/documents/`.",
    "Section": "Een hoofdstuk of thema van een document, als leesbare pagina. In `data/sections/<regio>/`.",
    "Segment": "Een groep diensten die de regio inkoopt voor één doelgroep. In `data/segments/<regio>/`.",
    "GlossaryTerm": "Een begrip voor de begrippenlijst, met een definitie per regio. In `data/glossary/`.",
    "DecisionList": "De genummerde besluiten uit één document. In `data/decisions/`.",
    "MilestoneList": "De planning uit één document: mijlpalen met datum. In `data/milestones/`.",
    "Source": "Een brondocument van een regio: titel, uitgever, datum, soort en waar het origineel staat. In `data/sources/`.",
    "Citation": "Waar een feit vandaan komt: de id van het brondocument, het hoofdstuk of de kop daarin, "
                "en zo mogelijk de pagina.",
    "Omission": "Een genummerde kop van de bron die bewust geen samenvatting krijgt (bv. een inhoudsopgave of "
                "colofon), met de reden. De dekking telt hem dan als gedekt.",
    "Period": "De looptijd van een document, zo precies als de bron hem geeft.",
    "DecisionListKind": "Genomen besluiten, of voorstellen van een adviesnota.",
    "Figure": "Een kerngetal precies zoals de bron het noemt.",
    "Item": "Eén punt van een lijst, eventueel met een korte titel.",
    "ItemGroup": "Een lijst met een kop, zoals in de bron.",
    "ScopedText": "Tekst die voor alle wetten van het segment geldt, of (met `domain`) voor één wet.",
    "Goal": "Een doel van het segment.",
    "Indicator": "Een indicator: wat de regio meet, en welke kant het op moet.",
    "PolicyItem": "Een doel, uitgangspunt, speerpunt, opgave, risico, voorwaarde of maatregel van een document, "
                  "met een `kind` uit `item_kinds` van het document.",
    "Successor": "Een gemeente van nu waarin gemeenten uit de bron opgingen, met datum; algemene kennis of met bron.",
    "NamedMunicipality": "Een gemeente die de bron bij de regio noemt, maar die niet bij de regio hoort.",
    "ItemKind": "Een soort item zoals het document hem noemt, met enkelvoud en meervoud, bv. `speerpunt` / `speerpunten`.",
    "ItemCategory": "Wat een soort item is, over documenten heen: doelen tellen als doelen, risico's zijn als risico's te vinden.",
    "Definition": "Wat een begrip betekent, eventueel alleen in één regio.",
    "Decision": "Eén genummerd besluit.",
    "Milestone": "Eén mijlpaal uit de planning.",
    "ProcurementFact": "Hoe de regio één soort zorg inkoopt, als de bron dat buiten een segment noemt; "
                       "staat op Regio's vergelijken.",
    "Domain": "De wet waar de hulp onder valt.",
    "Direction": "Welke kant een indicator op moet.",
    "IndicatorTheme": "Gedeelde groepering van indicatoren, om regio's te vergelijken.",
    "ServiceType": "Gedeelde indeling van zorg, om segmenten van regio's te vergelijken.",
    "SectionTopic": "Waar een hoofdstuk over gaat, zodat het op de juiste pagina's verschijnt.",
    "DocumentKind": "Wat voor document het is.",
    "DocumentStatus": "Of het document is vastgesteld.",
}
