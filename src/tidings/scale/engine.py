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
from ..store.store import _day, _positive
from . import parquet

# What travels through Ray: a Parquet row and its place in reading order
WIRE = parquet.SCHEMA.append(pa.field("seq", pa.int64()))
# Articles per Parquet file (per month) and per hand-over to the store
FLUSH_ROWS = 1024


@dataclass
class RayIngestResult(IngestResult):
    """An IngestResult, and ``parquet``: the folder the extracted articles were written to."""

    parquet: Path | None = None

    def __str__(self) -> str:
        return f"{super().__str__()}; Parquet in {self.parquet}"


def ingest_ray(paths: str | Path | Iterable[str | Path], *, db: str | Path = "tidings.duckdb",
               out: str | Path | None = None, address: str | None = None, num_workers: int = 2,
               batch_size: int = 32, published: date | str | None = None, actors: tuple[str | Path, ...] = (),
               merge: bool = True, progress: Callable[[IngestResult], Any] | None = None) -> RayIngestResult:
    """Read, extract and store the articles of files and directories on Ray; return a RayIngestResult.

    What ``tidings ingest PATH... --engine ray [--address ADDR] [--out DIR]`` runs: the store
    ends as ``Store(db).ingest(paths, published=..., actors=...)`` would leave it (the same
    articles, events and ids). ``num_workers`` Ray actors, one CPU each, load the spaCy
    model once and extract ``batch_size`` articles at a time. The results come back in
    reading order; every 1,024 articles this process, the store's only writer, adds them to
    the store and writes them as Parquet partitioned by publication month under ``out``
    (default: a folder beside ``db``, ``tidings.parquet/`` for ``tidings.duckdb``; the layout
    is in ``tidings.scale.parquet``; query it with ``events_from_parquet``). Merging runs
    once at the end (unless ``merge`` is False). Articles already in the store are skipped
    before parsing, so running it again adds nothing and a killed run continues where it
    stopped. ``progress`` is called with the running result as extracted articles come back.

    ``address`` is a running cluster's ("auto", "ray://head:10001"); None starts a local
    Ray, or uses the one this process already joined with ``ray.init``. The cluster's
    nodes need tidings and its spaCy model installed, and the ``actors`` files at the same
    paths; only this process reads the articles and writes ``out`` and ``db``. Raises
    MissingExtra when Ray is not installed."""
    ray = _import_ray()
    _positive("num_workers", num_workers)
    _positive("batch_size", batch_size)
    published = _day("published", published)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    db = Path(db)
    out = Path(out) if out is not None else db.with_name(f"{db.stem}.parquet")
    started = time.monotonic()
    with Store(db) as store:
        result = RayIngestResult(parquet=out)
        joined = ray.is_initialized()
        if not joined:
            ray.init(address=address, **({} if address else {"include_dashboard": False}))
        try:
            refs = [ray.put(block) for block in _blocks(store, paths, published, batch_size, result)]
            if refs:
                extracted = ray.data.from_arrow_refs(refs).map_batches(
                    _Extractor, batch_size=batch_size, batch_format="pyarrow", num_cpus=1,
                    compute=ray.data.ActorPoolStrategy(size=num_workers), fn_constructor_kwargs={"actors": actors})
                _store(extracted.iter_batches(batch_size=None, batch_format="pyarrow"), store, out, batch_size,
                       result, lambda: _report(progress, result, started))
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
    """The articles to extract, as blocks of ``size`` rows of WIRE: as in a local ingest, texts
    the store holds and texts read earlier in this run are skipped. Records the read errors."""
    seen: set[str] = set()
    errors: list[ReadError] = []
    unchecked: list[tuple[str, Article]] = []
    fresh: list[Article] = []
    seq = 0
    for item in read(paths, published=published):
        if isinstance(item, ReadError):
            errors.append(item)
            continue
        digest = text_hash(item.text)
        if digest in seen:
            result.skipped += 1
            continue
        seen.add(digest)
        unchecked.append((digest, item))
        if len(unchecked) == size:
            fresh += _not_stored(store, unchecked, result)
            unchecked = []
        while len(fresh) >= size:
            yield _wire(fresh[:size], seq)
            seq += size
            del fresh[:size]
    fresh += _not_stored(store, unchecked, result)
    for start in range(0, len(fresh), size):
        yield _wire(fresh[start:start + size], seq + start)
    if errors:
        result.errors += store.add([], errors=errors).errors


def _not_stored(store: Store, batch: list[tuple[str, Article]], result: IngestResult) -> list[Article]:
    """The articles of (hash, article) pairs whose text the store does not hold; counts the others skipped."""
    if not batch:
        return []
    known = {r["hash"] for r in store.sql("SELECT hash FROM articles WHERE hash IN (SELECT unnest(?))",
                                          [[h for h, _ in batch]])}
    result.skipped += sum(h in known for h, _ in batch)
    return [a for h, a in batch if h not in known]


def _wire(articles: list[Article], seq: int) -> pa.Table:
    return pa.Table.from_pylist([{**parquet.row(a), "seq": seq + i} for i, a in enumerate(articles)], schema=WIRE)


def _store(batches: Iterable[pa.Table], store: Store, out: Path, batch_size: int, result: IngestResult,
           report: Callable[[], Any]) -> None:
    """Put the extracted rows back in reading order; every FLUSH_ROWS of them, add their articles
    to the store, then write them as Parquet (after the store has renamed any article whose id
    another one had, so the two agree)."""
    run = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    files = 0

    def flush(rows: list[dict]) -> None:
        nonlocal files
        articles = [parquet.article(r) for r in rows]
        added = store.add(articles, batch_size=batch_size)
        parquet.write(pa.Table.from_pylist([parquet.row(a) for a in articles], schema=parquet.SCHEMA), out,
                      f"{run}-{files:05d}")
        files += 1
        result.articles += added.articles
        result.skipped += added.skipped
        result.events += added.events

    rows: list[dict] = []
    for ready in _in_order(batches):
        rows += ready
        result.processed += len(ready)
        if len(rows) >= FLUSH_ROWS:
            flush(rows)
            rows = []
        report()
    if rows:
        flush(rows)


def _in_order(batches: Iterable[pa.Table]) -> Iterator[list[dict]]:
    """For every batch, the rows now in ``seq`` order (those whose predecessors are all in:
    the actors finish blocks in any order)."""
    waiting: dict[int, dict] = {}
    following = 0
    for batch in batches:
        for row in batch.to_pylist():
            waiting[row["seq"]] = row
        ready = []
        while following in waiting:
            ready.append(waiting.pop(following))
            following += 1
        yield ready
    if waiting:
        raise RuntimeError(f"E103: rows {sorted(waiting)[:5]}... came back from Ray without the ones before them")


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
        import ray.data  # the [data] part of the extra
    except ImportError:
        raise MissingExtra("ray", "--engine ray") from None
    return ray
