"""Every page, its JSON and CSV twins, refused parameters, 404s and hostile text, through
FastAPI's TestClient over the hand-made store of conftest.py."""
from __future__ import annotations

import csv
import io
import re

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'tidings[web]'")

from tidings.events.lexicon import TYPES  # noqa: E402
from tidings.store import EXPORT_COLUMNS  # noqa: E402


def rows(response) -> list[dict]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def event_id(client, **filters) -> str:
    found = client.get("/api/events", params=filters).json()["events"]
    assert len(found) == 1, found
    return found[0]["id"]


# -- overview ----------------------------------------------------------------------------------

def test_web_overview_shows_corpus_dyads_actors_latest(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'id="stat-events">7<' in page.text and 'id="stat-articles">6<' in page.text
    assert 'href="/dyad/PAK/USA"' in page.text and 'href="/actor/PAK"' in page.text
    assert "2025-01-10 – 2025-03-25" in page.text  # the events' date range


def test_web_overview_json_and_csv_twins(client):
    view = client.get("/api/overview").json()
    assert view["summary"]["events"] == 8 and view["summary"]["asserted_events"] == 7
    assert view["summary"]["first_event"] == "2025-01-10" and view["summary"]["last_event"] == "2025-03-25"
    assert (view["dyads"][0]["a"], view["dyads"][0]["b"], view["dyads"][0]["events"]) == ("PAK", "USA", 4)
    assert view["actors"][0]["code"] == "PAK"
    assert [e["date"] for e in view["latest"]][:2] == ["2025-03-25", "2025-03-25"]
    assert [m["period"] for m in view["monthly"]] == ["2025-01-01", "2025-02-01", "2025-03-01"]
    summary = rows(client.get("/overview.csv"))
    assert len(summary) == 1 and summary[0]["asserted_events"] == "7"
    dyads = rows(client.get("/overview.csv?part=dyads"))
    assert (dyads[0]["a"], dyads[0]["b"], dyads[0]["events"]) == ("PAK", "USA", "4")
    assert list(rows(client.get("/overview.csv?part=latest"))[0]) == list(EXPORT_COLUMNS)


def test_web_overview_csv_refuses_unknown_part(client):
    response = client.get("/overview.csv?part=everything")
    assert response.status_code == 400
    assert "part" in response.text and "'dyads'" in response.text and "'everything'" in response.text


# -- events table ------------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "expected"), [
    ("", 7),
    ("actor=PAK", 2),                       # the talks and the joint agreement
    ("actor=pak&recipient=usa", 1),         # codes are case-insensitive
    ("recipient=PAK", 3),
    ("type=aid", 2),
    ("start=2025-03-01", 3),
    ("start=2025-02-01&end=2025-02-28", 2),
    ("q=FLOOD AID", 1),
    ("q=100%", 0),                          # % is a character, not a wildcard
    ("modality=future", 1),
    ("modality=all", 8),
    ("actor=&recipient=&type=&start=&end=&q=", 7),  # an empty form field is no filter
])
def test_web_events_filters(client, query, expected):
    view = client.get(f"/api/events?{query}").json()
    assert view["total"] == expected and len(view["events"]) == expected


def test_web_events_latest_first_and_paginated(client):
    first = client.get("/api/events?size=3").json()
    assert (first["total"], first["pages"], first["page"]) == (7, 3, 1)
    dates = [e["date"] for e in first["events"]]
    assert dates == sorted(dates, reverse=True)
    third = client.get("/api/events?size=3&page=3").json()
    assert len(third["events"]) == 1 and third["events"][0]["date"] == "2025-01-10"
    seen = {e["id"] for p in (1, 2, 3) for e in client.get(f"/api/events?size=3&page={p}").json()["events"]}
    assert len(seen) == 7


def test_web_events_page_lists_and_links(client):
    page = client.get("/events?type=SANCTION")
    assert page.status_code == 200
    assert "1 event matches" in page.text
    assert page.text.count('class="event-link"') == 1
    assert re.search(r'<option selected>SANCTION</option>', page.text)  # the form keeps the filter
    paged = client.get("/events?size=3&page=2").text
    assert 'href="/events?size=3&amp;page=3"' in paged and 'href="/events?size=3&amp;page=1"' in paged


def test_web_events_csv_twin_has_the_same_rows(client):
    json_ids = [e["id"] for e in client.get("/api/events?recipient=PAK").json()["events"]]
    found = rows(client.get("/events.csv?recipient=PAK"))
    assert [r["id"] for r in found] == json_ids
    assert list(found[0]) == list(EXPORT_COLUMNS)
    assert found[0]["recipient_codes"] == "PAK"  # lists joined by ';'


