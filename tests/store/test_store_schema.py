"""The database's tables are those SCHEMA.md documents, column for column."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

import tidings.store
from tidings.store import Store, StoreError, schema

SCHEMA_MD = Path(tidings.store.__file__).parent / "SCHEMA.md"


def documented() -> dict[str, set[str]]:
    """table -> columns named in the first cell of each row of its table in the schema docstring."""
    tables, current = {}, None
    for line in schema.__doc__.splitlines():
        heading = re.match(r"^## (\w+) — ", line)
        if line.startswith("## "):
            current = tables.setdefault(heading.group(1), set()) if heading else None
        elif current is not None and line.startswith("| `"):
            current.update(re.findall(r"`(\w+)`", line.split("|")[1]))
    return tables


def documented_export() -> list[str]:
    section = schema.__doc__.split("## Exports")[1].split("## ")[0]
    return re.findall(r"`(\w+)`", section.split("in this order")[1])


def test_store_schema_every_column_documented(store):
    found = {}
    for row in store.sql("SELECT table_name, column_name FROM information_schema.columns "
                                   "WHERE table_schema = 'main'"):
        found.setdefault(row["table_name"], set()).add(row["column_name"])
    assert found == documented()


def test_store_schema_markdown_is_the_docstring():
    assert SCHEMA_MD.read_text(encoding="utf-8") == schema.__doc__


def test_store_schema_export_columns_documented():
    assert documented_export() == list(tidings.store.EXPORT_COLUMNS)
    assert set(tidings.store.EXPORT_COLUMNS) <= documented()["events"]


def test_store_schema_version_checked(tmp_path):
    path = tmp_path / "old.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 0"):
        Store(path)


def test_store_read_only_refuses_missing_file_and_writes(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    Store(tmp_path / "db.duckdb").close()
    with Store(tmp_path / "db.duckdb", read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.merge()


def test_store_public_names_exported():
    for name in tidings.store.__all__:
        assert getattr(tidings.store, name) is not None
