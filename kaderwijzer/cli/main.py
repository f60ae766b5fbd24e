"""Command line: `kaderwijzer validate | schema | new <soort> | export | diff | render | postbuild | dekking | import`, in Dutch, from any project subfolder."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from kaderwijzer.cli.argparse_nl import DutchArgumentParser, dutch_argparse
from kaderwijzer.model.errors import DataErrors, suggest
from kaderwijzer.reading.loader import LAYOUT, load_corpus, schema_ref
from kaderwijzer.reading.messages import known_ids
from kaderwijzer.model import SLUG_PATTERN
from kaderwijzer.cli.project import find_root, not_found_message
from kaderwijzer.editor.scaffold import SCAFFOLDS, stub
from kaderwijzer.editor.schema import write_schemas

SOURCES_DIR_HELP = ("map met de bronteksten (standaard: KADERWIJZER_SEEDS_DIR, anders bronteksten/ in het project "
                    "als die map bestaat, anders ../shared/seeds)")
DATA_HELP = "map met gegevens (standaard: data/ in de hoofdmap van het project, ook als u in een submap staat)"


def _validate(args: argparse.Namespace) -> int:
    from kaderwijzer.review.reporting import run_validate

    return run_validate(args.data, args.content if args.content.is_dir() else None, args.format)


def _schema(args: argparse.Namespace) -> int:
    for path in write_schemas(args.data / "schema"):
        print(f"geschreven: {path}")
    return 0


def _new(args: argparse.Namespace) -> int:
    scaffold = SCAFFOLDS[args.what]
    data: Path = args.data
    # Checked up front: ids end up in file names, and a typo would only surface later.
    for label, value in (("--id", args.id), ("--region", getattr(args, "region", None)),
                         ("--document", getattr(args, "document", None))):
        if value is not None and not re.fullmatch(SLUG_PATTERN, value):
            example = {"--id": scaffold.example_id, "--region": "west-brabant"}.get(label, "wb-kaderdocument-inkoop-2026")
            return _refuse(f"{label} `{value}`: gebruik kleine letters, cijfers en streepjes, bv. `{example}`")
    region = getattr(args, "region", None) or ""
    if scaffold.needs_region or region:  # an optional region (of a term) must exist too
        regions = sorted(p.stem for p in (data / "regions").glob("*.yml"))
        if region not in regions:
            return _refuse(f"--region `{region}`: onbekende regio{suggest(region, regions) or known_ids(regions)}")
    document = getattr(args, "document", None)
    if document is not None:
        documents = _documents_of(data, region)
        if document not in documents:
            return _refuse(f"--document `{document}`: onbekend document van regio `{region}`"
                           f"{suggest(document, documents) or known_ids(documents)}")
    folder, nested = next((f, n) for f, (k, n) in LAYOUT.items() if k == scaffold.kind)
    path = data / folder / (region if nested else "") / f"{args.id}.yml"
    if path.exists():
        return _refuse(f"{path}: bestaat al; kies een andere --id (er is niets overschreven)")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(stub(scaffold.kind, args.id, schema_ref(scaffold.kind, nested), region, document), encoding="utf-8")
    print(f"aangemaakt: {path}\nVul de velden met `TODO` in en draai `kaderwijzer validate`.")
    return 0


def _documents_of(data: Path, region: str) -> list[str]:
    """Ids of the region's documents, read cheaply (the region line) so a broken file elsewhere does not matter."""
    found = []
    for path in sorted((data / "documents").glob("*.yml")):
        if re.search(rf"^region:\s*['\"]?{re.escape(region)}['\"]?\s*$", path.read_text(encoding="utf-8"), re.M):
            found.append(path.stem)
    return found


