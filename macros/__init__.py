"""mkdocs-macros module: turns the validated corpus into page content.

Rendering only. The corpus comes from the kaderwijzer plugin (loaded and
validated once per build); every macro renders a Jinja template from
macros/templates/.
"""

from __future__ import annotations

from . import opendata
from .render import Renderer


def define_env(env) -> None:
    plugin = env.conf.plugins.get("kaderwijzer")
    if plugin is None or plugin.corpus is None:
        raise RuntimeError("zet de kaderwijzer-plugin vóór macros in mkdocs.yml")
    renderer = Renderer(plugin.corpus, lambda: env.page, site=plugin, site_url=env.conf.site_url)
    for name in Renderer.MACROS:
        env.macro(getattr(renderer, name), name)
    opendata.register(env, plugin, renderer.links)
