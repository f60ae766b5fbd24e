"""Pydantic's validation errors, said in Dutch, with values shown as the editor wrote them.

Pydantic reports `input` as a Python value (`None`, `False`, `datetime.date(...)`); an editor wrote `~`,
`no` or `2024-01-01`. When the file's own text for a value is known it is shown; otherwise the value
is written back in YAML style.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable, Iterable

from pydantic import BaseModel

from kaderwijzer.model.errors import suggest
from kaderwijzer.model import LOCAL_COPY_PATTERN, SLUG_PATTERN, URL_PATTERN

PLACEHOLDER = "TODO"
_QUOTED_OPTION = re.compile(r"'((?:[^'\\]|\\.)*)'")
WrittenAs = Callable[[], str | None]  # the file's own text for the value, when known
Options = Callable[[str], list[str]]  # field (`source`, `document`, `region`) -> ids that would fit there


def as_yaml(value: Any, limit: int = 60) -> str:
    """A value written back the way YAML spells it (never a Python repr)."""
    if value is None:
        text = "~"
    elif value is True or value is False:
        text = "true" if value else "false"
    elif isinstance(value, (dt.date, dt.datetime)):
        text = value.isoformat()
    elif isinstance(value, list):
        text = "[" + ", ".join(as_yaml(v, limit) for v in value) + "]"
    elif isinstance(value, dict):
        text = "{" + ", ".join(f"{k}: {as_yaml(v, limit)}" for k, v in value.items()) + "}"
    else:
        text = str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def found(value: Any, written: str | None) -> str:
    """'`no`' or 'een leeg veld': what the editor wrote, for 'gevonden: …'."""
    if written is None and value is None or written in ("", "~", "null", "Null", "NULL"):
        return "een leeg veld" if not written else f"`{written}` (leeg)"
    return f"`{as_yaml(written if written is not None else value)}`"


def one_of(options: Iterable[str]) -> str:
    """'`a`, `b` of `c`'."""
    quoted = [f"`{o}`" for o in options]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " of " + quoted[-1]


def enum_options(err: dict[str, Any]) -> list[str]:
    """The allowed values of an enum error, from pydantic's English "'a', 'b' or 'c'"."""
    return _QUOTED_OPTION.findall(str((err.get("ctx") or {}).get("expected", "")))


def known_ids(options: list[str], limit: int = 12) -> str:
    """'; kies uit `a` of `b`' when the list is short enough to read, else ''."""
    return f"; kies uit {one_of(sorted(options))}" if 0 < len(options) <= limit else ""


def dutch_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def is_placeholder(value: Any) -> bool:
    if isinstance(value, list):
        return any(is_placeholder(v) for v in value)
    return isinstance(value, str) and value.strip().startswith(PLACEHOLDER)


def field_name(loc: tuple[Any, ...]) -> str:
    """The field an error is about: the last name in its path (`domains` for `domains[0]`)."""
    return next((str(p) for p in reversed(loc) if isinstance(p, str)), "")


# Fields whose `TODO` stands for the id of another record: what to call it, and where such records live.
_ID_FIELDS = {"source": ("de id van het brondocument", "data/sources/"), "document": ("het document van de regio",
              "data/documents/"), "region": ("de id van de regio", "data/regions/")}


def _placeholder_message(err: dict[str, Any], field: str, options: Options | None) -> str:
    kind = err["type"]
    if kind == "enum":
        return f"`{field}` is nog niet ingevuld: vervang `TODO` door {one_of(enum_options(err))}"
    if kind.startswith("date"):
        return f"`{field}` is nog niet ingevuld: vul een datum in als JJJJ-MM-DD, zonder aanhalingstekens"
    if kind.startswith("int"):
        return f"`{field}` is nog niet ingevuld: vul een geheel getal in"
    if kind == "string_pattern_mismatch":
        pattern = err["ctx"]["pattern"]
        target = "source" if field.endswith("source") else field
        if target in _ID_FIELDS:
            what, folder = _ID_FIELDS[target]
            fitting = options(target) if options is not None else []
            if 0 < len(fitting) <= 12:  # a longer list does not help; the folder does
                return f"`{field}` is nog niet ingevuld: kies {what}: {one_of(sorted(fitting) if target != 'document' else fitting)}"
            return f"`{field}` is nog niet ingevuld: vul {what} in (zie {folder})"
        if pattern == SLUG_PATTERN:
            return f"`{field}` is nog niet ingevuld: vul een id in (kleine letters, cijfers en streepjes)"
    return f"`{field}` is nog niet ingevuld: vervang `{as_yaml(err.get('input'), 40)}` door de echte tekst"