@pytest.mark.parametrize(("query", "message"), [
    ("start=2025-13-01", "start must be a date written YYYY-MM-DD; got '2025-13-01'"),
    ("end=yesterday", "end must be a date written YYYY-MM-DD"),
    ("start=2025-03-01&end=2025-01-01", "start 2025-03-01 is after end 2025-01-01"),
    ("type=HUG", "type must be a PLOVER type, one of " + ", ".join(TYPES)),
    ("actor=Pakistan%20or%201=1", "actor must be a country or organisation code"),
    ("modality=maybe", "modality must be one of asserted, negated, future, hypothetical, all"),
    ("page=0", "page: input should be greater than or equal to 1"),
    ("page=two", "page: input should be a valid integer"),
    ("size=100000", "size: input should be less than or equal to 500"),
    ("page=9", "page must be at most 1 for these filters; got 9"),
])
def test_web_events_bad_parameters_are_400_with_a_message(client, query, message):
    for path, read in (("/api/events", lambda r: r.json()["detail"]), ("/events.csv", lambda r: r.text),
                       ("/events", lambda r: r.text)):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query)
        assert message.replace("'", "&#39;") in read(response) if path == "/events" else message in read(response)


def test_web_events_parameters_are_bound_not_formatted(client):
    assert client.get("/api/events", params={"q": "' OR 1=1 --"}).json()["total"] == 0
    assert client.get("/api/events", params={"q": "x'); DROP TABLE events; --"}).json()["total"] == 0
    assert client.get("/api/events").json()["total"] == 7


# -- one event ---------------------------------------------------------------------------------

def test_web_event_page_marks_actor_recipient_trigger_and_date(client):
    page = client.get(f"/event/{event_id(client, type='ACCUSE')}")
    assert page.status_code == 200
    assert '<mark class="hl actor">Washington</mark>' in page.text
    assert '<mark class="hl recipient">Islamabad</mark>' in page.text
    assert '<mark class="hl trigger">criticised</mark>' in page.text
    assert '<mark class="hl date">Wednesday</mark>' in page.text
    assert 'href="https://example.org/p2"' in page.text and "Story p2" in page.text and "2025-03-06" in page.text


def test_web_event_page_shows_every_report_of_a_merged_event(client):
    page = client.get(f"/event/{event_id(client, type='CONSULT')}").text
    assert page.count('class="mention"') == 2
    assert "Dar and Rubio hold talks" in page and "Dar meets Rubio" in page
    # each sentence is marked with the words of its own report
    assert '<mark class="hl actor">Pakistan&#39;s foreign minister Dar</mark>' in page
    assert '<mark class="hl recipient">Secretary of State Rubio</mark>' in page
    assert '<mark class="hl trigger">held talks</mark>' in page and '<mark class="hl trigger">met</mark>' in page


def test_web_event_json_and_csv_twins(client):
    id = event_id(client, type="CONSULT")
    view = client.get(f"/api/event/{id}").json()
    assert view["id"] == id and view["record"]["sources"] == 2 and len(view["mentions"]) == 2
    terms = {m["article"]: m["terms"] for m in view["mentions"]}
    assert ["actor", "Dar"] in terms["p1"] and ["trigger", "met"] in terms["p4"]
    found = rows(client.get(f"/event/{id}.csv"))
    assert [r["article"] for r in found] == ["p4", "p1"] and "terms" not in found[0]


def test_web_event_by_report_id_redirects_to_the_merged_event(client):
    merged = event_id(client, type="CONSULT")
    report = next(m["report_id"] for m in client.get(f"/api/event/{merged}").json()["mentions"]
                  if m["report_id"] != merged)
    for path in ("/event/{}", "/api/event/{}", "/event/{}.csv"):
        response = client.get(path.format(report), follow_redirects=False)
        assert response.status_code == 307 and response.headers["location"] == path.format(merged)


@pytest.mark.parametrize("path", ["/event/{}", "/api/event/{}", "/event/{}.csv"])
def test_web_unknown_event_is_404(client, path):
    response = client.get(path.format("0000000000000000"))
    assert response.status_code == 404
    assert "no event '0000000000000000'" in response.text.replace("&#39;", "'")


# -- dyads -------------------------------------------------------------------------------------

