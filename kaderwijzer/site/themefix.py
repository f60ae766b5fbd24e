"""Small repairs to markup that the theme and mkdocs-redirects write, found by the W3C Nu checker and axe,
and a lighter theme: less indentation in every page, and only the theme CSS that the site can use.

Each fix is a plain text edit on the finished HTML, so it keeps working if the theme's templates change
and does nothing once the theme stops producing the flaw. Listed in mkdocs.yml after `redirects`.

Page weight: every page is written with its indentation collapsed (kaderwijzer/site/htmlspace.py), and the
classes and palette values it uses are noted; after the build the theme's `main.*.min.css` and
`palette.*.min.css` are rewritten in place, same names, without the rules no page can match
(kaderwijzer/site/cssprune.py). The pruned text is cached for the process, so `mkdocs serve` rebuilds whose
pages use the same classes do not prune again. Our own stylesheets and scripts (from content/ and
overrides/) lose their comments and indentation in the site (rcssmin, rjsmin); their sources stay readable.
`mkdocs serve` skips these weight steps: it looks the same (checked by bench/css_pixels.py), and an edit
shows sooner.

The plugin is an adapter: `finish_page`, `shrink_assets` and `make_redirect_dutch` are plain functions, which
`kaderwijzer postbuild` (kaderwijzer/site/postbuild.py) runs on a site built without our plugins.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rcssmin
import rjsmin
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs_redirects.plugin import get_html_path

from kaderwijzer.site.cssprune import Usage, prune_css
from kaderwijzer.site.htmlspace import collapse_whitespace

# Material's hidden drawer/search checkboxes carry autocomplete="off", which HTML allows on text-like inputs only.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
# Checkboxes that only drive CSS (menu, search, navigation sections; never shown). One that no label points
# at is not a control for anyone: hide it from assistive technology too, or checkers ask for its name
# (the theme's unused search toggle, the toggle of an open navigation section).
_TOGGLE = re.compile(r'<input class="[^"]*\bmd-toggle\b[^"]*"[^>]*\bid="([^"]+)"[^>]*>')
# The light/dark switch is a <form> without a submit button (HTML_CodeSniffer H32.2); it never submits.
_PALETTE_FORM = '<form class="md-header__option" data-md-component="palette">'
# On section index pages the table of contents has a "back" label for a `__toc` checkbox the theme never writes.
_DANGLING_TOC_LABEL = '<label class="md-nav__title" for="__toc">'
_TOC_TITLE = '<span class="md-nav__title">'

# The theme's stylesheets (pruned) and its script bundle (read for the classes it adds at run time).
_THEME_CSS = re.compile(r"assets/stylesheets/(?:main|palette)\.[0-9a-f]+\.min\.css")
_THEME_BUNDLE = re.compile(r"assets/javascripts/bundle\.[0-9a-f]+\.min\.js")
# The theme's own search (lunr and its worker) is not used on this site and adds no classes to pages.
_THEME_SEARCH = re.compile(r"assets/javascripts/(?:lunr|workers)/")
# (source CSS hash, usage digest) -> pruned CSS, for the life of the process (`mkdocs serve`).
_PRUNED: dict[tuple[str, str], str] = {}

_REDIRECT_TARGET = re.compile(r'<link rel="canonical" href="([^"]*)">')
REDIRECT_STUB = """<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Deze pagina is verhuisd</title>
<link rel="canonical" href="{url}">
<meta http-equiv="refresh" content="0; url={url}">
<script>var anchor=window.location.hash.substr(1);location.href="{url}"+(anchor?"#"+anchor:"")</script>
</head>
<body>
<main>
<h1>Deze pagina is verhuisd</h1>
<p>U wordt doorgestuurd. Gebeurt dat niet, ga dan naar <a href="{url}">de nieuwe pagina</a>.</p>
</main>
</body>
</html>
"""


# The skip link: the theme points it at the first entry of the table of contents (mostly the first h2) and
# leaves it out on pages without one. It should land on the page title, the content's first h1; the h1 the
# theme inserts has no id, so give it one. A nav landmark holds the link (IBM's checker wants all content in
# landmarks), in the theme's skip slot, which comes before the preview banner and the header.
_SKIP_OPEN = '<div data-md-component="skip">'
_SKIP_SLOT = re.compile(re.escape(_SKIP_OPEN) + r'.*?</div>', re.S)
_ARTICLE = '<article class="md-content__inner md-typeset">'
_CONTENT_H1 = re.compile("(" + re.escape(_ARTICLE) + r'.*?<h1)(\s[^>]*)?>', re.S)
_ID = re.compile(r'\sid="([^"]+)"')
TITLE_ID = "paginatitel"
SKIP_TEXT = "Ga naar inhoud"


def _skip_to_title(output: str) -> str:
    # Searched from where each part starts (found with str.find): a regex would scan the theme's header first.
    h1 = _CONTENT_H1.search(output, max(output.find(_ARTICLE), 0))
    slot_at = output.find(_SKIP_OPEN)
    slot = _SKIP_SLOT.search(output, slot_at) if slot_at >= 0 else None
    if not h1 or not slot:
        return output
    found = _ID.search(h1.group(2) or "")
    if found:
        target = found.group(1)
    else:
        target = TITLE_ID
        output = output[:h1.end(1)] + f' id="{TITLE_ID}"' + output[h1.end(1):]
        if h1.end(1) < slot.start():
            slot = _SKIP_SLOT.search(output, slot_at)
    link = (f'<div data-md-component="skip"><nav class="kw-skip" aria-label="Snelkoppeling">'
            f'<a href="#{target}" class="md-skip">{SKIP_TEXT}</a></nav></div>')
    return output[:slot.start()] + link + output[slot.end():]


def _hide_unlabelled_toggle(match: re.Match[str], output: str) -> str:
    tag = match.group(0)
    if f'for="{match.group(1)}"' in output or "aria-hidden" in tag:
        return tag
    return tag[:-1] + ' aria-hidden="true">'


def fix_page(output: str) -> str:
    output = _CHECKBOX_AUTOCOMPLETE.sub(r"\1", output)
    output = _TOGGLE.sub(lambda match: _hide_unlabelled_toggle(match, output), output)
    if _PALETTE_FORM in output:
        start = output.index(_PALETTE_FORM)
        end = output.index("</form>", start)
        inner = output[start + len(_PALETTE_FORM):end]
        output = output[:start] + '<div class="md-header__option" data-md-component="palette">' + inner + "</div>" + output[end + 7:]
    if _DANGLING_TOC_LABEL in output and 'id="__toc"' not in output:
        start = output.index(_DANGLING_TOC_LABEL)
        end = output.index("</label>", start)
        output = output[:start] + _TOC_TITLE + output[start + len(_DANGLING_TOC_LABEL):end] + "</span>" + output[end + 8:]
    return _skip_to_title(output)


def finish_page(output: str, usage: Usage | None) -> str:
    """A written page repaired; with `usage` (page weight on) also collapsed, its classes noted for CSS pruning."""
    if usage is None:
        return fix_page(output)
    output = collapse_whitespace(fix_page(output))
    usage.add_html(output)
    return output


def dutch_redirect(stub: str) -> str | None:
    """The Dutch stub for a mkdocs-redirects page, or None if `stub` is not one."""
    if 'http-equiv="refresh"' not in stub or "You're being redirected" not in stub:
        return None
    match = _REDIRECT_TARGET.search(stub)
    return REDIRECT_STUB.format(url=match.group(1)) if match else None


def make_redirect_dutch(path: Path) -> None:
    dutch = dutch_redirect(path.read_text(encoding="utf-8")) if path.is_file() else None
    if dutch:
        path.write_text(dutch, encoding="utf-8")


def pruned_css(css: str, usage: Usage) -> str:
    key = (hashlib.sha256(css.encode()).hexdigest(), usage.digest())
    if key not in _PRUNED:
        if len(_PRUNED) >= 8:  # a long `mkdocs serve` session: keep the cache small
            _PRUNED.clear()
        _PRUNED[key] = prune_css(css, usage)
    return _PRUNED[key]


class ThemeFixPlugin(BasePlugin):
    shrink = True  # page-weight steps; off under `mkdocs serve`

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.shrink = command != "serve"

    def on_pre_build(self, config: MkDocsConfig) -> None:
        self.usage = Usage()

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self.files = files
        return files

    def on_page_content(self, html_text: str, page: Any, config: MkDocsConfig, files: Any) -> str:
        # Titles from front matter are HTML already (the theme prints them unescaped, and our page
        # generator escapes editor text). Mark them so, or the footer escapes them a second time
        # and screen readers read "&#x27;" aloud. Runs before any page is rendered with its neighbours.
        title = page.meta.get("title")
        if isinstance(title, str) and not isinstance(title, Markup):
            page.meta["title"] = Markup(title)
        return html_text

    def _finish(self, output: str) -> str:
        return finish_page(output, self.usage if self.shrink else None)

    def on_post_page(self, output: str, page: Any, config: MkDocsConfig) -> str:
        return self._finish(output)

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        # Theme pages that are not Markdown pages, such as 404.html.
        return self._finish(output_content) if template_name.endswith(".html") else output_content

    def on_post_build(self, config: MkDocsConfig) -> None:
        redirects = config.plugins.get("redirects")
        for old in getattr(redirects, "redirects", {}) or {}:
            path = Path(config.site_dir) / get_html_path(old, config.use_directory_urls)
            make_redirect_dutch(path)
        if self.shrink:
            self._shrink_assets(config)

    def _shrink_assets(self, config: MkDocsConfig) -> None:
        """Read each file from its source (the site may hold a copy shrunk by the last build), write into the site."""
        own_dirs = [Path(d).resolve() for d in (config.docs_dir, config.theme.custom_dir) if d]
        assets = [Asset(file.src_uri, Path(file.abs_src_path), Path(file.abs_dest_path),
                        any(Path(file.abs_src_path).resolve().is_relative_to(d) for d in own_dirs))
                  for file in self.files if file.abs_src_path]
        shrink_assets(assets, self.usage)


@dataclass(frozen=True)
class Asset:
    """A file the build copies into the site: where it comes from, where it lands, and whether it is ours."""

    src_uri: str
    source: Path
    dest: Path
    own: bool  # from content/ or overrides/, not from the theme


def shrink_assets(assets: list[Asset], usage: Usage) -> None:
    """Minify our stylesheets and scripts, then prune the theme's CSS to what the pages and scripts (`usage`) can match."""
    stylesheets = []
    for asset in assets:
        if not asset.src_uri.endswith((".css", ".js", ".html")):
            continue
        if not asset.src_uri.endswith(".html") and asset.own:
            text = asset.source.read_text(encoding="utf-8")  # ours: minified, and every word of a script kept
            minify = rcssmin.cssmin if asset.src_uri.endswith(".css") else rjsmin.jsmin
            asset.dest.write_text(minify(text), encoding="utf-8")
            if asset.src_uri.endswith(".js"):
                usage.add_script(text)
        elif _THEME_CSS.fullmatch(asset.src_uri):
            stylesheets.append(asset)
        elif _THEME_BUNDLE.fullmatch(asset.src_uri):
            usage.add_theme_script(asset.source.read_text(encoding="utf-8"))
        elif asset.src_uri.endswith(".js") and not _THEME_SEARCH.match(asset.src_uri):
            usage.add_script(asset.source.read_text(encoding="utf-8"))  # another script a plugin ships
        elif asset.src_uri.endswith(".html"):
            usage.add_html(asset.source.read_text(encoding="utf-8"))  # static HTML, copied as it is
    for asset in stylesheets:
        asset.dest.write_text(pruned_css(asset.source.read_text(encoding="utf-8"), usage), encoding="utf-8")
