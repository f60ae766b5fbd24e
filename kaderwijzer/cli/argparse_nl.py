"""argparse's own words (usage, errors, `-h`) in Dutch, for the `kaderwijzer` command only.

argparse looks its strings up through the module's `_` and `ngettext` at the moment it uses them, so they
are swapped while our parser is built and used, and put back afterwards: other tools in the same process
(pytest, for one) keep their own language.
"""

from __future__ import annotations

import argparse
import re
from contextlib import contextmanager
from typing import Iterator, NoReturn

DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "opdrachten en waarden",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze opties zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende opties of waarden: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "onbekende keuze %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde achter",
    "expected at most one argument": "hier hoort hoogstens één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
    "not allowed with argument %s": "mag niet samen met %s",
    "ignored explicit argument %r": "waarde %r hoort niet bij deze optie",
    "one of the arguments %s is required": "een van deze opties is verplicht: %s",
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
DUTCH_PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("hier hoort %s waarde achter", "hier horen %s waarden achter"),
}
_QUOTED = re.compile(r"'([^']*)'")


def _dutch(text: str) -> str:
    return DUTCH.get(text, text)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    one, many = DUTCH_PLURAL.get((singular, plural), (singular, plural))
    return one if n == 1 else many


@contextmanager
def dutch_argparse() -> Iterator[None]:
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _dutch, _dutch_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class DutchArgumentParser(argparse.ArgumentParser):
    """Errors in Dutch, with values in backticks as everywhere else instead of Python's quotes."""

    def error(self, message: str) -> NoReturn:
        super().error(_QUOTED.sub(r"`\1`", message) + f"\nZie `{self.prog} -h` voor de mogelijkheden.")
