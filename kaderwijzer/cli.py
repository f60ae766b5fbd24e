"""Command line: `kaderwijzer validate | schema | new segment | export`."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from kaderwijzer.errors import DataErrors
from kaderwijzer.loader import load_corpus, schema_ref
from kaderwijzer.model import SLUG_PATTERN
from kaderwijzer.schema import write_schemas
from kaderwijzer.scaffold import segment_stub

DEFAULT_DATA = Path("data")
DEFAULT_CONTENT = Path("content")


def _validate(args: argparse.Namespace) -> int:
    from kaderwijzer.reporting import run_validate

    return run_validate(args.data, args.content if args.content.is_dir() else None, args.format)


def _schema(args: argparse.Namespace) -> int:
    for path in write_schemas(args.data / "schema"):
        print(f"geschreven: {path}")
    return 0


def _new_segment(args: argparse.Namespace) -> int:
    # Checked up front: both end up in the file name, and a typo would only surface later.
    for label, value in (("--id", args.id), ("--region", args.region)):
        if not re.fullmatch(SLUG_PATTERN, value):
            print(f"{label} `{value}`: gebruik kleine letters, cijfers en streepjes, bv. `hulp-bij-het-huishouden`", file=sys.stderr)
            return 1
    if not (args.data / "regions" / f"{args.region}.yml").is_file():
        print(f"--region `{args.region}`: onbekende regio; zie {args.data / 'regions'}", file=sys.stderr)
        return 1
    path = args.data / "segments" / args.region / f"{args.id}.yml"
    if path.exists():
        print(f"{path}: bestaat al; kies een andere id", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(segment_stub(args.region, args.id, schema_ref("segment", nested=True)), encoding="utf-8")
    print(f"aangemaakt: {path}\nVul de velden met `TODO` in en draai `kaderwijzer validate`.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from kaderwijzer.export import write_downloads

    try:
        corpus = load_corpus(args.data)
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    for path in write_downloads(corpus, args.out, args.data / "schema"):
        print(f"geschreven: {path}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from kaderwijzer.diffreport import run_diff

    return run_diff(args.data, args.base, args.head, args.site_url)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kaderwijzer", description="Beleidsdata van Kaderwijzer beheren.")
    sub = parser.add_subparsers(dest="command", required=True)

    validate = sub.add_parser("validate", help="controleer alle gegevens in data/")
    validate.add_argument("--data", type=Path, default=DEFAULT_DATA, help="map met gegevens (standaard: data)")
    validate.add_argument("--content", type=Path, default=DEFAULT_CONTENT, help="map met pagina's (standaard: content)")
    validate.add_argument("--format", choices=("text", "github", "gitlab", "sarif", "json"), default="text", help="uitvoer: text (standaard), github, gitlab, sarif of json")
    validate.set_defaults(func=_validate)

    schema = sub.add_parser("schema", help="schrijf JSON Schema-bestanden naar data/schema/")
    schema.add_argument("--data", type=Path, default=DEFAULT_DATA)
    schema.set_defaults(func=_schema)

    new = sub.add_parser("new", help="maak een nieuw bestand aan")
    new_sub = new.add_subparsers(dest="what", required=True)
    seg = new_sub.add_parser("segment", help="nieuw segment met invulvelden")
    seg.add_argument("--region", required=True)
    seg.add_argument("--id", required=True)
    seg.add_argument("--data", type=Path, default=DEFAULT_DATA)
    seg.set_defaults(func=_new_segment)

    export = sub.add_parser("export", help="schrijf open-data-bestanden (JSON, CSV, schema)")
    export.add_argument("--data", type=Path, default=DEFAULT_DATA)
    export.add_argument("--out", type=Path, default=Path("site/downloads"))
    export.set_defaults(func=_export)

    diff = sub.add_parser("diff", help="wat er inhoudelijk veranderd is tussen twee versies (Markdown)")
    diff.add_argument("base", nargs="?", help="oude versie (standaard: waar deze branch van main afsplitste)")
    diff.add_argument("head", nargs="?", help="nieuwe versie (standaard: de werkmap)")
    diff.add_argument("--data", type=Path, default=DEFAULT_DATA)
    diff.add_argument("--site-url", help="adres van de voorbeeldsite voor links (standaard: KADERWIJZER_PREVIEW_URL)")
    diff.set_defaults(func=_diff)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))
