"""The dashboard: server-rendered pages over the event database, each with a JSON twin
under /api and a CSV twin ending in .csv that take the same query parameters.

    /                      overview           /api/overview            /overview.csv?part=
    /events?filters&page   events table       /api/events?...          /events.csv?...
    /event/{id}            one event          /api/event/{id}          /event/{id}.csv
    /dyad/{a}/{b}?freq=    a dyad over time   /api/dyad/{a}/{b}?...    /dyad/{a}/{b}.csv?part=
    /actor/{code}?freq=    one actor          /api/actor/{code}?...    /actor/{code}.csv?part=
    /api                   the API reference (from /openapi.json)

Nothing is fetched from elsewhere: styles and the charts (inline SVG) come from here.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import date
from enum import Enum
from functools import lru_cache, partial
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..events.lexicon import TYPES
from ..store import EXPORT_COLUMNS, FREQS, QUADS, QueryError, Store
from . import LOCAL_HOSTS, charts
from .highlight import highlight
from .queries import (
    MODALITY_CHOICES,
    Dashboard,
    EventFilter,
    code,
    day,
    frequency,
    period_end,
)

HERE = Path(__file__).parent
PAGE_SIZE, MAX_PAGE_SIZE = 50, 500
CHART_PERIODS = 156  # a chart shows at most this many periods, the latest: three years of weeks
# No inline scripts and nothing from elsewhere; links to articles leave no referrer.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(db_path: str | Path, *, hosts: tuple[str, ...] = LOCAL_HOSTS) -> FastAPI:
    """Return the dashboard over the database at ``db_path``, opened read-only. ``hosts``
    are the Host names it answers to (DNS-rebinding protection); ``("*",)`` for any."""
    store = Store(db_path, read_only=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # the overview and the compiled templates are ready before the first visitor asks
        _ = app.state.dashboard.overview
        for name in _templates().list_templates():
            _templates().get_template(name)
        yield
        store.close()

    app = FastAPI(
        title="tidings", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
        description="PLOVER event data from news articles. Every page has a JSON twin under `/api` and a CSV "
                    "twin ending in `.csv` that take the same query parameters. Parameters that are refused "
                    "give a 400 whose `detail` says what is accepted; an unknown event gives a 404.",
        openapi_tags=[{"name": "pages", "description": "HTML pages of the dashboard"},
                      {"name": "json", "description": "the JSON twin of each page"},
                      {"name": "csv", "description": "the CSV twin of each page; a page with several tables "
                                                     "takes `part` to choose one"}])
    app.state.dashboard = Dashboard(store)
    app.state.db_path = str(db_path)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    app.add_exception_handler(QueryError, _bad_parameter)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Moved, _moved)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
    return app


# -- rendering ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(name=code_name, period_label=charts.period_label, quads=QUADS, types=TYPES, freqs=FREQS,
                       modalities=MODALITY_CHOICES, safe_url=safe_url, version=__version__)
    env.filters.update(highlight=highlight, score=_score, number=lambda n: f"{n:,}" if n is not None else "–")
    return env


def _url(request: Request, path: str | None = None, keep: tuple[str, ...] | None = None, fragment: str = "",
         **changes) -> str:
    """A URL to ``path`` (this page when None) with this request's query parameters, only those
    named in ``keep`` when it is given, and ``changes`` made to them (None drops one)."""
    params = {k: v for k, v in request.query_params.items() if keep is None or k in keep}
    params.update(changes)
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return (path or request.url.path) + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")


def _page(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    query = request.url.query
    twins = {"json": f"/api{request.url.path if request.url.path != '/' else '/overview'}",
             "csv": f"{request.url.path if request.url.path != '/' else '/overview'}.csv"}
    twins = {k: v + (f"?{query}" if query else "") for k, v in twins.items()}
    html = _templates().get_template(template).render(request=request, url=partial(_url, request), twins=twins,
                                                      db=request.app.state.db_path, **context)
    return HTMLResponse(html, status_code=status_code)


def _csv(rows: list[dict], columns: tuple[str, ...] | None = None, skip: tuple[str, ...] = ()) -> Response:
    """Rows as CSV: lists joined by ';', empty for null, nested objects left out."""
    columns = [c for c in (columns or (rows[0].keys() if rows else ())) if c not in skip]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_cell(row.get(c)) for c in columns)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f}"


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Country and organisation names by code, from the actors stage's knowledge base."""
    data = HERE.parent / "actors" / "data"
    names: dict[str, str] = {}
    for file, key in (("countries.tsv", "code"), ("organisations.tsv", "org")):
        with open(data / file, encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            for row in csv.DictReader(lines, delimiter="\t"):
                if row.get(key) and row.get("name"):
                    names.setdefault(row[key], row["name"])
    return names


def code_name(value: str | None) -> str:
    """The name of a country or organisation code ('Pakistan' for PAK), else the code."""
    return _names().get(value or "", value or "")


def safe_url(value: str | None) -> str | None:
    """The URL when it is http(s), else None: an article's link must not run script."""
    return value if value and urlsplit(value).scheme in ("http", "https") else None


# -- errors ------------------------------------------------------------------------------------

class Moved(Exception):
    """The event asked for is a report merged into another event: answered with a redirect."""

    def __init__(self, location: str):
        self.location = location


def _error(request: Request, status: int, message: str) -> Response:
    path = request.url.path
    if path.startswith("/api/") or path == "/openapi.json":
        return JSONResponse({"detail": message}, status_code=status)
    if path.endswith(".csv"):
        return PlainTextResponse(message + "\n", status_code=status)
    return _page(request, "error.html", status, status=status, message=message)


async def _bad_parameter(request: Request, exc: QueryError) -> Response:
    return _error(request, 400, str(exc))


async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
    problems = []
    for error in exc.errors():
        name = error["loc"][-1] if error.get("loc") else "parameter"
        got = f"; got {error['input']!r}" if error.get("input") is not None else ""
        problems.append(f"{name}: {error['msg'][0].lower()}{error['msg'][1:]}{got}")
    return _error(request, 400, "; ".join(problems))


async def _moved(request: Request, exc: Moved) -> Response:
    return RedirectResponse(exc.location, status_code=307)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else \
        f"nothing at {request.url.path}; start from the overview at /"
    return _error(request, exc.status_code, str(message))


# -- parameters --------------------------------------------------------------------------------

def _dashboard(request: Request) -> Dashboard:
    return request.app.state.dashboard


Data = Annotated[Dashboard, Depends(_dashboard)]
CODE_HELP = "a country (ISO 3166-1 alpha-3, e.g. PAK) or organisation code (e.g. UN)"
Start = Annotated[str | None, Query(description="events whose window starts on or after this day (YYYY-MM-DD)")]
End = Annotated[str | None, Query(description="events whose window starts on or before this day (YYYY-MM-DD)")]
Modality = Annotated[str | None, Query(description=f"one of {', '.join(MODALITY_CHOICES)}; asserted unless given")]
Freq = Annotated[str, Query(description=f"the timeline's period: one of {', '.join(FREQS)}")]


def event_filter(
    actor: Annotated[str | None, Query(description=f"on the actor side: {CODE_HELP}")] = None,
    recipient: Annotated[str | None, Query(description=f"on the recipient side: {CODE_HELP}")] = None,
    type: Annotated[str | None, Query(description=f"a PLOVER type, one of {', '.join(TYPES)}")] = None,
    start: Start = None, end: End = None,
    q: Annotated[str | None, Query(description="words an evidence sentence contains (case-insensitive)")] = None,
    modality: Modality = None,
) -> EventFilter:
    return EventFilter.parse(actor, recipient, type, start, end, q, modality)


Filter = Annotated[EventFilter, Depends(event_filter)]
EventId = Annotated[str, PathParam(description="an event id; the id of one of its reports redirects to it")]
A = Annotated[str, PathParam(description=f"one side of the dyad: {CODE_HELP}")]
B = Annotated[str, PathParam(description=f"the other side: {CODE_HELP}")]
Code = Annotated[str, PathParam(description=CODE_HELP)]
Page = Annotated[int, Query(ge=1, description="the page, from 1")]
Size = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"events per page, at most {MAX_PAGE_SIZE}")]


