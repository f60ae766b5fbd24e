"""Shared building blocks of every record: id and text types, dates, the base record and the choice lists.

Every text field is Markdown written in our own words. Text is checked by
:mod:`kaderwijzer.model.text` so that raw HTML and template syntax never reach a page.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StrictInt,
    StringConstraints,
)

from kaderwijzer.model.text import check_text, iso_date

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# A local copy is a bare file name in the folder of source documents: no folders, no hidden files.
LOCAL_COPY_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*\.(txt|pdf|md|html|odt|docx)$"
URL_PATTERN = r"^https?://[^\s<>\"]+$"
MAX_TEXT = 20_000

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, max_length=80),
    Field(description="Stabiele id: kleine letters, cijfers en streepjes, bv. `hulp-bij-het-huishouden`."),
]
Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_TEXT),
    AfterValidator(check_text),
    Field(description="Tekst in Markdown, in eigen woorden (B1). Geen HTML."),
]
# Dates are read from text (YAML 1.2, as in the editor: quoted or not, `2025-01-01` is text until here);
# strict keeps numbers and other spellings from becoming dates.
Date = Annotated[dt.date, Strict(), BeforeValidator(iso_date)]
Year = Annotated[StrictInt, Field(ge=1900, le=2200, description="Alleen een jaar, bv. `2020`.")]
YEAR_MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"
YearMonth = Annotated[
    str,
    StringConstraints(pattern=YEAR_MONTH_PATTERN),
    Field(description="Jaar en maand, bv. `2020-10`."),
]
# Documents often give only a year or a month; never make a day up to fill the gap.
PartialDate = Annotated[
    Date | Year | YearMonth,
    Field(description="Datum zo precies als de bron hem geeft: `2020-10-26`, `2020-10` of `2020`."),
]
Label = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300),
    AfterValidator(check_text),
]


class Record(BaseModel):
    """Base for every record: unknown keys and silent coercion are errors."""

    # Numbers are StrictInt; strings never come from numbers in pydantic v2.
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Domain(str, Enum):
    """The law a service falls under."""

    wmo = "wmo"
    jeugd = "jeugd"
    participatie = "participatie"
    bw_mo = "beschermd-wonen-mo"

    @property
    def label(self) -> str:
        return DOMAIN_LABELS[self]


DOMAIN_LABELS = {
    Domain.wmo: "Wmo",
    Domain.jeugd: "Jeugd",
    Domain.participatie: "Participatie",
    Domain.bw_mo: "Beschermd wonen & maatschappelijke opvang",
}


class Direction(str, Enum):
    """Which way an indicator should move."""

    toename = "toename"
    afname = "afname"
    stabilisatie = "stabilisatie"


class IndicatorTheme(str, Enum):
    """Shared grouping of indicators across regions."""

    wachttijd = "wachttijd"
    duur = "duur"
    instroom_uitstroom = "instroom-uitstroom"
    aantallen = "aantallen"
    terugval = "terugval"
    tevredenheid = "tevredenheid"
    kwaliteit = "kwaliteit"


class ServiceType(str, Enum):
    """Shared taxonomy to compare segments across regions."""

    hulp_bij_het_huishouden = "hulp-bij-het-huishouden"
    respijtzorg = "respijtzorg"
    begeleiding = "begeleiding"
    dagbesteding = "dagbesteding"
    wonen = "wonen"
    crisis = "crisis"
    jeugdbescherming = "jeugdbescherming"
    jeugdreclassering = "jeugdreclassering"
    behandeling = "behandeling"
    specialistische_jeugdhulp = "specialistische-jeugdhulp"
    gesloten_jeugdhulp = "gesloten-jeugdhulp"
    forensische_zorg = "forensische-zorg"
    werk_en_participatie = "werk-en-participatie"


class SectionTopic(str, Enum):
    """What a section is about, so journeys (e.g. providers' procurement page) can find it."""

    inkoop = "inkoop"
    planning = "planning"
    toegang = "toegang"
    kwaliteit = "kwaliteit"
    financiering = "financiering"
    marktconsultatie = "marktconsultatie"


class DocumentKind(str, Enum):
    """What kind of document a region published."""

    kaderdocument = "kaderdocument"
    beleidskader = "beleidskader"
    uitvoeringskader = "uitvoeringskader"
    inkoopstrategie = "inkoopstrategie"
    beleidsplan = "beleidsplan"
    verordening = "verordening"
    marktconsultatie = "marktconsultatie"
    nota_van_inlichtingen = "nota-van-inlichtingen"
    memo = "memo"
    bijlage = "bijlage"
    adviesnota = "adviesnota"
    raadsinformatiebrief = "raadsinformatiebrief"
    webpagina = "webpagina"


class DocumentStatus(str, Enum):
    """What the source says about the standing of a document."""

    vastgesteld = "vastgesteld"
    concept = "concept"
    advies = "advies"
    informatie = "informatie"
    onbekend = "onbekend"
