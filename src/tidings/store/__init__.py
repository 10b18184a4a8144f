"""The store stage: an embedded DuckDB event database.

Ingest corpora idempotently, merge one real event reported by many articles into one
event with many sources, and query, chart and export the result. The schema is
documented in ``tidings.store.schema`` (and SCHEMA.md beside it).
"""
from .merge import MergeResult
from .schema import SCHEMA_VERSION
from .store import (
           EXPORT_COLUMNS,
           FORMATS,
           FREQS,
           QUADS,
           IngestResult,
           QueryError,
           Store,
           StoreError,
)

__all__ = ["EXPORT_COLUMNS", "FORMATS", "FREQS", "QUADS", "SCHEMA_VERSION", "IngestResult", "MergeResult",
           "QueryError", "Store", "StoreError"]
