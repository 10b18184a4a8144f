"""The words around an expression: the sentence it sits in, whether that sentence
places it ahead ("will meet on Tuesday") or behind, and whether a preposition makes
it bound one side only ("since May")."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .words import words

# A sentence ends at . ! or ? (and any closing quote or bracket) before a capital
# or an opening quote, or at a line break; not before a digit, so "Oct. 7" holds.
# "U.S. officials" splits wrongly, which only narrows the span searched for cues.
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])|\n+")

# What ends the clause a look-ahead cue opens, so that a past verb after it speaks for itself:
# "will meet on Monday, after talks collapsed on Friday".
CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|(?<!\w)(?:who|which|that|after|when|before|because|since|while|"
                          r"and|but|as|until|once|where|whom|whose)(?!\w)", re.IGNORECASE)


class Sentences:
    """The sentence boundaries of one text, found once."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]

    def bounds(self, position: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding ``position``."""
        index = bisect_right(self.starts, position) - 1
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.starts[index], end


@lru_cache(maxsize=1)
def cue_regex() -> re.Pattern:
    """Return one regex over all cue phrases, longest first. It is case-sensitive, so
    the month "May" is not the modal "may", nor "Will" a name the auxiliary."""
    phrases = sorted(words().cues, key=len, reverse=True)
    parts = []
    for phrase in phrases:
        body = re.escape(phrase).replace(r"\ ", r"\s+")
        parts.append((r"(?<!\w)" if phrase[0].isalnum() else "") + body + r"(?!\w)")
    # Any other -ed word reads as a past verb ("imposed", "washed away"), except after
    # "be", "been", "being", "is" or "are", where it is a passive that may lie ahead.
    passive = "".join(rf"(?<!\b{aux} )" for aux in ("be", "been", "being", "is", "are"))
    parts.append(rf"(?<!\w){passive}(?P<ed>[a-z]{{3,}}ed)(?!\w)")
    return re.compile("|".join(parts))


def cue_tense(match: re.Match) -> str | None:
    """Return "future" or "past" for a cue, None for a word listed as no cue."""
    if match.group("ed"):
        return "past"
    tense = words().cues[" ".join(match.group(0).split())]
    return None if tense == "none" else tense


def cue_leaning(text: str, span: tuple[int, int], sentences: Sentences) -> str | None:
    """Return "future" or "past" as the cue words of the sentence place the
    expression, or None when there are none.

    The nearest cue before the expression decides ("said it would meet on Tuesday"
    is ahead, "which will open soon, said on Monday" is behind); an expression that
    opens its sentence takes the first cue after it instead."""
    start, end = sentences.bounds(span[0])
    head = text[start : span[0]]
    before = [(m, t) for m in cue_regex().finditer(head) if (t := cue_tense(m))]
    if before:
        return looked_ahead(head, before) or before[-1][1]
    if opens_sentence(head):
        after = (t for m in cue_regex().finditer(text, span[1], end) if (t := cue_tense(m)))
        return next(after, None)
    return None


def looked_ahead(head: str, cues: list[tuple[re.Match, str]]) -> str | None:
    """Return "future" when the last cue is a bare -ed word inside the clause an explicit
    look-ahead cue opens, where it is a participle, not a past verb: "were expected to
    question the two freed hostages on Friday", "is due to sign the revised accord on
    Monday"; None otherwise ("will resume on Monday after talks collapsed on Friday")."""
    last, _ = cues[-1]
    if not last.group("ed"):
        return None
    ahead = next((m for m, t in reversed(cues) if not m.group("ed")), None)
    if ahead is None or cue_tense(ahead) != "future":
        return None
    return None if CLAUSE_BREAK.search(head, ahead.end(), last.start()) else "future"


def opens_sentence(head: str) -> bool:
    """Say whether the words before an expression leave it opening its sentence, so
    the cue words after it speak for it: "On Tuesday, the leaders will meet"."""
    return all(word.lower() in words().of("opening_word") for word in re.findall(r"\w+", head))


@lru_cache(maxsize=1)
def relation_regex() -> re.Pattern:
    alternation = words().alternation("relation")
    return re.compile(rf"(?<!\w)({alternation})\s+(?:the\s+)?$", re.IGNORECASE)


def relation(text: str, start: int) -> str:
    """Return "since", "after" or "before" when the words just before ``start`` make the
    expression bound one side of the event ("since January", "by March"), else "at"."""
    m = relation_regex().search(text, max(0, start - 20), start)
    if not m:
        return "at"
    return words().of("relation")[" ".join(m.group(1).lower().split())]
