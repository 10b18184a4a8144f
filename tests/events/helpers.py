"""Helpers shared by the frame tests: code a hand-written text and list what was coded. Each test
module binds its own publication date with ``functools.partial`` when it is not ``DAY``."""
from tidings import extract

DAY = "2026-09-10"


def events(text, published=DAY):
    """The events coded from ``text``, published on ``published``."""
    return extract(text, published=published)


def codes(entities):
    """The country or organisation codes of some entities, sorted; one with neither is left out."""
    return sorted(e.country or e.org for e in entities if e.country or e.org)


def found(text, published=DAY, asserted=True):
    """(event, actor codes, recipient codes) of each event coded, only the asserted ones unless
    ``asserted`` is False."""
    return [(e.event, codes(e.actor), codes(e.recipient)) for e in events(text, published)
            if e.modality == "asserted" or not asserted]


def kinds(text, published=DAY):
    """The types of the asserted events coded, in order."""
    return [e[0] for e in found(text, published)]


def one(text, kind=None, published=DAY):
    """The first event of type ``kind`` (any type when None) coded; fails, listing what was coded,
    when there is none."""
    coded = events(text, published)
    matching = [e for e in coded if kind is None or e.event == kind]
    assert matching, f"no {kind or 'event'} in {text!r}: {[(e.event, e.trigger) for e in coded]}"
    return matching[0]
