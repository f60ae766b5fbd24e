"""The Markdown filters: plain sentences skip the converter and come out exactly as the converter makes them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from markupsafe import escape

from macros import markup

ROOT = Path(__file__).resolve().parents[2]

# Each is one step from a plain sentence, into something Markdown reads differently.
TRICKY = [
    "Hulp bij het huishouden", "Zorg & ondersteuning", "Wmo-consulent (gemeente)", "Kosten: € 1.200,- per jaar",
    "Budget 100% voor 2025/2026", "Zie ‘kader’ en “inkoop” – 3 fasen — klaar", "Een 'citaat' en een \"citaat\"",
    "1. Eerste punt", "1) Eerste punt", "- Een punt", "+ Een punt", "* Een punt", "# Kop", "> Citaat",
    "    Code", "Tekst  ", " Tekst", "Tekst\nmet regel", "Tekst  \nmet harde regel", "Tekst\n\nTwee alinea's",
    "Een *nadruk*", "Een _nadruk_", "Een `code`", "Een [link](https://example.org)", "Een \\ streep",
    "Een <b>tag</b>", "a<https://example.org>", "Tekst &amp; meer", "Tekst &#39; meer", "Prijs = 3 + 4",
    "Tekst ---", "Tekst\n---", "Tekst\n===", "Ja!", "Wat?", "Graad 20°", "ééntje", "Straße", "Ōmi", "x_y",
    "Tekst\tmet tab", "Tekst\u00a0met harde spatie", "Hulp ", "2025 was het jaar",
]


def _data_strings() -> list[str]:
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update({value, value.split("\n")[0]})
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted((ROOT / "data").rglob("*.yml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted(found)


@pytest.mark.parametrize("text", TRICKY)
def test_a_text_is_converted_as_markdown_converts_it(text: str) -> None:
    assert markup.markdown_block(text) == markup._convert(str(escape(text)))


def test_every_text_in_the_data_is_converted_as_markdown_converts_it() -> None:
    texts = _data_strings()
    differ = [t for t in texts if markup.markdown_block(t) != markup._convert(str(escape(t)))]
    assert differ == []
    # The shortcut is taken for most of them: the ones this test is about.
    assert sum(bool(markup._PLAIN.fullmatch(str(escape(t)))) for t in texts) > len(texts) / 2


def test_a_plain_sentence_becomes_a_paragraph_and_inline_text_stays_bare() -> None:
    assert markup.markdown_block("Zorg & hulp") == "<p>Zorg &amp; hulp</p>"
    assert markup.markdown_inline("Zorg & hulp") == "Zorg &amp; hulp"
    assert markup.markdown_inline("Een *nadruk*") == "Een <em>nadruk</em>"
