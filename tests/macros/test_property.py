"""Random text in every text field: validation accepts it and the site shows it escaped, or rejects it
with a located error. Never a crash, never raw HTML or script links in the built pages.

One example fills all text fields of a small corpus (every optional part present) at once. Strings the
model refuses must come back as `path:line:col: message`; the others are then built into the real site
(real templates, theme and Markdown extensions) and checked page by page.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import shutil
import types
import typing
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.functional_validators import AfterValidator

from kaderwijzer.model.errors import DataErrors
from kaderwijzer.reading.loader import TERM_CALL, load_corpus
from kaderwijzer.model import FILE_MODELS
from kaderwijzer.model.text import check_text
from tests.conftest import ROOT, schema_line

PathKey = tuple[str | int, ...]
SEED = "003_a4051f10d6d36160.txt"
SOURCE = "proefbron"
PROJECT_PARTS = ("content", "macros", "overrides")


def _source(section: str) -> list[dict[str, str]]:
    return [{"source": SOURCE, "section": section, "page": "3–4", "note": "Toelichting bij de bron."}]


def _group(title: str) -> list[dict[str, Any]]:
    return [{"title": title, "intro": "Inleiding van de groep.", "items": [{"title": "Punt", "text": "Tekst van het punt."}]}]


def _figures() -> list[dict[str, str]]:
    return [{"label": "Inwoners", "value": "ca. 100.000", "note": "Peildatum onbekend."}]


def _segment(ident: str, other: str, code: str) -> dict[str, Any]:
    return {
        "id": ident, "region": "proefregio", "document": "proefkader", "code": code, "name": f"Segment {code}",
        "group": "Hoofdsegment", "domains": ["wmo", "jeugd"], "service_type": "begeleiding",
        "service_description": [{"domain": "wmo", "text": "Omschrijving van de hulp."}],
        "target_group": [{"text": "Voor wie de hulp is."}], "services": ["Vorm van hulp"],
        "ambition": "Wat de regio wil bereiken.",
        "goals": [{"id": "doel-1", "text": "Een doel.", "domain": "wmo", "reference": "Art. 1"}],
        "indicators": [{"id": "indicator-1", "name": "Wachttijd", "direction": "afname", "theme": "wachttijd",
                        "definition": "Dagen tot de start.", "domain": "wmo"}],
        "development_potential": _group("Innovatie"), "particulars": ["Een bijzonderheid."],
        "related": [other], "choice_freedom": "Inwoners kiezen zelf.", "procurement": "Open house.",
        "expected_providers": "Ongeveer tien.", "figures": _figures(), "sources": _source("Bijlage 1"),
    }


# Every optional part is present, so every text field of the model has a place here.
BASE: dict[str, tuple[str, dict[str, Any]]] = {
    "source": ("sources/proefbron.yml", {
        "id": SOURCE, "title": "Proefkader 2025", "short_title": "Proefkader", "publishers": ["Gemeente Proefstad"],
        "kind": "kaderdocument", "version": "versie 2", "date": "2024-11", "date_text": "najaar 2024", "description": "Een verzonnen kader.",
        "url": "https://www.example.org/proefkader.pdf", "local_copy": SEED, "copy_part": "het eerste deel",
        "redistribute": True, "licence": "Openbaar overheidsstuk.", "availability": "Ook op te vragen bij de gemeente.",
        "not_summarised": [{"section": "Bijlage 9 Colofon", "reason": "Alleen de namen van de makers."}]}),
    "region": ("regions/proefregio.yml", {
        "id": "proefregio", "name": "Proefregio", "short_name": "PR", "municipalities": ["Proefstad"], "municipality_count": 7,
        "coordinating_body": "Centrumgemeente Proefstad", "central_municipality": "Proefstad",
        "summary": "Een verzonnen regio.", "ambition": "Goede zorg dichtbij.", "figures": _figures(),
        "principles": _group("Uitgangspunten"), "notes": ["Goed om te weten."], "sources": _source("Inleiding"),
        "successors": [{"name": "Nieuwstad", "municipalities": ["Proefstad"], "date": "2022-01-01",
                        "sources": [{"source": SOURCE, "section": "Bijlage 3", "page": "5", "note": "Fusie."}]},
                       {"name": "Samenstad", "municipalities": ["Buurstad"], "date": 2023, "general_knowledge": True}],
        "also_named": [{"name": "Buurstad", "text": "Koopt mee in.",
                        "sources": [{"source": SOURCE, "section": "Bijlage 2", "page": "4", "note": "Voetnoot 1."}]}],
        "no_term_links": ["team Inkoop"]}),
    "document": ("documents/proefkader.yml", {
        "id": "proefkader", "region": "proefregio", "title": "Proefkader", "kind": "kaderdocument",
        "version": "1.0", "period": {"start": 2025, "end": 2028, "text": "2025 tot en met 2028"}, "status": "vastgesteld", "summary": "Het kader.",
        "item_kinds": [{"id": "actielijn", "category": "prioriteit", "singular": "actielijn", "plural": "actielijnen"}],
        "sources": _source("Voorwoord")}),
    "section": ("sections/proefregio/proef-hoofdstuk.yml", {
        "id": "proef-hoofdstuk", "region": "proefregio", "document": "proefkader", "number": "2",
        "title": "Visie", "summary": "De visie.", "groups": _group("Aandacht"),
        "items": [{"id": "actielijn-1", "kind": "actielijn", "number": 1, "title": "Actielijn", "text": "Uitleg.",
                   "items": [{"title": "Actie", "text": "Doen."}],
                   "sources": [{"source": SOURCE, "section": "Bijlage 1", "page": "3", "note": "Uit de bijlage."}]}],
        "figures": _figures(), "sources": _source("Hoofdstuk 2"),
        "procurement_facts": [{"service_type": "wonen", "title": "Beschermd wonen", "procurement": "Geen nieuwe aanbieders.",
                               "providers": "16"}]}),
    "segment": ("segments/proefregio/proef-a.yml", _segment("proef-a", "proef-b", "1a")),
    "term": ("glossary/proefbegrip.yml", {
        "id": "proefbegrip", "term": "Portefeuillehoudersoverleg Sociaal Domein", "abbreviation": "PHO SD", "search_aliases": ["pbg"],
        "definitions": [{"text": "Een begrip om te proberen.", "region": "proefregio",
                         "sources": [{"source": SOURCE, "section": "Begrippen", "page": "7", "note": "Eigen woorden."}]},
                        # What the abbreviation stands for, whatever the term is: `validate` asks for it.
                        {"text": "Een afkorting, uitgelegd uit algemene kennis.", "general_knowledge": True}]}),
    "decisions": ("decisions/proefbesluiten.yml", {
        "region": "proefregio", "document": "proefkader", "title": "Besluiten",
        "decisions": [{"id": "besluit-1", "number": 1, "title": "Kader vaststellen", "text": "De raad stelt het kader vast.",
                       "date": dt.date(2024, 1, 15), "sources": _source("Besluit")}]}),
    "milestones": ("milestones/proefplanning.yml", {
        "region": "proefregio", "document": "proefkader", "title": "Planning",
        "milestones": [{"id": "start", "order": 1, "start": dt.date(2024, 2, 1), "end": dt.date(2024, 3, 1), "when": "Voorjaar 2024",
                        "title": "Marktconsultatie", "text": "Gesprekken met aanbieders.", "sources": _source("Planning")}]}),
}
# A second segment so related links, tables and diagrams have two ends; its text stays fixed.
EXTRA = {"segments/proefregio/proef-b.yml": ("segment", _segment("proef-b", "proef-a", "1b"))}


@dataclass(frozen=True)
class TextField:
    kind: str
    path: PathKey
    adapter: TypeAdapter = field(compare=False, hash=False)

    @property
    def name(self) -> str:
        return ".".join([self.kind, *(str(p) for p in self.path)])


def _is_text(metadata: list[Any]) -> bool:
    return any(isinstance(m, AfterValidator) and m.func is check_text for m in metadata)


def _text_fields(annotation: Any, metadata: list[Any], path: PathKey) -> typing.Iterator[tuple[PathKey, Any]]:
    """Paths of all fields validated by check_text (index 0 for list items), with their annotation."""
    if _is_text(metadata):
        yield path, typing.Annotated[(str, *metadata)]
        return
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *extra = typing.get_args(annotation)
        yield from _text_fields(inner, list(extra), path)
    elif origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _text_fields(arg, [], path)
    elif origin is list:
        yield from _text_fields(typing.get_args(annotation)[0], [], path + (0,))
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, info in annotation.model_fields.items():
            yield from _text_fields(info.annotation, list(info.metadata), path + (name,))


TEXT_FIELDS = [TextField(kind, path, TypeAdapter(annotation))
               for kind, model in FILE_MODELS.items() for path, annotation in _text_fields(model, [], ())]
FIELDS = {text_field.name: text_field for text_field in TEXT_FIELDS}


def _get(record: Any, path: PathKey) -> Any:
    for part in path:
        record = record[part]
    return record


def _set(record: Any, path: PathKey, value: str) -> None:
    _get(record, path[:-1])[path[-1]] = value


def write_corpus(data_dir: Path, values: dict[str, str]) -> dict[str, Path]:
    """The base corpus with `values` (by field name) in its text fields; returns kind -> file."""
    if data_dir.exists():
        shutil.rmtree(data_dir)
    records = copy.deepcopy(BASE)
    for name, value in values.items():
        _set(records[FIELDS[name].kind][1], FIELDS[name].path, value)
    # Hand-written pages may link glossary terms; give each one a stub so the corpus stays valid.
    used_terms = {m.group(1) for page in (ROOT / "content").rglob("*.md") for m in TERM_CALL.finditer(page.read_text(encoding="utf-8"))}
    stubs = {f"glossary/{ident}.yml": ("term", {**copy.deepcopy(BASE["term"][1]), "id": ident}) for ident in used_terms}
    files = {}
    for kind, (rel, record) in [*records.items(), *[(k, (rel, r)) for rel, (k, r) in {**EXTRA, **stubs}.items()]]:
        path = data_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(schema_line(kind) + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
        files.setdefault(kind, path)
    return files


# ---- reading built pages --------------------------------------------------------------------------

# Tags Markdown (with the site's extensions) can make from editor text.
MARKDOWN_TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                 "blockquote", "hr", "br", "abbr", "details", "summary", "div", "span", "table", "thead", "tbody",
                 "tr", "th", "td", "dl", "dt", "dd", "mark"}
# Elements that run code, load something or change the page: their number per page must not change.
ACTIVE_TAGS = {"script", "style", "link", "meta", "base", "iframe", "frame", "object", "embed", "img", "video",
               "audio", "source", "form", "input", "textarea", "button", "svg", "math", "template", "noscript"}
# Attributes that load or run something: only values the benign build already had.
LOADING_ATTRS = {"src", "srcset", "style", "action", "formaction", "data", "poster", "background", "xlink:href"}
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")
# Text a reader does not see as such: code, and diagram labels (shortened on purpose; listed in full as links).
HIDDEN_TEXT = {"script", "style", "svg"}
URL_IGNORED = re.compile(r"[\x00-\x20]")


class PageFacts(HTMLParser):
    """What a browser would make of one HTML document: elements, attributes, visible text."""

    def __init__(self, html_text: str):
        super().__init__(convert_charrefs=True)
        self.tags: dict[str, int] = {}
        self.attrs: set[tuple[str, str, str]] = set()
        self.text: list[str] = []
        self._hidden = 0
        self.feed(html_text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs.update((tag, name, value or "") for name, value in attrs)
        if tag in HIDDEN_TEXT:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TEXT and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return fold("".join(self.text))


def fold(text: str) -> str:
    return " ".join(text.split())


def read_site(site: Path) -> dict[str, PageFacts]:
    """Every HTML page. (The search dialog shows Pagefind's titles and excerpts as text, never as HTML.)"""
    return {p.relative_to(site).as_posix(): PageFacts(p.read_text(encoding="utf-8")) for p in site.rglob("*.html")}


def unsafe_markup(pages: dict[str, PageFacts], baseline: dict[str, PageFacts]) -> list[str]:
    """Everything in `pages` that editor text must never be able to produce."""
    known_tags = set().union(*(facts.tags for facts in baseline.values())) | MARKDOWN_TAGS
    known_loading = {(name, value) for facts in baseline.values() for _, name, value in facts.attrs if name in LOADING_ATTRS}
    problems = []
    for page, facts in pages.items():
        before = baseline.get(page)
        for tag in sorted(set(facts.tags) - known_tags):
            problems.append(f"{page}: element <{tag}>")
        for tag in ACTIVE_TAGS:
            expected = before.tags.get(tag, 0) if before else 0
            if facts.tags.get(tag, 0) != expected:
                problems.append(f"{page}: {facts.tags.get(tag, 0)} × <{tag}>, verwacht {expected}")
        for tag, name, value in facts.attrs:
            if name.startswith("on"):
                problems.append(f"{page}: <{tag} {name}=…>")
            elif name in LOADING_ATTRS and (name, value) not in known_loading:
                problems.append(f"{page}: <{tag} {name}={value!r}>")
            elif name == "href" and URL_IGNORED.sub("", value).lower().startswith(SCRIPT_SCHEMES):
                problems.append(f"{page}: <{tag} href={value!r}>")
    return problems


# ---- the strings -------------------------------------------------------------------------------------

HOSTILE_PIECES = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>", "</p>", "<!--", "-->", "</title>",
    "<svg/onload=alert(1)", "<a href='x'", "javascript:alert(1)", "JaVaScRiPt:", "java\nscript:", "java\tscript:",
    "data:text/html,x", "[klik](javascript:alert(1))", "[x](https://voorbeeld.example)", "[x]: javascript:alert(1)",
    "![x](https://tracker.example/p.png)", "{{ config }}", "{% raw %}", "{#", "}}", "{: style=\"color:red\" }",
    "{: onclick=alert(1) }", "*[PB]: uitleg", "&lt;script&gt;", "&#60;", "&amp;", "&", "<", ">", "\"", "'", "`",
    "*", "_", "**", "#", "##", "\n", "\n\n", "    ", "- ", "1. ", "> ", "|", "---", "===", "\\", "!!! note",
    "??? note", "```", "~~~", "<https://x.example>", "iemand@voorbeeld.nl", "onerror =", "\u202e", "\u2028",
    "\u0085", "\x07", "TODO", "%}", "]]>", "Wachttijd", "€ 5", "ë", "ß", "😀",
]
# Letters, digits and the characters HTML escapes, but nothing Markdown gives a meaning to.
PLAIN = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éëïüß€$%@,;=/<>&\"'")),
                min_size=1, max_size=40)
