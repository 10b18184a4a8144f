"""What every reader shares: decoding bytes safely and parsing dates."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .._exceptions import ReadError

# spaCy's own default limit; a longer "article" is a dump, not an article.
MAX_CHARS = 1_000_000


def decode(data: bytes, source: str, *, max_chars: int = MAX_CHARS, line: int | None = None) -> str:
    """Return the UTF-8 text of ``data``; raise ReadError for empty, binary, non-UTF-8 or huge input."""
    if not data.strip():
        raise ReadError(source, "empty file" if line is None else "empty article", line)
    if b"\x00" in data[:8192]:
        raise ReadError(source, "binary file (contains NUL bytes), not text", line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            source,
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8",
            line,
        ) from None
    check_length(text, source, max_chars=max_chars, line=line)
    return text


def check_length(text: str, source: str, *, max_chars: int = MAX_CHARS, line: int | None = None) -> None:
    if len(text) > max_chars:
        raise ReadError(source, f"article is {len(text):,} characters; the limit is {max_chars:,} (--max-chars)", line)


def parse_date(value: str | None) -> date | None:
    """Return the date a header, field or dateline fragment names, or None."""
    if not value:
        return None
    from ..time import parse_published

    return parse_published(str(value))


def stem(path: Path) -> str:
    """The article id of a file: its name without the extension."""
    return path.name.split(".")[0] if path.name else str(path)
