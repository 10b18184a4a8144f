"""The scale stage: the same stages on Ray Data, for corpora beyond one machine.

    >>> from tidings.scale import ingest_ray, events_from_parquet
    >>> ingest_ray(["articles/"], db="tidings.duckdb", address="auto", num_workers=16)
    >>> events_from_parquet("tidings.parquet", actor="PAK", type="CONSULT")

Ray is an extra (``pip install 'tidings[ray]'``); ``ingest_ray`` raises MissingExtra
without it. ``events_from_parquet`` needs only DuckDB.
"""
from .engine import RayIngestResult, ingest_ray
from .parquet import ParquetError, events_from_parquet

__all__ = ["ParquetError", "RayIngestResult", "events_from_parquet", "ingest_ray"]