def _refuse(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _export(args: argparse.Namespace) -> int:
    from kaderwijzer.opendata.export import write_downloads

    try:
        corpus = load_corpus(args.data)
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    for path in write_downloads(corpus, args.out, args.data / "schema"):
        print(f"geschreven: {path}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from kaderwijzer.review.diffreport import run_diff

    return run_diff(args.data, args.base, args.head, args.site_url)


def _render(args: argparse.Namespace) -> int:
    from kaderwijzer.cli.sitesteps import run_render

    return run_render(args.data.parent, args.out)


def _postbuild(args: argparse.Namespace) -> int:
    from kaderwijzer.cli.sitesteps import run_postbuild

    return run_postbuild(args.data.parent, args.site)


def _add_site_steps(sub: argparse._SubParsersAction) -> None:
    render = sub.add_parser("render", help="schrijf alle pagina's als Markdown voor een bouwer zonder onze plugins",
                            description="Schrijf de uiteindelijke Markdown van elke pagina naar MAP/docs/ en een "
                                        "MAP/mkdocs.yml met de navigatie, zonder onze plugins (voor MkDocs of ProperDocs).")
    render.add_argument("out", type=Path, metavar="MAP", help="map voor de pagina's en de configuratie")
    render.set_defaults(func=_render)
    post = sub.add_parser("postbuild", help="werk een gebouwde site af: begrippen, zoeken, downloads, feed, gewicht",
                          description="Werk een site af die uit `kaderwijzer render` is gebouwd: links naar begrippen, "
                                      "het zoekregister, downloads, de wijzigingenfeed en lichtere pagina's.")
    post.add_argument("site", type=Path, metavar="SITEMAP", help="de gebouwde site, bv. site/")
    post.set_defaults(func=_postbuild)


def _coverage(args: argparse.Namespace) -> int:
    from kaderwijzer.review.coveragereport import run_coverage

    return run_coverage(args.data, args.sources_dir, args.markdown)


def _add_coverage(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser(
        "dekking", help="welke genummerde koppen en lijstpunten van de bronteksten geen gegeven citeert",
        description="Toon per brontekst (lokale kopie) de genummerde koppen en lijstpunten die geen gegeven citeert, "
                    "per hoofdstuk. Een kop die bewust geen samenvatting krijgt, zet u met een reden onder "
                    "`not_summarised` in het brondocument. Code 1 als niet alles gedekt is.")
    cmd.add_argument("--data", type=Path, metavar="MAP", help=DATA_HELP)
    cmd.add_argument("--sources-dir", type=Path, metavar="MAP", help=SOURCES_DIR_HELP)
    cmd.add_argument("--markdown", type=Path, metavar="BESTAND",
                     help="voeg het overzicht ook als Markdown toe aan dit bestand, bv. $GITHUB_STEP_SUMMARY")
    cmd.set_defaults(func=_coverage)


def _import(args: argparse.Namespace) -> int:
    from kaderwijzer.editor.importer import run_import

    return run_import(args.document, args.data, args.region, args.id, args.document_id, args.sources_dir)


def _add_import(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser(
        "import", help="zet een PDF of tekst van een regio om in een brontekst, een brondocument en hoofdstukken (TODO)",
        description="Haal de tekst uit een PDF (of neem platte tekst), bewaar hem met paginamarkeringen in de map met "
                    "bronteksten, registreer het brondocument en maak per genummerde kop een hoofdstukbestand met "
                    "nummer, titel en pagina. Elke samenvatting is een TODO die u in eigen woorden invult. "
                    "Er wordt niets overschreven.")
    cmd.add_argument("document", type=Path, metavar="DOCUMENT", help="de PDF of het tekstbestand (UTF-8)")
    cmd.add_argument("--region", required=True, metavar="REGIO", help="id van de regio, bv. `midden-holland` (zie data/regions/)")
    cmd.add_argument("--id", metavar="ID", help="id van het brondocument (standaard: afgeleid van de bestandsnaam)")
    cmd.add_argument("--document", dest="document_id", metavar="DOCUMENT-ID",
                     help="id van het document in data/documents/ waar de hoofdstukken bij horen (standaard: `document: TODO`)")
    cmd.add_argument("--data", type=Path, metavar="MAP", help=DATA_HELP)
    cmd.add_argument("--sources-dir", type=Path, metavar="MAP", help=SOURCES_DIR_HELP)
    cmd.set_defaults(func=_import)


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="kaderwijzer", description="Beleidsgegevens van Kaderwijzer controleren, aanvullen en exporteren.",
        epilog="Meer uitleg: de pagina Voor redactie op de site.")
    sub = parser.add_subparsers(dest="command", required=True, title="opdrachten", metavar="OPDRACHT")

    validate = sub.add_parser("validate", help="controleer alle gegevens in data/",
                              description="Controleer alle gegevens; elke fout als `bestand:regel:kolom: melding`.")
    validate.add_argument("--data", type=Path, metavar="MAP", help=DATA_HELP)
    validate.add_argument("--content", type=Path, metavar="MAP",
                          help="map met pagina's, voor verwijzingen naar begrippen (standaard: content/ naast data/)")
    validate.add_argument("--format", choices=("text", "github", "gitlab", "sarif", "json"), default="text",
                          metavar="VORM", help="uitvoer: text (standaard), github, gitlab, sarif of json")
    validate.set_defaults(func=_validate)

    schema = sub.add_parser("schema", help="schrijf de JSON Schema-bestanden voor de editor naar data/schema/",
                            description="Schrijf de JSON Schema-bestanden opnieuw, na een wijziging in de modellen.")
    schema.add_argument("--data", type=Path, metavar="MAP", help=DATA_HELP)
    schema.set_defaults(func=_schema)

    new = sub.add_parser("new", help="maak een nieuw bestand met invulvelden (TODO)",
                         description="Maak een nieuw bestand met invulvelden. Een bestaand bestand wordt nooit overschreven.")
    new_sub = new.add_subparsers(dest="what", required=True, title="soorten", metavar="SOORT")
    for name, scaffold in SCAFFOLDS.items():
        cmd = new_sub.add_parser(name, help=scaffold.what,
                                 description=f"Maak een nieuw bestand: {scaffold.what}.")
        cmd.add_argument("--id", required=True, metavar="ID",
                         help=f"id en bestandsnaam: kleine letters, cijfers en streepjes, bv. `{scaffold.example_id}`")
        if scaffold.needs_region:
            cmd.add_argument("--region", required=True, metavar="REGIO", help="id van de regio, bv. `midden-holland` (zie data/regions/)")
        elif scaffold.kind == "term":
            cmd.add_argument("--region", metavar="REGIO", help="id van de regio als de definitie voor één regio geldt")
        if scaffold.takes_document:
            cmd.add_argument("--document", metavar="DOCUMENT", help="id van het document waar het uit komt (zonder deze optie: "
                                                "`document: TODO`, en de controle noemt de documenten van de regio)")
        cmd.add_argument("--data", type=Path, metavar="MAP", help=DATA_HELP)
        cmd.set_defaults(func=_new)

    export = sub.add_parser("export", help="schrijf open-data-bestanden (JSON, CSV, schema)",
                            description="Schrijf de open-data-bestanden zonder de site te bouwen.")
    export.add_argument("--data", type=Path, metavar="MAP", help=DATA_HELP)
    export.add_argument("--out", type=Path, default=Path("site/downloads"), metavar="MAP",
                        help="map voor de bestanden (standaard: site/downloads)")
    export.set_defaults(func=_export)

    diff = sub.add_parser("diff", help="wat er inhoudelijk veranderd is tussen twee versies (Markdown)")
    diff.add_argument("base", nargs="?", help="oude versie (standaard: waar deze branch van main afsplitste)")
    diff.add_argument("head", nargs="?", help="nieuwe versie (standaard: de werkmap)")
    diff.add_argument("--data", type=Path, metavar="MAP", help=DATA_HELP)
    diff.add_argument("--site-url", metavar="ADRES", help="adres van de voorbeeldsite voor links (standaard: KADERWIJZER_PREVIEW_URL)")
    diff.set_defaults(func=_diff)
    _add_site_steps(sub)
    _add_coverage(sub)
    _add_import(sub)
    return parser


def _with_project_root(args: argparse.Namespace) -> bool:
    """Fill in --data (and --content) from the project root when not given; False if there is none."""
    if getattr(args, "data", None) is not None:
        if hasattr(args, "content") and args.content is None:
            args.content = args.data.parent / "content"
        return True
    root = find_root(Path.cwd())
    if root is None:
        return False
    args.data = root / "data"
    if hasattr(args, "content") and args.content is None:
        args.content = root / "content"
    return True


def main(argv: list[str] | None = None) -> int:
    with dutch_argparse():
        args = build_parser().parse_args(argv)
    if not _with_project_root(args):
        print(not_found_message(Path.cwd()), file=sys.stderr)
        return 2
    return int(args.func(args))