def _part(name: str, *parts: str) -> type[Enum]:
    return Enum(name, {p: p for p in parts}, type=str)


OverviewPart = _part("OverviewPart", "summary", "quads", "monthly", "dyads", "actors", "latest")
DyadPart = _part("DyadPart", "timeline", "quads", "events")
ActorPart = _part("ActorPart", "timeline", "partners", "types", "latest")


def _event_columns(part: str) -> tuple[str, ...] | None:
    return EXPORT_COLUMNS if part in ("events", "latest") else None


# -- views: each computes one dict; its page renders it, /api returns it, .csv writes a table of it

router = APIRouter()
HTML = {"response_class": HTMLResponse, "tags": ["pages"]}
CSV = {"response_class": Response, "tags": ["csv"],
       "responses": {200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"},
                     400: {"description": "a parameter was refused; the body says what is accepted"}}}
JSON = {"tags": ["json"], "responses": {400: {"description": "a parameter was refused; `detail` says what is "
                                                             "accepted"}}}
NOT_FOUND = {404: {"description": "no such event"}, 307: {"description": "the id is a report merged into this "
                                                                         "event (Location)"}}


@router.get("/", **HTML, summary="Overview")
def overview_page(request: Request, data: Data):
    """Corpus size, date range, events by quad class and month, busiest dyads and actors, latest events."""
    view = data.overview
    monthly = view["monthly"]
    periods = [r["period"] for r in monthly]
    chart = charts.bar_chart(periods, "month", monthly, QUADS, href=lambda i: f"/events?start={periods[i]}&end="
                             f"{period_end(periods[i], 'month')}") if monthly else None
    return _page(request, "overview.html", view=view, chart=chart)


