"""Hand-made events for the store's tests, and a stand-in for the pipeline that codes them.

A line of an article's text such as

    CONSULT KEN>ETH 2025-03-03/day: The Kenyan and Ethiopian foreign ministers met in Nairobi.

is coded by ``fake_process`` as one event: type, actor codes ">" recipient codes (comma
separated; three letters a country, else an organisation), the window ``DAY[..END]/PRECISION``
and, after the colon, the evidence sentence. Other lines are ignored. So ingest, resume and
merging are tested without loading spaCy.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from tidings.model import Article, Entity, Event

LINE = re.compile(r"^(?P<type>[A-Z]+) (?P<actor>[A-Z,]*)>(?P<recipient>[A-Z,]*) "
                  r"(?P<day>\d{4}-\d\d-\d\d)(?:\.\.(?P<end>\d{4}-\d\d-\d\d))?/(?P<precision>[a-z]+)"
                  r"(?: (?P<modality>negated|future|hypothetical))?: (?P<text>.+)$", re.M)
SCORES = {"CONSULT": 2.5, "AGREE": 2.5, "AID": 10.0, "ACCUSE": -2.0, "SANCTION": -6.0, "ASSAULT": -9.0,
          "PROTEST": -5.0}


def entity(code: str) -> Entity:
    if len(code) == 3:
        return Entity(text=code, name=f"Government of {code}", country=code, sector="GOV", kind="state")
    return Entity(text=code, name=f"The {code}", org=code, kind="organisation")


def make_event(article: str, type: str, actor: str, recipient: str, day: str, *, end: str | None = None,
               precision: str = "day", text: str = "", span: tuple[int, int] = (0, 0),
               modality: str = "asserted") -> Event:
    """One Event as the pipeline would code it; ``actor``/``recipient`` are comma-separated codes."""
    start = date.fromisoformat(day)
    return Event(
        id=hashlib.sha1(f"{article}|{type}|{span[0]}".encode()).hexdigest()[:16], article=article, event=type,
        mode=None, context=[], actor=[entity(c) for c in actor.split(",") if c],
        recipient=[entity(c) for c in recipient.split(",") if c], date=start,
        date_end=date.fromisoformat(end) if end else start, date_precision=precision, date_text=day,
        location=None, amounts=[], modality=modality, text=text, span=span, trigger=type.lower(),
        score=SCORES.get(type, 0.0), confidence=0.8,
    )


def code(article: Article) -> Article:
    article.events = [
        make_event(article.id, m["type"], m["actor"], m["recipient"], m["day"], end=m["end"],
                   precision=m["precision"], text=m["text"], span=(m.start("text"), m.end("text")),
                   modality=m["modality"] or "asserted")
        for m in LINE.finditer(article.text)
    ]
    return article


def fake_process(articles, *, actors=(), batch_size=32, n_process=1):
    """Stands in for tidings.pipeline.process: lazy, in order, codes the lines described above."""
    for article in articles:
        yield code(article)


def article(id: str, *lines: str, published: str = "2025-03-04", source: str = "Wire") -> Article:
    return code(Article(id=id, text="\n".join(lines), published=date.fromisoformat(published), source=source,
                        url=f"https://example.org/{id}", title=f"Title of {id}"))


def write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def corpus(directory: Path, n: int = 40) -> Path:
    """A directory of ``n`` small articles (four JSON-lines files) about a few dyads over months."""
    directory.mkdir(parents=True, exist_ok=True)
    dyads = [("PAK", "USA", "CONSULT"), ("KEN", "ETH", "AGREE"), ("USA", "NIC", "SANCTION"), ("RUS", "UKR", "ASSAULT")]
    records = []
    for i in range(n):
        a, b, type_ = dyads[i % 4]
        day = date(2025, 1, 6) + timedelta(days=9 * i)
        records.append({"id": f"story-{i:03d}", "published": (day + timedelta(days=1)).isoformat(),
                        "source": f"Outlet {i % 3}", "title": f"Story {i}",
                        "text": f"Story number {i} about {a} and {b}.\n"
                                f"{type_} {a}>{b} {day}/day: Officials of {a} and {b} in story {i} did {type_}."})
    for part in range(4):
        write_jsonl(directory / f"part-{part}.jsonl", records[part::4])
    return directory


def snapshot(path: Path) -> dict[str, list]:
    """Every table's rows, sorted, without the columns that record when a row was written."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = 'main' ORDER BY 1").fetchall():
            columns = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE "
                                                 "table_name = ? ORDER BY ordinal_position", [table]).fetchall()
                       if c not in ("ingested_at", "seen_at")]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


@pytest.fixture
def fake_pipeline(monkeypatch):
    import tidings.pipeline

    monkeypatch.setattr(tidings.pipeline, "process", fake_process)
    return fake_process


@pytest.fixture
def store(tmp_path):
    from tidings.store import Store

    with Store(tmp_path / "test.duckdb") as s:
        yield s