HOSTILE = st.lists(st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=4)), min_size=1, max_size=6).map("".join)


def token(index: int) -> str:
    """A word that marks where a field's text ends up; Markdown leaves it alone."""
    return f"Veld{index:02d}q"


@st.composite
def field_values(draw: st.DrawFn) -> dict[str, tuple[str, bool]]:
    """Per text field name: its text (a marker word, a space, a random part) and whether the random part is plain."""
    values = {}
    for index, text_field in enumerate(TEXT_FIELDS):
        plain = draw(st.booleans())
        values[text_field.name] = (f"{token(index)} {draw(PLAIN if plain else HOSTILE)}", plain)
    return values


def accepted_by_model(name: str, value: str) -> bool:
    try:
        FIELDS[name].adapter.validate_python(value)
    except ValidationError:
        return False
    return True


LOCATED = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<message>\S.*)$", re.DOTALL)


def assert_located(errors: DataErrors, files: dict[str, Path]) -> None:
    lines_of = {str(path): path.read_text(encoding="utf-8").count("\n") + 1 for path in files.values()}
    lines_of.update({str(p): p.read_text(encoding="utf-8").count("\n") + 1 for p in files["segment"].parent.glob("*.yml")})
    for error in errors.errors:
        match = LOCATED.match(str(error))
        assert match, str(error)
        assert match["path"] in lines_of, str(error)
        assert 1 <= int(match["line"]) <= lines_of[match["path"]], str(error)
        assert int(match["col"]) >= 1 and "Traceback" not in match["message"], str(error)


