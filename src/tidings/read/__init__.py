"""The read stage: files of text, JSON lines, HTML and RSS/Atom -> Article.

``read(paths)`` yields an ``Article`` for every article it could read and a
``ReadError`` for every one it could not, so one bad article never stops a corpus.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .._exceptions import ReadError
from ..model import Article
from ._common import MAX_CHARS, parse_date
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text

__all__ = ["read", "read_file", "article_from_text", "MAX_CHARS"]

READERS = {
    ".txt": read_text, ".text": read_text, ".md": read_text,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".json": read_jsonl,
    ".html": read_html, ".htm": read_html,
    ".rss": read_feed, ".atom": read_feed, ".xml": read_feed,
}


def read(paths: Iterable[str | Path], *, published: date | None = None,
         max_chars: int = MAX_CHARS) -> Iterator[Article | ReadError]:
    """Yield Articles (and ReadErrors for what could not be read) from files and directories."""
    for path in _expand(paths):
        yield from read_file(path, published=published, max_chars=max_chars)


def read_file(path: str | Path, *, published: date | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Article | ReadError]:
    """Yield the articles of one file, chosen by its extension (plain text otherwise)."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower(), read_text)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot open: {exc.strerror or exc}")
        return
    with handle:
        yield from reader(handle, path, published=published, max_chars=max_chars)


def article_from_text(text: str, *, id: str = "text", published: date | str | None = None,
                      title: str | None = None, source: str | None = None, url: str | None = None) -> Article:
    """Return an Article for a string, reading a `date YYYY-MM-DD` header when no date is given."""
    from .text import split_header

    if isinstance(published, str):
        parsed = parse_date(published)
        if parsed is None:
            raise ReadError(id, f"published date {published!r} is not a date (use YYYY-MM-DD)")
        published = parsed
    body, found = split_header(text)
    article = Article(id=id, text=body, published=published or found, title=title, source=source, url=url)
    if article.published is None:
        article.warnings.append(f"{id}: no publication date found or given; events are dated 'unknown'")
    return article


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READERS)
        else:
            yield p

