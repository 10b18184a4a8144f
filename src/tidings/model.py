"""The one document model every stage reads and adds to.

Article -> Paragraph -> Sentence -> Mention / TimeExpr / Event. Every span is a
pair of character offsets ``(start, end)`` into ``Article.text``, so any event
can be shown in the sentence it came from.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

Span = tuple[int, int]

PARAGRAPH_KINDS = ("headline", "dateline", "body", "caption", "credit")
PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "publication", "unknown")
MODALITIES = ("asserted", "negated", "future", "hypothetical")


@dataclass
class Paragraph:
    kind: str
    span: Span


@dataclass
class Sentence:
    span: Span
    text: str
    paragraph: int  # index into Article.paragraphs


@dataclass
class Entity:
    """What a mention refers to. ``country`` is ISO 3166-1 alpha-3, ``org`` an
    international organisation's code; either or both may be None."""

    text: str
    name: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str = "unknown"  # state | person | organisation | group | unknown

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Mention:
    span: Span
    text: str
    label: str  # spaCy entity label, or ALIAS / NOMINAL for in-article references
    entity: Entity | None = None
    how: str = ""  # how it was resolved, for `tidings actors`


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression normalised to the window ``[date, date_end]``.

    ``value`` is the TIMEX3-style value ("2025-07", "2025-W36", "2025-Q1");
    ``relation`` is "at" for a point or window, "since" / "after" / "before" when
    the expression only bounds the event on one side."""

    span: Span
    text: str
    date: date
    date_end: date
    precision: str
    value: str = ""
    relation: str = "at"


@dataclass
class Location:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"  # city | admin | country

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Amount:
    value: float
    currency: str | None
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Event:
    """One coded event: the record of DESIGN.md, plus its evidence spans."""

    id: str
    article: str
    event: str
    mode: str | None
    context: list[str]
    actor: list[Entity]
    recipient: list[Entity]
    date: date | None
    date_end: date | None
    date_precision: str
    date_text: str | None
    location: Location | None
    amounts: list[Amount]
    modality: str
    text: str
    span: Span
    trigger: str
    score: float
    confidence: float
    cameo: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The JSON-ready record of the output contract."""
        return {
            "id": self.id,
            "article": self.article,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [e.to_dict() for e in self.actor],
            "recipient": [e.to_dict() for e in self.recipient],
            "date": self.date.isoformat() if self.date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "amounts": [a.to_dict() for a in self.amounts],
            "modality": self.modality,
            "text": self.text,
            "span": list(self.span),
            "trigger": self.trigger,
            "score": self.score,
            "confidence": round(self.confidence, 3),
            "cameo": self.cameo,
            "evidence": [list(s) for s in self.evidence],
        }


@dataclass
class Article:
    id: str
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