@router.get("/api/overview", **JSON, summary="Overview (JSON)")
def overview_json(data: Data) -> dict:
    """`summary` (counts and date ranges), `quads`, `monthly` (events by quad class over the last three
    years), `dyads` and `actors` (busiest ten), `latest` (ten latest events)."""
    return data.overview


@router.get("/overview.csv", **CSV, summary="Overview (CSV)")
def overview_csv(data: Data, part: Annotated[OverviewPart, Query(description="which table")] = "summary"):
    """One table of the overview, chosen by `part`; `summary` is one row."""
    part = OverviewPart(part).value
    view = data.overview
    rows = [view["summary"]] if part == "summary" else view[part]
    return _csv(rows, _event_columns(part))


@router.get("/events", **HTML, summary="Events table")
def events_page(request: Request, data: Data, f: Filter, page: Page = 1, size: Size = PAGE_SIZE):
    """The events matching the filters, latest first, a page at a time."""
    return _page(request, "events.html", view=data.events(f, page, size), f=f)


@router.get("/api/events", **JSON, summary="Events table (JSON)")
def events_json(data: Data, f: Filter, page: Page = 1, size: Size = PAGE_SIZE) -> dict:
    """`total` matching, `page`, `pages`, `size`, the `filters` applied and the page's `events`
    (the export columns of the event database, latest first)."""
    return data.events(f, page, size)


@router.get("/events.csv", **CSV, summary="Events table (CSV)")
def events_csv(data: Data, f: Filter, page: Page = 1, size: Size = PAGE_SIZE):
    """The page's events, one row each, in the export columns of the event database."""
    return _csv(data.events(f, page, size)["events"], EXPORT_COLUMNS)


def event_data(request: Request, data: Dashboard, id: str) -> dict:
    found = data.event(id)
    if found is not None:
        return found
    merged = data.event_of_report(id)
    if merged:
        query = f"?{request.url.query}" if request.url.query else ""
        raise Moved(request.url.path.replace(id, merged, 1) + query)
    raise HTTPException(404, f"no event {id!r} in this database")


@router.get("/event/{id}.csv", **{**CSV, "responses": {**CSV["responses"], **NOT_FOUND}},
            summary="One event's evidence (CSV)")
def event_csv(request: Request, data: Data, id: EventId):
    """One row per report of the event: its article, evidence sentence, trigger and date."""
    return _csv(event_data(request, data, id)["mentions"], skip=("terms",))


@router.get("/event/{id}", **HTML, summary="One event with its evidence", responses=NOT_FOUND)
def event_page(request: Request, data: Data, id: EventId):
    """Every evidence sentence with the actor, recipient, trigger and date words marked, and its article."""
    return _page(request, "event.html", event=event_data(request, data, id))


