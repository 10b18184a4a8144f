"""The Parquet of a Ray ingest, queried in place; and the Ray extra's message. No spaCy, no Ray."""
from __future__ import annotations

import builtins
import hashlib
from datetime import date

import pyarrow as pa
import pytest

from tidings import MissingExtra
from tidings.model import Amount, Article, Entity, Event, Location
from tidings.scale import ParquetError, events_from_parquet, ingest_ray, parquet
from tidings.store import QueryError


def state(code: str) -> Entity:
    return Entity(text=code, name=f"Government of {code}", country=code, sector="GOV", kind="state")


def event(article: str, type: str, actor: str, recipient: str, day: str, text: str, *,
          modality: str = "asserted") -> Event:
    return Event(
        id=hashlib.sha1(f"{article}|{type}|{text}".encode()).hexdigest()[:16], article=article, event=type,
        mode=None, context=["diplomatic"], actor=[state(actor)], recipient=[state(recipient)],
        date=date.fromisoformat(day), date_end=date.fromisoformat(day), date_precision="day", date_text=day,
        location=Location("Nairobi", "KEN", -1.28, 36.82), amounts=[Amount(25e6, "USD", "$25 million")],
        modality=modality, text=text, span=(0, len(text)), trigger="met", score=2.5, confidence=0.812,
        evidence=[(0, 3)],
    )


def article(id: str, published: date | None, *events: Event) -> Article:
    return Article(id=id, text=" ".join(e.text for e in events) or "Nothing happened.", published=published,
                   source="Wire", url=f"https://example.org/{id}", title=id, events=list(events))


@pytest.fixture
def out(tmp_path):
    rows = [parquet.row(a) for a in (
        article("a1", date(2025, 3, 4), event("a1", "CONSULT", "KEN", "ETH", "2025-03-03", "Kenya met Ethiopia."),
                event("a1", "AGREE", "KEN", "ETH", "2025-03-05", "They will sign a deal.", modality="future")),
        article("a2", date(2025, 4, 1), event("a2", "SANCTION", "USA", "NIC", "2025-03-30", "The US sanctioned it.")),
        article("a3", None),
    )]
    parquet.write(pa.Table.from_pylist(rows, schema=parquet.SCHEMA), tmp_path / "out", "run-0")
    return tmp_path / "out"


def test_scale_parquet_partitions_by_publication_month(out):
    assert sorted(p.parent.name for p in parquet.files(out)) == ["month=2025-03", "month=2025-04", "month=unknown"]


def test_scale_parquet_row_gives_back_the_article_and_its_records():
    original = article("a1", date(2025, 3, 4), event("a1", "CONSULT", "KEN", "ETH", "2025-03-03", "Kenya met."))
    back = parquet.article(pa.Table.from_pylist([parquet.row(original)], schema=parquet.SCHEMA).to_pylist()[0])
    assert back == original
    assert [e.to_dict() for e in back.events] == [e.to_dict() for e in original.events]


def test_scale_events_from_parquet_filters_as_the_store_does(out):
    assert [e["event"] for e in events_from_parquet(out)] == ["CONSULT", "SANCTION"]
    assert [e["event"] for e in events_from_parquet(out, modality=None)] == ["CONSULT", "AGREE", "SANCTION"]
    assert [e["article"] for e in events_from_parquet(out, actor="ken", recipient="ETH")] == ["a1"]
    assert [e["event"] for e in events_from_parquet(out, type="sanction", start="2025-03-01")] == ["SANCTION"]
    assert events_from_parquet(out, text="SIGN A DEAL", modality="future")[0]["event"] == "AGREE"
    assert events_from_parquet(out, end="2025-03-01") == []
    assert len(events_from_parquet(out, modality=None, limit=1)) == 1


def test_scale_events_from_parquet_returns_the_records_written(out):
    (found,) = events_from_parquet(out, type="CONSULT")
    assert found == event("a1", "CONSULT", "KEN", "ETH", "2025-03-03", "Kenya met Ethiopia.").to_dict()


def test_scale_events_from_parquet_refuses_a_bad_filter(out):
    with pytest.raises(QueryError, match="PLOVER type"):
        events_from_parquet(out, type="CHAT")


def test_scale_events_from_parquet_says_when_there_is_no_parquet(tmp_path):
    with pytest.raises(ParquetError, match=r"no Parquet under .*--engine ray --out DIR"):
        events_from_parquet(tmp_path)


def test_scale_ingest_ray_without_ray_names_the_extra(monkeypatch, tmp_path):
    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(MissingExtra, match=r"--engine ray needs the 'ray' extra: pip install 'tidings\[ray\]'"):
        ingest_ray([tmp_path], db=tmp_path / "t.duckdb")


def test_scale_events_cli_reads_parquet_as_a_table_or_json_lines(out):
    import json

    import typer
    from typer.testing import CliRunner

    from tidings.store.cli import register

    app = typer.Typer()
    register(app)
    run = lambda *args: CliRunner(env={"COLUMNS": "160"}).invoke(app, ["events", "--parquet", str(out), *args])  # noqa: E731
    table = run()
    assert table.exit_code == 0 and "SANCTION" in table.output and "Kenya met Ethiopia." in table.output
    lines = run("--format", "jsonl", "--all").output.splitlines()
    assert [json.loads(line)["event"] for line in lines] == ["CONSULT", "AGREE", "SANCTION"]
    refused = run("--format", "csv")
    assert refused.exit_code != 0 and "table or jsonl" in refused.output
