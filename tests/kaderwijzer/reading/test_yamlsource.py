"""Reading YAML: our own checks run before any limit or message of the libyaml version installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaderwijzer.model.errors import DataError
from kaderwijzer.reading.yamlsource import MAX_DEPTH, read_yaml


def read_error(tmp_path: Path, text: str) -> DataError:
    path = tmp_path / "record.yml"
    path.write_text(text, encoding="utf-8")
    result = read_yaml(path)
    assert isinstance(result, DataError), result
    return result


@pytest.mark.parametrize("opener", ["[", "{a: "])
@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 999, 1001, 5000])
def test_deep_flow_nesting_on_one_line_gets_our_message_at_the_first_level_too_many(
        tmp_path: Path, opener: str, depth: int) -> None:
    # libyaml reads a line ahead and (from PyYAML 6.0.4's bundled libyaml) stops at its own limit of
    # 1000 levels with an English message; the editor must see ours, at the level that is one too many.
    error = read_error(tmp_path, "id: x\nextra: " + opener * depth + "\n")
    assert error.message.startswith("de gegevens zijn te diep genest"), error
    assert (error.line, error.col) == (2, len("extra: ") + 1 + len(opener) * (MAX_DEPTH - 1))


def test_brackets_in_text_are_not_nesting(tmp_path: Path) -> None:
    path = tmp_path / "record.yml"
    path.write_text("id: x\ntext: '" + "[" * 50 + "'\nlist: [a, [b, c]]\n", encoding="utf-8")
    doc = read_yaml(path)
    assert not isinstance(doc, DataError), doc
    assert doc.data == {"id": "x", "text": "[" * 50, "list": ["a", ["b", "c"]]}