@router.get("/api/event/{id}", **{**JSON, "responses": {**JSON["responses"], **NOT_FOUND}}, summary="One event (JSON)")
def event_json(request: Request, data: Data, id: EventId) -> dict:
    """The event's export columns, its full `record`, and its `mentions`: every report with the article,
    evidence sentence and the `terms` (kind, words) to highlight in it."""
    return event_data(request, data, id)


def dyad_data(data: Dashboard, a: str, b: str, freq: str, start: str | None, end: str | None,
              modality: str | None, period: str | None, direction: str) -> dict:
    f = EventFilter.parse(start=start, end=end, modality=modality)
    return data.dyad(code("a", a), code("b", b), frequency(freq), f.start, f.end, f.store_modality,
                     day("period", period), direction)


class DyadParams:
    def __init__(self, a: A, b: B, freq: Freq = "month", start: Start = None, end: End = None,
                 modality: Modality = None,
                 period: Annotated[str | None, Query(description="list the events of the period holding this day "
                                                                 "(YYYY-MM-DD)")] = None,
                 direction: Annotated[str, Query(description="which events to list: both, forward (a on b) or "
                                                             "backward (b on a)")] = "both"):
        self.args = (a, b, freq, start, end, modality, period, direction)


@router.get("/dyad", **HTML, summary="Open a dyad", include_in_schema=False)
def dyad_form(a: str = "", b: str = ""):
    return RedirectResponse(f"/dyad/{code('a', a)}/{code('b', b)}", status_code=303)


@router.get("/dyad/{a}/{b}.csv", **CSV, summary="A dyad over time (CSV)")
def dyad_csv(data: Data, p: Annotated[DyadParams, Depends()],
             part: Annotated[DyadPart, Query(description="which table")] = "timeline"):
    """One table of the dyad view, chosen by `part`: the timeline, totals by quad class, or the events."""
    part = DyadPart(part).value
    return _csv(dyad_data(data, *p.args)[part], _event_columns(part))


@router.get("/dyad/{a}/{b}", **HTML, summary="A dyad over time")
def dyad_page(request: Request, data: Data, p: Annotated[DyadParams, Depends()]):
    """The conflict–cooperation score of a pair of codes by period, each way; counts by quad class; the events
    behind a chosen point."""
    view = dyad_data(data, *p.args)
    timeline, a, b, freq = view["timeline"][-CHART_PERIODS:], view["a"], view["b"], view["freq"]
    periods = [r["period"] for r in timeline]

    def href(direction: str) -> Callable[[int], str]:
        return lambda i: _url(request, period=periods[i].isoformat(), direction=direction, fragment="events")

    score = charts.score_chart(periods, freq, [
        charts.Series("all, with joint events", "both", [r["mean_score"] for r in timeline],
                      [r["events"] for r in timeline], href("both")),
        charts.Series(f"{a} → {b}", "forward", [r["a_to_b_mean_score"] for r in timeline],
                      [r["a_to_b_events"] for r in timeline], href("forward")),
        charts.Series(f"{b} → {a}", "backward", [r["b_to_a_mean_score"] for r in timeline],
                      [r["b_to_a_events"] for r in timeline], href("backward")),
    ]) if timeline else None
    bars = charts.bar_chart(periods, freq, timeline, QUADS, href("both")) if timeline else None
    return _page(request, "dyad.html", view=view, score=score, bars=bars, form={"freq": freq, **request.query_params},
                 clipped=len(view["timeline"]) - len(timeline))


@router.get("/api/dyad/{a}/{b}", **JSON, summary="A dyad over time (JSON)")
def dyad_json(data: Data, p: Annotated[DyadParams, Depends()]) -> dict:
    """`timeline` (one row per period: counts by quad class and mean score, both ways together, then `a_to_b_*`
    and `b_to_a_*`), `quads` (totals), `total` events listed by the filters and `events` (the latest 50)."""
    return dyad_data(data, *p.args)


def actor_data(data: Dashboard, code_: str, freq: str, start: str | None, end: str | None,
               modality: str | None) -> dict:
    f = EventFilter.parse(start=start, end=end, modality=modality)
    return data.actor(code("code", code_), frequency(freq), f.start, f.end, f.store_modality)


class ActorParams:
    def __init__(self, code: Code, freq: Freq = "month", start: Start = None, end: End = None,
                 modality: Modality = None):
        self.args = (code, freq, start, end, modality)


