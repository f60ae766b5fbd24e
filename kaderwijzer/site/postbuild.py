"""What our plugins add to a build, done afterwards on a built site folder: `kaderwijzer postbuild SITE`.

For a site built by any builder from `kaderwijzer render` output (kaderwijzer/site/render.py), in the order
the plugins do it during a MkDocs build: each page's content (between the render markers) gets the preview
list and the glossary links (`SiteBuild.page_content`), each page the markup repairs and page-weight steps
(kaderwijzer/site/themefix.py), then the downloads and the change feed, the Dutch redirect stubs, the minified
and pruned stylesheets and scripts, and the search index (Pagefind, kaderwijzer/site/search.py).

Run it once, on a freshly built site: the theme's stylesheets are pruned from the copies in the site.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from kaderwijzer.site.cssprune import Usage
from kaderwijzer.site.pagecontext import dest_path, page_url
from kaderwijzer.site.render import CONTENT_END, CONTENT_START
from kaderwijzer.site.search import BUNDLE_DIR, index_and_describe
from kaderwijzer.site.searchinput import SearchInput
from kaderwijzer.site.sitebuild import DOWNLOADS_DIR, SiteBuild
from kaderwijzer.site.themefix import Asset, finish_page, make_redirect_dutch, shrink_assets

THEME_PAGES = ["404.html"]  # written from a theme template, not from Markdown
# The theme escapes a neighbour's title in the page footer's "Vorige"/"Volgende" label. Titles from front
# matter are HTML already; the themefix plugin marks them so during a build, here the label is repaired.
_FOOTER_LABEL = re.compile(r'(<a href="([^"]*)" class="md-footer__link md-footer__link--(?:prev|next)" aria-label="[^":]*: )([^"]*)"')


class NotFromRender(ValueError):
    """The site was not built from `kaderwijzer render` output."""


def finish_content(page_html: str, site: SiteBuild, src_uri: str) -> str:
    """The page with its content finished as the plugin finishes it in `on_page_content`, markers removed."""
    start = page_html.find(CONTENT_START + "\n")
    end = page_html.find("\n" + CONTENT_END, start)
    if start < 0 or end < 0:
        raise NotFromRender(f"{src_uri}: de markeringen van `kaderwijzer render` ontbreken; bouw de site uit de "
                             "uitvoer van `kaderwijzer render`.")
    content = page_html[start + len(CONTENT_START) + 1:end]
    return page_html[:start] + site.page_content(content, src_uri) + page_html[end + len(CONTENT_END) + 1:]


def unescape_footer_titles(page_html: str, src_uri: str, meta_titled_urls: set[str]) -> str:
    """Undo the theme's second escaping of a front-matter title in the footer links to the previous and next page."""
    here = page_url(src_uri)

    def repair(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(here, match.group(2)))
        target = "" if target == "." else target + "/"
        return match.group(1) + (html.unescape(match.group(3)) if target in meta_titled_urls else match.group(3)) + '"'

    return _FOOTER_LABEL.sub(repair, page_html)


def site_assets(site_dir: Path, own_dirs: list[Path], skip: set[str]) -> list[Asset]:
    """The files a build copied into `site_dir`: ours when one of `own_dirs` has a file by that path (it wins)."""
    assets = []
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(site_dir).as_posix()
        if rel in skip or rel.split("/", 1)[0] in (BUNDLE_DIR, DOWNLOADS_DIR):
            continue
        own = next((d / rel for d in own_dirs if (d / rel).is_file()), None)
        if rel.endswith(".html") and own is None:
            continue  # pages, redirect stubs and theme templates, not copied files
        assets.append(Asset(rel, own or path, path, own is not None))
    return assets


def build_order(written: list[str], generated: list[str]) -> list[str]:
    """Page sources in the order MkDocs 1.6 builds them: the docs folder as `os.walk` gives it, files before
    subfolders, `index`/`README` first, then the generated pages in the order they were added. Pages are finished
    in this order, as in a build: per-build caches (the term links') then fill from the same pages."""
    def key(src_uri: str) -> list[tuple[int, tuple[bool, str]]]:
        *folders, name = src_uri.split("/")
        stem = name.rsplit(".", 1)[0]
        return [(1, (False, folder)) for folder in folders] + [(0, (stem not in ("index", "README"), name))]
    return sorted(written, key=key) + list(generated)


def postbuild(site_dir: Path, site: SiteBuild, pages: list[str], own_dirs: list[Path], redirects: list[str],
              meta_titled: set[str], shrink: bool = True) -> None:
    """Finish a site built from rendered pages. `pages`: every page source; `redirects`: old page sources;
    `meta_titled`: pages whose title comes from their front matter (`render.meta_titled`)."""
    usage = Usage() if shrink else None
    meta_titled_urls = {page_url(src) for src in meta_titled}
    # Indexed as `mkdocs build` indexes (the search copies, then Pagefind's command line): the same bundle.
    search = SearchInput()
    try:
        for src_uri in build_order([p for p in pages if p not in site.specs], [p for p in pages if p in site.specs]):
            path = site_dir / dest_path(src_uri)
            if not path.is_file():
                raise NotFromRender(f"{path}: deze pagina ontbreekt; bouw de site uit de uitvoer van `kaderwijzer render`.")
            output = finish_content(path.read_text(encoding="utf-8"), site, src_uri)
            output = finish_page(unescape_footer_titles(output, src_uri, meta_titled_urls), usage)
            path.write_text(output, encoding="utf-8")
            search.add(dest_path(src_uri), output)
        for name in THEME_PAGES:
            if (site_dir / name).is_file():
                (site_dir / name).write_text(finish_page((site_dir / name).read_text(encoding="utf-8"), usage),
                                             encoding="utf-8")
    except BaseException:
        search.discard()
        raise
    site.publish(site_dir)
    for old in redirects:
        make_redirect_dutch(site_dir / dest_path(old))
    if usage is not None:
        skip = {dest_path(p) for p in pages} | set(THEME_PAGES) | {dest_path(p) for p in redirects}
        shrink_assets(site_assets(site_dir, own_dirs, skip), usage)
    index_and_describe(site_dir, search, site.corpus)
