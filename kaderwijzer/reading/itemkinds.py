"""Cross-record check of policy items: each item's `kind` must be one its section's document declares.

The item kinds are a per-document vocabulary (`item_kinds` on the document), so pydantic cannot check them on
the section alone; the message has the same shape as pydantic's for a fixed choice list.
"""

from __future__ import annotations

from typing import Any

from kaderwijzer.model import Document
from kaderwijzer.model.errors import DataError
from kaderwijzer.reading.messages import found, is_placeholder, one_of
from kaderwijzer.reading.yamlsource import YamlDocument


def item_kind_errors(doc: YamlDocument, documents: dict[str, Document]) -> list[DataError]:
    """Errors for a section file whose items name a kind its document does not declare."""
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        return []
    document = documents.get(data.get("document")) if isinstance(data.get("document"), str) else None
    if document is None:
        return []  # an unknown document has its own message
    allowed = [k.id for k in document.item_kinds]
    errors = []
    for i, item in enumerate(data["items"]):
        kind: Any = item.get("kind") if isinstance(item, dict) else None
        if not isinstance(kind, str) or kind in allowed or is_placeholder(kind):
            continue
        loc = ("items", i, "kind")
        if allowed:
            message = (f"`kind`: ongeldige waarde {found(kind, None)}; kies {one_of(allowed)} "
                       f"(de soorten in `item_kinds` van document `{document.id}`)")
        else:
            message = (f"`kind`: document `{document.id}` noemt geen soorten items; zet `{kind}` met enkelvoud en "
                       f"meervoud in `item_kinds` van dat document")
        errors.append(doc.error(loc, message))
    return errors