@router.get("/actor", **HTML, summary="Open an actor", include_in_schema=False)
def actor_form(code_: Annotated[str, Query(alias="code")] = ""):
    return RedirectResponse(f"/actor/{code('code', code_)}", status_code=303)


@router.get("/actor/{code}.csv", **CSV, summary="One actor (CSV)")
def actor_csv(data: Data, p: Annotated[ActorParams, Depends()],
              part: Annotated[ActorPart, Query(description="which table")] = "timeline"):
    """One table of the actor view, chosen by `part`."""
    part = ActorPart(part).value
    return _csv(actor_data(data, *p.args)[part], _event_columns(part))


@router.get("/actor/{code}", **HTML, summary="One actor")
def actor_page(request: Request, data: Data, p: Annotated[ActorParams, Depends()]):
    """What one country or organisation did and had done to it, by period; its partners and event types."""
    view = actor_data(data, *p.args)
    timeline, c, freq = view["timeline"][-CHART_PERIODS:], view["code"], view["freq"]
    periods = [r["period"] for r in timeline]

    def href(side: str) -> Callable[[int], str]:
        return lambda i: _url(request, "/events", ("modality",), **{
            side: c, "start": periods[i].isoformat(), "end": period_end(periods[i], freq).isoformat()})

    score = charts.score_chart(periods, freq, [
        charts.Series(f"{c} as actor", "forward", [r["as_actor_mean_score"] for r in timeline],
                      [r["as_actor"] for r in timeline], href("actor")),
        charts.Series(f"{c} as recipient", "backward", [r["as_recipient_mean_score"] for r in timeline],
                      [r["as_recipient"] for r in timeline], href("recipient")),
    ]) if timeline else None
    bars = charts.bar_chart(periods, freq, timeline, QUADS) if timeline else None
    return _page(request, "actor.html", view=view, score=score, bars=bars, form={"freq": freq, **request.query_params},
                 clipped=len(view["timeline"]) - len(timeline))


@router.get("/api/actor/{code}", **JSON, summary="One actor (JSON)")
def actor_json(data: Data, p: Annotated[ActorParams, Depends()]) -> dict:
    """`summary`, `timeline` (by period: counts by quad class, as actor and as recipient with mean scores),
    `partners` (busiest 15), `types` and `latest` (20 latest events)."""
    return actor_data(data, *p.args)


@router.get("/api", **HTML, summary="API reference")
def api_page(request: Request):
    """Every endpoint and its parameters, from the OpenAPI schema at /openapi.json."""
    schema = request.app.openapi()
    endpoints = [{"path": path, "tag": (op.get("tags") or [""])[0], "summary": op.get("summary", ""),
                  "description": op.get("description", ""),
                  "parameters": [_parameter(p, schema) for p in op.get("parameters", [])]}
                 for path, ops in schema["paths"].items() for op in ops.values()]
    # each page, then its JSON and CSV twins
    endpoints.sort(key=lambda e: (_view_of(e["path"]), ("pages", "json", "csv").index(e["tag"])))
    return _page(request, "api.html", endpoints=endpoints)


VIEWS = ("/", "/events", "/event/{id}", "/dyad/{a}/{b}", "/actor/{code}")


def _view_of(path: str) -> int:
    """The place in the reference of the view a path belongs to (its page or a twin)."""
    view = path.removesuffix(".csv")
    view = view[len("/api"):] if view.startswith("/api/") else view
    view = "/" if view == "/overview" else view
    return VIEWS.index(view) if view in VIEWS else len(VIEWS)


def _parameter(param: dict, schema: dict) -> dict:
    """A parameter of the OpenAPI schema as the reference page shows it: name, where, its
    type or choices, its default, its meaning."""
    spec = param.get("schema", {})
    if "$ref" in spec:
        spec = {**schema["components"]["schemas"][spec["$ref"].rsplit("/", 1)[-1]], **spec}
    kinds = [s.get("type") for s in spec.get("anyOf", [spec]) if s.get("type") != "null"]
    return {"name": param["name"], "in": param["in"], "required": param.get("required", False),
            "type": " | ".join(spec["enum"]) if "enum" in spec else " | ".join(filter(None, kinds)) or "string",
            "default": spec.get("default", ""), "description": param.get("description", "")}

