"""Comparisons registered with one source each; importing this package registers them all."""

from kaderwijzer.reading.checks.sources import bno_o, midden_holland, noord_limburg, venray

__all__ = ["bno_o", "midden_holland", "noord_limburg", "venray"]
