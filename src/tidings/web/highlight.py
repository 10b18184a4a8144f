"""Where the actor, recipient, trigger and date words of an event stand in its sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Segment", "highlight"]

KINDS = ("actor", "recipient", "trigger", "date")


@dataclass(frozen=True)
class Segment:
    """A run of a sentence's text; ``kind`` is what it names (one of KINDS) or None."""

    text: str
    kind: str | None = None


def _find(sentence: str, words: str) -> list[tuple[int, int]]:
    """Spans of ``words`` in ``sentence``: case-insensitive, whole words, any run of spaces."""
    parts = [re.escape(w) for w in words.split()]
    if not parts:
        return []
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.I)
    return [m.span() for m in pattern.finditer(sentence)]


def highlight(sentence: str, terms: list[tuple[str, str]]) -> list[Segment]:
    """Split ``sentence`` into segments, marking each (kind, words) of ``terms`` found in it.

    Overlaps are resolved by position and then length: the earlier, longer match wins. A
    trigger not found as a phrase ("held talks" for "held a call and talks") is marked
    word by word."""
    found: list[tuple[int, int, str]] = []
    for kind, words in terms:
        spans = _find(sentence, words)
        if not spans and kind == "trigger":
            spans = [s for w in words.split() if len(w) > 2 for s in _find(sentence, w)]
        found += [(start, end, kind) for start, end in spans]
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    segments, at = [], 0
    for start, end, kind in found:
        if start < at:
            continue
        if start > at:
            segments.append(Segment(sentence[at:start]))
        segments.append(Segment(sentence[start:end], kind))
        at = end
    if at < len(sentence):
        segments.append(Segment(sentence[at:]))
    return segments
