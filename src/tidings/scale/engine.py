"""The Ray engine: the same stages as a local ingest, run by a pool of Ray actors.

    read (Ray tasks, a file each) -> extract (map_batches in actors that load spaCy once)
    -> Parquet by publication month (the workers) -> the store (one writer: the driver)
    -> cross-article merging, once, over the whole store
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa

from .._exceptions import MissingExtra
from ..read import _expand, read_file
from ..store import IngestResult, Store
from ..store.store import _positive
from . import parquet

# one read task for this many extraction actors
READERS_PER = 8


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

    What ``tidings ingest PATH... --engine ray [--address ADDR] [--out DIR]`` runs; the store
    ends as a local ``Store(db).ingest(paths)`` leaves it (same articles, events and ids).
    ``num_workers`` actors (one CPU each) each load the spaCy model once and extract
    ``batch_size`` articles at a time. The articles and their events are written as Parquet
    partitioned by publication month under ``out`` (default: a folder beside ``db``, e.g.
    ``tidings.parquet/`` for ``tidings.duckdb``; an earlier run's output there is replaced,
    and it must be a path every node and the driver can reach), then added to the store by
    this process alone, in the order a local ingest would add them, and merged (unless
    ``merge`` is False). Query the Parquet in place with ``events_from_parquet(out)``.

    ``address`` is that of a running cluster ("auto", "ray://head:10001", "head:6379");
    None starts a local one (or uses the one ``ray.init`` already connected). Every node
    needs tidings and a spaCy model installed and the input files at the same paths.
    Articles already in the store are parsed again and then skipped. Raises MissingExtra
    when Ray is not installed."""
    ray = _import_ray()
    _positive("num_workers", num_workers)
    _positive("batch_size", batch_size)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    db = Path(db)
    out = Path(out) if out is not None else db.with_name(f"{db.stem}.parquet")
    parquet.check_replaceable(out)
    started = ray.is_initialized()
    if not started:
        ray.init(address=address, **({} if address else {"include_dashboard": False}))
    staging = out.with_name(f"{out.name}.tmp-{os.getpid()}")
    try:
        _extract(ray, [str(p.resolve()) for p in _expand(paths)], staging, num_workers=num_workers,
                 batch_size=batch_size, published=published, actors=tuple(str(a) for a in actors))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if not started:
            ray.shutdown()
    shutil.rmtree(out, ignore_errors=True)
    staging.mkdir(parents=True, exist_ok=True)  # an empty corpus writes no folder
    staging.rename(out)
    with Store(db) as store:
        loaded = parquet.load(store, out, batch_size=batch_size, progress=progress)
        result = RayIngestResult(**vars(loaded), parquet=out)
        if merge:
            result.merge = store.merge()
    return result


def _extract(ray, files: list[str], out: Path, *, num_workers: int, batch_size: int, published: date | None,
             actors: tuple[str, ...]) -> None:
    """Run read and extraction on Ray and write the Parquet under ``out``."""
    if not files:
        return
    ds = ray.data.from_items([{"file_index": i, "path": p} for i, p in enumerate(files)],
                             override_num_blocks=min(len(files), 8 * num_workers))
    # Reading is a thousandth of the work: a few tasks without a CPU of their own keep the
    # actors fed (a task waiting for a CPU would wait for the actors, which hold them all).
    ds = ds.map_batches(_read_files, batch_size=1, batch_format="pyarrow",
                        fn_kwargs={"published": published, "chunk": batch_size},
                        compute=ray.data.TaskPoolStrategy(size=max(1, num_workers // READERS_PER)), num_cpus=0)
    # a task's output is one block however often it yields: cut it so a large file feeds every actor
    ds = ds.repartition(target_num_rows_per_block=batch_size)
    ds = ds.map_batches(_Extractor, batch_size=batch_size, batch_format="pyarrow",
                        compute=ray.data.ActorPoolStrategy(size=num_workers), num_cpus=1,
                        fn_constructor_kwargs={"actors": actors})
    ds.write_parquet(str(out), partition_cols=["month"], ray_remote_args={"num_cpus": 0},
                     concurrency=max(1, num_workers // READERS_PER))


def _read_files(batch: pa.Table, published: date | None, chunk: int) -> Iterator[pa.Table]:
    """Read the files of a batch: one row per article or read error, in the readers' order,
    ``chunk`` rows at a time (a block each, so a large JSON-lines file feeds every actor)."""
    for file_index, path in zip(batch["file_index"].to_pylist(), batch["path"].to_pylist()):
        rows = []
        for item_index, item in enumerate(read_file(path, published=published)):
            rows.append(parquet.read_row(file_index, item_index, path, item))
            if len(rows) >= chunk:
                yield parquet.table(rows)
                rows = []
        if rows:
            yield parquet.table(rows)


class _Extractor:
    """A Ray actor: loads the spaCy model and the knowledge base once, then extracts batches."""

    def __init__(self, actors: tuple[str, ...]):
        from .. import nlp
        from ..actors import knowledge_base

        nlp.load()
        knowledge_base(actors)
        self.actors = actors

    def __call__(self, batch: pa.Table) -> pa.Table:
        from ..pipeline import process

        rows = batch.to_pylist()
        readable = [row for row in rows if row["error"] is None]
        processed = process((parquet.article(row) for row in readable), actors=self.actors,
                            batch_size=max(len(readable), 1))
        extracted = {id(row): parquet.extracted_row(row, article) for row, article in zip(readable, processed)}
        return parquet.table([extracted.get(id(row), row) for row in rows])


def _import_ray():
    try:
        import ray
        import ray.data  # noqa: F401  (the [data] part of the extra)
    except ImportError:
        raise MissingExtra("ray", "--engine ray") from None
    return ray
