"""Which pages a saved change reaches besides those the read map names (kaderwijzer/site/dependencies.py).

`mkdocs serve` (kaderwijzer/site/incremental.py) shows the changed records' own pages first; it completes the
site without a full build when what every page shows around its content is unchanged, or differs only in
titles of the navigation (`frame_change`, `retitle`), and then also makes again the pages whose search filters
changed (`changed_filters`).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterator
from typing import Any

from kaderwijzer.site.pages import PageSpec
from kaderwijzer.site.search import facets_for
from kaderwijzer.site.sitebuild import SiteBuild
from kaderwijzer.site.termlinks import kept_between_pages

# Record kind (as in kaderwijzer/site/dependencies.py) -> the macro of the page that record has of its own.
OWN_PAGE_MACRO = {"segments": "segment_page", "sections": "section_page", "documents": "document_page",
                  "regions": "region_page", "sources": "source_page"}


def own_pages(changed: set[tuple[str, str]], specs: dict[str, Any]) -> set[str]:
    """The pages of the changed records themselves: what the editor is looking at, shown first."""
    return {uri for uri, spec in specs.items()
            for kind, ident in changed if spec.macro == OWN_PAGE_MACRO.get(kind) and spec.args == (ident,)}


class Frame(enum.Enum):
    """How much of what every page shows around its content (navigation, header, footer) a change reaches."""

    SAME = "same"
    TITLES = "titles"  # titles in the navigation only: every page is laid out again, its content kept
    OTHER = "other"  # anything else: a full build


def frame_change(old: SiteBuild, new: SiteBuild) -> Frame:
    """Compare what surrounds every page's content: navigation, page titles and tags, the names the term links
    keep between pages, dates and a preview's list of changed pages."""
    if (old.dates != new.dates or old.preview != new.preview
            or [_untitled(s) for s in old.specs.values()] != [_untitled(s) for s in new.specs.values()]
            or [(kind, title is None, path) for kind, title, path in nav_entries(old.nav)]
            != [(kind, title is None, path) for kind, title, path in nav_entries(new.nav)]
            or kept_between_pages(old.corpus) != kept_between_pages(new.corpus)):
        return Frame.OTHER
    same = old.nav == new.nav and [s.title for s in old.specs.values()] == [s.title for s in new.specs.values()]
    return Frame.SAME if same else Frame.TITLES


def _untitled(spec: PageSpec) -> str:
    return dataclasses.replace(spec, title="").markdown()


def nav_entries(data: Any) -> Iterator[tuple[str, str | None, str | None]]:
    """(kind, title, path) of each entry of a configured navigation, in the order MkDocs reads them."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str):
                yield ("item", key, value)
            else:
                yield ("section", key, None)
                yield from nav_entries(value)
    elif isinstance(data, list):
        for item in data:
            yield from nav_entries(item)
    elif data is not None:
        yield ("item", None, data)


def _built_entries(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        if item.is_section:
            yield from _built_entries(item.children)


def retitle(nav: Any, configured: Any) -> bool:
    """Give MkDocs' navigation of the last build the titles of `configured`, which lists the same pages in the
    same places (MkDocs keeps a page's object, and so its title, from one navigation to the next). False, with
    nothing changed, when the two do not line up."""
    built, wanted = list(_built_entries(nav.items)), list(nav_entries(configured))
    if len(built) != len(wanted):
        return False
    for item, (kind, _title, path) in zip(built, wanted):
        lined_up = (item.is_section if kind == "section" else
                    item.file.src_uri == path if item.is_page else item.is_link and item.url == path)
        if not lined_up:
            return False
    for item, (_kind, title, _path) in zip(built, wanted):
        if title is not None:
            item.title = title
    return True


def changed_filters(old: SiteBuild, new: SiteBuild) -> set[str]:
    """Generated pages whose search filters differ (a law or a kind of item added or gone)."""
    return {uri for uri, spec in new.specs.items()
            if facets_for(uri, spec, new.corpus) != facets_for(uri, old.specs.get(uri), old.corpus)}


def retitled_pages(old: SiteBuild, new: SiteBuild) -> set[str]:
    """Generated pages whose own title changed."""
    return {uri for uri, spec in new.specs.items() if old.specs.get(uri) is None or old.specs[uri].title != spec.title}
