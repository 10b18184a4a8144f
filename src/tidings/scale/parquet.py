"""The Parquet a Ray ingest writes: one row per article, its events nested, by publication month.

    OUT/month=2025-09/<run>-<n>-0.parquet     articles published in September 2025
    OUT/month=unknown/<run>-<n>-0.parquet     articles without a publication date

A row holds the article (``id``, ``text``, ``published``, ``source``, ``url``, ``title``,
``warnings``) and ``events``: a list of rows with exactly the columns of the store's
``reports`` table (``record`` is the full event record). Every run adds files for the
articles it added to the store, so the folder holds each article once, as the store
does. Event ids are as extracted; the store renames an article (and its events) only
when another article with a different text already has its id.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as pads

from .._exceptions import TidingsError
from ..model import Amount, Article, Entity, Event, Location
from ..store.rows import arrow_schema, report_row
from ..store.schema import REPORT_COLUMNS
from ..store.store import events_where

UNKNOWN_MONTH = "unknown"

SCHEMA = pa.schema([
    ("month", pa.string()), ("id", pa.string()), ("text", pa.string()), ("published", pa.date32()),
    ("source", pa.string()), ("url", pa.string()), ("title", pa.string()), ("warnings", pa.list_(pa.string())),
    ("events", pa.list_(pa.struct(list(arrow_schema(REPORT_COLUMNS))))),
])


class ParquetError(TidingsError):
    """A folder holds none of the Parquet a Ray ingest writes."""


def row(article: Article) -> dict:
    """The Parquet row of an article and the events extracted from it."""
    return {"month": article.published.strftime("%Y-%m") if article.published else UNKNOWN_MONTH,
            "id": article.id, "text": article.text, "published": article.published, "source": article.source,
            "url": article.url, "title": article.title, "warnings": list(article.warnings),
            "events": [report_row(e.to_dict()) for e in article.events]}


def article(row: dict) -> Article:
    """The Article of a Parquet row, its events rebuilt from their records."""
    return Article(id=row["id"], text=row["text"], published=row["published"], source=row["source"],
                   url=row["url"], title=row["title"], warnings=list(row["warnings"] or []),
                   events=[event(json.loads(e["record"])) for e in row["events"] or []])


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


def write(rows: pa.Table, out: str | Path, name: str) -> None:
    """Write article rows (of SCHEMA) under ``out``, a file ``name-0.parquet`` per month present."""
    pads.write_dataset(rows, out, format="parquet", partitioning=["month"],
                       partitioning_flavor="hive", basename_template=f"{name}-{{i}}.parquet",
                       existing_data_behavior="overwrite_or_ignore")


def files(out: str | Path) -> list[Path]:
    """The Parquet files under ``out``, in name order (empty when there are none)."""
    return sorted(Path(out).glob("month=*/*.parquet"))


def events_from_parquet(out: str | Path, *, actor: str | None = None, recipient: str | None = None,
                        type: str | None = None, start: date | str | None = None, end: date | str | None = None,
                        text: str | None = None, modality: str | None = "asserted",
                        limit: int | None = None) -> list[dict]:
    """Return the events in the Parquet folder of a Ray ingest (its ``out``) that match every
    filter given, as event records, earliest first; DuckDB reads the files in place.

    What ``tidings events --parquet DIR`` runs. The filters are those of ``Store.events``
    (``actor``/``recipient`` codes such as "PAK", ``type`` a PLOVER type, ``start``/``end``
    bounding the first day of the window, ``text`` a case-insensitive substring of the
    evidence sentence, ``modality`` None for all, ``limit``). The events are each article's,
    before cross-article merging: one record per report, without ``sources`` and
    ``reports``. Raises ParquetError when the folder holds no Parquet, QueryError for a
    filter value it refuses."""
    found = files(out)
    if not found:
        raise ParquetError(f"E102: no Parquet under {out} (a Ray ingest writes month=*/*.parquet there: "
                           "`tidings ingest PATH --engine ray --out DIR`)")
    where, params = events_where(actor, recipient, type, start, end, text, modality, limit=limit)
    sql = f"SELECT record FROM events e {where}"
    con = duckdb.connect()
    try:
        # the store's filters read `events e`, and the evidence sentences in `mentions`
        listed = ", ".join("'" + str(f).replace("'", "''") + "'" for f in found)
        con.execute(f"CREATE TEMP VIEW events AS SELECT unnest(events, recursive := true) "
                    f"FROM read_parquet([{listed}])")
        con.execute("CREATE TEMP VIEW mentions AS SELECT id AS event_id, text FROM events")
        return [json.loads(r) for (r,) in con.execute(sql, params).fetchall()]
    finally:
        con.close()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
