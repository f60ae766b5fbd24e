"""mkdocs-macros module: turns the validated corpus into page content.

Rendering only. The data comes from a `SiteBuild` (kaderwijzer/site/sitebuild.py), loaded and validated once
per build: under MkDocs the kaderwijzer plugin holds it, and `kaderwijzer render` makes its own. `SiteMacros`
renders for whatever page it is told is current, an MkDocs page or a `PageContext`, so the same macros run
with or without MkDocs; every macro renders a Jinja template from macros/templates/.
"""

from __future__ import annotations

from typing import Any, Callable

from jinja2 import Environment, StrictUndefined

from . import editorhelp, opendata, sources
from .overviews import OverviewMacros
from .render import Renderer

FOOTER_CALL = "\n\n{{ page_footer() }}\n"


class _Collected:
    """Stands in for mkdocs-macros' `env` while the macro modules register themselves."""

    def __init__(self) -> None:
        self.macros: dict[str, Callable[..., str]] = {}

    def macro(self, function: Callable[..., str], name: str) -> None:
        self.macros[name] = function


class SiteMacros:
    """Every macro of the site over one build; `page` is the page they render for."""

    def __init__(self, site: Any, site_url: str | None, fallback_page: Callable[[], Any] = lambda: None) -> None:
        self.page: Any = None
        renderer = Renderer(site.corpus, lambda: self.page or fallback_page(), site=site, site_url=site_url)
        collected = _Collected()
        for name in Renderer.MACROS:
            collected.macro(getattr(renderer, name), name)
        sources.register(collected, site.corpus, renderer.links, renderer.env)
        overviews = OverviewMacros(renderer)
        for name in OverviewMacros.MACROS:
            collected.macro(getattr(overviews, name), name)
        opendata.register(collected, site, renderer.links)
        editorhelp.register(collected)
        self.macros = collected.macros
        self._renderer = renderer
        self._jinja: Environment | None = None

    def generated(self, spec: Any, page: Any) -> str:
        """A generated page's final Markdown, footer included (its front matter is the spec's)."""
        self.page = page
        return f"{self.macros[spec.macro](*spec.args)}\n\n{self._renderer.page_footer()}\n"

    def written(self, markdown: str, page: Any) -> str:
        """A hand-written page with its macros rendered and the footer added, as mkdocs-macros renders it
        with our settings (`on_undefined: strict`, the macros as globals, the `page` variable)."""
        if self._jinja is None:
            self._jinja = Environment(undefined=StrictUndefined)
            self._jinja.globals.update(self.macros)
        self.page = page
        return self._jinja.from_string(markdown + FOOTER_CALL).render(page=page)


def define_env(env) -> None:
    plugin = env.conf.plugins.get("kaderwijzer")
    if plugin is not None and plugin.data_errors is not None:
        return  # serving invalid data: the only page is the error page, with no macros
    if plugin is None or plugin.site is None:
        raise RuntimeError("zet de kaderwijzer-plugin vóór macros in mkdocs.yml")
    # The plugin names the current page before either it or mkdocs-macros renders a page.
    macros = SiteMacros(plugin.site, env.conf.site_url, lambda: env.page)
    plugin.page_macros = macros
    for name, macro in macros.macros.items():
        env.macro(macro, name)
