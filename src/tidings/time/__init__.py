"""The time stage: temporal expressions in news text, normalised against the
publication date into windows with a precision.

    >>> from datetime import date
    >>> [t.value for t in tag("Dar met Rubio back in July.", date(2025, 9, 14))]
    ['2025-07']
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from ..model import TimeExpr
from .cues import Sentences, cue_leaning, relation
from .patterns import Found, find
from .resolve import Situation, window_for
from .windows import Window

__all__ = ["tag", "normalize", "parse_published"]

YEAR_LIKE = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")
# A sentence opening on a pronoun goes on with the parties of the one before: "Its crew were ..."
GOING_ON = re.compile(r"\s*(?:its|their|his|her|they|he|she|it)\b", re.IGNORECASE)
# What may come before a day that opens a paragraph and so sets its scene: "On Wednesday riot police ..."
OPENING = re.compile(r"\s*(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)

Tense = Callable[[int], "str | None"]


def tag(text: str, published: date | None, *, tense: Tense | None = None,
        anchors: list[Window] | None = None) -> list[TimeExpr]:
    """Return every temporal expression in ``text`` that can be placed, in text order.

    Relative expressions need ``published`` and are dropped without it. ``tense``, when
    given, returns the tense ("past", "future", "present" or None) of the clause that
    governs the expression starting at an offset; otherwise, and when it returns
    anything but past or future, cue words in the sentence decide, and the past wins
    when there are none. ``anchors``, when given, are the dates named before ``text``
    (an article's earlier paragraphs), which "the same day" counts from; the list is
    extended with the dates ``text`` names."""
    sentences = Sentences(text)
    anchors = [] if anchors is None else anchors
    times = []
    for found in find(text):
        bound = relation(text, found.span[0])
        leaning = leaning_of(text, found, bound, sentences, tense)
        near = day_told_near(found, times, sentences) if found.kind == "overnight" else None
        window = window_for(found, Situation(published, leaning, anchors, near))
        if window is None:
            continue
        anchors.append(window)
        times.append(time_expr(found.span, text[found.span[0] : found.span[1]], window, bound))
    return times


def day_told_near(found: Found, times: list[TimeExpr], sentences: Sentences) -> Window | None:
    """The last day named before ``found`` in its sentence, or in the sentence before when its own goes
    on with that one's parties: "Police boarded the boat on Monday. Its crew were detained overnight"
    (Monday), which "overnight" follows; not "The count ended on Saturday. Drones struck overnight";
    else the day that opens the paragraph (see opens_the_paragraph)."""
    start = sentences.bounds(found.span[0])[0]
    goes_on = GOING_ON.match(sentences.text, start) is not None
    before = sentences.bounds(start - 1)[0] if start > 0 and goes_on else start
    near = [t for t in times if one_day(t) and before <= t.span[0] < found.span[0]]
    near = near or [t for t in times[:1] if opens_the_paragraph(t, sentences.text)]
    return Window(near[-1].date, near[-1].date_end, "day", near[-1].value) if near else None


def opens_the_paragraph(t: TimeExpr, text: str) -> bool:
    """Whether ``t`` is a single day that opens the paragraph and so sets the scene of all it tells:
    "On Wednesday riot police broke up a sit-in. Three officials were detained overnight" (Wednesday),
    "Thursday's rally ended in clashes. Police arrested 17 people overnight" (Thursday)."""
    return one_day(t) and OPENING.match(text[: t.span[0]]) is not None


def one_day(t: TimeExpr) -> bool:
    """Whether ``t`` names a single day."""
    return t.precision == "day" and t.date == t.date_end


def normalize(expression: str, published: date, *, future: bool = False) -> TimeExpr | None:
    """Return ``expression`` normalised on its own (span covering all of it), looking
    ahead when ``future``; None when it holds no date."""
    found = find(expression, whole_is_date=True)
    if not found:
        return None
    window = window_for(found[0], Situation(published, lambda: "future" if future else "past"))
    if window is None:
        return None
    return time_expr((0, len(expression)), expression, window, relation(expression, found[0].span[0]))


def parse_published(text: str) -> date | None:
    """Return the publication date a header or dateline fragment gives ("2025-09-14",
    "Sept. 14, 2025 10:32 GMT", "Published 25 September 2023"), or None."""
    for found in find(text):
        if found.kind == "date":
            window = window_for(found, Situation(None, lambda: None))
            if window is not None:
                return window.start
    return parse_with_dateparser(text)


def parse_with_dateparser(text: str) -> date | None:
    """The fallback for absolute dates our patterns miss ("14-Sep-2025", "2025.09.14"):
    tried only when the text holds a four-digit year, and imported only then, since
    loading dateparser is slow."""
    if not YEAR_LIKE.search(text):
        return None
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


UNTIL = re.compile(r"\b(?:until|till)\s+(?:the\s+)?$", re.IGNORECASE)


def leaning_of(text: str, found: Found, bound: str, sentences: Sentences, tense: Tense | None) -> Callable[[], str | None]:
    """Return a check, run once and only when needed, of whether the expression lies ahead of
    publication ("future"), behind ("past") or is not said (None): "since ..." is
    behind; then the governing tense when it is past or future; else the sentence's
    cue words."""

    @cache
    def check() -> str | None:
        if bound == "since":
            return "past"
        if UNTIL.search(text, max(0, found.span[0] - 12), found.span[0]):
            return None  # "remanded them until Aug. 27": a past act's term may end ahead, so the nearer one
        said = tense(found.span[0]) if tense else None
        if said in ("past", "future"):
            return said
        return cue_leaning(text, found.span, sentences)

    return check


def time_expr(span: tuple[int, int], text: str, window: Window, bound: str) -> TimeExpr:
    return TimeExpr(span, text, window.start, window.end, window.precision, window.value, bound)
