"""An event while it is being coded, and its date window."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Entity, Sentence, TimeExpr
from .frames import Frame


@dataclass
class Dated:
    date: date | None
    date_end: date | None
    precision: str
    text: str | None
    explicit: bool  # from the sentence itself (or an anchor), not carried over or the publication date

    @classmethod
    def stated(cls, t: TimeExpr) -> Dated:
        """The window a temporal expression of the sentence states."""
        return cls(t.date, t.date_end, t.precision, t.text, True)


@dataclass
class Draft:
    """An event being coded, before ids are given and mentions of one happening merged."""

    frame: Frame
    sentence: Sentence
    kind: str  # the paragraph kind: body | caption
    actor: list[Entity]
    recipient: list[Entity]
    dated: Dated
    location: object = None
    amounts: list = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.0
    shared: bool = False  # one of several events a distributive "each" made of one frame
    # whose failing an act is made to hang on ("would go to the UN if France does not ...")
    threatened: list[Entity] = field(default_factory=list)


def distance(a, b) -> int:
    """Edges between two tokens in the dependency tree."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate(up_b):
        if t.i in index:
            return n + index[t.i]
    return 99


def codes(entities) -> set[str]:
    """The country and organisation codes of some entities."""
    return {e.country or e.org for e in entities} - {None}
