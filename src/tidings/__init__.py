"""tidings: news articles -> dated, sourced PLOVER event data, offline on a laptop.

    >>> import tidings
    >>> events = tidings.extract(text, published="2025-09-14")
"""
from ._exceptions import DataError, MissingExtra, ModelNotFound, ReadError, TidingsError
from .events import CODEBOOK
from .model import (
    Amount,
    Article,
    Entity,
    Event,
    Location,
    Mention,
    Paragraph,
    Sentence,
    TimeExpr,
)
from .pipeline import extract, extract_file, process
from .read import read

__version__ = "0.1.0"

__all__ = [
    "CODEBOOK", "Amount", "Article", "DataError", "Entity", "Event", "Location", "Mention", "MissingExtra",
    "ModelNotFound", "Paragraph", "ReadError", "Sentence", "TidingsError", "TimeExpr", "extract",
    "extract_file", "process", "read",
]
