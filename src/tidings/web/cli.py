"""The `serve` command: the dashboard over an event database, in the browser.

``register(app)`` adds it to the tidings command line; it needs the ``web`` extra only
when it runs, so the command line works without it and says how to install it.
"""
from __future__ import annotations

import ipaddress
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .._exceptions import MissingExtra, TidingsError
from . import LOCAL_HOSTS, _web

err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the tidings command line."""
    app.command()(serve)


def serve(
    db: Path = typer.Option(Path("tidings.duckdb"), "--db", help="The event database (a DuckDB file)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; the default lets only this "
                             "computer in."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """Open the event database in the browser: a dashboard and its JSON and CSV API.

    The database is opened read-only; stop the server (Ctrl-C) before ingesting into it."""
    try:
        web = _web("tidings serve")
        try:
            import uvicorn
        except ModuleNotFoundError:
            raise MissingExtra("web", "tidings serve") from None
        # Host names are checked against DNS rebinding unless the user chose to listen beyond this machine.
        application = web.create_app(db, hosts=LOCAL_HOSTS if _loopback(host) else ("*",))
    except TidingsError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)  # keeps "[web]" from being markup
        raise typer.Exit(1) from None
    if not _loopback(host):
        err.print(f"[yellow]warning[/yellow] listening on {escape(host)}: other computers can read this database",
                  highlight=False)
    shown = f"[{host}]" if ":" in host else host
    err.print(escape(f"tidings dashboard for {db} at http://{shown}:{port}/ (Ctrl-C to stop)"), highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
