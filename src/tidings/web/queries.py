"""The dashboard's reads: what each view shows, from the store's public queries and its
read-only SQL. Every value a visitor gives is validated here and bound as a parameter.

Parameters that are refused raise ``tidings.store.QueryError`` with a message that says
what is accepted; the app turns it into a 400.
"""
from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import cached_property

from ..events.lexicon import TYPES
from ..model import MODALITIES
from ..store import EXPORT_COLUMNS, FREQS, QUADS, QueryError, Store

__all__ = ["DIRECTIONS", "MODALITY_CHOICES", "Dashboard", "EventFilter", "code", "day", "frequency", "period_end"]

ALL = "all"
MODALITY_CHOICES = (*MODALITIES, ALL)
DIRECTIONS = ("both", "forward", "backward")  # a dyad's events: all, a on b, b on a
_CODE = re.compile(r"^[A-Z][A-Z0-9_-]{1,15}$")
# The columns of an events table row: the export contract, lists kept as lists.
_ROW_SELECT = ", ".join(f"e.{c}" for c in EXPORT_COLUMNS)


# -- parameters --------------------------------------------------------------------------------

def code(name: str, value: str) -> str:
    """Return a country or organisation code, upper-cased; refuse anything else."""
    value = value.strip().upper()
    if not _CODE.match(value):
        raise QueryError(f"{name} must be a country or organisation code such as PAK or UN; got {value!r}")
    return value


