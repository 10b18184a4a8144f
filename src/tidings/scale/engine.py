"""The Ray engine: the stages of a local ingest, the parse and coding run by a pool of Ray actors.

    driver: read, skip what the store has -> object store, ``batch_size`` articles a block
    actors: map_batches: layout, parse, time, actors, events (spaCy loaded once per actor)
    driver: results back in reading order -> Parquet by publication month -> the store
            (the only writer) -> cross-article merging, once, over the whole store

Reading and writing stay on the driver: they are a thousandth of the work, the store
has one writer anyway, and so no node but the driver needs the input files or the
output folder.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa

from .._exceptions import MissingExtra, ReadError
from ..model import Article
from ..read import read
from ..store import IngestResult, Store
from ..store.rows import text_hash
from ..store.store import _positive
from . import parquet

# What travels through Ray: a Parquet row and its place in reading order.
WIRE = parquet.SCHEMA.append(pa.field("seq", pa.int64()))
# Articles per Parquet file (per month) and per hand-over to the store.
FLUSH_ROWS = 1024


@dataclass
class RayIngestResult(IngestResult):
    """An IngestResult, and ``parquet``: the folder the extracted articles were written to."""

    parquet: Path | None = None

    def __str__(self) -> str:
        return f"{super().__str__()}; Parquet in {self.parquet}"


def ingest_ray(paths: str | Path | Iterable[str | Path], *, db: str | Path = "tidings.duckdb",
               out: str | Path | None = None, address: str | None = None, num_workers: int = 2,
               batch_size: int = 32, published: date | None = None, actors: tuple[str | Path, ...] = (),
               merge: bool = True, progress: Callable[[IngestResult], Any] | None = None) -> RayIngestResult:
    """Read, extract and store the articles of files and directories on Ray; return a RayIngestResult.

    What ``tidings ingest PATH... --engine ray [--address ADDR] [--out DIR]`` runs: the store
    ends as ``Store(db).ingest(paths, published=..., actors=...)`` would leave it (the same
    articles, events and ids), and articles already in it are skipped before parsing, so a
    killed run resumes. ``num_workers`` Ray actors, one CPU each, load the spaCy model once
    and extract ``batch_size`` articles at a time. The results come back in reading order
    and are written as Parquet partitioned by publication month under ``out`` (default: a
    folder beside ``db``, ``tidings.parquet/`` for ``tidings.duckdb``; see
    ``tidings.scale.parquet``; query it with ``events_from_parquet``), then added to the
    store by this process, its only writer; merging runs once at the end (unless ``merge``
    is False). ``progress`` is called with the running result after every file of Parquet.

    ``address`` is a running cluster's ("auto", "ray://head:10001"); None starts a local
    Ray, or uses the one this process already joined with ``ray.init``. The cluster's
    nodes need tidings and its spaCy model installed; only this process reads the input
    files and writes ``out`` and ``db``. Raises MissingExtra when Ray is not installed."""
    ray = _import_ray()
    _positive("num_workers", num_workers)
    _positive("batch_size", batch_size)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    db = Path(db)
    out = Path(out) if out is not None else db.with_name(f"{db.stem}.parquet")
    started = time.monotonic()
    run = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    with Store(db) as store:
        result = RayIngestResult(parquet=out)
        joined = ray.is_initialized()
        if not joined:
            ray.init(address=address, **({} if address else {"include_dashboard": False}))
        try:
            refs = [ray.put(block) for block in _blocks(store, paths, published, batch_size, result)]
            extracted = (ray.data.from_arrow_refs(refs).map_batches(
                _Extractor, batch_size=batch_size, batch_format="pyarrow", num_cpus=1,
                compute=ray.data.ActorPoolStrategy(size=num_workers), fn_constructor_kwargs={"actors": actors},
            ).iter_batches(batch_size=None, batch_format="pyarrow") if refs else ())
            rows: list[dict] = []
            for row in _in_order(extracted):
                rows.append(row)
                if len(rows) >= FLUSH_ROWS:
                    _flush(store, rows, out, f"{run}-{result.articles + result.skipped:08d}", batch_size, result)
                    rows = []
                    _report(progress, result, started)
            if rows:
                _flush(store, rows, out, f"{run}-{result.articles + result.skipped:08d}", batch_size, result)
        finally:
            if not joined:
                ray.shutdown()
        if merge:
            result.merge = store.merge()
    result.seconds = time.monotonic() - started
    _report(progress, result, started)
    return result


def _blocks(store: Store, paths: Iterable[str | Path], published: date | None, size: int,
            result: IngestResult) -> Iterator[pa.Table]:
    """Read the articles the store does not hold yet (skipping, as a local ingest does, texts
    it has and texts seen earlier in this run) as blocks of ``size`` rows of WIRE; record
    the read errors in the store."""
    seen: set[str] = set()
    errors: list[ReadError] = []
    batch: list[tuple[str, Article]] = []
    seq = 0

    def fresh(batch: list[tuple[str, Article]]) -> list[Article]:
        known = {h for (h,) in store._reader().execute("SELECT hash FROM articles WHERE hash IN (SELECT unnest(?))",
                                                         [[h for h, _ in batch]]).fetchall()}
        result.skipped += sum(h in known for h, _ in batch)
        return [a for h, a in batch if h not in known]

    pending: list[Article] = []
    for item in read(paths, published=published):
        if isinstance(item, ReadError):
            errors.append(item)
            continue
        digest = text_hash(item.text)
        if digest in seen:
            result.skipped += 1
            continue
        seen.add(digest)
        batch.append((digest, item))
        if len(batch) >= size:
            pending += fresh(batch)
            batch = []
        while len(pending) >= size:
            yield _wire(pending[:size], seq)
            seq += size
            pending = pending[size:]
    pending += fresh(batch) if batch else []
    if pending:
        yield _wire(pending, seq)
    if errors:
        # Store.add takes no read errors; the store's batch writer does, so they land as a local ingest's
        store._write(store._connection(write=True), [], errors, result)
        result.errors += len(errors)


def _wire(articles: list[Article], seq: int) -> pa.Table:
    return pa.Table.from_pylist([{**parquet.row(a), "seq": seq + i} for i, a in enumerate(articles)], schema=WIRE)


def _in_order(batches: Iterable[pa.Table]) -> Iterator[dict]:
    """The rows of the batches in ``seq`` order (the actors finish them in any order)."""
    waiting: dict[int, dict] = {}
    following = 0
    for batch in batches:
        for row in batch.to_pylist():
            waiting[row["seq"]] = row
        while following in waiting:
            yield waiting.pop(following)
            following += 1
    if waiting:
        raise RuntimeError(f"E103: rows {sorted(waiting)[:5]}... came back from Ray without the ones before them")


def _flush(store: Store, rows: list[dict], out: Path, name: str, batch_size: int, result: IngestResult) -> None:
    """Write the rows as Parquet, then add their articles to the store."""
    parquet.write(pa.Table.from_pylist(rows, schema=WIRE), out, name)
    added = store.add((parquet.article(r) for r in rows), batch_size=batch_size)
    result.articles += added.articles
    result.skipped += added.skipped
    result.events += added.events


def _report(progress: Callable | None, result: IngestResult, started: float) -> None:
    if progress is not None:
        progress(replace(result, seconds=time.monotonic() - started))


class _Extractor:
    """A Ray actor: loads the spaCy model and the knowledge base once, then extracts blocks."""

    def __init__(self, actors: tuple[str | Path, ...]):
        from .. import nlp
        from ..actors import knowledge_base

        nlp.load()
        knowledge_base(tuple(actors))
        self.actors = tuple(actors)

    def __call__(self, batch: pa.Table) -> pa.Table:
        from ..pipeline import process

        rows = batch.to_pylist()
        done = process((parquet.article(r) for r in rows), actors=self.actors, batch_size=max(len(rows), 1))
        return pa.Table.from_pylist([{**parquet.row(a), "seq": r["seq"]} for r, a in zip(rows, done)],
                                    schema=WIRE)


def _import_ray():
    try:
        import ray
        import ray.data  # noqa: F401  (the [data] part of the extra)
    except ImportError:
        raise MissingExtra("ray", "--engine ray") from None
    return ray
