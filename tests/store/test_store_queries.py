"""Queries, timelines, dyads, read-only SQL and exports over a small hand-made store."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyarrow.parquet as pq
import pytest
from conftest import article

from tidings.store import EXPORT_COLUMNS, QUADS, QueryError, Store


@pytest.fixture
def filled(store):
    store.add([
        article("p1", "CONSULT PAK>USA 2025-01-10/day: Dar held talks with Rubio in Washington.",
                "AGREE PAK,USA> 2025-01-12/day: Pakistan and the US announced a trade agreement.",
                published="2025-01-12"),
        article("p2", "ACCUSE USA>PAK 2025-03-05/day: Washington criticised Islamabad over the missile test.",
                "CONSULT PAK>USA 2025-03-20/day future: Dar will meet Rubio later this month.",
                published="2025-03-06"),
        article("p3", "AID USA>PAK 2025-03-25/day: The US sent flood aid worth $5 million to Pakistan.",
                "SANCTION USA>IRN 2025-03-25/day: The US Treasury sanctioned Iranian oil traders.",
                published="2025-03-26"),
        article("u1", "AID UN>PAK 2025-02-02/day: The UN airlifted tents to Sindh.", published="2025-02-03"),
    ])
    store.merge()
    return store


def test_store_events_filters(filled):
    assert len(filled.events()) == 6  # the future meeting is left out by default
    assert len(filled.events(modality=None)) == 7
    assert [e["event"] for e in filled.events(actor="pak")] == ["CONSULT", "AGREE"]
    assert [e["event"] for e in filled.events(actor="USA", recipient="PAK")] == ["ACCUSE", "AID"]
    assert [e["event"] for e in filled.events(actor="UN")] == ["AID"]
    assert [e["event"] for e in filled.events(type="aid")] == ["AID", "AID"]
    assert [e["date"] for e in filled.events(start="2025-03-01", end=date(2025, 3, 24))] == ["2025-03-05"]
    assert [e["event"] for e in filled.events(text="FLOOD aid")] == ["AID"]
    assert filled.events(text="100%") == []  # % is a character, not a wildcard
    assert len(filled.events(limit=2)) == 2


def test_store_events_records_carry_sources(filled):
    record = filled.events(type="ACCUSE")[0]
    assert record["sources"] == 1 and record["articles"] == ["p2"] and record["quad"] == "verbal_conflict"
    assert record["actor"][0]["country"] == "USA" and record["text"].startswith("Washington criticised")


def test_store_timeline_counts_by_quad_and_direction(filled):
    rows = filled.timeline("PAK", "USA", freq="month")
    assert [r["period"] for r in rows] == [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]
    january, february, march = rows
    assert (january["events"], january["verbal_cooperation"], january["a_to_b_events"], january["b_to_a_events"]) \
        == (2, 2, 1, 0)  # the joint agreement counts for the dyad, not for one direction
    assert january["mean_score"] == 2.5
    assert february["events"] == 0 and february["mean_score"] is None  # a quiet month is still a row
    assert (march["events"], march["verbal_conflict"], march["material_cooperation"]) == (2, 1, 1)
    assert (march["b_to_a_events"], march["a_to_b_events"]) == (2, 0)
    assert march["b_to_a_mean_score"] == pytest.approx((-2.0 + 10.0) / 2)
    assert {f"a_to_b_{q}" for q in QUADS} <= set(march)


def test_store_timeline_week_and_year(filled):
    assert [r["events"] for r in filled.timeline("USA", "PAK", freq="year")] == [4]
    weeks = filled.timeline("USA", "PAK", freq="week")
    assert weeks[0]["period"] == date(2025, 1, 6)  # weeks start on Monday
    assert sum(r["events"] for r in weeks) == 4


def test_store_dyads_and_actors(filled):
    dyads = filled.dyads()
    assert (dyads[0]["a"], dyads[0]["b"], dyads[0]["events"]) == ("PAK", "USA", 4)
    assert (dyads[0]["a_to_b"], dyads[0]["b_to_a"], dyads[0]["joint"]) == (1, 2, 1)
    assert {(d["a"], d["b"]) for d in dyads} == {("PAK", "USA"), ("PAK", "UN"), ("IRN", "USA")}
    assert filled.dyads(limit=1) == dyads[:1]
    actors = {a["code"]: a for a in filled.actors()}
    assert (actors["USA"]["events"], actors["USA"]["as_actor"], actors["USA"]["as_recipient"]) == (5, 4, 1)
    assert actors["IRN"]["mean_score"] == -6.0


def test_store_sql_reads(filled):
    assert filled.sql("SELECT count(*) AS n FROM events WHERE sources = ?", [1]) == [{"n": 7}]
    assert filled.sql("-- how many\nWITH x AS (SELECT * FROM events) SELECT count(*) AS n FROM x")[0]["n"] == 7
    assert {r["column_name"] for r in filled.sql("DESCRIBE events")} >= {"id", "sources"}
    assert {r["name"] for r in filled.sql("SHOW TABLES")} >= {"events", "mentions"}


@pytest.mark.parametrize("query", [
    "DROP TABLE events", "DELETE FROM events", "INSERT INTO errors VALUES ('x', 1, 'y', now())",
    "UPDATE events SET sources = 0", "SELECT 1; DROP TABLE events", "WITH x AS (SELECT 1) DELETE FROM events",
    "COPY events TO '/tmp/stolen.csv'", "ATTACH 'other.duckdb'", "PRAGMA version",
    "SELECT * FROM read_csv('/etc/hostname')", "", "   ",
])
def test_store_sql_refuses_anything_but_reading(filled, query):
    before = filled.counts()
    with pytest.raises(QueryError):
        filled.sql(query)
    assert filled.counts() == before


def test_store_sql_then_write_again(filled):
    filled.sql("SELECT 1")
    assert filled.merge().events == 6 + 1  # the store reopens read-write after a read-only query


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_store_export_read_back(filled, tmp_path, format):
    path = tmp_path / f"events.{format}"
    assert filled.export(path, format, actor="USA") == 4
    if format == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert [r["event"] for r in rows][:2] == ["AGREE", "ACCUSE"]  # earliest first
        assert all("sources" in r and "evidence" in r for r in rows)
        return
    if format == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            columns = reader.fieldnames
        assert rows[0]["actor_codes"] == "PAK;USA"
    else:
        table = pq.read_table(path)
        columns, rows = table.column_names, table.to_pylist()
        assert rows[0]["actor_codes"] == ["PAK", "USA"]
    assert tuple(columns) == EXPORT_COLUMNS
    assert [r["event"] for r in rows][:2] == ["AGREE", "ACCUSE"]  # earliest first
    assert {str(r["date_precision"]) for r in rows} == {"day"}
    assert str(rows[2]["date"]) == "2025-03-25"


def test_store_export_to_open_file(filled):
    out = io.StringIO()
    assert filled.export(out, "jsonl", type="AID", limit=1) == 1
    assert json.loads(out.getvalue())["event"] == "AID"


def test_store_export_empty_has_header(filled, tmp_path):
    path = tmp_path / "none.csv"
    assert filled.export(path, "csv", actor="FRA") == 0
    assert path.read_text(encoding="utf-8").strip().replace('"', "").split(",") == list(EXPORT_COLUMNS)


@pytest.mark.parametrize("call, message", [
    (lambda s: s.events(type="MEET"), "type must be a PLOVER type, one of AGREE"),
    (lambda s: s.events(actor="Pakistan; DROP TABLE events"), "actor must be a country or organisation code"),
    (lambda s: s.events(start="March 2025"), "start must be a date"),
    (lambda s: s.events(start="2025-03-01", end="2025-01-01"), "start 2025-03-01 is after end 2025-01-01"),
    (lambda s: s.events(modality="maybe"), "modality must be one of asserted"),
    (lambda s: s.events(limit=0), "limit must be a whole number"),
    (lambda s: s.events(text=""), "text must be some words"),
    (lambda s: s.timeline("PAK", "PAK"), "two different codes"),
    (lambda s: s.timeline("PAK", "USA", freq="day"), "freq must be one of week, month, year"),
    (lambda s: s.dyads(limit=-1), "limit must be a whole number"),
    (lambda s: s.export("x.xml", "xml"), "format must be one of jsonl, csv, parquet"),
    (lambda s: s.export("x.csv", "csv", country="PAK"), "unknown filter country"),
    (lambda s: s.export(io.BytesIO(), "parquet"), "needs a file name"),
])
def test_store_bad_parameters_raise_clear_errors(filled, call, message):
    with pytest.raises(QueryError, match=message):
        call(filled)


def test_store_read_only_store_queries(filled):
    path = filled.path
    filled.close()
    with Store(path, read_only=True) as reader:
        assert len(reader.events()) == 6
        assert reader.sql("SELECT count(*) AS n FROM articles") == [{"n": 4}]