def day(name: str, value: str | None) -> date | None:
    """Return the date of a YYYY-MM-DD parameter, None when it is empty."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise QueryError(f"{name} must be a date written YYYY-MM-DD; got {value!r}") from None


def frequency(value: str) -> str:
    if value not in FREQS:
        raise QueryError(f"freq must be one of {', '.join(FREQS)}; got {value!r}")
    return value


def period_start(value: date, freq: str) -> date:
    """The first day of the week (a Monday), month or year that contains ``value``."""
    if freq == "week":
        return value - timedelta(days=value.weekday())
    if freq == "month":
        return value.replace(day=1)
    return value.replace(month=1, day=1)


def period_end(start: date, freq: str) -> date:
    """The last day of the period that starts on ``start``."""
    if freq == "week":
        return start + timedelta(days=6)
    if freq == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1)
    return date(start.year, 12, 31)


def periods(first: date, last: date, freq: str) -> list[date]:
    """Every period start from the one holding ``first`` to the one holding ``last``."""
    out, current = [], period_start(first, freq)
    while current <= last:
        out.append(current)
        current = period_end(current, freq) + timedelta(days=1)
    return out


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


@dataclass(frozen=True)
class EventFilter:
    """The filters of the events table; empty form fields mean no filter."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    start: date | None = None
    end: date | None = None
    q: str | None = None
    modality: str = "asserted"

    @classmethod
    def parse(cls, actor: str | None = None, recipient: str | None = None, type: str | None = None,
              start: str | None = None, end: str | None = None, q: str | None = None,
              modality: str | None = None) -> EventFilter:
        """Validate the query parameters of a request; raise QueryError naming what is accepted."""
        kind = _blank(type)
        if kind is not None and kind.upper() not in TYPES:
            raise QueryError(f"type must be a PLOVER type, one of {', '.join(TYPES)}; got {kind!r}")
        mood = _blank(modality) or "asserted"
        if mood not in MODALITY_CHOICES:
            raise QueryError(f"modality must be one of {', '.join(MODALITY_CHOICES)}; got {mood!r}")
        first, last = day("start", start), day("end", end)
        if first and last and first > last:
            raise QueryError(f"start {first} is after end {last}")
        text = _blank(q)
        if text is not None and len(text) > 200:
            raise QueryError(f"q must be at most 200 characters; got {len(text)}")
        return cls(actor=code("actor", actor) if _blank(actor) else None,
                   recipient=code("recipient", recipient) if _blank(recipient) else None,
                   type=kind.upper() if kind else None, start=first, end=last, q=text, modality=mood)

    def params(self) -> dict:
        """The filters as query parameters (for links), leaving out those not set."""
        out = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items() if v is not None}
        if out.get("modality") == "asserted":
            del out["modality"]
        return out

    def where(self) -> tuple[str, list]:
        """The SQL condition over ``events e`` and its parameters."""
        clauses, params = ["TRUE"], []
        if self.actor:
            clauses.append("list_contains(e.actor_codes, ?)")
            params.append(self.actor)
        if self.recipient:
            clauses.append("list_contains(e.recipient_codes, ?)")
            params.append(self.recipient)
        if self.type:
            clauses.append("e.event = ?")
            params.append(self.type)
        if self.start:
            clauses.append("e.date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("e.date <= ?")
            params.append(self.end)
        if self.q:
            # every report of an event is a mention, the describing one included
            clauses.append("e.id IN (SELECT m.event_id FROM mentions m WHERE contains(lower(m.text), ?))")
            params.append(self.q.lower())
        if self.modality != ALL:
            clauses.append("e.modality = ?")
            params.append(self.modality)
        return " AND ".join(clauses), params

    @property
    def store_modality(self) -> str | None:
        return None if self.modality == ALL else self.modality


# -- reads -------------------------------------------------------------------------------------

class Dashboard:
    """The reads behind every view, over one Store opened read-only.

    The database cannot change while the app holds it read-only, so the overview is
    computed once. One lock serialises reads: the store's connection is shared."""

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()

    def _sql(self, query: str, params: list | None = None) -> list[dict]:
        with self._lock:
            return self.store.sql(query, params or [])

    def _call(self, method: Callable, *args, **kwargs):
        with self._lock:
            return method(*args, **kwargs)

    # overview

    @cached_property
    def overview(self) -> dict:
        """Corpus size, date ranges, events by quad class and by month, busiest dyads and
        actors, and the latest events."""
        counts = self._call(self.store.counts)
        span = self._sql("""
            SELECT (SELECT min(date) FROM events) AS first_event, (SELECT max(date) FROM events) AS last_event,
                   min(published) AS first_published, max(published) AS last_published,
                   count(DISTINCT source) AS sources
            FROM articles""")[0]
        quads = {q: 0 for q in QUADS} | {r["quad"]: r["events"] for r in self._sql(
            "SELECT quad, count(*) AS events FROM events WHERE modality = 'asserted' AND quad IS NOT NULL "
            "GROUP BY quad")}
        monthly = self._sql(f"""
            SELECT date_trunc('month', date)::DATE AS period, count(*) AS events,
                   {', '.join(f"count(*) FILTER (WHERE quad = '{q}') AS {q}" for q in QUADS)}
            FROM events WHERE modality = 'asserted' AND date IS NOT NULL
              AND date >= (SELECT max(date) FROM events) - INTERVAL 3 YEAR
            GROUP BY period ORDER BY period""")
        summary = {"articles": counts["articles"], "reports": counts["reports"], "events": counts["events"],
                   "asserted_events": sum(quads.values()), "entities": counts["entities"], **span}
        return {"summary": summary, "quads": [{"quad": q, "events": n} for q, n in quads.items()],
                "monthly": _fill(monthly, "month"), "dyads": self._call(self.store.dyads, 10),
                "actors": self._call(self.store.actors, 10), "latest": self.latest(10)}

    def latest(self, limit: int, where: str = "e.modality = 'asserted'", params: list | None = None,
               offset: int = 0) -> list[dict]:
        """The export columns of the latest events matching ``where``, skipping ``offset``."""
        # Sort row ids alone, then fetch the page's columns: several times faster on deep pages.
        return self._sql(f"""
            SELECT {_ROW_SELECT} FROM events e WHERE e.rowid IN (
                SELECT e.rowid FROM events e WHERE {where} ORDER BY e.date DESC NULLS LAST, e.id LIMIT ? OFFSET ?)
            ORDER BY e.date DESC NULLS LAST, e.id""", [*(params or []), limit, offset])

    # events table

    def events(self, f: EventFilter, page: int, size: int) -> dict:
        """One page of the events matching ``f``, latest first, and how many match."""
        where, params = f.where()
        total = self._sql(f"SELECT count(*) AS n FROM events e WHERE {where}", params)[0]["n"]
        pages = max(1, -(-total // size))
        if page > pages:
            raise QueryError(f"page must be at most {pages} for these filters; got {page}")
        return {"total": total, "page": page, "pages": pages, "size": size, "filters": f.params(),
                "events": self.latest(size, where, params, offset=(page - 1) * size)}

    # one event

    def event(self, id: str) -> dict | None:
        """The event with its record and every report of it, each with its evidence sentence,
        article and the words to highlight; None when there is no such event."""
        found = self._sql(f"SELECT {_ROW_SELECT}, e.record FROM events e WHERE e.id = ?", [id])
        if not found:
            return None
        event = found[0]
        event["record"] = json.loads(event["record"])
        event["mentions"] = [
            {**{k: v for k, v in m.items() if k != "report"}, "terms": _terms(json.loads(m["report"] or "{}"))}
            for m in self._sql("""
                SELECT m.report_id, m.article, a.title, m.source, m.published, m.url, m.span_start, m.span_end,
                       m.text, m.trigger, m.date, m.date_end, m.date_precision, m.confidence, r.record AS report
                FROM mentions m LEFT JOIN articles a ON a.id = m.article LEFT JOIN reports r ON r.id = m.report_id
                WHERE m.event_id = ? ORDER BY m.published NULLS LAST, m.article, m.span_start""", [id])]
        return event

    def event_of_report(self, report_id: str) -> str | None:
        """The merged event a report id belongs to (ids from `tidings extract` are report ids)."""
        found = self._sql("SELECT event_id FROM mentions WHERE report_id = ?", [report_id])
        return found[0]["event_id"] if found else None

    # dyads

    def dyad(self, a: str, b: str, freq: str, start: date | None, end: date | None, modality: str | None,
             period: date | None, direction: str, limit: int = 50) -> dict:
        """The timeline of dyad ``a``–``b`` by ``freq`` in both directions, its totals by
        quad class and direction, and its events (of one period when ``period`` is given)."""
        if a == b:
            raise QueryError(f"a dyad needs two different codes; got {a} twice")
        if direction not in DIRECTIONS:
            raise QueryError(f"direction must be one of {', '.join(DIRECTIONS)}; got {direction!r}")
        timeline = self._call(self.store.timeline, a, b, freq=freq, start=start, end=end, modality=modality)
        totals = [{"quad": q, "events": sum(r[q] for r in timeline),
                   "forward": sum(r[f"a_to_b_{q}"] for r in timeline),
                   "backward": sum(r[f"b_to_a_{q}"] for r in timeline)} for q in QUADS]
        pair = "((d.actor = ? AND d.recipient = ?) OR (d.actor = ? AND d.recipient = ?))"
        params: list = [a, b, b, a]
        if direction != "both":
            pair = "d.actor = ? AND d.recipient = ? AND NOT d.joint"
            params = [a, b] if direction == "forward" else [b, a]
        where = [f"e.id IN (SELECT d.event_id FROM event_dyads d WHERE {pair})"]
        first = period_start(period, freq) if period else start
        last = period_end(first, freq) if period else end
        for clause, value in (("e.date >= ?", first), ("e.date <= ?", last), ("e.modality = ?", modality)):
            if value is not None:
                where.append(clause)
                params.append(value)
        condition = " AND ".join(where)
        total = self._sql(f"SELECT count(*) AS n FROM events e WHERE {condition}", params)[0]["n"]
        return {"a": a, "b": b, "freq": freq, "period": first if period else None,
                "period_end": last if period else None, "direction": direction, "timeline": timeline,
                "quads": totals, "total": total, "events": self.latest(limit, condition, params)}

    # actors

    def actor(self, c: str, freq: str, start: date | None, end: date | None, modality: str | None,
              limit: int = 20) -> dict:
        """What one code did and had done to it: totals, a timeline by ``freq``, its partners,
        its event types and its latest events."""
        where = ["(list_contains(e.actor_codes, ?) OR list_contains(e.recipient_codes, ?))"]
        params: list = [c, c]
        for clause, value in (("e.date >= ?", start), ("e.date <= ?", end), ("e.modality = ?", modality)):
            if value is not None:
                where.append(clause)
                params.append(value)
        condition = " AND ".join(where)
        side, receives = "list_contains(e.actor_codes, ?)", "list_contains(e.recipient_codes, ?)"
        summary = self._sql(f"""
            SELECT count(*) AS events, count(*) FILTER (WHERE {side}) AS as_actor,
                   count(*) FILTER (WHERE {receives}) AS as_recipient,
                   round(avg(e.score), 3) AS mean_score, min(e.date) AS first, max(e.date) AS last
            FROM events e WHERE {condition}""", [c, c, *params])[0]
        timeline = self._sql(f"""
            SELECT date_trunc(?, e.date)::DATE AS period, count(*) AS events,
                   {', '.join(f"count(*) FILTER (WHERE e.quad = '{q}') AS {q}" for q in QUADS)},
                   count(*) FILTER (WHERE {side}) AS as_actor,
                   round(avg(e.score) FILTER (WHERE {side}), 3) AS as_actor_mean_score,
                   count(*) FILTER (WHERE {receives}) AS as_recipient,
                   round(avg(e.score) FILTER (WHERE {receives}), 3) AS as_recipient_mean_score
            FROM events e WHERE {condition} AND e.date IS NOT NULL GROUP BY period ORDER BY period""",
                             [freq, c, c, c, c, *params])
        dyad_where, dyad_params = ["(d.actor = ? OR d.recipient = ?)"], [c, c]
        for clause, value in (("d.date >= ?", start), ("d.date <= ?", end), ("d.modality = ?", modality)):
            if value is not None:
                dyad_where.append(clause)
                dyad_params.append(value)
        partners = self._sql(f"""
            WITH pairs AS (
                SELECT d.event_id, CASE WHEN d.actor = ? THEN d.recipient ELSE d.actor END AS partner,
                       bool_or(d.actor = ? AND NOT d.joint) AS acts,
                       bool_or(d.recipient = ? AND NOT d.joint) AS receives,
                       bool_or(d.joint) AS together, any_value(d.score) AS score
                FROM event_dyads d WHERE {' AND '.join(dyad_where)} GROUP BY ALL)
            SELECT partner, count(*) AS events, count(*) FILTER (WHERE acts) AS to_partner,
                   count(*) FILTER (WHERE receives) AS from_partner, count(*) FILTER (WHERE together) AS joint,
                   round(avg(score), 3) AS mean_score
            FROM pairs GROUP BY partner ORDER BY events DESC, partner LIMIT 15""", [c, c, c, *dyad_params])
        types = self._sql(f"""
            SELECT e.event AS type, any_value(e.quad) AS quad, count(*) AS events,
                   count(*) FILTER (WHERE {side}) AS as_actor,
                   count(*) FILTER (WHERE {receives}) AS as_recipient
            FROM events e WHERE {condition} GROUP BY e.event ORDER BY events DESC, type""", [c, c, *params])
        return {"code": c, "freq": freq, "summary": summary, "timeline": _fill(timeline, freq),
                "partners": partners, "types": types, "latest": self.latest(limit, condition, params)}


# -- helpers -----------------------------------------------------------------------------------

def _fill(rows: list[dict], freq: str) -> list[dict]:
    """Rows by period with the quiet periods between them added as zeros (no mean score)."""
    if not rows:
        return []
    known = {r["period"]: r for r in rows}
    empty = {k: (None if "mean" in k else 0) for k in rows[0]}
    return [known.get(p) or {**empty, "period": p} for p in periods(rows[0]["period"], rows[-1]["period"], freq)]


def _terms(record: dict) -> list[tuple[str, str]]:
    """The words of one report to highlight in its sentence, as (kind, words): actor and
    recipient names as written and as resolved, the trigger, the date words."""
    terms: list[tuple[str, str]] = []
    for side in ("actor", "recipient"):
        for entity in record.get(side) or []:
            for words in (entity.get("text"), entity.get("name")):
                if words and (side, words) not in terms:
                    terms.append((side, words))
    for kind, key in (("trigger", "trigger"), ("date", "date_text")):
        if record.get(key):
            terms.append((kind, record[key]))
    return terms
