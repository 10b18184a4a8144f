"""The store over the real pipeline (spaCy model loaded): slow."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import snapshot

import tidings
from tidings.store import Store

EXAMPLES = Path(tidings.__file__).parent / "examples"


@pytest.mark.slow
def test_store_voa_ingested_twice_gives_same_counts(shared, nlp, tmp_path):
    stories = shared / "eval" / "voa" / "voa_stories.jsonl"
    with Store(tmp_path / "voa.duckdb") as store:
        first = store.ingest([stories])
        counts = store.counts()
        second = store.ingest([stories])
        assert store.counts() == counts
    assert first.articles == counts["articles"] > 0 and first.errors == 0
    assert first.events == counts["reports"] > 0
    assert (second.articles, second.events, second.skipped) == (0, 0, first.articles)
    assert (second.merge.reports, second.merge.events) == (first.merge.reports, first.merge.events)


@pytest.mark.slow
def test_store_examples_same_database_with_two_processes(nlp, tmp_path):
    with Store(tmp_path / "one.duckdb") as one:
        result = one.ingest([EXAMPLES], batch_size=4)
    with Store(tmp_path / "two.duckdb") as two:
        two.ingest([EXAMPLES], batch_size=4, n_process=2)
    assert result.articles == len(list(EXAMPLES.glob("*.txt"))) and result.events > 0
    assert snapshot(tmp_path / "one.duckdb") == snapshot(tmp_path / "two.duckdb")
