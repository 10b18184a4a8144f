"""Response times of the dashboard's pages and API on a large event database.

    python benchmarks/web.py [--events 100000] [--repeat 20] [--db PATH] [--keep]

Fills a fresh store with synthetic events written straight into its tables in bulk
(Arrow tables; no parsing, no merging: every event is one report of one article),
then starts the app (which computes the overview) and requests every page, JSON and CSV
twin ``--repeat`` times through FastAPI's TestClient; prints a Markdown table: the first
request, the median and the slowest, and the page's size.
The issue asks under 300 ms per page on 100,000 events.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from tidings.events.lexicon import TYPES, lexicon
from tidings.store import Store
from tidings.store.rows import arrow_table, report_row
from tidings.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, REPORT_COLUMNS

CODES = ("USA CHN RUS UKR PAK IND AFG IRN ISR TUR GBR FRA DEU JPN KOR PRK SAU EGY NGA KEN ETH SOM SDN "
         "BRA MEX COL VEN ARG IDN PHL AUS CAN POL SYR IRQ LBN YEM QAT UN EU").split()
WORDS = ("talks troops aid border agreement ministers protest missile sanctions ceasefire visit oil loan "
         "election refugees drones trade summit prisoners port").split()
FIRST_DAY, DAYS = date(2016, 1, 1), 3650
PER_ARTICLE = 5


def _entity(code: str) -> dict:
    org = len(code) == 2
    return {"text": code, "name": f"Government of {code}" if not org else f"The {code}", "country": None if org
            else code, "org": code if org else None, "sector": "GOV" if not org else None, "role": None,
            "kind": "organisation" if org else "state"}


def records(n: int, seed: int = 7) -> list[dict]:
    """``n`` event records of the output contract; busier codes and types come up more often."""
    rng = random.Random(seed)
    lex = lexicon()
    code_weights = [1 / (i + 1) for i in range(len(CODES))]
    type_weights = [3 if t in ("CONSULT", "ACCUSE", "ASSAULT", "AGREE") else 1 for t in TYPES]
    out = []
    for i in range(n):
        actor, recipient = rng.choices(CODES, code_weights, k=2)
        type_ = rng.choices(TYPES, type_weights)[0]
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        words = " ".join(rng.sample(WORDS, 4))
        text = f"Officials of {actor} and {recipient} {type_.lower()} over {words} (story {i})."
        out.append({
            "id": hashlib.sha1(f"bench|{i}".encode()).hexdigest()[:16], "article": f"bench-{i // PER_ARTICLE:06d}",
            "event": type_, "mode": None, "context": [], "actor": [_entity(actor)],
            "recipient": [] if recipient == actor else [_entity(recipient)],
            "date": day.isoformat(), "date_end": day.isoformat(), "date_precision": "day", "date_text": "Tuesday",
            "location": None, "amounts": [], "modality": rng.choices(("asserted", "future", "negated"), (85, 10, 5))[0],
            "text": text, "span": [0, len(text)], "trigger": type_.lower(), "score": lex.scores[(type_, "")],
            "confidence": 0.8, "cameo": None, "evidence": [[0, len(text)]],
        })
    return out


def fill(path: Path, n: int) -> None:
    """Write ``n`` synthetic events into a new store at ``path``: articles, reports, events,
    mentions, event_dyads and entities, consistent with one another."""
    Store(path).close()  # creates the schema
    quads = lexicon().quads
    reports = [report_row(r) for r in records(n)]
    now = datetime.now()
    published = {}
    for row in reports:
        published.setdefault(row["article"], row["date"] + timedelta(days=1))
    articles = [{"id": a, "hash": hashlib.sha256(a.encode()).hexdigest(), "url": f"https://example.org/{a}",
                 "source": f"Outlet {i % 12}", "title": f"Story {a}", "published": day, "chars": 2000,
                 "reports": PER_ARTICLE, "warnings": [], "ingested_at": now}
                for i, (a, day) in enumerate(published.items())]
    events, mentions = [], []
    for row in reports:
        day = published[row["article"]]
        merged = {"quad": quads[row["event"]], "sources": 1, "reports": 1, "articles": [row["article"]]}
        events.append({**row, **merged, "first_reported": day, "last_reported": day,
                       "record": json.dumps({**json.loads(row["record"]), **merged})})
        mentions.append({"event_id": row["id"], "report_id": row["id"], "article": row["article"], "published": day,
                         "source": "Outlet", "url": f"https://example.org/{row['article']}", **{
                             k: row[k] for k in ("span_start", "span_end", "text", "trigger", "date", "date_end",
                                                 "date_precision", "confidence")}})
    con = duckdb.connect(str(path))
    try:
        for table, rows, columns in (("articles", articles, ARTICLE_COLUMNS), ("reports", reports, REPORT_COLUMNS),
                                     ("events", events, EVENT_COLUMNS), ("mentions", mentions, MENTION_COLUMNS)):
            con.register("_rows", arrow_table(rows, columns))
            con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _rows")
            con.unregister("_rows")
        con.execute("""
            INSERT INTO event_dyads
            SELECT e.id, a.code, r.code, FALSE, e.event, e.quad, e.modality, e.date, e.score
            FROM events e, unnest(e.actor_codes) AS a(code), unnest(e.recipient_codes) AS r(code)
            WHERE a.code <> r.code""")
        con.execute("""
            INSERT INTO entities
            SELECT actor_name, actor_country, actor_org, actor_sector, 'state', count(*), count(*)
            FROM events GROUP BY ALL""")
    finally:
        con.close()


def pages(client) -> list[tuple[str, str]]:
    """(what, URL) for every page and twin, with ids and periods taken from the data."""
    event = client.get("/api/events?actor=USA&recipient=CHN&size=1").json()["events"][0]["id"]
    return [
        ("overview", "/"), ("overview JSON", "/api/overview"), ("overview CSV", "/overview.csv?part=dyads"),
        ("events, first page", "/events"), ("events, page 500", "/events?page=500"),
        ("events, actor+type+dates", "/events?actor=USA&type=CONSULT&start=2020-01-01&end=2022-12-31"),
        ("events, text search", "/events?q=ceasefire+summit"), ("events JSON", "/api/events?actor=CHN&size=100"),
        ("events CSV, 500 rows", "/events.csv?recipient=RUS&size=500"), ("event", f"/event/{event}"),
        ("event JSON", f"/api/event/{event}"), ("event CSV", f"/event/{event}.csv"),
        ("dyad, by month", "/dyad/CHN/USA"), ("dyad, by week", "/dyad/CHN/USA?freq=week"),
        ("dyad, one month's events", "/dyad/CHN/USA?period=2020-03-01&direction=forward"),
        ("dyad JSON", "/api/dyad/CHN/USA"), ("dyad CSV", "/dyad/CHN/USA.csv?part=events"),
        ("actor", "/actor/USA"), ("actor, by week", "/actor/USA?freq=week"), ("actor JSON", "/api/actor/RUS"),
        ("actor CSV", "/actor/RUS.csv?part=partners"),
    ]


def measure(db: Path, repeat: int) -> tuple[float, list[dict]]:
    """The app's start-up time (it computes the overview then) and the timings of every URL."""
    from fastapi.testclient import TestClient

    from tidings.web import create_app

    started = time.perf_counter()
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        startup = time.perf_counter() - started
        rows = []
        for what, url in pages(client):
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{url}: {response.status_code} {response.text[:300]}")
            rows.append({"what": what, "url": url, "first": times[0], "median": statistics.median(times),
                         "max": max(times), "bytes": len(response.content)})
    return startup, rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--db", type=Path, help="Use (or keep) the database here instead of a temporary one.")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore", DeprecationWarning)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "web-bench.duckdb"
        if not db.exists():
            started = time.perf_counter()
            fill(db, args.events)
            print(f"filled {db} with {args.events:,} events in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        startup, rows = measure(db, args.repeat)
    print("| view | URL | first ms | median ms | max ms | KB |\n|---|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['what']} | `{r['url']}` | {r['first']:.0f} | {r['median']:.0f} | {r['max']:.0f} | "
              f"{r['bytes'] / 1024:.0f} |")
    slow = [r["what"] for r in rows if r["median"] > 300]
    print(f"\n{len(rows)} URLs, {args.repeat} requests each; median over 300 ms: {', '.join(slow) or 'none'}; "
          f"the app started in {startup:.1f} s (it computes the overview then)")


if __name__ == "__main__":
    main()
