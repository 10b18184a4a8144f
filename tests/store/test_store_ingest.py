"""Ingest: idempotent by content hash, resumable after a kill, errors recorded and skipped."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import article, corpus, fake_process, snapshot

import tidings.pipeline
from tidings.store import QueryError, Store

HERE = Path(__file__).parent


def test_store_add_same_article_twice_adds_nothing(store):
    story = article("a1", "CONSULT PAK>USA 2025-03-03/day: Dar held talks with Rubio in Washington.")
    first = store.add([story])
    before = store.counts()
    second = store.add([article("a1", "CONSULT PAK>USA 2025-03-03/day: Dar held talks with Rubio in Washington.")])
    assert (first.articles, first.events) == (1, 1)
    assert (second.articles, second.skipped, second.events) == (0, 1, 0)
    assert store.counts() == before


def test_store_add_duplicate_inside_one_batch_written_once(store):
    line = "AID USA>MWI 2025-03-03/day: The US sent flood aid to Malawi."
    result = store.add([article("x", line), article("y", line)])
    assert (result.articles, result.skipped) == (1, 1)


def test_store_add_records_read_errors_with_the_articles(store):
    from tidings import ReadError

    result = store.add([article("a1", "CONSULT PAK>USA 2025-03-03/day: Dar held talks with Rubio.")],
                       errors=[ReadError("feed.jsonl", "malformed JSON", 7)])
    assert (result.articles, result.errors) == (1, 1)
    assert [(e["source"], e["line"], e["reason"]) for e in store.errors()] == [("feed.jsonl", 7, "malformed JSON")]


def test_store_ingest_twice_gives_same_database(tmp_path, fake_pipeline):
    source = corpus(tmp_path / "corpus", 12)
    with Store(tmp_path / "db.duckdb") as store:
        first = store.ingest([source], batch_size=5)
        once = store.counts()
        second = store.ingest(source, batch_size=5)
        assert (first.articles, first.events, first.skipped) == (12, 12, 0)
        assert (second.articles, second.events, second.skipped) == (0, 0, 12)
        assert store.counts() == once
        assert str(first.merge) == str(second.merge)


def test_store_ingest_records_bad_articles_and_keeps_going(tmp_path, fake_pipeline):
    source = corpus(tmp_path / "corpus", 4)
    (source / "broken.jsonl").write_text('{"id": "ok", "text": "fine words", "published": "2025-01-01"}\n'
                                         "{not json\n", encoding="utf-8")
    (source / "empty.txt").write_text("", encoding="utf-8")
    seen = []
    with Store(tmp_path / "db.duckdb") as store:
        result = store.ingest([source], progress=seen.append)
        assert (result.articles, result.errors) == (5, 2)
        problems = {(Path(p["source"]).name, p["line"]) for p in store.errors()}
        assert problems == {("broken.jsonl", 2), ("empty.txt", None)}
        store.ingest([source])
        assert len(store.errors()) == 2  # met again, recorded once
    assert seen and seen[-1].articles == 5


def test_store_ingest_same_id_different_text_kept_apart(tmp_path, fake_pipeline):
    for name, country in (("one", "KEN"), ("two", "ETH")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "article.txt").write_text(
            f"date 2025-03-04\nAGREE {country}>SOM 2025-03-03/day: {country} signed a deal with Somalia.\n",
            encoding="utf-8")
    with Store(tmp_path / "db.duckdb") as store:
        result = store.ingest([tmp_path / "one", tmp_path / "two"])
        ids = [r["id"] for r in store.sql("SELECT id FROM articles ORDER BY id")]
        reports = store.sql("SELECT article, id FROM reports ORDER BY article")
    assert result.articles == 2
    assert ids[0] == "article" and ids[1].startswith("article~")
    assert [r["article"] for r in reports] == ids
    assert len({r["id"] for r in reports}) == 2


def test_store_ingest_crash_inside_a_batch_resumes_to_same_database(tmp_path, monkeypatch):
    source = corpus(tmp_path / "corpus", 40)
    with Store(tmp_path / "whole.duckdb") as whole:
        monkeypatch.setattr(tidings.pipeline, "process", fake_process)
        whole.ingest([source], batch_size=8)

    def crashing(articles, **kwargs):
        for n, item in enumerate(fake_process(articles, **kwargs)):
            if n == 20:
                raise RuntimeError("killed")
            yield item

    with Store(tmp_path / "resumed.duckdb") as resumed:
        monkeypatch.setattr(tidings.pipeline, "process", crashing)
        with pytest.raises(RuntimeError):
            resumed.ingest([source], batch_size=8)
        assert resumed.counts()["articles"] == 16  # two batches committed, the third lost
        monkeypatch.setattr(tidings.pipeline, "process", fake_process)
        again = resumed.ingest([source], batch_size=8)
        assert (again.articles, again.skipped) == (24, 16)
    assert snapshot(tmp_path / "resumed.duckdb") == snapshot(tmp_path / "whole.duckdb")


KILLED_RUN = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {here!r})
    import conftest
    import tidings.pipeline
    from tidings.store import Store

    def slow(articles, **kwargs):
        for item in conftest.fake_process(articles, **kwargs):
            time.sleep(0.05)
            yield item

    tidings.pipeline.process = slow
    Store({db!r}).ingest([{source!r}], batch_size=8, progress=lambda r: print(r.articles, flush=True))
""")


def test_store_ingest_killed_process_resumes_to_same_database(tmp_path, fake_pipeline):
    source = corpus(tmp_path / "corpus", 40)
    with Store(tmp_path / "whole.duckdb") as whole:
        whole.ingest([source], batch_size=8)
    db = tmp_path / "killed.duckdb"
    script = KILLED_RUN.format(here=str(HERE), db=str(db), source=str(source))
    run = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        for line in run.stdout:
            if int(line) >= 8:  # the first batch is committed
                break
    finally:
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    assert run.returncode == -signal.SIGKILL
    with Store(db) as store:
        committed = store.counts()["articles"]
        assert 8 <= committed < 40
        again = store.ingest([source], batch_size=8)
        assert (again.articles, again.skipped) == (40 - committed, committed)
    assert snapshot(db) == snapshot(tmp_path / "whole.duckdb")


@pytest.mark.parametrize("option, message", [
    ({"batch_size": 0}, "batch_size must be a whole number"), ({"n_process": "2"}, "n_process must be a whole"),
    ({"batch_size": True}, "batch_size must be a whole"), ({"published": "14/03/2025"}, "published must be a date"),
])
def test_store_ingest_bad_parameters(store, tmp_path, option, message):
    with pytest.raises(QueryError, match=message):
        store.ingest([tmp_path], **option)
