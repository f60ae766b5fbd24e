"""The tags plugin's listings (mkdocs-material 9.x), filled again when `mkdocs serve` makes a page again.

The plugin fills each listing (the Onderwerpen page) once per build, in `on_env`, with the titles of the
tagged pages. When `mkdocs serve` makes a listing page again outside a full build
(kaderwijzer/site/incremental.py: a title changed, or the page shows a changed record), its listings are
made again here. Kept in one place because it uses the plugin's internals (`listings.data`, `populate`):
a change of theme touches only this module.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig

PLUGIN = "material/tags"


def _plugin(config: MkDocsConfig) -> Any:
    tags = config.plugins.get(PLUGIN)
    return tags if tags is not None and tags.config.enabled else None


def listing_pages(config: MkDocsConfig) -> set[str]:
    """The pages that list tagged pages by their titles."""
    tags = _plugin(config)
    return {listing.page.file.src_uri for listing in tags.listings} if tags else set()


def forget_listings(config: MkDocsConfig, src_uri: str) -> None:
    """Before the page is made again: its listings come back, empty, when the plugin reads its Markdown."""
    tags = _plugin(config)
    if tags is not None:
        tags.listings.data = {listing for listing in tags.listings.data if listing.page.file.src_uri != src_uri}


def fill_listings(page: Any, config: MkDocsConfig, env: Any) -> None:
    """After the page's content is made: fill its listings with the tagged pages, as `on_env` does in a build."""
    tags = _plugin(config)
    if tags is None:
        return
    from material.plugins.tags.renderer import Renderer

    renderer = Renderer(env, config)
    for listing in [listing for listing in tags.listings.data if listing.page is page]:
        tags.listings.populate(listing, tags.mappings, renderer)
