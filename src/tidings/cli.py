"""The command line: a thin shell over the Python API."""
from __future__ import annotations

import csv
import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ._exceptions import ReadError, TidingsError
from .model import Event
from .read import MAX_CHARS, read

app = typer.Typer(help="tidings: news articles -> dated, sourced PLOVER event data, offline.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True, soft_wrap=True)  # one line per error, however long


class EventFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    cameo = "cameo"


CSV_COLUMNS = ("id", "article", "event", "mode", "context", "actor_country", "actor_org", "actor_name",
               "actor_sector", "recipient_country", "recipient_org", "recipient_name", "recipient_sector",
               "date", "date_end", "date_precision", "date_text", "location", "lat", "lon", "amount", "currency",
               "modality", "score", "confidence", "cameo", "trigger", "text")


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


PUBLISHED = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for articles that state none.")
ACTORS = typer.Option([], "--actors", help="TSV file of your own actors (name, aliases, country, org, sector, "
                      "role, kind, start, end); repeatable; overrides the bundled knowledge base.")


def read_or_report(paths: list[Path], published: date | None, max_chars: int = MAX_CHARS):
    """Yield the articles of ``paths``, printing one line per article that could not be read."""
    state = {"read": 0, "errors": 0}

    def articles():
        for item in read(paths, published=published, max_chars=max_chars):
            if isinstance(item, ReadError):
                state["errors"] += 1
                err.print(f"[red]error[/red] {escape(str(item))}", highlight=False)
                continue
            state["read"] += 1
            for warning in item.warnings:
                err.print(f"[yellow]warning[/yellow] {escape(warning)}", highlight=False)
            yield item

    return articles(), state


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Text, JSON-lines, HTML or RSS/Atom files, or directories."),
    published: str | None = PUBLISHED,
    format: EventFormat = typer.Option(EventFormat.table, "--format", "-f", help="table (readable), jsonl (the "
                                       "PLOVER record), csv, or cameo (jsonl with CAMEO codes first)."),
    actors: list[Path] = ACTORS,
    all_events: bool = typer.Option(False, "--all", help="Also list negated, future and hypothetical events."),
    max_chars: int = typer.Option(MAX_CHARS, "--max-chars", help="Longest article read, in characters; a longer "
                                  "one is reported and skipped."),
) -> None:
    """Extract dated, sourced events from news articles."""
    from .pipeline import process

    articles, state = read_or_report(files, _published(published), max_chars)
    try:
        events = (e for a in process(articles, actors=tuple(actors)) for e in a.events
                  if all_events or format != EventFormat.table or e.modality == "asserted")
        write_events(events, format)
    except TidingsError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    if state["read"] == 0:
        raise typer.Exit(1)


def write_events(events, format: EventFormat) -> None:
    out = sys.stdout
    if format == EventFormat.jsonl:
        for e in events:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif format == EventFormat.cameo:
        for e in events:
            out.write(json.dumps({"cameo": e.cameo, **e.to_dict()}, ensure_ascii=False) + "\n")
    elif format == EventFormat.csv:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for e in events:
            writer.writerow(csv_row(e))
    else:
        _table(list(events))


def csv_row(e: Event) -> list:
    """One flat CSV row of an event: the first actor and recipient, the first amount."""
    first = lambda es: es[0] if es else None  # noqa: E731
    a, r = first(e.actor), first(e.recipient)
    amount = first(e.amounts)
    loc = e.location
    return [e.id, e.article, e.event, e.mode or "", ";".join(e.context),
            a.country if a else "", a.org if a else "", a.name if a else "", a.sector if a else "",
            r.country if r else "", r.org if r else "", r.name if r else "", r.sector if r else "",
            e.date or "", e.date_end or "", e.date_precision, e.date_text or "",
            loc.name if loc else "", loc.lat if loc else "", loc.lon if loc else "",
            amount.value if amount else "", amount.currency if amount else "",
            e.modality, e.score, round(e.confidence, 3), e.cameo or "", e.trigger, e.text]


def _who(entities) -> str:
    return ", ".join(f"{x.name} ({x.country or x.org or '?'}{'/' + x.sector if x.sector else ''})" for x in entities)


def _table(events: list) -> None:
    if not events:
        return
    table = Table(show_lines=True)
    for column in ("event", "actor", "recipient", "when", "where", "trigger", "sentence"):
        table.add_column(column, overflow="fold")
    for e in events:
        when = f"{e.date}..{e.date_end}" if e.date != e.date_end else str(e.date)
        table.add_row(f"{e.event}{'/' + e.mode if e.mode else ''}" + ("" if e.modality == "asserted" else f" ({e.modality})"),
                      _who(e.actor), _who(e.recipient), f"{when}\n{e.date_precision}: {e.date_text or ''}",
                      e.location.name if e.location else "", e.trigger, e.text[:160])
    Console().print(table)


@app.command()
def dates(
    file: str = typer.Argument(..., help="A text file, or - for standard input."),
    published: str | None = PUBLISHED,
    format: str = typer.Option("table", "--format", "-f", help="table or jsonl"),
) -> None:
    """List every temporal expression in a text with the window it resolves to."""
    from .read import article_from_text
    from .time import tag

    raw = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    try:
        article = article_from_text(raw, id=file, published=_published(published))
    except ReadError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(1) from None
    for warning in article.warnings:
        err.print(f"[yellow]warning[/yellow] {escape(warning)}", highlight=False)
    found = tag(article.text, article.published)
    rows = [{"span": list(t.span), "text": t.text, "date": t.date.isoformat(), "date_end": t.date_end.isoformat(),
             "precision": t.precision, "value": t.value, "relation": t.relation} for t in found]
    if format == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table()
    for column in ("span", "text", "date", "date_end", "precision", "relation"):
        table.add_column(column)
    for row in rows:
        table.add_row(f"{row['span'][0]}-{row['span'][1]}", row["text"], row["date"], row["date_end"],
                      row["precision"], row["relation"])
    Console().print(table)


@app.command()
def actors(
    files: list[Path] = typer.Argument(..., help="Article files."),
    published: str | None = PUBLISHED,
    actors: list[Path] = ACTORS,
) -> None:
    """List every actor mention in the articles and how it was resolved (for review)."""
    from .pipeline import process

    articles, _ = read_or_report(files, _published(published))
    table = Table()
    for column in ("article", "text", "name", "country", "org", "sector", "role", "how"):
        table.add_column(column, overflow="fold")
    for article in process(articles, actors=tuple(actors)):
        for m in article.mentions:
            e = m.entity
            table.add_row(article.id, m.text, e.name if e else "", (e.country or "") if e else "",
                          (e.org or "") if e else "", (e.sector or "") if e else "", (e.role or "") if e else "",
                          f"{m.label}:{m.how}")
    Console().print(table)


def _register_parts() -> None:
    """The store's commands (ingest, events, timeline, ...) and the dashboard's (serve)."""
    from .store.cli import register as register_store
    from .web.cli import register as register_web

    register_store(app)
    register_web(app)


_register_parts()