_TYPE_MESSAGES = {
    "missing": "verplicht veld `{field}` ontbreekt; voeg het toe",
    "string_type": "`{field}` verwacht tekst, gevonden: {found}; zet de waarde tussen aanhalingstekens",
    "int_type": "`{field}` verwacht een geheel getal, gevonden: {found}",
    "int_parsing": "`{field}` verwacht een geheel getal, gevonden: {found}",
    "list_type": "`{field}` verwacht een lijst (regels die met `- ` beginnen), gevonden: {found}",
    "model_type": "`{field}` verwacht een onderdeel met velden (`sleutel: waarde`), gevonden: {found}",
    "model_attributes_type": "`{field}` verwacht een onderdeel met velden (`sleutel: waarde`), gevonden: {found}",
    "dict_type": "`{field}` verwacht een onderdeel met velden (`sleutel: waarde`), gevonden: {found}",
    "date_type": "`{field}` verwacht een datum als JJJJ-MM-DD, bv. `2025-01-01`, gevonden: {found}",
    "date_from_datetime_inexact": "`{field}` verwacht een datum zonder tijd (JJJJ-MM-DD), gevonden: {found}",
    "string_too_short": "`{field}` mag niet leeg zijn",
    "too_short": "lijst `{field}` mag niet leeg zijn; geef minstens één punt",
    "bool_type": "`{field}` verwacht `true` of `false`, gevonden: {found}",
    "greater_than_equal": "`{field}` moet minstens {ge} zijn, gevonden: {found}",
}


def pydantic_message(err: dict[str, Any], model: type[BaseModel], written: WrittenAs,
                     options: Options | None = None, in_file: tuple[Any, ...] | None = None) -> tuple[str, bool]:
    """Dutch message for one pydantic error, and whether it points at a key.

    `in_file` is the part of the error's path that the file has; the field is named after it.
    """
    loc = err["loc"]
    field = field_name(in_file or loc)
    value = err.get("input")
    kind = err["type"]
    if kind == "extra_forbidden":
        return f"onbekend veld `{loc[-1]}`{suggest(str(loc[-1]), allowed_keys(model, loc[:-1]))}", True
    if kind != "missing" and is_placeholder(value):
        return _placeholder_message(err, field, options), False
    if kind == "value_error" and is_placeholder(value):
        return _placeholder_message(err, field, options), False
    if kind == "enum":
        return f"`{field}`: ongeldige waarde {found(value, written())}; kies {one_of(enum_options(err))}", False
    if kind == "string_pattern_mismatch":
        pattern = err["ctx"]["pattern"]
        if pattern == LOCAL_COPY_PATTERN:
            return (f"`{field}`: ongeldige bestandsnaam {found(value, written())}; alleen de naam van een bestand in "
                    "de map met brondocumenten, zonder map ervoor", False)
        if pattern == URL_PATTERN:
            return f"`{field}`: ongeldig adres {found(value, written())}; begin met `https://` of `http://`", False
        if "\\d{4}" in pattern:
            return f"`{field}`: ongeldige datum {found(value, written())}; schrijf `2020-10-26`, `2020-10` of `2020`", False
        return (f"`{field}`: ongeldige id {found(value, written())}; gebruik kleine letters, cijfers en streepjes "
                "(bv. `hulp-bij-het-huishouden`)", False)
    if kind == "string_too_long":
        return (f"`{field}`: tekst is te lang ({dutch_number(len(value))} tekens, maximaal "
                f"{dutch_number(err['ctx']['max_length'])}); maak hem korter", False)
    if kind in ("value_error", "assertion_error"):
        return str(err["ctx"]["error"]), False
    template = _TYPE_MESSAGES.get(kind)
    if template:
        return template.format(field=field, found=found(value, written()), **(err.get("ctx") or {})), False
    return (f"`{field}`: de waarde {found(value, written())} past niet bij dit veld; zie de uitleg bij `{field}` "
            "op de pagina Voor redactie", False)


def allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the (nested) model at `loc`, for 'did you mean' hints."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or not (isinstance(current, type) and issubclass(current, BaseModel)):
            continue
        info = current.model_fields.get(str(part))
        if info is None:
            return []
        current = _inner_model(info.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    for arg in getattr(annotation, "__args__", ()) or ():
        found_model = _inner_model(arg)
        if found_model is not None:
            return found_model
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None
