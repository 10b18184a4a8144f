"""Flat rows of the store's tables, from Articles and event records, as Arrow tables."""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

import pyarrow as pa

from ..model import Article
from .schema import ARTICLE_COLUMNS, ERROR_COLUMNS, REPORT_COLUMNS

_ARROW = {"VARCHAR[]": pa.list_(pa.string()), "VARCHAR": pa.string(), "JSON": pa.string(), "DATE": pa.date32(),
          "DOUBLE": pa.float64(), "INTEGER": pa.int32(), "TIMESTAMP": pa.timestamp("us"), "BOOLEAN": pa.bool_()}


def arrow_schema(columns: dict[str, str]) -> pa.Schema:
    """The Arrow schema of a table's columns (the SQL type's first word decides)."""
    return pa.schema([(name, _ARROW[sql.split()[0]]) for name, sql in columns.items()])


def arrow_table(rows: list[dict], columns: dict[str, str]) -> pa.Table:
    schema = arrow_schema(columns)
    return pa.Table.from_pylist([{k: row.get(k) for k in columns} for row in rows], schema=schema)


def text_hash(text: str) -> str:
    """The content hash that decides whether an article is already in the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def codes(entities: list[dict]) -> list[str]:
    """Every distinct country and organisation code of a side, in order."""
    out: list[str] = []
    for entity in entities:
        for code in (entity.get("country"), entity.get("org")):
            if code and code not in out:
                out.append(code)
    return out


def report_row(record: dict) -> dict:
    """The flat `reports` row of one event record (the output contract of DESIGN.md)."""
    actor = record.get("actor") or []
    recipient = record.get("recipient") or []
    first_actor = actor[0] if actor else {}
    first_recipient = recipient[0] if recipient else {}
    location = record.get("location") or {}
    amounts = record.get("amounts") or []
    amount = amounts[0] if amounts else {}
    span = record.get("span") or (None, None)
    return {
        "id": record["id"], "article": record["article"], "event": record["event"], "mode": record.get("mode"),
        "context": list(record.get("context") or []),
        "actor_codes": codes(actor), "recipient_codes": codes(recipient),
        "actor_country": first_actor.get("country"), "actor_org": first_actor.get("org"),
        "actor_name": first_actor.get("name"), "actor_sector": first_actor.get("sector"),
        "recipient_country": first_recipient.get("country"), "recipient_org": first_recipient.get("org"),
        "recipient_name": first_recipient.get("name"), "recipient_sector": first_recipient.get("sector"),
        "date": _day(record.get("date")), "date_end": _day(record.get("date_end")),
        "date_precision": record.get("date_precision") or "unknown", "date_text": record.get("date_text"),
        "location_name": location.get("name"), "location_country": location.get("country"),
        "lat": location.get("lat"), "lon": location.get("lon"),
        "amount": amount.get("value"), "currency": amount.get("currency"),
        "modality": record.get("modality") or "asserted", "text": record.get("text"),
        "span_start": span[0], "span_end": span[1], "trigger": record.get("trigger"),
        "score": record.get("score"), "confidence": record.get("confidence"), "cameo": record.get("cameo"),
        "record": json.dumps(record, ensure_ascii=False),
    }


def article_row(article: Article, hash: str, now: datetime) -> dict:
    return {
        "id": article.id, "hash": hash, "url": article.url, "source": article.source, "title": article.title,
        "published": article.published, "chars": len(article.text), "reports": len(article.events),
        "warnings": list(article.warnings), "ingested_at": now,
    }


def articles_table(rows: list[dict]) -> pa.Table:
    return arrow_table(rows, ARTICLE_COLUMNS)


def reports_table(rows: list[dict]) -> pa.Table:
    return arrow_table(rows, REPORT_COLUMNS)


def errors_table(rows: list[dict]) -> pa.Table:
    return arrow_table(rows, ERROR_COLUMNS)


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
