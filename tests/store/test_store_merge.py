"""Merging: the reports of one happening become one event with all its sources."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import article

from tidings.store import QueryError
from tidings.store.merge import cluster, report

NAIROBI = [
    article("wire-a", "CONSULT KEN>ETH 2025-03-03/day: Kenya's foreign minister Kiprono met Ethiopia's "
            "Gebremariam in Nairobi on Monday.", published="2025-03-03"),
    article("daily-b", "CONSULT ETH>KEN 2025-03-04/publication: Ethiopia's top diplomat Gebremariam held talks "
            "with Kiprono in Nairobi, the governments said.", published="2025-03-04"),
]
# the same two ministers, the same kind of meeting, a month earlier: another happening
ADDIS = article("wire-c", "CONSULT KEN>ETH 2025-02-03/day: Kenya's foreign minister Kiprono met Ethiopia's "
                "Gebremariam in Addis Ababa on Monday.", published="2025-02-04")


def test_store_merge_two_reports_of_one_happening(store):
    store.add([*NAIROBI, ADDIS])
    result = store.merge()
    assert (result.reports, result.events, result.merged) == (3, 2, 1)
    assert str(result).startswith("3 reports -> 2 events")
    march, february = sorted(store.events(), key=lambda e: e["date"], reverse=True)
    assert (march["sources"], sorted(march["articles"])) == (2, ["daily-b", "wire-a"])
    assert march["date"] == "2025-03-03" and march["date_precision"] == "day"  # the best-dated report
    assert (february["sources"], february["articles"]) == (1, ["wire-c"])
    mentions = store.sql("SELECT event_id, article FROM mentions ORDER BY article")
    assert {m["event_id"] for m in mentions if m["article"] != "wire-c"} == {march["id"]}


def test_store_merge_event_id_is_smallest_report_id(store):
    store.add(NAIROBI)
    store.merge()
    reports = [r["id"] for r in store.sql("SELECT id FROM reports")]
    assert [e["id"] for e in store.events()] == [min(reports)]


def test_store_merge_rerun_with_new_thresholds_without_reparsing(store):
    store.add(NAIROBI)
    assert store.merge().events == 1
    assert store.merge(min_similarity=1.0).events == 2
    assert store.merge().events == 2  # the last thresholds are kept
    assert store.merge(min_similarity=0.1).events == 1


def test_store_merge_different_types_or_modalities_kept_apart(store):
    store.add([
        article("a", "AGREE KEN>ETH 2025-03-03/day: Kenya and Ethiopia agreed to build a power line in Nairobi."),
        article("b", "CONSULT KEN>ETH 2025-03-03/day: Kenya and Ethiopia met to build a power line in Nairobi."),
        article("c", "AGREE KEN>ETH 2025-03-03/day negated: Kenya and Ethiopia agreed to build a power line "
                "in Nairobi."),
    ])
    assert store.merge().events == 3


def test_store_merge_never_joins_two_reports_of_one_article(store):
    store.add([article("a", "ASSAULT RUS>UKR 2025-03-03/day: Russian missiles struck Kharkiv overnight.",
                       "ASSAULT RUS>UKR 2025-03-03/day: Russian missiles struck Kharkiv again at dawn."),
               article("b", "ASSAULT RUS>UKR 2025-03-03/day: Russian missiles struck Kharkiv overnight.")])
    result = store.merge()
    assert (result.reports, result.events) == (3, 2)


def test_store_merge_dissimilar_evidence_kept_apart(store):
    store.add([article("a", "ASSAULT RUS>UKR 2025-03-03/day: Russian missiles struck a power plant in Kharkiv."),
               article("b", "ASSAULT UKR>RUS 2025-03-03/day: Ukrainian drones hit an oil refinery in Ryazan.")])
    assert store.merge().events == 2


def test_store_merge_group_windows_share_a_day():
    # a month-wide report overlaps both day reports, but they are three weeks apart: no chain
    common = dict(codes=["USA", "NIC"], people=[], place=None, text="US sanctions Nicaraguan officials")
    reports = [
        report("m", "x", day=date(2025, 7, 1), day_end=date(2025, 7, 31), precision="month", **common),
        report("d1", "y", day=date(2025, 7, 3), day_end=date(2025, 7, 3), precision="day", **common),
        report("d2", "z", day=date(2025, 7, 24), day_end=date(2025, 7, 24), precision="day", **common),
    ]
    events = cluster(reports)
    assert events["m"] == events["d1"] != events["d2"]


def test_store_merge_vague_or_undated_reports_not_merged():
    common = dict(codes=["USA", "NIC"], people=[], place=None, text="US sanctions Nicaraguan officials")
    reports = [
        report("y", "a", day=date(2025, 1, 1), day_end=date(2025, 12, 31), precision="year", **common),
        report("u", "b", day=None, day_end=None, precision="unknown", **common),
        report("d", "c", day=date(2025, 7, 3), day_end=date(2025, 7, 3), precision="day", **common),
    ]
    assert set(cluster(reports).values()) == {"y", "u", "d"}


def test_store_merge_publication_window_widened_back():
    common = dict(codes=["CHN", "PHL"], people=[], place=None, text="water cannon fired at a boat")
    day = report("d", "a", day=date(2025, 5, 20), day_end=date(2025, 5, 20), precision="day", **common)
    later = report("p", "b", day=date(2025, 5, 22), day_end=date(2025, 5, 22), precision="publication", **common)
    too_late = report("q", "c", day=date(2025, 5, 26), day_end=date(2025, 5, 26), precision="publication", **common)
    events = cluster([day, later, too_late])
    assert events["d"] == events["p"] != events["q"]


@pytest.mark.parametrize("option, message", [
    ({"min_similarity": 1.5}, "min_similarity must be a number from 0 to 1"),
    ({"window_days": -1}, "window_days must be a whole number"),
    ({"max_window_days": 2.5}, "max_window_days must be a whole number"),
])
def test_store_merge_bad_parameters(store, option, message):
    with pytest.raises(QueryError, match=message):
        store.merge(**option)
