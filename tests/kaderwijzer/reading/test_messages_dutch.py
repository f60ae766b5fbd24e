"""No message an editor can trigger is English libyaml or pydantic text, or a Python repr.

Sweeps the hostile corpus (tests/fixtures/invalid/) and generated mistakes: broken YAML of every kind we
know, and every field of a segment given values of the wrong kind. libyaml's own words may appear only in
the trailing `(technisch: …)` note, after a Dutch sentence.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kaderwijzer.editor.errorguide import SEGMENT, messages_for
from kaderwijzer.model.errors import DataErrors
from kaderwijzer.reading.loader import load_corpus
from kaderwijzer.model import Segment
from kaderwijzer.reading.yamlhints import GENERIC
from tests.kaderwijzer.reading.test_hostile_input import BASE, CASES, CASES_DIR, lay_over

EXPERT_NOTE = re.compile(r" \(technisch: [^()]*(?:\([^()]*\)[^()]*)*\)$")
ENGLISH = re.compile(
    r"\b(expected|found|while|parsing|scanning|mapping|allowed|Input|should|Value error|required|valid(ation)?|"
    r"string|integer|number|None|True|False|null|field|missing|pattern|characters?|or|and|the)\b")
PYTHON_REPR = re.compile(r"datetime\.|\[\s*'|'\s*\]|\{\s*'|<class |object at 0x|\\n|\bu'")

SYNTAX_MISTAKES = {
    "list-indent": ("\n    text: Meer", "\n   text: Meer"),
    "key-indent": ("\nregion:", "\n  region:"),
    "colon-in-text": ("name: Wonen", "name: Let op: wonen"),
    "unclosed-double-quote": ("name: Wonen", 'name: "Wonen'),
    "unclosed-single-quote": ("name: Wonen", "name: 'Wonen"),
    "text-after-quote": ("name: Wonen", 'name: "Wonen" thuis'),
    "unclosed-bracket": ("domains: [wmo]", "domains: [wmo"),
    "unclosed-brace": ("name: Wonen", "name: {a: b"),
    "missing-colon": ("name: Wonen", "name Wonen\nx"),
    "bad-escape": ("name: Wonen", 'name: "Wo\\qnen"'),
    "bad-unicode-escape": ("name: Wonen", 'name: "\\uZZZZ"'),
    "at-sign": ("name: Wonen", "name: @wonen"),
    "backtick": ("name: Wonen", "name: `wonen`"),
    "percent": ("name: Wonen", "name: %wonen"),
    "ampersand": ("name: Wonen", "name: & wonen"),
    "anchor": ("name: Wonen", "name: &a wonen"),
    "alias": ("name: Wonen", "name: *a"),
    "tag": ("name: Wonen", "name: !tekst wonen"),
    "question-mark": ("name: Wonen", "name: ? wonen"),
    "block-header-text": ("name: Wonen", "name: >- wonen"),
    "closing-bracket": ("name: Wonen", "name: ]"),
    "comma-first": ("domains: [wmo]", "domains: [, wmo]"),
    "dash-in-mapping": ("\nregion:", "\n- region:"),
    "dash-after-value": ("name: Wonen", "name: Wonen\n- thuis"),
    "second-document": ("name: Wonen", "name: Wonen\n---\nx: y"),
    "directive-after-end": ("name: Wonen", "name: Wonen\n...\n%YAML 1.1\n---\nx: y"),
    "duplicate-key": ("name: Wonen", "name: Wonen\nname: Thuis"),
    "merge-key": ("name: Wonen", "name: Wonen\n<<: {a: b}"),
    "tab-indent": ("\n    text: Meer", "\n\ttext: Meer"),
    "deep-nesting": ("domains: [wmo]", "domains: " + "[" * 1500 + "]" * 1500),
    "key-too-long": ("name: Wonen", "k" * 1100 + ": x\nname: Wonen"),
    "bad-date": ("name: Wonen", "name: Wonen\norder: 2024-13-45"),
    "list-as-file": ("id: wonen", "- id: wonen"),
}
WRONG_VALUES = ["~", "true", "no", "1.5", "2024-01-01", "[a, b]", "{a: b}", "''", "Wonen Thuis", "-3", "TODO",
                "{{ x }}", "<b>x</b>"]


def assert_dutch(message: str) -> None:
    dutch = EXPERT_NOTE.sub("", message)
    assert "(technisch:" not in dutch, message  # the English note comes once, at the end
    # Values the editor wrote are quoted in backticks; the words around them must be Dutch.
    words = re.sub(r"`[^`]*`", "", dutch.split(": ", 1)[-1] if re.match(r"\S+:\d+:\d+: ", dutch) else dutch)
    assert not ENGLISH.search(words), f"Engels in: {message}"
    assert not PYTHON_REPR.search(dutch), f"Python-weergave in: {message}"


@pytest.mark.parametrize("case", CASES)
def test_hostile_corpus_messages_are_dutch(tmp_path: Path, case: str) -> None:
    data = tmp_path / "data"
    shutil.copytree(BASE / "data", data)
    lay_over(CASES_DIR / case / "data", data)
    with pytest.raises(DataErrors) as info:
        load_corpus(data)
    for error in info.value.errors:
        assert_dutch(str(error))


@pytest.mark.parametrize("mistake", list(SYNTAX_MISTAKES))
def test_broken_yaml_gets_a_dutch_sentence_with_advice(mistake: str) -> None:
    old, new = SYNTAX_MISTAKES[mistake]
    assert old in SEGMENT
    messages = messages_for(SEGMENT.replace(old, new, 1))
    assert messages, f"{mistake}: geen melding"
    for message in messages:
        assert_dutch(message)
        assert GENERIC not in message, f"{mistake}: geen eigen uitleg voor {message}"


@pytest.mark.parametrize("field", [f for f in Segment.model_fields if f != "id"])
def test_wrong_values_in_every_field_get_dutch_messages_showing_what_was_written(field: str) -> None:
    for value in WRONG_VALUES:
        line = f"{field}: {value}"
        text = re.sub(rf"^{field}:.*(\n  .*)*", line, SEGMENT, count=1, flags=re.M) if f"\n{field}:" in SEGMENT else (
            SEGMENT + line + "\n")
        for message in messages_for(text):
            assert_dutch(message)
            # A value is shown as written: `no` stays `no`, `~` is an empty field, never None/False.
            assert "`None`" not in message and "`False`" not in message
