"""Plain-text articles: a `date YYYY-MM-DD` header, a dateline date, or --published."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .._exceptions import ReadError
from ..model import Article
from ._common import MAX_CHARS, decode, parse_date, stem

# "date 2025-09-14" opens the file, alone on its line or followed by the text itself.
HEADER = re.compile(r"\A\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")
# "Published 25 September 2023", "NEW DELHI, February 19, 2022", "Updated: Sept. 14, 2025"
DATED_LINE = re.compile(
    r"^(?:(?:published|updated|posted)(?: on)?:?\s+(?P<pub>[^\n]{6,40}))"
    r"|^(?:[A-Z][A-Z .'-]{2,40}),\s+(?P<dl>(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}))",
    re.IGNORECASE | re.MULTILINE,
)


def read_text(handle: BinaryIO, path: Path, *, published: date | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Article | ReadError]:
    data = handle.read()
    try:
        text = decode(data, str(path), max_chars=max_chars)
    except ReadError as err:
        yield err
        return
    body, found = split_header(text)
    if not body.strip():
        yield ReadError(str(path), "no article text after the date header")
        return
    article = Article(id=stem(path), text=body, published=published or found, source=str(path))
    if article.published is None:
        article.warnings.append(f"{path}: no publication date found or given (add a 'date YYYY-MM-DD' "
                                "first line or pass --published); events are dated 'unknown'")
    yield article


def split_header(text: str) -> tuple[str, date | None]:
    """Return the text without its date header, and the publication date it states.

    The header is removed; a "Published ..." line or a dated dateline in the first
    lines is read but kept, since it is part of the article."""
    m = HEADER.match(text)
    if m:
        return text[m.end():].lstrip(" \t"), date.fromisoformat(m.group(1))
    head = text[:600]
    for m in DATED_LINE.finditer(head):
        found = parse_date(m.group("pub") or m.group("dl"))
        if found:
            return text, found
    return text, None
