"""The model layer: typed records, the corpus they form, and where each object lives on the site.

No reading and no rendering here. The records are split by family; import them from here.
"""

from kaderwijzer.model.common import (
    DOMAIN_LABELS,
    Date,
    Direction,
    DocumentKind,
    DocumentStatus,
    Domain,
    IndicatorTheme,
    LOCAL_COPY_PATTERN,
    Label,
    MAX_TEXT,
    PartialDate,
    Record,
    SLUG_PATTERN,
    SectionTopic,
    ServiceType,
    Slug,
    Text,
    URL_PATTERN,
    YEAR_MONTH_PATTERN,
    Year,
    YearMonth,
)
from kaderwijzer.model.source import (
    Citation,
    Omission,
    PageNumber,
    Source,
    Sources,
)
from kaderwijzer.model.parts import (
    Figure,
    Item,
    ItemGroup,
    ScopedText,
)
from kaderwijzer.model.municipalities import (
    NamedMunicipality,
    Successor,
)
from kaderwijzer.model.items import (
    CATEGORY_LABELS,
    ItemCategory,
    ItemKind,
    ItemNumber,
    PolicyItem,
)
from kaderwijzer.model.framework import (
    Document,
    Period,
    ProcurementFact,
    Region,
    Section,
)
from kaderwijzer.model.segment import (
    Goal,
    Indicator,
    Segment,
)
from kaderwijzer.model.glossary import (
    Definition,
    GlossaryTerm,
)
from kaderwijzer.model.planning import (
    Decision,
    DecisionList,
    DecisionListKind,
    Milestone,
    MilestoneList,
)
from kaderwijzer.model.files import (
    FILE_MODELS,
    Kind,
)

__all__ = [
    "DOMAIN_LABELS",
    "Date",
    "Direction",
    "DocumentKind",
    "DocumentStatus",
    "Domain",
    "IndicatorTheme",
    "LOCAL_COPY_PATTERN",
    "Label",
    "MAX_TEXT",
    "PartialDate",
    "Record",
    "SLUG_PATTERN",
    "SectionTopic",
    "ServiceType",
    "Slug",
    "Text",
    "URL_PATTERN",
    "YEAR_MONTH_PATTERN",
    "Year",
    "YearMonth",
    "Citation",
    "Omission",
    "PageNumber",
    "Source",
    "Sources",
    "Figure",
    "Item",
    "ItemGroup",
    "ScopedText",
    "Document",
    "Period",
    "NamedMunicipality",
    "Successor",
    "CATEGORY_LABELS",
    "ItemCategory",
    "ItemKind",
    "ItemNumber",
    "PolicyItem",
    "ProcurementFact",
    "Region",
    "Section",
    "Goal",
    "Indicator",
    "Segment",
    "Definition",
    "GlossaryTerm",
    "Decision",
    "DecisionList",
    "DecisionListKind",
    "Milestone",
    "MilestoneList",
    "FILE_MODELS",
    "Kind",
]
