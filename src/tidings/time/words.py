"""The word lists of the time stage (month and weekday names, cue words, ...), read
once from data/*.tsv beside this module."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .._exceptions import DataError

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Words:
    """Each kind of words.tsv as a mapping word -> value (lower-case words)."""

    kinds: dict[str, dict[str, str]]
    cues: dict[str, str]  # cue phrase -> "future" | "past"

    def of(self, kind: str) -> dict[str, str]:
        return self.kinds.get(kind, {})

    def number(self, kind: str, word: str) -> int:
        return int(self.kinds[kind][word.lower()])

    def alternation(self, *kinds: str) -> str:
        """Return a regex alternation of the words of ``kinds``, longest first, so
        "sept" is tried before "sep"; spaces match any run of whitespace."""
        words = sorted({w for k in kinds for w in self.of(k)}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def read_tsv(path: Path, width: int) -> list[list[str]]:
    """Return the rows of a TSV file, padded to ``width`` columns; '#' lines are comments."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > width or not cells[0].strip():
            raise DataError(f"{path}:{number}: expected at most {width} tab-separated columns: {line!r}")
        rows.append([c.strip() for c in cells] + [""] * (width - len(cells)))
    return rows


@lru_cache(maxsize=1)
def words() -> Words:
    """Return the word lists, read on first use."""
    kinds: dict[str, dict[str, str]] = {}
    for kind, word, value in read_tsv(DATA / "words.tsv", 3):
        kinds.setdefault(kind, {})[word.lower()] = value
    cues = {cue.lower(): tense for cue, tense in read_tsv(DATA / "cues.tsv", 2)}
    return Words(kinds, cues)
