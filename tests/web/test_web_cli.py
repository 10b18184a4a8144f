"""The `serve` command: defaults safe, a clear message without the web extra."""
from __future__ import annotations

import sys

import pytest
import typer
from typer.testing import CliRunner

import tidings.web
from tidings.web.cli import register


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """tidings"""

    return app


@pytest.fixture
def served(monkeypatch):
    """Stand in for uvicorn.run; records the app, host and port it was given."""
    uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install 'tidings[web]'")
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: calls.append((app, host, port)))
    return calls


def test_web_cli_serve_binds_localhost_by_default(cli, served, web_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db)])
    assert result.exit_code == 0, result.output
    (app, host, port), = served
    assert (host, port) == ("127.0.0.1", 8000)
    assert app.state.dashboard.store.read_only
    assert "http://127.0.0.1:8000/" in result.output


def test_web_cli_serve_beyond_localhost_warns(cli, served, web_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db), "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert served[0][1:] == ("0.0.0.0", 8123)
    assert "other computers can read this database" in result.output


def test_web_cli_serve_missing_database(cli, served, tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no database at" in result.output and not served


def test_web_cli_serve_without_the_web_extra_says_how_to_install(cli, monkeypatch, web_db):
    monkeypatch.setitem(sys.modules, "fastapi", None)  # importing it now fails as if it were not installed
    monkeypatch.delitem(sys.modules, "tidings.web.app", raising=False)
    monkeypatch.delattr(tidings.web, "app", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db)])
    assert result.exit_code == 1
    assert "tidings serve needs the 'web' extra: pip install 'tidings[web]'" in " ".join(result.output.split())