def test_web_dyad_timeline_both_directions(client):
    view = client.get("/api/dyad/PAK/USA?freq=month").json()
    assert [r["period"] for r in view["timeline"]] == ["2025-01-01", "2025-02-01", "2025-03-01"]
    january, february, march = view["timeline"]
    assert (january["events"], january["a_to_b_events"], january["b_to_a_events"]) == (2, 1, 0)
    assert february["events"] == 0 and february["mean_score"] is None
    assert (march["b_to_a_events"], march["b_to_a_mean_score"]) == (2, 4.0)
    totals = {q["quad"]: (q["events"], q["forward"], q["backward"]) for q in view["quads"]}
    assert totals == {"verbal_cooperation": (2, 1, 0), "material_cooperation": (1, 0, 1),
                      "verbal_conflict": (1, 0, 1), "material_conflict": (0, 0, 0)}
    assert view["total"] == 4 and [e["date"] for e in view["events"]][0] == "2025-03-25"


def test_web_dyad_events_of_one_point(client):
    view = client.get("/api/dyad/PAK/USA?period=2025-03-17&direction=backward").json()
    assert (view["period"], view["period_end"]) == ("2025-03-01", "2025-03-31")
    assert sorted(e["event"] for e in view["events"]) == ["ACCUSE", "AID"]
    assert client.get("/api/dyad/PAK/USA?period=2025-03-01&direction=forward").json()["total"] == 0
    week = client.get("/api/dyad/USA/PAK?freq=week&period=2025-01-12").json()
    assert (week["period"], [e["event"] for e in week["events"]]) == ("2025-01-06", ["AGREE", "CONSULT"])


def test_web_dyad_page_draws_points_that_link_to_their_events(client):
    page = client.get("/dyad/PAK/USA").text
    assert page.count('<circle class="point"') == 4  # January: all and PAK→USA; March: all and USA→PAK
    assert 'href="/dyad/PAK/USA?period=2025-03-01&amp;direction=backward#events"' in page
    # January: verbal cooperation; March: material cooperation and verbal conflict
    assert page.count('<rect class="bar') == 3
    assert "Pakistan" in page and "United States" in page


def test_web_dyad_csv_parts(client):
    timeline = rows(client.get("/dyad/PAK/USA.csv"))
    assert [r["period"] for r in timeline] == ["2025-01-01", "2025-02-01", "2025-03-01"]
    assert timeline[1]["mean_score"] == ""
    assert len(rows(client.get("/dyad/PAK/USA.csv?part=quads"))) == 4
    events = rows(client.get("/dyad/PAK/USA.csv?part=events&direction=forward"))
    assert [r["event"] for r in events] == ["CONSULT"]


@pytest.mark.parametrize(("path", "message"), [
    ("/api/dyad/PAK/PAK", "a dyad needs two different codes; got PAK twice"),
    ("/api/dyad/PAK/USA?freq=day", "freq must be one of week, month, year; got 'day'"),
    ("/api/dyad/PAK/USA?period=March", "period must be a date written YYYY-MM-DD"),
    ("/api/dyad/PAK/USA?direction=sideways", "direction must be one of both, forward, backward"),
    ("/api/dyad/PAK/%3Cb%3E", "b must be a country or organisation code such as PAK or UN; got '<B>'"),
])
def test_web_dyad_bad_parameters(client, path, message):
    response = client.get(path)
    assert response.status_code == 400 and message in response.json()["detail"]


def test_web_dyad_without_events_is_an_empty_page(client):
    page = client.get("/dyad/KEN/ETH")
    assert page.status_code == 200 and "No events between KEN and ETH" in page.text
    assert client.get("/api/dyad/KEN/ETH").json()["timeline"] == []


