"""The Parquet a scaled-out run writes: one row per article, its events nested, by publication month.

    OUT/month=2025-09/<file>.parquet      articles published in September 2025
    OUT/month=unknown/<file>.parquet      articles without a date, and files that could not be read

A row holds the article (``id``, ``text``, ``published``, ``source``, ``url``, ``title``,
``warnings``), where it was read from (``path``, and ``file_index``/``item_index``: the
order of the local engine, which the single writer restores), a read error when there
was one (``error``, ``error_line``) and ``events``: a list of rows with exactly the
columns of the store's ``reports`` table (``record`` is the full event record). Event ids
are as extracted; the store renames an article (and its events) only when another
article with a different text already has its id.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

from .._exceptions import ReadError, TidingsError
from ..model import Amount, Article, Entity, Event, Location
from ..store.rows import arrow_schema, report_row
from ..store.schema import REPORT_COLUMNS
from ..store.store import IngestResult, Store, _filters, _positive

UNKNOWN_MONTH = "unknown"

SCHEMA = pa.schema([
    ("file_index", pa.int32()), ("item_index", pa.int32()), ("month", pa.string()), ("path", pa.string()),
    ("id", pa.string()), ("text", pa.string()), ("published", pa.date32()), ("source", pa.string()),
    ("url", pa.string()), ("title", pa.string()), ("warnings", pa.list_(pa.string())),
    ("error", pa.string()), ("error_line", pa.int32()),
    ("events", pa.list_(pa.struct(list(arrow_schema(REPORT_COLUMNS))))),
])


class ParquetError(TidingsError):
    """A folder holds no tidings Parquet, or holds something else that a run would overwrite."""


def month(published: date | None) -> str:
    """The partition of an article: its publication month, ``YYYY-MM``, or ``unknown``."""
    return published.strftime("%Y-%m") if published else UNKNOWN_MONTH


def read_row(file_index: int, item_index: int, path: str, item: Article | ReadError) -> dict:
    """The row of one item a reader yielded, before extraction (no events yet)."""
    if isinstance(item, ReadError):
        return {"file_index": file_index, "item_index": item_index, "month": UNKNOWN_MONTH, "path": item.source,
                "warnings": [], "error": item.reason, "error_line": item.line, "events": []}
    return {"file_index": file_index, "item_index": item_index, "month": month(item.published), "path": path,
            "id": item.id, "text": item.text, "published": item.published, "source": item.source,
            "url": item.url, "title": item.title, "warnings": list(item.warnings), "events": []}


def article(row: dict) -> Article:
    """The Article of a row (events included, as Event objects)."""
    return Article(id=row["id"], text=row["text"], published=row["published"], source=row["source"],
                   url=row["url"], title=row["title"], warnings=list(row["warnings"] or []),
                   events=[event(json.loads(e["record"])) for e in row["events"] or []])


def extracted_row(row: dict, processed: Article) -> dict:
    """``row`` with the events (and any warnings) the pipeline added to its article."""
    return {**row, "warnings": list(processed.warnings),
            "events": [report_row(e.to_dict()) for e in processed.events]}


def table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def event(record: dict) -> Event:
    """The Event whose ``to_dict()`` is ``record`` (the output contract of DESIGN.md)."""
    location = record.get("location")
    return Event(
        id=record["id"], article=record["article"], event=record["event"], mode=record.get("mode"),
        context=list(record.get("context") or []),
        actor=[Entity(**e) for e in record.get("actor") or []],
        recipient=[Entity(**e) for e in record.get("recipient") or []],
        date=_day(record.get("date")), date_end=_day(record.get("date_end")),
        date_precision=record["date_precision"], date_text=record.get("date_text"),
        location=Location(**location) if location else None,
        amounts=[Amount(**a) for a in record.get("amounts") or []], modality=record["modality"],
        text=record["text"], span=tuple(record["span"]), trigger=record["trigger"], score=record["score"],
        confidence=record["confidence"], cameo=record.get("cameo"),
        evidence=[tuple(s) for s in record.get("evidence") or []],
    )


def files(out: str | Path) -> list[Path]:
    """The Parquet files of a run's output folder (empty when it wrote none)."""
    return sorted(Path(out).glob("month=*/*.parquet"))


