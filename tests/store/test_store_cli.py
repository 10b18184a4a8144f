"""The event-database commands, run through typer's test runner over a stand-in pipeline."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
import typer
from conftest import corpus
from typer.testing import CliRunner

from tidings.store import EXPORT_COLUMNS
from tidings.store.cli import register

COMMANDS = {"ingest", "merge", "events", "timeline", "dyads", "sql", "export"}


@pytest.fixture
def app():
    app = typer.Typer()
    register(app)
    return app


@pytest.fixture
def run(app):
    runner = CliRunner(env={"COLUMNS": "160"})

    def invoke(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture
def db(tmp_path, run, fake_pipeline):
    source = corpus(tmp_path / "corpus", 12)
    (source / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    path = tmp_path / "cli.duckdb"
    result = run("ingest", source, "--db", path, "--batch-size", 5)
    assert result.exit_code == 0, result.output
    assert "articles ingested" in result.output and "12" in result.output
    assert "bad.jsonl:1" in result.output and "malformed JSON" in result.output
    return path


def test_store_cli_registers_every_command(app):
    assert {c.callback.__name__ for c in app.registered_commands} == COMMANDS


def test_store_cli_ingest_again_adds_nothing(run, db, tmp_path):
    result = run("ingest", tmp_path / "corpus", "--db", db)
    assert result.exit_code == 0
    assert run("sql", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "jsonl").output.strip() \
        == '{"n": 12}'


def test_store_cli_events_formats(run, db, tmp_path):
    lines = run("events", "--db", db, "--actor", "PAK", "--format", "jsonl").output.splitlines()
    assert len(lines) == 3 and all(json.loads(line)["event"] == "CONSULT" for line in lines)
    csv_out = run("events", "--db", db, "--type", "sanction", "--format", "csv", "--limit", "2").output
    assert csv_out.splitlines()[0].split(",") == list(EXPORT_COLUMNS) and len(csv_out.splitlines()) == 3
    table = run("events", "--db", db, "--recipient", "UKR")
    assert table.exit_code == 0 and "ASSAULT" in table.output
    out = tmp_path / "events.parquet"
    assert run("events", "--db", db, "--format", "parquet", "--out", out).exit_code == 0
    assert pq.read_table(out).num_rows == 12


def test_store_cli_timeline_and_dyads(run, db):
    rows = [json.loads(line) for line in run("timeline", "usa", "nic", "--db", db, "--freq", "year",
                                             "--format", "jsonl").output.splitlines()]
    assert [(r["period"], r["events"], r["material_conflict"], r["a_to_b_events"]) for r in rows] \
        == [("2025-01-01", 3, 3, 3)]
    table = run("timeline", "PAK", "USA", "--db", db)
    assert table.exit_code == 0 and "PAK→USA" in table.output
    dyads = run("dyads", "--db", db, "--limit", "2", "--format", "csv").output.splitlines()
    assert dyads[0].startswith("a,b,events") and len(dyads) == 3
    actors = run("dyads", "--db", db, "--actors", "--format", "jsonl").output.splitlines()
    assert {json.loads(line)["code"] for line in actors} == {"PAK", "USA", "KEN", "ETH", "NIC", "RUS", "UKR"}
    both = run("dyads", "--db", db)
    assert "most active dyads" in both.output and "most active actors" in both.output


def test_store_cli_sql_refuses_writes(run, db):
    result = run("sql", "DELETE FROM events", "--db", db)
    assert result.exit_code == 2 and "only SELECT, WITH, DESCRIBE, SHOW" in result.output
    assert run("sql", "SELECT count(*) AS n FROM events", "--db", db, "--format", "csv").output.split() == ["n", "12"]


def test_store_cli_export_and_merge(run, db, tmp_path):
    out = tmp_path / "all.jsonl"
    result = run("export", "--db", db, "--format", "jsonl", "--out", out)
    assert result.exit_code == 0 and "12 events written" in result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 12
    refused = run("export", "--db", db, "--format", "parquet")
    assert refused.exit_code != 0 and "--out" in refused.output
    merged = run("merge", "--db", db, "--min-similarity", "0.2")
    assert merged.exit_code == 0 and "12 reports -> 12 events" in merged.output


def test_store_cli_clear_errors(run, tmp_path):
    missing = run("events", "--db", tmp_path / "none.duckdb")
    assert missing.exit_code == 2 and "no database at" in missing.output
    run("merge", "--db", tmp_path / "empty.duckdb")
    bad = run("events", "--db", tmp_path / "empty.duckdb", "--type", "MEET")
    assert bad.exit_code == 2 and "type must be a PLOVER type" in bad.output
    bad_date = run("ingest", tmp_path, "--db", tmp_path / "empty.duckdb", "--published", "yesterday")
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    (tmp_path / "unreadable").mkdir()
    (tmp_path / "unreadable" / "empty.txt").write_text("", encoding="utf-8")
    nothing = run("ingest", tmp_path / "unreadable", "--db", tmp_path / "empty.duckdb")
    assert nothing.exit_code == 1 and "empty file" in nothing.output
