"""The Ray engine against the local one on the same corpus: a local Ray with 2 CPUs, spaCy loaded."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

import tidings
from tidings.read.text import split_header
from tidings.scale import events_from_parquet, ingest_ray
from tidings.store import Store

EXAMPLES = Path(tidings.__file__).parent / "examples"
TIMESTAMPS = ("ingested_at", "seen_at")

pytestmark = [pytest.mark.ray, pytest.mark.slow]


@pytest.fixture(scope="module")
def ray_local():
    ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'tidings[ray]' to run the Ray tests")
    pytest.importorskip("ray.data", reason="Ray Data is not installed: pip install 'tidings[ray]'")
    ray.init(num_cpus=2, include_dashboard=False, logging_level="warning")
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The bundled examples, and a JSON-lines file made from them: new texts, a text already
    in the corpus, two articles with one id, and a line that cannot be read; and an empty file."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(EXAMPLES, root / "examples")
    texts = [split_header(p.read_text(encoding="utf-8"))[0] for p in sorted(EXAMPLES.glob("*.txt"))]
    records = [{"id": f"generated-{i}", "published": f"2025-0{i + 1}-15", "source": "Generated",
                "text": f"{text}\n\nGenerated copy {i}."} for i, text in enumerate(texts[:4])]
    records.append({"id": "copy", "published": "2025-05-01", "text": records[0]["text"]})
    records.append({"id": "generated-0", "published": "2025-06-01", "text": f"{texts[5]}\n\nUpdated."})
    lines = [json.dumps(r) for r in records[:3]] + ["{not json"] + [json.dumps(r) for r in records[3:]]
    (root / "generated.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "empty.txt").write_text("", encoding="utf-8")
    return root


def snapshot(path: Path) -> dict[str, list]:
    """Every table's rows, sorted, without the columns that record when a row was written."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        out = {}
        for table in tables:
            columns = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns "
                                                 "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
                       if c not in TIMESTAMPS]
            out[table] = sorted(con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def test_scale_ray_and_local_engines_give_the_same_store(ray_local, corpus, tmp_path):
    with Store(tmp_path / "local.duckdb") as store:
        local = store.ingest([corpus], batch_size=4)
    remote = ingest_ray([corpus], db=tmp_path / "ray.duckdb", num_workers=2, batch_size=4)

    assert (remote.articles, remote.skipped, remote.events, remote.errors) == \
           (local.articles, local.skipped, local.events, local.errors)
    assert (local.articles, local.skipped, local.errors) == (15, 1, 2) and local.events > 0
    assert remote.merge == local.merge
    ours, theirs = snapshot(tmp_path / "local.duckdb"), snapshot(tmp_path / "ray.duckdb")
    assert {t: len(rows) for t, rows in ours.items()} == {t: len(rows) for t, rows in theirs.items()}
    for table in ours:
        assert ours[table] == theirs[table], f"table {table} differs between the local and the Ray engine"


def test_scale_ray_parquet_holds_the_stores_reports(ray_local, corpus, tmp_path):
    db, out = tmp_path / "ray.duckdb", tmp_path / "parquet"
    ingest_ray([corpus], db=db, out=out, batch_size=4)
    with Store(db, read_only=True) as store:
        reports = {r["id"]: json.loads(r["record"]) for r in store.sql("SELECT id, record FROM reports")}
        renamed = store.sql("SELECT id FROM articles WHERE id LIKE 'generated-0~%'")
    assert {e["id"]: e for e in events_from_parquet(out, modality=None)} == reports
    assert len(renamed) == 1

    again = ingest_ray([corpus], db=db, out=out, batch_size=4)
    assert (again.articles, again.events, again.skipped) == (0, 0, 16)
    assert len(events_from_parquet(out, modality=None)) == len(reports)
