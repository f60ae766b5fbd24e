"""Kaderwijzer: regional social-care procurement policy as validated data."""

from kaderwijzer.corpus import Corpus
from kaderwijzer.errors import DataError, DataErrors
from kaderwijzer.loader import load_corpus

__all__ = ["Corpus", "DataError", "DataErrors", "load_corpus"]