def test_web_open_forms_redirect(client):
    response = client.get("/dyad?a=pak&b=usa", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/dyad/PAK/USA"
    assert client.get("/actor?code=un", follow_redirects=False).headers["location"] == "/actor/UN"
    assert client.get("/actor?code=%3Cscript%3E").status_code == 400


# -- actors ------------------------------------------------------------------------------------

def test_web_actor_summary_partners_types(client):
    view = client.get("/api/actor/PAK").json()
    assert view["summary"]["events"] == 5
    assert (view["summary"]["as_actor"], view["summary"]["as_recipient"]) == (2, 3)
    partners = {p["partner"]: (p["events"], p["to_partner"], p["from_partner"], p["joint"]) for p in view["partners"]}
    assert partners == {"USA": (4, 1, 2, 1), "UN": (1, 0, 1, 0)}
    assert {t["type"]: t["events"] for t in view["types"]} == {"AID": 2, "CONSULT": 1, "AGREE": 1, "ACCUSE": 1}
    assert len(view["latest"]) == 5


def test_web_actor_page_and_csv(client):
    page = client.get("/actor/pak?freq=week")
    assert page.status_code == 200 and "Pakistan" in page.text and '<circle class="point"' in page.text
    assert 'href="/dyad/PAK/USA"' in page.text
    assert [r["partner"] for r in rows(client.get("/actor/PAK.csv?part=partners"))] == ["USA", "UN"]
    assert len(rows(client.get("/actor/PAK.csv?part=timeline&freq=month"))) == 3
    assert client.get("/actor/PAK.csv?part=friends").status_code == 400
    assert client.get("/api/actor/PAK?start=soon").status_code == 400


# -- safety ------------------------------------------------------------------------------------

def test_web_hostile_article_text_is_escaped(client):
    id = event_id(client, type="THREATEN")
    for path in (f"/event/{id}", "/events", "/", "/actor/IRN", "/dyad/IRN/ISR"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page, path
        assert "onerror=alert" not in page.replace("onerror=alert(1)&gt;", ""), path
    page = client.get(f"/event/{id}").text
    assert "&lt;script&gt;alert(&#39;tidings&#39;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Evil Wire&lt;/b&gt;" in page
    assert "javascript:" not in page  # a link that is not http(s) is shown as text


def test_web_hostile_text_is_data_in_json_and_csv(client, hostile):
    id = event_id(client, type="THREATEN")
    view = client.get(f"/api/event/{id}").json()
    assert view["mentions"][0]["title"] == f"Threats {hostile}"
    assert client.get(f"/api/event/{id}").headers["content-type"] == "application/json"
    assert hostile in rows(client.get(f"/event/{id}.csv"))[0]["text"]


def test_web_pages_carry_security_headers(client):
    headers = client.get("/").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"


def test_web_answers_only_to_local_host_names(client):
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200


def test_web_opens_the_database_read_only(client):
    store = client.app.state.dashboard.store
    assert store.read_only
    from tidings.store import StoreError

    with pytest.raises(StoreError):
        store.merge()


def test_web_missing_database_is_a_clear_error(tmp_path):
    from tidings.store import StoreError
    from tidings.web import create_app

    with pytest.raises(StoreError, match="no database at"):
        create_app(tmp_path / "none.duckdb")


def test_web_unknown_path_is_404(client):
    assert client.get("/nowhere").status_code == 404
    assert client.get("/api/nowhere").json()["detail"].startswith("nothing at /api/nowhere")


# -- offline and documented --------------------------------------------------------------------

def test_web_pages_load_nothing_from_elsewhere(client, ids):
    for path in ("/", "/events", f"/event/{ids['ACCUSE']}", "/dyad/PAK/USA", "/actor/PAK", "/api"):
        page = client.get(path).text
        for attribute in re.findall(r'(?:src|href)="([^"]*)"', page):
            assert not attribute.startswith(("http:", "https:", "//")) or "example.org" in attribute, (path, attribute)
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/docs").status_code == 404  # FastAPI's docs page loads scripts from a CDN


def test_web_every_view_has_documented_json_and_csv_twins(client):
    paths = client.get("/openapi.json").json()["paths"]
    for page, twin_json, twin_csv in (("/", "/api/overview", "/overview.csv"),
                                      ("/events", "/api/events", "/events.csv"),
                                      ("/event/{id}", "/api/event/{id}", "/event/{id}.csv"),
                                      ("/dyad/{a}/{b}", "/api/dyad/{a}/{b}", "/dyad/{a}/{b}.csv"),
                                      ("/actor/{code}", "/api/actor/{code}", "/actor/{code}.csv")):
        for path in (page, twin_json, twin_csv):
            assert path in paths and paths[path]["get"].get("description"), path
        page_params = {p["name"] for p in paths[page]["get"].get("parameters", [])}
        for twin in (twin_json, twin_csv):
            assert page_params <= {p["name"] for p in paths[twin]["get"].get("parameters", [])}, twin
    events_params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert events_params == {"actor", "recipient", "type", "start", "end", "q", "modality", "page", "size"}
    reference = client.get("/api").text
    assert "GET /api/dyad/{a}/{b}" in reference and "timeline | quads | events" in reference


def test_web_twin_links_keep_the_query(client):
    page = client.get("/events?actor=PAK&type=AID").text
    assert 'href="/api/events?actor=PAK&amp;type=AID"' in page and 'href="/events.csv?actor=PAK&amp;type=AID"' in page
    overview = client.get("/").text
    assert 'href="/api/overview"' in overview and 'href="/overview.csv"' in overview
