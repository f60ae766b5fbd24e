"""`kaderwijzer render DIR` and `kaderwijzer postbuild SITE`: the site without our MkDocs plugins.

`render` writes every page's final Markdown and a builder configuration; a plain builder (MkDocs 1.6,
ProperDocs) builds it; `postbuild` adds what our plugins add during a build. Both read the project's
mkdocs.yml for the settings the plugins get there.

The macros are the project's `macros/` package (the mkdocs-macros module, next to mkdocs.yml). Only this top
layer loads it, from the project root: the package below never imports it, so `kaderwijzer/site` stays a
layer of its own and `macros/` stays where mkdocs-macros looks for it.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.utils.yaml import get_yaml_loader

from kaderwijzer.model.errors import DataErrors
from kaderwijzer.site.postbuild import NotFromRender, postbuild
from kaderwijzer.site.preview import publish_problem
from kaderwijzer.site.render import RenderError, meta_titled, render_site, written_pages
from kaderwijzer.site.sitebuild import SiteBuild

CONFIG_FILE = "mkdocs.yml"


def project_config(root: Path) -> dict[str, Any]:
    """mkdocs.yml as MkDocs reads it (`!ENV` values filled in)."""
    if not (root / CONFIG_FILE).is_file():
        raise ValueError(f"{root / CONFIG_FILE}: niet gevonden; draai deze opdracht in een map van het project.")
    with open(root / CONFIG_FILE, encoding="utf-8") as stream:
        return yaml.load(stream, Loader=get_yaml_loader()) or {}


def plugin_options(config: dict[str, Any], name: str) -> dict[str, Any] | None:
    for entry in config.get("plugins") or []:
        if entry == name:
            return {}
        if isinstance(entry, dict) and name in entry:
            return entry[name] or {}
    return None


def site_url(config: dict[str, Any]) -> str | None:
    url = config.get("site_url") or None
    return url if url is None or url.endswith("/") else url + "/"  # as MkDocs normalises it


def docs_dir(root: Path, config: dict[str, Any]) -> Path:
    return root / config.get("docs_dir", "docs")


def prepare(root: Path, config: dict[str, Any]) -> SiteBuild:
    """The build's data, with the kaderwijzer plugin's options from mkdocs.yml (raises DataErrors, ValueError)."""
    problem = publish_problem(site_url(config))
    if problem:
        raise ValueError(problem)
    options = plugin_options(config, "kaderwijzer") or {}
    seeds = options.get("seeds_dir")
    return SiteBuild.prepare(
        root, options.get("data_dir", "data"), docs_dir(root, config), site_url=site_url(config),
        site_name=config.get("site_name", "Kaderwijzer"), nav=config.get("nav"),
        seeds_dir=root / seeds if seeds else None, repo_url=options.get("repo_url") or "",
        branch=options.get("branch") or "main", forge=options.get("forge") or "")


def project_macros(root: Path) -> Any:
    """The project's macros package, imported from the project root."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module("macros")


def _load(root: Path) -> tuple[dict[str, Any], SiteBuild] | None:
    """The project's configuration and the build's data; None after saying in Dutch what is wrong."""
    try:
        config = project_config(root)
        return config, prepare(root, config)
    except DataErrors as exc:
        print("De gegevens zijn ongeldig:\n" + exc.report(), file=sys.stderr)
    except ValueError as exc:  # no mkdocs.yml, or a publish build with the local address
        print(str(exc), file=sys.stderr)
    return None


def run_render(root: Path, out: Path) -> int:
    loaded = _load(root)
    if loaded is None:
        return 1
    config, site = loaded
    try:
        renderer = project_macros(root).SiteMacros(site, site.site_url)
        pages = render_site(site, renderer, docs_dir(root, config), out, config, root)
    except RenderError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        site.discard()
    print(f"{len(pages)} pagina's geschreven naar {out / 'docs'}; bouw ze met `properdocs build -f {out / 'mkdocs.yml'}` (of MkDocs 1.6) "
          f"en werk de site af met `kaderwijzer postbuild`.")
    return 0


def run_postbuild(root: Path, site_dir: Path) -> int:
    if not site_dir.is_dir():
        print(f"{site_dir}: deze map bestaat niet; bouw eerst de site.", file=sys.stderr)
        return 2
    loaded = _load(root)
    if loaded is None:
        return 1
    config, site = loaded
    docs = docs_dir(root, config)
    pages = [*(p for p in written_pages(docs) if p not in site.specs), *site.specs]
    theme = config.get("theme") or {}
    own = [docs, *([root / theme["custom_dir"]] if theme.get("custom_dir") else [])]
    redirects = list(((plugin_options(config, "redirects") or {}).get("redirect_maps") or {}))
    try:
        postbuild(site_dir, site, pages, own, redirects, meta_titled(site, docs))
    except (NotFromRender, PluginError) as exc:  # PluginError: Pagefind failed, said in Dutch
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        site.discard()
    print(f"{site_dir}: begrippen gelinkt, zoekregister, downloads en feed geschreven, pagina's lichter gemaakt.")
    return 0
