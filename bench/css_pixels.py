"""Screenshots of a built site with the pruned theme CSS against the same site with the theme's full CSS.

The build prunes Material's `main.*.min.css` and `palette.*.min.css` to the rules the site can match and
minifies our own stylesheets and scripts (kaderwijzer/site/themefix.py). This script copies the built site,
puts the theme's full stylesheets and our unminified sources back into the copy, and takes the same
screenshots of both in headless Chromium: varied pages at 1280 and 375 px, light and dark, plus the mobile
drawer open and the search dialog open. Every pair must be pixel for pixel the same.

    .venv/bin/python bench/css_pixels.py SITE_DIR [--base OTHER_SITE_DIR] [--out /tmp/css-pixels]

With `--base`, the comparison is against another built site instead of the restored copy (for example one
built from `main` before a change: `git archive main | tar -x -C /tmp/base`, then build there with
`PYTHONPATH=/tmp/base`), which also covers the collapsed page indentation. Differing pairs are written to
OUT as PNG files. Takes about a minute; not part of the test suite (too slow), the fast guard is
tests/site/test_page_weight.py.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import sys
import time
import zlib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser.server import serve_directory  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu"]
PAGES = ["", "midden-holland/", "midden-holland/segmenten/crisis/", "vergelijken/", "indicatoren/", "begrippen/",
         "bijdragen/", "gemeente/"]
WIDTHS = {"desktop": (1280, 900), "mobile": (375, 740)}
SCHEMES = ["light", "dark"]
OWN_DIRS = ["content", "overrides"]  # docs_dir and the theme custom_dir: their CSS and JS are served minified


def full_css_copy(site: Path, target: Path) -> Path:
    """`site` copied to `target` with the theme's full stylesheets and our unminified sources."""
    import material

    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(site, target)
    theme = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    restored = 0
    for css in list(theme.glob("main.*.min.css")) + list(theme.glob("palette.*.min.css")):
        if (target / "assets" / "stylesheets" / css.name).is_file():
            shutil.copy(css, target / "assets" / "stylesheets" / css.name)
            restored += 1
    if restored != 2:
        raise SystemExit(f"the theme's stylesheets are not in {site} (another theme version?)")
    for folder in OWN_DIRS:
        for source in (ROOT / folder).rglob("*"):
            served = target / source.relative_to(ROOT / folder)
            if source.suffix in (".css", ".js") and served.is_file():
                shutil.copy(source, served)
    return target


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and raw 8-bit RGB(A) rows of a non-interlaced PNG (as Chromium writes them)."""
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    channels = 3 if colour == 2 else 4
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        if data[at + 4:at + 8] == b"IDAT":
            chunks.append(data[at + 8:at + 8 + length])
        at += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous = bytearray(), bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows += line
        previous = line
    return width, height, bytes(rows)


def differing_pixels(a: bytes, b: bytes) -> int:
    if a == b:
        return 0
    wa, ha, pa = png_pixels(a)
    wb, hb, pb = png_pixels(b)
    if (wa, ha) != (wb, hb):
        return max(wa * ha, wb * hb)
    channels = len(pa) // (wa * ha)
    return sum(pa[i:i + channels] != pb[i:i + channels] for i in range(0, len(pa), channels))


def _shots(browser: Any, base: str, path: str, scheme: str, width: str) -> dict[str, bytes]:
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h}, color_scheme=scheme, reduced_motion="reduce",
                                  locale="nl-NL")
    page = context.new_page()
    page.goto(base + path, wait_until="networkidle")
    page.wait_for_timeout(300)
    shots = {"page": page.screenshot(full_page=True, animations="disabled")}
    if width == "mobile":
        page.evaluate("() => { const d = document.getElementById('__drawer'); d.checked = true;"
                      " d.dispatchEvent(new Event('change', {bubbles: true})); }")
        page.wait_for_timeout(300)
        shots["drawer"] = page.screenshot(animations="disabled")
        page.evaluate("() => { const d = document.getElementById('__drawer'); d.checked = false;"
                      " d.dispatchEvent(new Event('change', {bubbles: true})); }")
        page.wait_for_timeout(300)
    opener = page.locator("[data-kw-search-open]")
    if opener.count() and opener.first.is_visible():
        opener.first.click()
        page.wait_for_selector("#kw-search[open]")
        page.locator("#kw-search-query").fill("logeren")
        page.wait_for_selector("[data-kw-search-results] li", timeout=15_000)
        page.wait_for_timeout(300)
        shots["search"] = page.screenshot(animations="disabled")
    context.close()
    return shots


def compare(site: Path, base_site: Path, out: Path) -> list[str]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    count = 0
    with serve_directory(site) as new_url, serve_directory(base_site) as base_url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for path in PAGES:
                for scheme in SCHEMES:
                    for width in WIDTHS:
                        new, old = _shots(browser, new_url, path, scheme, width), _shots(browser, base_url, path, scheme, width)
                        if new.keys() != old.keys():
                            problems.append(f"/{path} {scheme} {width}: states {sorted(new)} against {sorted(old)}")
                        for state in new.keys() & old.keys():
                            count += 1
                            diff = differing_pixels(new[state], old[state])
                            if diff:
                                name = f"{path.strip('/').replace('/', '_') or 'home'}-{scheme}-{width}-{state}"
                                (out / f"{name}-pruned.png").write_bytes(new[state])
                                (out / f"{name}-full.png").write_bytes(old[state])
                                problems.append(f"/{path} {scheme} {width} {state}: {diff} pixels differ ({name}-*.png)")
        finally:
            browser.close()
    print(f"{count} screenshot pairs compared", file=sys.stderr)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--base", type=Path, help="compare against this built site instead of a full-CSS copy")
    parser.add_argument("--out", type=Path, default=Path("/tmp/css-pixels"))
    args = parser.parse_args(argv)
    start = time.perf_counter()
    base = args.base or full_css_copy(args.site, args.out / "full-css-site")
    problems = compare(args.site, base, args.out)
    print("\n".join(problems) or "identical", f"({time.perf_counter() - start:.0f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
