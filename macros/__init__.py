"""mkdocs-macros module: turns the validated corpus into page content.

Rendering only. The corpus comes from the kaderwijzer plugin (loaded and
validated once per build); every macro renders a Jinja template from
macros/templates/.
"""

from __future__ import annotations

from . import editorhelp, opendata, sources
from .overviews import OverviewMacros
from .render import Renderer


def define_env(env) -> None:
    plugin = env.conf.plugins.get("kaderwijzer")
    if plugin is not None and plugin.data_errors is not None:
        return  # serving invalid data: the only page is the error page, with no macros
    if plugin is None or plugin.corpus is None:
        raise RuntimeError("zet de kaderwijzer-plugin vóór macros in mkdocs.yml")
    # The plugin names the current page before either it or mkdocs-macros renders a page.
    renderer = Renderer(plugin.corpus, lambda: plugin.current_page or env.page, site=plugin, site_url=env.conf.site_url)
    for name in Renderer.MACROS:
        env.macro(getattr(renderer, name), name)
    page_macros = {name: getattr(renderer, name) for name in Renderer.MACROS}
    page_macros.update(sources.register(env, plugin.corpus, renderer.links, renderer.env))
    plugin.render_generated = lambda spec: f"{page_macros[spec.macro](*spec.args)}\n\n{renderer.page_footer()}\n"
    overviews = OverviewMacros(renderer)
    for name in OverviewMacros.MACROS:
        env.macro(getattr(overviews, name), name)
    opendata.register(env, plugin, renderer.links)
    editorhelp.register(env)