def check_replaceable(out: Path) -> None:
    """Refuse to overwrite a folder that holds anything but an earlier run's ``month=*`` folders."""
    if out.exists() and (not out.is_dir() or any(not (p.is_dir() and p.name.startswith("month="))
                                                 for p in out.iterdir())):
        raise ParquetError(f"E101: {out} exists and is not the Parquet of an earlier tidings run "
                           "(only month=* folders may be in it); give another --out or remove it")


def load(store: Store, out: str | Path, *, batch_size: int = 32, progress=None) -> IngestResult:
    """Write the Parquet of a run into ``store`` in the local engine's order, through
    ``Store.add`` (so articles already there are skipped); record its read errors. Does not
    merge. Returns the IngestResult."""
    _positive("batch_size", batch_size)
    found = files(out)
    if not found:
        return IngestResult()
    con = duckdb.connect()
    try:
        cur = con.execute(
            "SELECT * EXCLUDE (month) FROM read_parquet(?, hive_partitioning = true) "
            "ORDER BY file_index, item_index", [[str(f) for f in found]])
        names = [d[0] for d in cur.description]
        errors: list[ReadError] = []

        def articles() -> Iterator[Article]:
            while rows := cur.fetchmany(batch_size):
                for values in rows:
                    row = dict(zip(names, values))
                    if row["error"] is not None:
                        errors.append(ReadError(row["path"], row["error"], row["error_line"]))
                    else:
                        yield article(row)

        result = store.add(articles(), batch_size=batch_size, progress=progress)
    finally:
        con.close()
    if errors:
        _record_errors(store, errors, result)
    return result


def _record_errors(store: Store, errors: list[ReadError], result: IngestResult) -> None:
    # Store.add takes no read errors; its batch writer does, so they land exactly as a local ingest's
    store._write(store._connection(write=True), [], errors, result)
    result.errors += len(errors)


def events_from_parquet(out: str | Path, *, actor: str | None = None, recipient: str | None = None,
                        type: str | None = None, start: date | str | None = None, end: date | str | None = None,
                        text: str | None = None, modality: str | None = "asserted",
                        limit: int | None = None) -> list[dict]:
    """Return the events in the Parquet folder of a Ray ingest (``--out DIR``) that match every
    filter given, as event records, earliest first; DuckDB queries the files in place.

    The filters are those of ``Store.events`` (``actor``/``recipient`` codes such as "PAK",
    ``type`` a PLOVER type, ``start``/``end`` bounding the first day of the window, ``text``
    a case-insensitive substring of the evidence sentence, ``modality`` None for all,
    ``limit``). These are the events of each article before cross-article merging: one
    record per report, without ``sources``/``reports``. Raises ParquetError when the folder
    holds no Parquet, QueryError for a bad filter value."""
    found = files(out)
    if not found:
        raise ParquetError(f"E102: no Parquet under {out} (expected month=*/ folders that "
                           "`tidings ingest --engine ray --out DIR` writes)")
    where, params = _filters(actor, recipient, type, start, end, text, modality)
    sql = f"SELECT record FROM events e {where} ORDER BY e.date NULLS LAST, e.id"
    if limit is not None:
        _positive("limit", limit)
        sql += " LIMIT ?"
        params.append(limit)
    con = duckdb.connect()
    try:
        # the store's filters read `events e` and the evidence sentences in `mentions`
        listed = ", ".join("'" + str(f).replace("'", "''") + "'" for f in found)
        con.execute(f"CREATE TEMP VIEW events AS SELECT unnest(events, recursive := true) "
                    f"FROM read_parquet([{listed}])")
        con.execute("CREATE TEMP VIEW mentions AS SELECT id AS event_id, text FROM events")
        return [json.loads(r) for (r,) in con.execute(sql, params).fetchall()]
    finally:
        con.close()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
