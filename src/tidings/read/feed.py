"""RSS and Atom feeds through feedparser: one article per entry."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html import unescape
from pathlib import Path
from typing import BinaryIO

from .._exceptions import ReadError
from ..model import Article
from ._common import MAX_CHARS, check_length, parse_date

TAG = re.compile(r"<[^>]+>")
BLOCK = re.compile(r"</?(?:p|div|br|li|h\d)[^>]*>", re.IGNORECASE)


def read_feed(handle: BinaryIO, path: Path, *, published: date | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Article | ReadError]:
    import feedparser

    data = handle.read()
    source = str(path)
    if not data.strip():
        yield ReadError(source, "empty file")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"not an RSS/Atom feed ({feed.bozo_exception})" if feed.bozo else "the feed has no entries"
        yield ReadError(source, reason)
        return
    for number, entry in enumerate(feed.entries, start=1):
        text = entry_text(entry)
        if not text.strip():
            yield ReadError(source, f"entry {number} has no text", number)
            continue
        try:
            check_length(text, source, max_chars=max_chars, line=number)
        except ReadError as err:
            yield err
            continue
        raw_date = entry.get("published") or entry.get("updated")
        article = Article(
            id=str(entry.get("id") or entry.get("link") or f"{path.stem}-{number}"),
            text=text, title=entry.get("title"), url=entry.get("link"),
            source=feed.feed.get("title") or source,
            published=published or parse_date(raw_date),
        )
        if article.published is None:
            article.warnings.append(f"{source}: entry {number}: no usable date ({raw_date!r}); events are dated 'unknown'")
        yield article


def entry_text(entry) -> str:
    """Return an entry's plain text: its full content when present, else its summary."""
    parts = entry.get("content") or []
    html = parts[0].get("value", "") if parts else entry.get("summary", "")
    text = unescape(TAG.sub("", BLOCK.sub("\n\n", html)))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()
