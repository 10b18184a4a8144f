"""The event database: one DuckDB file that corpora are ingested into, merged and queried.

    >>> from tidings.store import Store
    >>> store = Store("tidings.duckdb")
    >>> store.ingest(["articles/"])
    >>> store.events(actor="PAK", recipient="USA", type="CONSULT", start="2025-01-01")
    >>> store.timeline("PAK", "USA", freq="month")

Every value a caller gives is bound as a query parameter, never formatted into SQL.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa

from .._exceptions import ReadError, TidingsError
from ..events.lexicon import CODEBOOK, TYPES, lexicon
from ..model import MODALITIES, PRECISIONS, Article
from . import merge as merging
from .rows import (
    article_row,
    articles_table,
    errors_table,
    report_row,
    reports_table,
    text_hash,
)
from .schema import EVENT_COLUMNS, MENTION_COLUMNS, SCHEMA_VERSION, TABLES, ddl

__all__ = ["EXPORT_COLUMNS", "FORMATS", "FREQS", "QUADS", "IngestResult", "QueryError", "Store", "StoreError"]

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
FREQS = ("week", "month", "year")
FORMATS = ("jsonl", "csv", "parquet")
SQL_STATEMENTS = ("SELECT", "WITH", "DESCRIBE", "SHOW")

# The columns of a CSV or Parquet export, in order; a stable contract, documented in SCHEMA.md.
EXPORT_COLUMNS = (
    "id", "event", "mode", "context", "quad", "actor_country", "actor_org", "actor_name", "actor_sector",
    "recipient_country", "recipient_org", "recipient_name", "recipient_sector", "actor_codes", "recipient_codes",
    "date", "date_end", "date_precision", "date_text", "location_name", "location_country", "lat", "lon",
    "amount", "currency", "modality", "score", "confidence", "cameo", "sources", "reports", "first_reported",
    "last_reported", "article", "trigger", "text",
)
_LIST_COLUMNS = ("context", "actor_codes", "recipient_codes")
_CODE = re.compile(r"^[A-Z][A-Z0-9_-]{1,15}$")


class StoreError(TidingsError):
    """The database cannot be opened or written (missing, locked by another process, opened read-only)."""


class QueryError(StoreError, ValueError):
    """A query parameter or a SQL statement was refused; the message says what is accepted."""


@dataclass
class IngestResult:
    """What an ingest did: ``articles`` written, ``skipped`` (already in the store), ``events``
    extracted from them, ``errors`` (articles that could not be read), and the merge that followed.
    While it runs, ``processed`` counts the articles through the pipeline, committed or not yet."""

    articles: int = 0
    skipped: int = 0
    events: int = 0
    errors: int = 0
    processed: int = 0
    seconds: float = 0.0
    merge: merging.MergeResult | None = None

    @property
    def rate(self) -> float:
        """Articles processed per second."""
        return self.processed / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        text = (f"{self.articles} articles ingested, {self.skipped} already in the store, "
                f"{self.events} events extracted, {self.errors} errors")
        return f"{text}; merged: {self.merge}" if self.merge else text


class Store:
    """A tidings event database in one DuckDB file; the schema is in ``tidings.store.schema``.

    ``memory_limit`` caps DuckDB's own memory (its cache of the file, sorts and joins spill
    to disk beyond it); DuckDB's default would be 80% of the machine's memory, so a long
    ingest's memory would keep growing with the database."""

    def __init__(self, path: str | Path = "tidings.duckdb", read_only: bool = False, *,
                 memory_limit: str = "1GB"):
        self.path = Path(path)
        self.read_only = read_only
        self.memory_limit = memory_limit
        self._con: duckdb.DuckDBPyConnection | None = None
        self._mode = ""  # "rw" or "ro": what self._con was opened as
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path}; create one with `tidings ingest PATH --db {self.path}`")
        self._check_schema(self._connection(write=not read_only))

    # -- connections -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; the next call opens a new one."""
        if self._con is not None:
            self._con.close()
            self._con, self._mode = None, ""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}{', read_only=True' if self.read_only else ''})"

    def _connection(self, *, write: bool = False, strict: bool = False) -> duckdb.DuckDBPyConnection:
        """The open connection, reopened when the operation needs another mode.

        Writes need a read-write connection; ``strict`` (user SQL) needs a read-only one
        without file access. DuckDB lets one process hold a file in only one mode at a time,
        so switching closes the other."""
        if write and self.read_only:
            raise StoreError(f"{self.path} was opened read-only; open Store({str(self.path)!r}) to write")
        want = "ro" if strict or self.read_only else "rw" if write else self._mode or "rw"
        if self._mode != want:
            self.close()
            try:
                config = {"memory_limit": self.memory_limit}
                if want == "ro":
                    config["enable_external_access"] = False
                self._con = duckdb.connect(str(self.path), read_only=want == "ro", config=config)
            except duckdb.IOException as exc:
                raise StoreError(f"cannot open {self.path}: {exc}. Another process (an ingest?) may be "
                                 "writing it; try again when it has finished") from None
            except duckdb.Error as exc:
                raise StoreError(f"cannot open {self.path}: {exc}") from None
            self._mode = want
        return self._con

    def _reader(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for one read, so threads can share the Store."""
        return self._connection().cursor()

    def _check_schema(self, con: duckdb.DuckDBPyConnection) -> None:
        tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main'").fetchall()}
        if "meta" not in tables:
            if self.read_only:
                raise StoreError(f"{self.path} is not a tidings database (it has no `meta` table)")
            con.execute("BEGIN TRANSACTION")
            for statement in ddl():
                con.execute(statement)
            con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('codebook', ?)", [SCHEMA_VERSION, CODEBOOK])
            con.execute("COMMIT")
            return
        found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if not found or found[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {found[0] if found else None}; this tidings "
                             f"writes version {SCHEMA_VERSION}. Ingest into a new file")

    # -- writing -----------------------------------------------------------------------------

    def add(self, articles: Iterable[Article], *, errors: Iterable[ReadError] = (), batch_size: int = 32,
            progress: Callable[[IngestResult], Any] | None = None) -> IngestResult:
        """Write articles whose events are already extracted, ``batch_size`` per transaction;
        skip those whose text is already in the store; record ``errors`` (articles that could
        not be read) in the ``errors`` table. Does not merge; call ``merge()``."""
        _positive("batch_size", batch_size)
        con = self._connection(write=True)
        result, started = IngestResult(), time.monotonic()
        unread = list(errors)
        result.errors = len(unread)
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                self._write(con, batch, unread, result)
                batch, unread = [], []
                result.seconds = time.monotonic() - started
                _report(progress, result)
        if batch or unread:
            self._write(con, batch, unread, result)
        result.seconds = time.monotonic() - started
        _report(progress, result)
        return result

    def ingest(self, paths: str | Path | Iterable[str | Path], *, published: date | str | None = None,
               actors: tuple[str | Path, ...] = (), batch_size: int = 32, n_process: int = 1,
               progress: Callable[[IngestResult], Any] | None = None, merge: bool = True) -> IngestResult:
        """Read, extract and store the articles of files and directories, then merge.

        Articles whose text is already in the store are skipped before parsing, so running
        it again adds nothing and a run that was killed continues where it stopped. Each
        batch of ``batch_size`` articles is written in one transaction; articles that cannot
        be read are recorded in ``errors``. ``progress`` is called with the running
        IngestResult after every batch and error. Returns the IngestResult."""
        from .. import pipeline
        from ..read import read

        _positive("batch_size", batch_size)
        _positive("n_process", n_process)
        published = _day("published", published)
        if isinstance(paths, (str, Path)):
            paths = [paths]
        con = self._connection(write=True)
        result, started = IngestResult(), time.monotonic()
        pending: set[str] = set()  # hashes handed to the pipeline and not yet committed
        unread: list[ReadError] = []

        def fresh() -> Iterator[Article]:
            for item in read(paths, published=published):
                if isinstance(item, ReadError):
                    unread.append(item)
                    result.errors += 1
                    _report(progress, replace(result, seconds=time.monotonic() - started))
                    continue
                digest = text_hash(item.text)
                if digest in pending or con.execute("SELECT 1 FROM articles WHERE hash = ?", [digest]).fetchone():
                    result.skipped += 1
                    continue
                pending.add(digest)
                yield item

        def flush(batch: list[Article]) -> None:
            self._write(con, batch, unread, result)
            pending.difference_update(text_hash(a.text) for a in batch)
            unread.clear()
            result.seconds = time.monotonic() - started
            _report(progress, result)

        batch: list[Article] = []
        for article in pipeline.process(fresh(), actors=tuple(actors), batch_size=batch_size, n_process=n_process):
            batch.append(article)
            result.processed += 1
            if len(batch) >= batch_size:
                flush(batch)
                batch = []
            else:
                _report(progress, replace(result, seconds=time.monotonic() - started))
        if batch or unread:
            flush(batch)
        result.seconds = time.monotonic() - started
        if merge:
            result.merge = self.merge()
        return result

    def _write(self, con: duckdb.DuckDBPyConnection, articles: list[Article], unread: list[ReadError],
               result: IngestResult) -> None:
        """Write one batch of articles, their reports and read errors in one transaction."""
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        hashes = [text_hash(a.text) for a in articles]
        known, taken = set(), set()
        if articles:
            among = "IN (SELECT unnest(?::VARCHAR[]))"
            known = {h for (h,) in con.execute(f"SELECT hash FROM articles WHERE hash {among}", [hashes]).fetchall()}
            taken = {i for (i,) in con.execute(f"SELECT id FROM articles WHERE id {among}",
                                               [[a.id for a in articles]]).fetchall()}
        article_rows, report_rows, seen = [], [], set()
        for article, digest in zip(articles, hashes):
            if digest in known:
                result.skipped += 1
                continue
            known.add(digest)
            if article.id in taken:
                _rename(con, article, digest, taken)
            taken.add(article.id)
            article_rows.append(article_row(article, digest, now))
            for event in article.events:
                if event.id not in seen:
                    seen.add(event.id)
                    report_rows.append(report_row(event.to_dict()))
        error_rows = [{"source": source, "line": line, "reason": reason, "seen_at": now}
                      for source, line, reason in dict.fromkeys((e.source, e.line, e.reason) for e in unread)]
        con.execute("BEGIN TRANSACTION")
        try:
            _insert(con, "articles", articles_table(article_rows))
            _insert(con, "reports", reports_table(report_rows))
            if error_rows:
                con.register("_new_errors", errors_table(error_rows))
                con.execute("DELETE FROM errors USING _new_errors n WHERE errors.source = n.source "
                            "AND errors.line IS NOT DISTINCT FROM n.line AND errors.reason = n.reason")
                con.execute("INSERT INTO errors SELECT * FROM _new_errors")
                con.unregister("_new_errors")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        result.articles += len(article_rows)
        result.events += len(report_rows)
        result.processed = max(result.processed, result.articles)

    def merge(self, *, window_days: int | None = None, min_similarity: float | None = None,
              min_overlap: float | None = None, max_window_days: int | None = None) -> merging.MergeResult:
        """Merge the reports of one happening into events and rebuild ``events``, ``mentions``,
        ``event_dyads`` and ``entities``. A parameter left out keeps the value of the last merge
        (or the default); see ``tidings.store.merge`` for what each means. Returns the counts."""
        con = self._connection(write=True)
        params = {"window_days": merging.WINDOW_DAYS, "min_similarity": merging.MIN_SIMILARITY,
                  "min_overlap": merging.MIN_OVERLAP, "max_window_days": merging.MAX_WINDOW_DAYS}
        last = con.execute("SELECT value FROM meta WHERE key = 'merge'").fetchone()
        if last:
            params.update({k: v for k, v in json.loads(last[0])["params"].items() if k in params})
        given = {"window_days": window_days, "min_similarity": min_similarity, "min_overlap": min_overlap,
                 "max_window_days": max_window_days}
        params.update({k: v for k, v in given.items() if v is not None})
        _check_merge_params(params)

        report_ids, event_ids = [], []
        for report_id, event_id in merging.cluster_blocks(
                self._merge_rows(con, params["window_days"], params["max_window_days"]),
                min_similarity=params["min_similarity"], min_overlap=params["min_overlap"]):
            report_ids.append(report_id)
            event_ids.append(event_id)
        assigned = pa.table({"report_id": pa.array(report_ids, pa.string()),
                             "event_id": pa.array(event_ids, pa.string())})
        quads = pa.Table.from_pylist([{"type": t, "quad": q} for t, q in lexicon().quads.items()],
                                     schema=pa.schema([("type", pa.string()), ("quad", pa.string())]))
        con.register("_assigned", assigned)
        con.register("_quads", quads)
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "mentions", "event_dyads", "entities"):
                con.execute(f"DELETE FROM {table}")
            con.execute(_MENTIONS_SQL)
            con.execute(_EVENTS_SQL, [list(PRECISIONS)])
            con.execute(_DYADS_SQL)
            con.execute(_ENTITIES_SQL)
            reports, events, merged = con.execute(
                "SELECT (SELECT count(*) FROM mentions), count(*), count(*) FILTER (WHERE reports > 1) "
                "FROM events").fetchone()
            outcome = merging.MergeResult(reports, events, merged, params)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('merge', ?)",
                        [json.dumps({"params": params, "reports": reports, "events": events, "merged": merged})])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            con.unregister("_assigned")
            con.unregister("_quads")
        return outcome

    @staticmethod
    def _merge_rows(con, window_days: int, max_window_days: int) -> Iterator[tuple]:
        """Yield ((type, modality), merging.Report) for every report, sorted by type and modality."""
        cursor = con.cursor()
        cursor.execute(f"""
            SELECT r.event, r.modality, r.id, r.article, list_distinct(list_concat(r.actor_codes, r.recipient_codes)),
                   [x.name FOR x IN list_concat(from_json(json_extract(r.record, '$.actor'), '{_ENTITY_TYPE}'),
                                                from_json(json_extract(r.record, '$.recipient'), '{_ENTITY_TYPE}'))
                    IF x.kind = 'person'],
                   r.location_country, r.date, r.date_end, r.date_precision, r.text
            FROM reports r ORDER BY r.event, r.modality, r.id""")
        try:
            while rows := cursor.fetchmany(10_000):
                for type_, modality, *fields in rows:
                    yield (type_, modality), merging.report(*fields, window_days=window_days,
                                                            max_window_days=max_window_days)
        finally:
            cursor.close()

    # -- queries -----------------------------------------------------------------------------

    def events(self, actor: str | None = None, recipient: str | None = None, type: str | None = None,
               start: date | str | None = None, end: date | str | None = None, text: str | None = None,
               modality: str | None = "asserted", limit: int | None = None) -> list[dict]:
        """Return the merged events matching every filter given, as event records, earliest first.

        ``actor`` and ``recipient`` are country or organisation codes ("PAK", "UN") on that
        side; ``type`` a PLOVER type; ``start``/``end`` bound the first day of the event's
        window (inclusive); ``text`` a case-insensitive substring of any evidence sentence;
        ``modality`` None for all. Each record has ``sources``, ``reports`` and ``articles``."""
        where, params = events_where(actor, recipient, type, start, end, text, modality, limit=limit)
        sql = f"SELECT record FROM events e {where}"
        cur = self._reader()
        try:
            return [json.loads(r) for (r,) in cur.execute(sql, params).fetchall()]
        finally:
            cur.close()

    def timeline(self, a: str, b: str, freq: str = "month", *, start: date | str | None = None,
                 end: date | str | None = None, modality: str | None = "asserted") -> list[dict]:
        """Return one row per period (every period from the first event to the last) for the
        dyad of codes ``a`` and ``b``: event counts by quad class and the mean score, for both
        directions together (joint events included), then ``a_to_b_*`` and ``b_to_a_*``."""
        a, b = _code("a", a), _code("b", b)
        if a == b:
            raise QueryError(f"a timeline needs two different codes; got {a!r} twice")
        if freq not in FREQS:
            raise QueryError(f"freq must be one of {', '.join(FREQS)}; got {freq!r}")
        where = ["((actor = ? AND recipient = ?) OR (actor = ? AND recipient = ?))", "date IS NOT NULL"]
        params: list = [a, b, b, a]
        for clause, value in (("date >= ?", _day("start", start)), ("date <= ?", _day("end", end)),
                              ("modality = ?", _modality(modality))):
            if value is not None:
                where.append(clause)
                params.append(value)
        sides = {"": "TRUE", "a_to_b_": "ab", "b_to_a_": "ba"}
        columns = ", ".join(
            f"count(*) FILTER (WHERE {cond}) AS {prefix}events, "
            + ", ".join(f"count(*) FILTER (WHERE {cond} AND quad = '{q}') AS {prefix}{q}" for q in QUADS)
            + f", avg(score) FILTER (WHERE {cond}) AS {prefix}mean_score"
            for prefix, cond in sides.items())
        sql = f"""
            WITH hits AS (
                SELECT event_id, any_value(date) AS date, any_value(quad) AS quad, any_value(score) AS score,
                       bool_or(actor = ? AND recipient = ? AND NOT joint) AS ab,
                       bool_or(actor = ? AND recipient = ? AND NOT joint) AS ba
                FROM event_dyads WHERE {' AND '.join(where)} GROUP BY event_id)
            SELECT date_trunc(?, date)::DATE AS period, {columns}
            FROM hits GROUP BY period ORDER BY period"""
        cur = self._reader()
        try:
            cur.execute(sql, [a, b, b, a, *params, freq])
            names = [d[0] for d in cur.description]
            found = {row[0]: dict(zip(names, row)) for row in cur.fetchall()}
        finally:
            cur.close()
        if not found:
            return []
        empty = {name: 0 for name in names} | {f"{p}mean_score": None for p in sides}
        period, last, rows = min(found), max(found), []
        while period <= last:
            rows.append(found.get(period) or {**empty, "period": period})
            period = _next_period(period, freq)
        return [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in row.items()} for row in rows]

    def dyads(self, limit: int = 20, *, modality: str | None = "asserted") -> list[dict]:
        """Return the most active dyads (unordered pairs of codes ``a`` < ``b``): events, by
        direction and quad class, mean score, first and last day; busiest first."""
        _positive("limit", limit)
        where, params = ("WHERE modality = ?", [modality]) if _modality(modality) else ("", [])
        quads = ", ".join(f"count(*) FILTER (WHERE quad = '{q}') AS {q}" for q in QUADS)
        sql = f"""
            WITH pairs AS (
                SELECT event_id, least(actor, recipient) AS a, greatest(actor, recipient) AS b,
                       any_value(quad) AS quad, any_value(score) AS score, any_value(date) AS date,
                       bool_or(NOT joint AND actor < recipient) AS ab, bool_or(NOT joint AND actor > recipient) AS ba,
                       bool_or(joint) AS together
                FROM event_dyads {where} GROUP BY event_id, a, b)
            SELECT a, b, count(*) AS events, count(*) FILTER (WHERE ab) AS a_to_b,
                   count(*) FILTER (WHERE ba) AS b_to_a, count(*) FILTER (WHERE together) AS joint, {quads},
                   round(avg(score), 3) AS mean_score, min(date) AS first, max(date) AS last
            FROM pairs GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?"""
        return self._rows(sql, [*params, limit])

    def actors(self, limit: int = 20, *, modality: str | None = "asserted") -> list[dict]:
        """Return the most active codes: events they take part in, as actor and as recipient,
        by quad class, and the mean score; busiest first."""
        _positive("limit", limit)
        where, params = ("WHERE e.modality = ?", [modality]) if _modality(modality) else ("", [])
        quads = ", ".join(f"count(*) FILTER (WHERE quad = '{q}') AS {q}" for q in QUADS)
        sql = f"""
            WITH sides AS (
                SELECT c.code, list_contains(e.actor_codes, c.code) AS acts,
                       list_contains(e.recipient_codes, c.code) AS receives, e.quad, e.score
                FROM events e, unnest(list_distinct(list_concat(e.actor_codes, e.recipient_codes))) AS c(code)
                {where})
            SELECT code, count(*) AS events, count(*) FILTER (WHERE acts) AS as_actor,
                   count(*) FILTER (WHERE receives) AS as_recipient, {quads}, round(avg(score), 3) AS mean_score
            FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ?"""
        return self._rows(sql, [*params, limit])

    def sql(self, query: str, params: list | dict | None = None) -> list[dict]:
        """Run one read-only statement (SELECT, WITH, DESCRIBE or SHOW) on a read-only
        connection without file access; return its rows as dicts. Refuse anything else."""
        first = re.sub(r"^(\s+|--[^\n]*\n?|/\*.*?\*/)+", "", query, flags=re.S).split(None, 1)
        keyword = first[0].upper() if first else ""
        if keyword not in SQL_STATEMENTS:
            raise QueryError(f"only {', '.join(SQL_STATEMENTS)} statements may be run; got {keyword or 'nothing'!r}")
        con = self._connection(strict=True)
        try:
            statements = con.extract_statements(query)
        except duckdb.Error as exc:
            raise QueryError(f"cannot parse the query: {exc}") from None
        if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
            raise QueryError("run one read-only statement at a time (no `;`-separated statements)")
        cur = con.cursor()
        try:
            cur.execute(query, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]
        except duckdb.Error as exc:
            raise QueryError(str(exc)) from None
        finally:
            cur.close()

    def export(self, path: str | Path | IO, format: str = "jsonl", **filters) -> int:
        """Write the events matching ``filters`` (those of ``events()``, ``limit`` included) to
        ``path`` (a file name, or an open file for jsonl and csv): ``jsonl`` the event records,
        ``csv`` and ``parquet`` the columns of EXPORT_COLUMNS (lists joined by ";" in CSV).
        Returns the number of events written."""
        if format not in FORMATS:
            raise QueryError(f"format must be one of {', '.join(FORMATS)}; got {format!r}")
        limit = filters.pop("limit", None)
        unknown = set(filters) - {"actor", "recipient", "type", "start", "end", "text", "modality"}
        if unknown:
            raise QueryError(f"unknown filter {', '.join(sorted(unknown))}; use actor, recipient, type, start, "
                             "end, text, modality or limit")
        if format == "parquet" and not isinstance(path, (str, Path)):
            raise QueryError("a Parquet export needs a file name (--out FILE)")
        where, params = events_where(**{"modality": "asserted", **filters}, limit=limit)
        cur = self._reader()
        try:
            if format == "jsonl":
                cur.execute(f"SELECT record FROM events e {where}", params)
                return _write_jsonl(path, cur)
            select = ", ".join(f"array_to_string(e.{c}, ';') AS {c}" if format == "csv" and c in _LIST_COLUMNS
                               else f"e.{c}" for c in EXPORT_COLUMNS)
            cur.execute(f"SELECT {select} FROM events e {where}", params)
            # to_arrow_reader replaced fetch_record_batch in DuckDB 1.4
            batches = getattr(cur, "to_arrow_reader", None) or cur.fetch_record_batch
            reader = batches(10_000)
            return _write_arrow(path, reader, format)
        finally:
            cur.close()

    def errors(self, since: datetime | None = None) -> list[dict]:
        """Return the read errors recorded (since a UTC time, when given), oldest first."""
        sql, params = "SELECT source, line, reason, seen_at FROM errors", []
        if since is not None:
            sql += " WHERE seen_at >= ?"
            params.append(since)
        return self._rows(sql + " ORDER BY seen_at, source, line", params)

    def counts(self) -> dict[str, int]:
        """Return the number of rows of every table."""
        cur = self._reader()
        try:
            return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        finally:
            cur.close()

    def _rows(self, sql: str, params: list) -> list[dict]:
        cur = self._reader()
        try:
            cur.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]
        finally:
            cur.close()


# -- merge SQL: rebuild the derived tables from reports and the (report, event) assignment ------

_MENTIONS_SQL = f"""
    INSERT INTO mentions ({', '.join(MENTION_COLUMNS)})
    SELECT s.event_id, r.id, r.article, a.published, a.source, a.url, r.span_start, r.span_end, r.text,
           r.trigger, r.date, r.date_end, r.date_precision, r.confidence
    FROM _assigned s JOIN reports r ON r.id = s.report_id LEFT JOIN articles a ON a.id = r.article"""

_EVENT_FIELDS = [c for c in EVENT_COLUMNS if c not in ("id", "quad", "article", "sources", "reports", "articles",
                                                      "first_reported", "last_reported", "record")]
_EVENTS_SQL = f"""
    INSERT INTO events ({', '.join(EVENT_COLUMNS)})
    WITH ranked AS (
        SELECT s.event_id, r.*, row_number() OVER (
            PARTITION BY s.event_id
            ORDER BY list_position(?, r.date_precision), r.confidence DESC NULLS LAST, r.id) AS rank
        FROM _assigned s JOIN reports r ON r.id = s.report_id),
    groups AS (
        SELECT event_id, count(DISTINCT article) AS sources, count(*) AS reports,
               list(DISTINCT article ORDER BY article) AS articles,
               min(published) AS first_reported, max(published) AS last_reported
        FROM mentions GROUP BY event_id)
    SELECT t.event_id, {', '.join('t.' + c for c in _EVENT_FIELDS)}, q.quad, t.article,
           g.sources, g.reports, g.articles, g.first_reported, g.last_reported,
           json_merge_patch(t.record, json_object('id', t.event_id, 'sources', g.sources, 'reports', g.reports,
                                                  'articles', g.articles, 'quad', q.quad))
    FROM ranked t JOIN groups g USING (event_id) LEFT JOIN _quads q ON q.type = t.event
    WHERE t.rank = 1"""

_DYADS_SQL = """
    INSERT INTO event_dyads
    SELECT e.id, a.code, r.code, FALSE, e.event, e.quad, e.modality, e.date, e.score
    FROM events e, unnest(e.actor_codes) AS a(code), unnest(e.recipient_codes) AS r(code)
    WHERE a.code <> r.code
    UNION ALL
    SELECT e.id, a.code, b.code, TRUE, e.event, e.quad, e.modality, e.date, e.score
    FROM events e, unnest(e.actor_codes) AS a(code), unnest(e.actor_codes) AS b(code)
    WHERE len(e.recipient_codes) = 0 AND a.code < b.code"""

_ENTITY_TYPE = '[{"name": "VARCHAR", "country": "VARCHAR", "org": "VARCHAR", "sector": "VARCHAR", "kind": "VARCHAR"}]'
_ENTITIES_SQL = f"""
    INSERT INTO entities
    WITH named AS (
        SELECT s.event_id, r.id AS report_id,
               unnest(list_concat(from_json(json_extract(r.record, '$.actor'), '{_ENTITY_TYPE}'),
                                  from_json(json_extract(r.record, '$.recipient'), '{_ENTITY_TYPE}'))) AS entity
        FROM _assigned s JOIN reports r ON r.id = s.report_id)
    SELECT entity.name, entity.country, entity.org, entity.sector, coalesce(entity.kind, 'unknown'),
           count(DISTINCT report_id), count(DISTINCT event_id)
    FROM named GROUP BY ALL"""


# -- helpers -------------------------------------------------------------------------------------

def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    if rows.num_rows:
        con.register("_new_rows", rows)
        con.execute(f"INSERT INTO {table} ({', '.join(rows.column_names)}) "
                    f"SELECT {', '.join(rows.column_names)} FROM _new_rows")
        con.unregister("_new_rows")


def _rename(con: duckdb.DuckDBPyConnection, article: Article, digest: str, taken: set[str]) -> None:
    """Give an article whose id another article already has an id of its own, and its events
    ids of their own (derived from the old ones, so the same input gives the same ids)."""
    for width in (8, 16, 64):
        new = f"{article.id}~{digest[:width]}"
        if new not in taken and not con.execute("SELECT 1 FROM articles WHERE id = ?", [new]).fetchone():
            break
    for event in article.events:
        event.article = new
        event.id = hashlib.sha1(f"{new}|{event.id}".encode()).hexdigest()[:16]
    article.id = new


def _report(progress: Callable | None, result: IngestResult) -> None:
    if progress is not None:
        progress(replace(result))


def events_where(actor=None, recipient=None, type=None, start=None, end=None, text=None,
                 modality="asserted", *, limit=None) -> tuple[str, list]:
    """The WHERE, ORDER BY and LIMIT clauses over ``events e`` for the filters of
    ``Store.events``, with their bound parameters (shared by exports and Parquet queries)."""
    where, params = _filters(actor, recipient, type, start, end, text, modality)
    sql = f"{where} ORDER BY e.date NULLS LAST, e.id"
    if limit is not None:
        _positive("limit", limit)
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def _positive(name: str, value) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise QueryError(f"{name} must be a whole number of at least 1; got {value!r}")


def _check_merge_params(params: dict) -> None:
    for name in ("window_days", "max_window_days"):
        if isinstance(params[name], bool) or not isinstance(params[name], int) or params[name] < 0:
            raise QueryError(f"{name} must be a whole number of days, 0 or more; got {params[name]!r}")
    for name in ("min_similarity", "min_overlap"):
        if isinstance(params[name], bool) or not isinstance(params[name], (int, float)) or not 0 <= params[name] <= 1:
            raise QueryError(f"{name} must be a number from 0 to 1; got {params[name]!r}")


def _code(name: str, value) -> str:
    if not isinstance(value, str) or not _CODE.match(value.strip().upper()):
        raise QueryError(f"{name} must be a country or organisation code such as 'PAK' or 'UN'; got {value!r}")
    return value.strip().upper()


def _day(name: str, value) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise QueryError(f"{name} must be a date (YYYY-MM-DD); got {value!r}") from None


def _modality(modality: str | None) -> str | None:
    if modality is not None and modality not in MODALITIES:
        raise QueryError(f"modality must be one of {', '.join(MODALITIES)} or None for all; got {modality!r}")
    return modality


def _filters(actor=None, recipient=None, type=None, start=None, end=None, text=None,
             modality="asserted") -> tuple[str, list]:
    """The WHERE clause over `events e` for the filters of Store.events, and its parameters."""
    clauses, params = [], []
    if actor is not None:
        clauses.append("list_contains(e.actor_codes, ?)")
        params.append(_code("actor", actor))
    if recipient is not None:
        clauses.append("list_contains(e.recipient_codes, ?)")
        params.append(_code("recipient", recipient))
    if type is not None:
        if not isinstance(type, str) or type.upper() not in TYPES:
            raise QueryError(f"type must be a PLOVER type, one of {', '.join(TYPES)}; got {type!r}")
        clauses.append("e.event = ?")
        params.append(type.upper())
    first, last = _day("start", start), _day("end", end)
    if first and last and first > last:
        raise QueryError(f"start {first} is after end {last}")
    if first is not None:
        clauses.append("e.date >= ?")
        params.append(first)
    if last is not None:
        clauses.append("e.date <= ?")
        params.append(last)
    if text is not None:
        if not isinstance(text, str) or not text.strip():
            raise QueryError(f"text must be some words to look for; got {text!r}")
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", text.strip()) + "%"
        clauses.append("(e.text ILIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m "
                       "WHERE m.event_id = e.id AND m.text ILIKE ? ESCAPE '\\'))")
        params += [pattern, pattern]
    if _modality(modality) is not None:
        clauses.append("e.modality = ?")
        params.append(modality)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _next_period(day: date, freq: str) -> date:
    if freq == "week":
        return day + timedelta(days=7)
    if freq == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def _write_jsonl(path: str | Path | IO, cur) -> int:
    handle = open(path, "w", encoding="utf-8") if isinstance(path, (str, Path)) else path
    written = 0
    try:
        while rows := cur.fetchmany(10_000):
            for (record,) in rows:
                handle.write(json.dumps(json.loads(record), ensure_ascii=False) + "\n")
                written += 1
    finally:
        if handle is not path:
            handle.close()
    return written


def _write_arrow(path: str | Path | IO, reader: pa.RecordBatchReader, format: str) -> int:
    written = 0
    if format == "parquet":
        import pyarrow.parquet as pq

        with pq.ParquetWriter(str(path), reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                written += batch.num_rows
        return written
    import pyarrow.csv as pcsv

    # header written here, unquoted; each batch through Arrow's writer, so any text file will do
    options = pcsv.WriteOptions(include_header=False, quoting_style="needed")
    handle = open(path, "w", encoding="utf-8", newline="") if isinstance(path, (str, Path)) else path
    try:
        handle.write(",".join(reader.schema.names) + "\n")
        for batch in reader:
            sink = pa.BufferOutputStream()
            pcsv.write_csv(batch, sink, write_options=options)
            handle.write(sink.getvalue().to_pybytes().decode("utf-8"))
            written += batch.num_rows
    finally:
        if handle is not path:
            handle.close()
    return written
