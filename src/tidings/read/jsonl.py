"""JSON lines: one article per line, {"id", "text", "published", "title", "url", "source"}."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .._exceptions import ReadError
from ..model import Article
from ._common import MAX_CHARS, check_length, parse_date, stem


def read_jsonl(handle: BinaryIO, path: Path, *, published: date | None = None,
               max_chars: int = MAX_CHARS) -> Iterator[Article | ReadError]:
    """Yield the article of every line, reading one line at a time (a corpus file can be
    larger than memory)."""
    source = str(path)
    empty = True
    for number, raw in enumerate(handle, start=1):
        if number == 1 and b"\x00" in raw[:8192]:
            yield ReadError(source, "binary file (contains NUL bytes), not JSON lines")
            return
        if not raw.strip():
            continue
        empty = False
        try:
            yield record_to_article(raw, source, number, stem(path), published=published, max_chars=max_chars)
        except ReadError as err:
            yield err
    if empty:
        yield ReadError(source, "empty file")


def record_to_article(raw: bytes, source: str, line: int, file_id: str, *,
                      published: date | None = None, max_chars: int = MAX_CHARS) -> Article:
    """Return the Article of one JSON line; raise ReadError naming the line when it is not one."""
    try:
        record = json.loads(raw)
    except UnicodeDecodeError:
        raise ReadError(source, "not UTF-8", line) from None
    except json.JSONDecodeError as exc:
        raise ReadError(source, f"malformed JSON ({exc.msg} at column {exc.colno})", line) from None
    if not isinstance(record, dict):
        raise ReadError(source, f"expected a JSON object, got {type(record).__name__}", line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(source, "no 'text' in the record", line)
    check_length(text, source, max_chars=max_chars, line=line)
    article = Article(
        id=str(record.get("id") or f"{file_id}-{line}"),
        text=text,
        title=_str(record.get("title")),
        url=_str(record.get("url")),
        source=_str(record.get("source")) or source,
    )
    raw_date = record.get("published") or record.get("date")
    article.published = published or parse_date(raw_date)
    if article.published is None:
        why = f"published {raw_date!r} is not a date" if raw_date else "no 'published' field"
        article.warnings.append(f"{source}:{line}: {why}; events are dated 'unknown'")
    return article


def _str(value) -> str | None:
    return str(value) if value not in (None, "") else None
