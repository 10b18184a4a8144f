"""The layout stage: split an article into headline, dateline, body, caption and credit.

Captions keep their own date and place ("... Washington, July 25, 2025. — AFP"),
and a credit ("— AFP") becomes its own paragraph so it is never taken for an actor.
"""
from __future__ import annotations

import re

from .model import Article, Paragraph

BLOCKS = re.compile(r"\n[ \t]*\n+")
LINES = re.compile(r"\n")
# "... 2025. — AFP", "... (Photo: PID)", "... REUTERS/Jane Doe", "... Photo: Reuters"; a credit after a
# dash is capitalised ("their 900-km frontier." ends in no credit)
CREDIT = re.compile(
    r"""(?:\s*(?:—|–|--|-)\s*(?-i:[A-Z][A-Za-z]*(?:[ /][A-Z][A-Za-z.]*){0,3}|[A-Z]{2,}(?:/[A-Za-z .]+)?)
        |\s*\((?:photo|picture|image|file\ photo)s?(?:\ by)?:?\s*[^()]{2,40}\)
        |\s+(?:photo|picture|image)s?:\s*[^.\n]{2,40}
        |\s+(?:REUTERS|AFP|AP|XINHUA|ANADOLU|EPA|GETTY\ IMAGES)(?:/[A-Za-z .]+)?)\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# "ISLAMABAD:", "GENEVA —", "SEOUL, Jan 15 (Wire) -", "NEW DELHI, February 19, 2022:", "ABUJA/BISSAU, Feb 6 -",
# "BOGOTÁ, May 2 -", "ŁÓDŹ:" (capitals with accents: Latin-1 and Latin Extended-A)
DATELINE = re.compile(
    r"""\A(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž.'’\-]+(?:[\ /][A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž.'’\-]+){0,3})
        (?:,\ [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.]+(?:\ \d{1,2})?(?:,?\ \d{4})?){0,2}
        (?:\ \([^)\n]{1,30}\))?
        \s*(?::|—|–|--|\ -)\s+""",
    re.VERBOSE,
)
HEADLINE_MAX = 200


def layout(article: Article) -> Article:
    """Fill ``article.paragraphs`` and return the article."""
    blocks = list(_blocks(article.text))
    paragraphs: list[Paragraph] = []
    for index, (start, end) in enumerate(blocks):
        block = article.text[start:end]
        credit = _credit(block)
        if credit is not None and _looks_like_caption(block[:credit]):
            paragraphs.append(Paragraph("caption", (start, start + len(block[:credit].rstrip()))))
            paragraphs.append(Paragraph("credit", (start + credit, end)))
            continue
        if index == 0 and len(blocks) > 1 and _looks_like_headline(block, article.title):
            paragraphs.append(Paragraph("headline", (start, end)))
            continue
        m = DATELINE.match(block)
        if m and len(m.group("place").replace(" ", "")) >= 3:
            paragraphs.append(Paragraph("dateline", (start, start + len(m.group(0).rstrip()))))
            start += m.end()
        paragraphs.append(Paragraph("body", (start, end)))
    article.paragraphs = paragraphs
    return article


def dateline_places(article: Article) -> list[str]:
    """Return the places a dateline names ("ISLAMABAD" -> ["Islamabad"], "ABUJA/BISSAU" -> both)."""
    for p in article.paragraphs:
        if p.kind == "dateline":
            m = DATELINE.match(article.text[p.span[0]:p.span[1]] + " ")
            if m:
                return [place.title() for place in m.group("place").split("/")]
    return []


def _blocks(text: str):
    """Yield the (start, end) of each non-empty block, trimmed of white space."""
    splitter = BLOCKS if BLOCKS.search(text) else LINES
    pos = 0
    for m in [*splitter.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            yield pos + lead, pos + len(chunk.rstrip())
        pos = m.end() if m else len(text)


def _credit(block: str) -> int | None:
    """Return where a trailing photo credit starts in ``block``, or None."""
    m = CREDIT.search(block)
    if not m or m.start() == 0:
        return None
    return m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))


def _looks_like_caption(text: str) -> bool:
    # A caption is one or two sentences that end before the credit; a body paragraph
    # ending in a dash clause ("... said — Reuters") is rarer than a captioned photo.
    return 20 <= len(text) <= 600 and text.rstrip()[-1:] in ".)”\"'0123456789"


def _looks_like_headline(block: str, title: str | None) -> bool:
    if title and block.strip() == title.strip():
        return True
    return len(block) <= HEADLINE_MAX and "\n" not in block and not block.rstrip().endswith((".", "”", '"'))
