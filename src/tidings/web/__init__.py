"""The serve stage: a dashboard over the event database, and its JSON and CSV API.

    >>> from tidings.web import create_app
    >>> app = create_app("tidings.duckdb")      # a FastAPI app; `tidings serve` runs it

Needs the ``web`` extra (``pip install 'tidings[web]'``); importing this package does
not, so the command line can say so instead of failing.
"""
from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from .._exceptions import MissingExtra

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["LOCAL_HOSTS", "create_app"]

LOCAL_HOSTS = ("127.0.0.1", "localhost")  # the Host names answered by default (DNS-rebinding protection)

_EXTRA = ("fastapi", "starlette", "jinja2", "uvicorn")


def _web(feature: str) -> ModuleType:
    """The app module; MissingExtra naming ``feature`` when the web extra is not installed."""
    try:
        from . import app
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] in _EXTRA:
            raise MissingExtra("web", feature) from None
        raise
    return app


def create_app(db_path: str | Path, *, hosts: tuple[str, ...] = LOCAL_HOSTS) -> FastAPI:
    """Return the dashboard's FastAPI app over the database at ``db_path``, opened read-only;
    it answers to the Host names ``hosts`` (``("*",)`` for any).

    Raises MissingExtra when the ``web`` extra is not installed, and StoreError when the
    database is missing or another process is writing it."""
    return _web("tidings.web").create_app(db_path, hosts=hosts)
