"""From the data to pages any static-site builder can build: `kaderwijzer render DIR`.

Writes every page's final Markdown (generated pages and hand-written pages with their macros rendered,
footer included) into `DIR/docs/`, the other files of the docs folder next to them, and `DIR/mkdocs.yml`: the
project's configuration with the navigation filled in and without our plugins, so plain MkDocs 1.6 or
ProperDocs builds it. `kaderwijzer postbuild` (kaderwijzer/site/postbuild.py) then does on the built site
what our plugins do during a build.

The macros that turn a record into Markdown live in the project's `macros/` package, which this package
must not import (it is the mkdocs-macros module, above the package, and needs Jinja templates beside it).
So the renderer is handed in: anything with `generated(spec, page)` and `written(markdown, page)`, as
`macros.SiteMacros` has; the CLI loads it from the project root.

What the build would add to a page's HTML and a plain builder cannot is left to `postbuild`: the content of
each page is marked with two HTML comments (`CONTENT_START`, `CONTENT_END`), so it finds exactly the HTML
that came from the Markdown, as the plugin sees it in `on_page_content`. Search facets travel in the front
matter (`kw_search_body`, `kw_search_laws`), which overrides/main.html reads when no plugin sets them.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any, Iterator, Protocol

import yaml

from kaderwijzer.site.pagecontext import PageContext, split_front_matter, written_title
from kaderwijzer.site.pages import PageSpec
from kaderwijzer.site.search import facets_for
from kaderwijzer.site.sitebuild import SiteBuild

CONTENT_START = "<!--kw-content-->"
CONTENT_END = "<!--/kw-content-->"
DOCS = "docs"
CONFIG = "mkdocs.yml"
# Our plugins and mkdocs-macros: `render` and `postbuild` do their work. Other plugins (Material's tags,
# mkdocs-redirects) are the theme's and the site's own features and stay.
_FENCE = re.compile(r"^(?:-{3}|\.{3})[ \t]*$", re.M)
OUR_PLUGINS = {"kaderwijzer", "kaderwijzer-search", "kaderwijzer-themefix", "macros"}


class RenderError(Exception):
    """A page's macros failed (an unknown name, a failing macro): which page, and what went wrong."""

    def __init__(self, src_uri: str, cause: Exception) -> None:
        super().__init__(f"{src_uri}: de pagina kon niet worden opgebouwd: {type(cause).__name__}: {cause}")
        self.src_uri = src_uri


class PageRenderer(Protocol):
    def generated(self, spec: PageSpec, page: Any) -> str: ...

    def written(self, markdown: str, page: Any) -> str: ...


def _front_matter(fields: dict[str, Any]) -> str:
    # JSON is valid YAML and escapes any character a value may hold (as PageSpec.markdown does).
    return "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields.items())


def _search_fields(site: SiteBuild, src_uri: str) -> dict[str, str]:
    facets = facets_for(src_uri, site.specs.get(src_uri), site.corpus)
    return {"kw_search_body": str(facets.attributes()), "kw_search_laws": str(facets.law_markers())} if facets else {}


def _marked(body: str) -> str:
    return f"{CONTENT_START}\n\n{body.rstrip(chr(10))}\n\n{CONTENT_END}\n"


def render_generated(site: SiteBuild, renderer: PageRenderer, spec: PageSpec) -> str:
    """One generated page's final Markdown, front matter included: cheap, for re-rendering a single page."""
    head = spec.markdown().split("\n---\n", 1)[0] + "\n"  # the spec's own front matter, as the plugin builds it
    head += _front_matter(_search_fields(site, spec.src_uri))
    return f"{head}---\n\n{_marked(renderer.generated(spec, site.page(spec.src_uri)))}"


def render_written(site: SiteBuild, renderer: PageRenderer, docs_dir: Path, src_uri: str) -> str:
    """A hand-written page with its macros rendered, front matter kept."""
    front, markdown = split_front_matter((docs_dir / src_uri).read_text(encoding="utf-8-sig"))
    meta = _meta(front)
    nav_title = site.nav_title(src_uri)
    title = written_title(src_uri, meta, markdown, nav_title)
    fields = _search_fields(site, src_uri)
    if nav_title is None and "title" not in meta:
        # MkDocs would take the title from a first-line heading; the content marker now comes first.
        fields = {"title": title, **fields}
    page = PageContext.of(src_uri, title, str(docs_dir))
    body = renderer.written(markdown, page)
    head = (front.rsplit("---", 1)[0] if front else "---\n") + _front_matter(fields) + "---\n"
    return f"{head}\n{_marked(body)}"


def _meta(front: str) -> dict[str, Any]:
    return (yaml.safe_load(_FENCE.sub("", front)) if front else None) or {}


def meta_titled(site: SiteBuild, docs_dir: Path) -> set[str]:
    """Pages whose title comes from their front matter (no navigation title): their titles are HTML already."""
    pages = {src for src in site.specs if site.nav_title(src) is None}
    for src in written_pages(docs_dir):
        if src not in site.specs and site.nav_title(src) is None:
            if "title" in _meta(split_front_matter((docs_dir / src).read_text(encoding="utf-8-sig"))[0]):
                pages.add(src)
    return pages


def written_pages(docs_dir: Path) -> list[str]:
    return sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))


def render_pages(site: SiteBuild, renderer: PageRenderer, docs_dir: Path) -> Iterator[tuple[str, str]]:
    """(page source, final Markdown) for every page: hand-written ones first, then generated ones."""
    for src_uri in written_pages(docs_dir):
        if src_uri not in site.specs:
            try:
                text = render_written(site, renderer, docs_dir, src_uri)
            except Exception as exc:  # any error a page's own Jinja can raise; named with its file
                raise RenderError(f"{docs_dir.name}/{src_uri}", exc) from exc
            yield src_uri, text
    for spec in site.specs.values():
        yield spec.src_uri, render_generated(site, renderer, spec)


def builder_config(project: dict[str, Any], site: SiteBuild, project_root: Path) -> dict[str, Any]:
    """The project's configuration for a plain builder: rendered pages, the filled-in navigation, no plugins of ours."""
    config = {key: value for key, value in project.items() if key not in ("docs_dir", "site_dir", "plugins", "nav")}
    config["docs_dir"] = DOCS
    theme = dict(config.get("theme") or {})
    if theme.get("custom_dir"):
        theme["custom_dir"] = str((project_root / theme["custom_dir"]).resolve())
    config["theme"] = theme
    plugins = [p for p in project.get("plugins") or [] if (next(iter(p)) if isinstance(p, dict) else p) not in OUR_PLUGINS]
    config["plugins"] = plugins
    config["extra"] = {**(config.get("extra") or {}), "kaderwijzer_preview": site.preview_banner}
    if site.nav is not None:
        config["nav"] = site.nav
    return config


def render_site(site: SiteBuild, renderer: PageRenderer, docs_dir: Path, out: Path, project: dict[str, Any],
                project_root: Path) -> list[str]:
    """Write the pages, the docs folder's other files and the builder configuration into `out`; return the pages."""
    target = out / DOCS
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(docs_dir, target, ignore=lambda folder, names: [n for n in names if n.endswith(".md")])
    written = []
    for src_uri, text in render_pages(site, renderer, docs_dir):
        path = target / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(src_uri)
    config = builder_config(project, site, project_root)
    (out / CONFIG).write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return written
