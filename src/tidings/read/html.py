"""HTML pages through trafilatura: the main text, title and date."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .._exceptions import ReadError
from ..model import Article
from ._common import MAX_CHARS, check_length, decode, parse_date, stem


def read_html(handle: BinaryIO, path: Path, *, published: date | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Article | ReadError]:
    import trafilatura

    data = handle.read()
    source = str(path)
    try:
        html = decode(data, source, max_chars=max_chars * 4)  # markup is larger than its text
    except ReadError as err:
        yield err
        return
    doc = trafilatura.bare_extraction(html, with_metadata=True, date_extraction_params={"extensive_search": False})
    if doc is None or not (doc.text or "").strip():
        yield ReadError(source, "no article text found in the HTML")
        return
    try:
        check_length(doc.text, source, max_chars=max_chars)
    except ReadError as err:
        yield err
        return
    article = Article(id=stem(path), text=doc.text, title=doc.title, url=doc.url, source=doc.sitename or source)
    article.published = published or parse_date(doc.date)
    if article.published is None:
        article.warnings.append(f"{source}: no publication date in the page; events are dated 'unknown'")
    yield article
