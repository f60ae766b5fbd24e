"""The page `mkdocs serve` shows while the data is invalid: every located error, in Dutch.

Served at every address (as the home page and as the 404 page), so whatever page the browser was on
shows it at once instead of waiting for a build that cannot finish. It asks the server every two seconds
whether the home page is back; after the next valid save it is, and the page reloads itself.
Self-contained: no theme, no request to any other host.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from kaderwijzer.model.errors import DataError

MARKER = "kaderwijzer-gegevensfout"
_PAGE = """<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="{marker}" content="1">
<title>De gegevens bevatten {count} - Kaderwijzer</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; }}
main {{ max-width: 60rem; margin: 0 auto; padding: 1.5rem; }}
h1 {{ font-size: 1.6rem; color: #8a1c1c; }}
ol {{ padding-left: 1.5rem; }}
li {{ margin: 0 0 .75rem; }}
code {{ font-family: ui-monospace, monospace; background: #f2f2f2; padding: 0 .2em; overflow-wrap: anywhere; }}
.where {{ font-weight: bold; }}
@media (prefers-color-scheme: dark) {{
  body {{ color: #eee; background: #121212; }} h1 {{ color: #ff8a80; }} code {{ background: #2a2a2a; }}
}}
</style>
</head>
<body>
<main>
<h1>De gegevens bevatten {count}</h1>
<p>Zolang dit zo is, toont de site alleen deze pagina. Er is niets gepubliceerd.
Verbeter de {files} en sla op: deze pagina laadt dan vanzelf de site opnieuw.</p>
<ol>
{items}
</ol>
<p role="status" id="status">Wacht op de volgende opgeslagen wijziging…</p>
</main>
<script>
(function () {{
  // The home page without this marker means the data is valid again.
  function check() {{
    fetch("/", {{cache: "no-store"}}).then(function (r) {{ return r.text(); }}).then(function (text) {{
      if (text.indexOf("{marker}") === -1) {{ location.reload(); }} else {{ setTimeout(check, 2000); }}
    }}).catch(function () {{ setTimeout(check, 2000); }});
  }}
  setTimeout(check, 2000);
}})();
</script>
</body>
</html>
"""


def _item(error: DataError) -> str:
    where = f"{error.path}:{error.line}:{error.col}"
    return (f'<li><span class="where"><code>{escape(where)}</code></span><br>'
            f"{_inline_code(error.message)}</li>")


def _inline_code(message: str) -> str:
    """`x` in a message becomes <code>x</code>; everything else is escaped text."""
    parts = message.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: show the message as it is
        return escape(message)
    return "".join(f"<code>{escape(p)}</code>" if i % 2 else escape(p) for i, p in enumerate(parts))


def error_page(errors: list[DataError]) -> str:
    count = "1 fout" if len(errors) == 1 else f"{len(errors)} fouten"
    files = "fout in het bestand" if len({e.path for e in errors}) == 1 else "fouten in de bestanden"
    return _PAGE.format(marker=MARKER, count=count, files=files, items="\n".join(_item(e) for e in errors))


def write_error_site(site_dir: Path, errors: list[DataError]) -> None:
    html = error_page(errors).encode("utf-8")
    site_dir.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "404.html"):
        (site_dir / name).write_bytes(html)