# ---- the tests ------------------------------------------------------------------------------------


def test_base_corpus_fills_every_text_field() -> None:
    assert len(TEXT_FIELDS) > 50
    for text_field in TEXT_FIELDS:
        _get(BASE[text_field.kind][1], text_field.path)  # KeyError/IndexError: add the field to BASE


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(values=field_values())
def test_random_text_is_accepted_or_refused_with_a_location(
    values: dict[str, tuple[str, bool]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = tmp_path_factory.mktemp("data") / "data"
    files = write_corpus(data, {f: v for f, (v, _) in values.items()})
    acceptable = all(accepted_by_model(name, value) for name, (value, _) in values.items())
    try:
        load_corpus(data)
    except DataErrors as errors:
        assert_located(errors, files)
        assert not acceptable, f"elke tekst is toegestaan, toch fouten: {errors.report()}"
    else:
        assert acceptable, "een tekst die het model weigert, kwam toch door"


# Fields no template shows yet (reported to the lead). Listed so the test still checks they are safe;
# the test fails once a page starts showing one, so this list cannot go stale.
NOT_SHOWN: dict[str, str] = {
    "region.no_term_links.0": "woorden die nooit een begripslink krijgen: alleen voor de term-linker",
    "term.definitions.0.sources.0.note": "de begrippenlijst noemt brondocument en kop, niet de toelichting",
    "term.search_aliases.0": "zoekwoorden gaan alleen naar de zoekfunctie (pagefind/kaderwijzer.json)",
    "decisions.decisions.0.sources.0.section": "besluiten tonen geen bron",
    "decisions.decisions.0.sources.0.note": "besluiten tonen geen bron",
    "milestones.title": "de planning staat per regio, zonder de titel van de lijst",
    "milestones.milestones.0.sources.0.section": "mijlpalen tonen geen bron",
    "milestones.milestones.0.sources.0.note": "mijlpalen tonen geen bron",
}


def _build(project: Path, site: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))


@pytest.fixture(scope="module")
def site_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, PageFacts]]:
    """A copy of the real site with the base corpus as its data, built once as the benign baseline."""
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    project = tmp_path_factory.mktemp("property") / "project"
    for name in PROJECT_PARTS:
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    write_corpus(project / "data", {})
    site = project.parent / "baseline"
    _build(project, site)
    return project, read_site(site)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(values=field_values())
