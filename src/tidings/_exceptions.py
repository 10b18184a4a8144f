"""Every error tidings raises on purpose.

    TidingsError
     ├── ReadError          an article could not be read (empty, binary, bad encoding, too large,
     │                      malformed JSON line, unparseable date); names the file and line
     ├── ModelNotFound      no spaCy English model is installed; names the install command
     ├── DataError          a knowledge-base or user TSV file is malformed; names file and line
     └── MissingExtra       an optional part (web, ray) is used without its extra installed
"""
from __future__ import annotations


class TidingsError(Exception):
    """Base class: catch this to handle any error tidings raises on purpose."""


class ReadError(TidingsError):
    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source, self.reason, self.line = source, reason, line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class ModelNotFound(TidingsError):
    pass


class DataError(TidingsError):
    pass


class MissingExtra(TidingsError):
    def __init__(self, extra: str, feature: str):
        super().__init__(f"{feature} needs the '{extra}' extra: pip install 'tidings[{extra}]'")
