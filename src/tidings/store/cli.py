"""The event-database commands: a thin shell over ``tidings.store.Store``.

``register(app)`` adds ingest, events, timeline, dyads, sql, merge and export to the
tidings command line. Every command that prints rows takes the same output options:
``--format table|jsonl|csv|parquet`` and ``--out FILE``.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .._exceptions import TidingsError
from .merge import MAX_WINDOW_DAYS, MIN_OVERLAP, MIN_SIMILARITY, WINDOW_DAYS
from .store import QUADS, IngestResult, Store

err = Console(stderr=True)


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Freq(str, Enum):
    week = "week"
    month = "month"
    year = "year"


# One set of options shared by every command.
DB = typer.Option(Path("tidings.duckdb"), "--db", help="The event database (a DuckDB file).")
FORMAT = typer.Option(Format.table, "--format", "-f", help="table (readable), jsonl, csv or parquet (needs --out).")
OUT = typer.Option(None, "--out", "-o", help="Write to this file instead of standard output.")
ACTOR = typer.Option(None, "--actor", help="Country or organisation code on the actor side, e.g. PAK or UN.")
RECIPIENT = typer.Option(None, "--recipient", help="Country or organisation code on the recipient side.")
TYPE = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT.")
START = typer.Option(None, "--start", help="Events whose window starts on or after this day (YYYY-MM-DD).")
END = typer.Option(None, "--end", help="Events whose window starts on or before this day (YYYY-MM-DD).")
TEXT = typer.Option(None, "--text", help="Words that an evidence sentence contains (case-insensitive).")
ALL = typer.Option(False, "--all", help="Also negated, future and hypothetical events.")
LIMIT = typer.Option(None, "--limit", "-n", help="At most this many rows (a table shows 100 unless told).")


def register(app: typer.Typer) -> None:
    """Add the event-database commands to the tidings command line."""
    for command in (ingest, merge, events, timeline, dyads, sql, export):
        app.command()(command)


def ingest(
    paths: list[Path] = typer.Argument(..., help="Text, JSON-lines, HTML or RSS/Atom files, or directories."),
    db: Path = DB,
    published: str | None = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for "
                                         "articles that state none."),
    actors: list[Path] = typer.Option([], "--actors", help="TSV file of your own actors; repeatable."),
    processes: int = typer.Option(1, "--processes", "-p",
                                  help="Extract with this many worker processes (each loads the model once)."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles per batch (and per transaction)."),
    engine: str = typer.Option("local", "--engine", help="local (this machine, --processes) or ray (a Ray "
                               "cluster, --processes workers; needs pip install 'tidings[ray]')."),
    address: str | None = typer.Option(None, "--address", help="With --engine ray: the cluster's address "
                                       "(default: a local Ray)."),
    out: Path | None = typer.Option(None, "--out", help="With --engine ray: where the Parquet files go "
                                    "(default: beside the database)."),
) -> None:
    """Ingest articles into the event database, then merge reports of one happening.

    Articles already in the database are skipped, so a killed run continues when run again."""
    day = _date("--published", published)
    if engine not in {"local", "ray"}:
        raise typer.BadParameter(f"--engine must be local or ray, not {engine!r}")
    if engine == "ray":
        from ..scale import ingest_ray

        with _errors():
            result = ingest_ray(paths, db=db, out=out, address=address, num_workers=max(processes, 2),
                                batch_size=batch_size, published=day, actors=tuple(actors))
        err.print(escape(str(result)), highlight=False)
        return
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    last = IngestResult()
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.fields[articles]} articles"),
               TextColumn("{task.fields[rate]:.1f}/s"), TextColumn("{task.fields[events]} events"),
               TextColumn("{task.fields[skipped]} skipped"), TextColumn("{task.fields[errors]} errors"),
               TimeElapsedColumn())
    with _errors(), Store(db) as store, Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("ingesting", total=None, articles=0, rate=0.0, events=0, skipped=0, errors=0)

        def show(result: IngestResult) -> None:
            nonlocal last
            last = result
            bar.update(task, articles=result.processed, rate=result.rate, events=result.events,
                       skipped=result.skipped, errors=result.errors)

        try:
            result = store.ingest(paths, published=day, actors=tuple(actors), batch_size=batch_size,
                                  n_process=processes, progress=show, merge=False)
            show(result)
            bar.update(task, description="merging")
            result.merge = store.merge()
            bar.update(task, description="done")
        except KeyboardInterrupt:
            bar.stop()
            err.print(f"[yellow]interrupted[/yellow]: {last.articles} articles committed; run the same command "
                      "again to continue where it stopped")
            raise typer.Exit(130) from None
        problems = store.errors(since=started)
    _summary(result, problems, db)
    if result.errors and not result.articles and not result.skipped:
        raise typer.Exit(1)  # nothing could be read


def _summary(result: IngestResult, problems: list[dict], db: Path) -> None:
    table = Table(title=f"ingested into {db}", show_header=False)
    for label, value in (("articles ingested", result.articles), ("already in the database", result.skipped),
                         ("events extracted", result.events), ("errors", result.errors),
                         ("articles per second", f"{result.rate:.1f}"), ("merged", str(result.merge))):
        table.add_row(label, str(value))
    err.print(table)
    for problem in problems[:20]:
        where = f"{problem['source']}:{problem['line']}" if problem["line"] is not None else problem["source"]
        err.print(f"[red]error[/red] {escape(str(where))}: {escape(str(problem['reason']))}", highlight=False)
    if len(problems) > 20:
        err.print(f"... and {len(problems) - 20} more: tidings sql \"SELECT * FROM errors\" --db {db}")


def merge(
    db: Path = DB,
    window_days: int | None = typer.Option(None, "--window-days", help="Days before its publication that an "
                                           f"event dated only by it may have happened (default {WINDOW_DAYS})."),
    min_similarity: float | None = typer.Option(None, "--min-similarity", help="Least Jaccard index (0..1) of "
                                                "the content words of two evidence sentences (default "
                                                f"{MIN_SIMILARITY})."),
    min_overlap: float | None = typer.Option(None, "--min-overlap", help="Least overlap (0..1) of the parties: "
                                             f"shared / the smaller set (default {MIN_OVERLAP})."),
    max_window_days: int | None = typer.Option(None, "--max-window-days", help="Reports dated more vaguely "
                                               f"than this many days are never merged (default {MAX_WINDOW_DAYS})."),
) -> None:
    """Merge the reports of one happening into events again (thresholds left out keep their last value)."""
    with _errors(), Store(db) as store:
        result = store.merge(window_days=window_days, min_similarity=min_similarity, min_overlap=min_overlap,
                             max_window_days=max_window_days)
    err.print(f"merged: {result}")


def events(
    db: Path = DB, actor: str | None = ACTOR, recipient: str | None = RECIPIENT, type: str | None = TYPE,
    start: str | None = START, end: str | None = END, text: str | None = TEXT, all: bool = ALL,
    limit: int | None = LIMIT, format: Format = FORMAT, out: Path | None = OUT,
    parquet: Path | None = typer.Option(None, "--parquet", help="Query the Parquet folder of a Ray ingest "
                                        "in place instead of the database (each article's events, before "
                                        "merging; --format table or jsonl)."),
) -> None:
    """List merged events matching the filters, earliest first."""
    filters = dict(actor=actor, recipient=recipient, type=type, start=start, end=end, text=text,
                   modality=None if all else "asserted")
    if parquet is not None:
        from ..scale import events_from_parquet

        if format not in (Format.table, Format.jsonl):
            raise typer.BadParameter("with --parquet, table or jsonl (the files are Parquet already: "
                                     "read them with DuckDB or pyarrow)", param_hint="--format")
        with _errors():
            found = events_from_parquet(parquet, **filters, limit=limit or (None if format == Format.jsonl else 100))
    else:
        with _errors(), Store(db, read_only=True) as store:
            if format != Format.table:
                _export(store, out, format.value, limit=limit, **filters)
                return
            found = store.events(**filters, limit=limit or 100)
    if format == Format.jsonl:  # only --parquet gets here
        _emit(found, format, out)
        return
    table = Table(show_lines=True)
    for column in ("event", "actor", "recipient", "when", "sources", "sentence"):
        table.add_column(column, overflow="fold")
    for e in found:
        when = e["date"] if e["date"] == e["date_end"] else f"{e['date']}..{e['date_end']}"
        table.add_row(f"{e['event']}{'/' + e['mode'] if e['mode'] else ''}"
                      + ("" if e["modality"] == "asserted" else f" ({e['modality']})"),
                      _who(e["actor"]), _who(e["recipient"]), f"{when}\n{e['date_precision']}",
                      str(e.get("sources", 1)), (e["text"] or "")[:200])
    _print_table(table, out)
    if limit is None and len(found) == 100:
        err.print("showing the first 100 events; use --limit N or --format jsonl for more")


def timeline(
    a: str = typer.Argument(..., help="A country or organisation code, e.g. PAK."),
    b: str = typer.Argument(..., help="Another code, e.g. USA."),
    freq: Freq = typer.Option(Freq.month, "--freq", help="week, month or year."),
    db: Path = DB, start: str | None = START, end: str | None = END, format: Format = FORMAT,
    out: Path | None = OUT,
) -> None:
    """Events of a dyad per period: counts by quad class and mean score, both ways and each way."""
    with _errors(), Store(db, read_only=True) as store:
        rows = store.timeline(a, b, freq.value, start=start, end=end)
    if format != Format.table:
        _emit(rows, format, out)
        return
    a, b = a.upper(), b.upper()
    if not rows:
        err.print(f"no dated events between {a} and {b}")
        return
    table = Table(title=f"{a} – {b} by {freq.value}")
    for column in ("period", "events", "verbal coop", "material coop", "verbal confl", "material confl",
                   "mean score", f"{a}→{b}", "score", f"{b}→{a}", "score"):
        table.add_column(column, justify="right", overflow="fold")
    for row in rows:
        table.add_row(str(row["period"]), str(row["events"]), *(str(row[q]) for q in QUADS),
                      _score(row["mean_score"]), str(row["a_to_b_events"]), _score(row["a_to_b_mean_score"]),
                      str(row["b_to_a_events"]), _score(row["b_to_a_mean_score"]))
    _print_table(table, out)


def dyads(
    db: Path = DB, limit: int = typer.Option(20, "--limit", "-n", help="How many."),
    actors: bool = typer.Option(False, "--actors", help="List the most active actors instead (a table "
                                "shows both)."),
    format: Format = FORMAT, out: Path | None = OUT,
) -> None:
    """The most active dyads and actors, with event counts and mean conflict–cooperation scores."""
    with _errors(), Store(db, read_only=True) as store:
        pairs = store.dyads(limit)
        busiest = store.actors(limit)
    if format != Format.table:
        _emit(busiest if actors else pairs, format, out)
        return
    _emit(pairs, format, out, title="most active dyads")
    _emit(busiest, format, out, title="most active actors")


def sql(
    query: str = typer.Argument(..., help='One SELECT, WITH, DESCRIBE or SHOW statement, e.g. "SELECT * FROM events".'),
    db: Path = DB, format: Format = FORMAT, out: Path | None = OUT,
) -> None:
    """Run a read-only SQL query on the event database (the tables are described in the README)."""
    with _errors(), Store(db, read_only=True) as store:
        rows = store.sql(query)
    _emit(rows, format, out)


def export(
    db: Path = DB,
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl (the event "
                                        "records), csv or parquet (the columns listed in the README)."),
    out: Path | None = OUT, actor: str | None = ACTOR, recipient: str | None = RECIPIENT,
    type: str | None = TYPE, start: str | None = START, end: str | None = END, text: str | None = TEXT,
    all: bool = ALL,
) -> None:
    """Export merged events: PLOVER JSON lines, CSV or Parquet."""
    with _errors(), Store(db, read_only=True) as store:
        written = _export(store, out, format.value, actor=actor, recipient=recipient, type=type, start=start,
                          end=end, text=text, modality=None if all else "asserted")
    if out is not None:
        err.print(f"{written} events written to {out}")


# -- output ------------------------------------------------------------------------------------

def _export(store: Store, out: Path | None, format: str, **filters) -> int:
    if out is None and format == "parquet":
        raise typer.BadParameter("Parquet is binary: give a file with --out FILE", param_hint="--format")
    return store.export(out if out is not None else sys.stdout, format, **filters)


def _emit(rows: list[dict], format: Format, out: Path | None, *, title: str | None = None) -> None:
    """Write rows in the chosen format: the one output path of every command that prints rows."""
    if format == Format.parquet:
        if out is None:
            raise typer.BadParameter("Parquet is binary: give a file with --out FILE", param_hint="--format")
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), str(out))
        return
    with _opened(out) as handle:
        if format == Format.jsonl:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False, default=_plain) + "\n")
        elif format == Format.csv:
            if rows:
                writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        else:
            table = Table(title=title)
            for column in (rows[0] if rows else ()):
                table.add_column(column, overflow="fold")
            for row in rows:
                table.add_row(*(_cell(v) for v in row.values()))
            Console(file=handle, width=None if handle is sys.stdout else 200).print(table)
    if not rows:
        err.print("no rows")


def _print_table(table: Table, out: Path | None) -> None:
    with _opened(out) as handle:
        Console(file=handle, width=None if handle is sys.stdout else 200).print(table)


@contextmanager
def _opened(out: Path | None) -> Iterator:
    if out is None:
        yield sys.stdout
        return
    with open(out, "w", encoding="utf-8", newline="") as handle:
        yield handle


@contextmanager
def _errors() -> Iterator[None]:
    """Turn tidings' own errors into one red line and exit status 2."""
    try:
        yield
    except TidingsError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None


def _date(option: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option) from None


def _who(entities: list[dict]) -> str:
    return ", ".join(f"{x['name']} ({x.get('country') or x.get('org') or '?'})" for x in entities)


def _score(value) -> str:
    return "" if value is None else f"{value:+.2f}"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(map(str, value))
    return str(value)


def _plain(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)