def test_accepted_text_is_shown_escaped_and_never_as_markup(
    values: dict[str, tuple[str, bool]], site_project: tuple[Path, dict[str, PageFacts]]
) -> None:
    project, baseline = site_project
    kept = {f: (v, plain) for f, (v, plain) in values.items() if accepted_by_model(f, v)}
    write_corpus(project / "data", {f: v for f, (v, _) in kept.items()})
    site = project.parent / "site"
    shutil.rmtree(site, ignore_errors=True)
    _build(project, site)
    pages = read_site(site)

    assert unsafe_markup(pages, baseline) == []
    assert misshown(kept, pages) == []


def misshown(kept: dict[str, tuple[str, bool]], pages: dict[str, PageFacts]) -> list[str]:
    """Accepted fields that no page shows, and plain text that a page shows changed."""
    texts = {name: facts.visible for name, facts in pages.items() if not name.startswith("search:")}
    problems = []
    for index, text_field in enumerate(TEXT_FIELDS):
        if text_field.name not in kept:
            continue
        value, plain = kept[text_field.name]
        showing = [page for page, text in texts.items() if token(index) in text]
        if text_field.name in NOT_SHOWN:
            if showing:
                problems.append(f"{text_field.name} staat nu op {showing[0]}: haal het uit NOT_SHOWN")
        elif not showing:
            problems.append(f"{text_field.name} staat op geen enkele pagina")
        elif plain:
            problems += [f"{text_field.name}: {value!r} niet letterlijk op {page}" for page in showing
                         if fold(value) not in texts[page]]
    return problems
