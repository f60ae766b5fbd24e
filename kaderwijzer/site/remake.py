"""One page of the last complete build made again from the current data, for `mkdocs serve`
(kaderwijzer/site/incremental.py): MkDocs' own page steps and every plugin, but without the search copy, which
the search index is made from afterwards.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from mkdocs.commands.build import _populate_page, get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from kaderwijzer.site.dependencies import ReadLog
from kaderwijzer.site.sitebuild import SiteBuild
from kaderwijzer.site.taglistings import fill_listings, forget_listings

SEARCH_PLUGIN = "kaderwijzer-search"  # its page copies feed the index; `mkdocs serve` makes that afterwards


@dataclasses.dataclass
class LastBuild:
    """What the last complete build left: enough to render any of its pages again."""

    config: MkDocsConfig
    files: Files
    nav: Any
    env: Any
    site: SiteBuild  # as the served site shows it once complete
    reads: ReadLog
    download_sizes: dict[str, int]  # the Downloads page shows them; the site's staged files are gone once published


def make_page(page: Any, last: LastBuild, doc_files: Any, relist: bool = False) -> str:
    """The page's content from its Markdown again, noting what it reads, then its HTML. `relist`: the page has
    tag listings, to be filled again."""
    uri = page.file.src_uri
    last.reads.forget(uri)
    if relist:
        forget_listings(last.config, uri)
    with last.reads.content():
        _populate_page(page, last.config, last.files)
    if relist:
        fill_listings(page, last.config, last.env)
    return render_page(page, last, doc_files)


def render_page(page: Any, last: LastBuild, doc_files: Any) -> str:
    """MkDocs' `_build_page` up to the written text, around the content the page has."""
    config = last.config
    config._current_page = page
    page.active = True
    try:
        context = get_context(last.nav, doc_files, config, page)
        template = last.env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=last.nav)
        output = template.render(context)
        origins = config.plugins._event_origins
        for method in config.plugins.events["post_page"]:
            if origins.get(method) != SEARCH_PLUGIN:
                output = method(output, page=page, config=config) or output
        return output
    finally:
        page.active = False
        config._current_page = None
