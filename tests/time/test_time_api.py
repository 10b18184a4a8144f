"""tidings.time's public API: normalize, parse_published, __all__, and the word lists."""
from datetime import date

import pytest

import tidings.time
from tidings._exceptions import DataError
from tidings.model import PRECISIONS
from tidings.time import normalize, parse_published, tag
from tidings.time.words import read_tsv

PUBLISHED = date(2025, 9, 14)


def test_time_all_lists_exactly_the_public_api():
    assert sorted(tidings.time.__all__) == ["normalize", "parse_published", "tag"]
    assert all(callable(getattr(tidings.time, name)) for name in tidings.time.__all__)


def test_time_normalize_spans_the_whole_expression():
    t = normalize("back in July", PUBLISHED)
    assert (t.span, t.text, t.value, t.precision) == ((0, 12), "back in July", "2025-07", "month")


def test_time_normalize_takes_a_lone_year():
    assert normalize("2019", PUBLISHED).value == "2019"


def test_time_normalize_future_chooses_the_coming_one():
    assert normalize("in May", PUBLISHED).value == "2025-05"
    assert normalize("in May", PUBLISHED, future=True).value == "2026-05"


def test_time_normalize_keeps_the_relation():
    assert normalize("since January", PUBLISHED).relation == "since"


@pytest.mark.parametrize("text", ["hello", "for two months", "the 45-year-old", ""])
def test_time_normalize_returns_none_for_non_dates(text):
    assert normalize(text, PUBLISHED) is None


@pytest.mark.parametrize(
    "text, day",
    [
        ("2025-09-14", date(2025, 9, 14)),
        ("February 19, 2022", date(2022, 2, 19)),
        ("19 February 2022", date(2022, 2, 19)),
        ("Published 25 September 2023", date(2023, 9, 25)),
        ("Sept. 14, 2025 10:32 GMT", date(2025, 9, 14)),
        ("2025-03-14 20:30:26Z", date(2025, 3, 14)),
        ("Sun, 14 Sep 2025 10:00:00 +0000", date(2025, 9, 14)),
        ("date 2025-09-14", date(2025, 9, 14)),
        ("14-Sep-2025", date(2025, 9, 14)),
    ],
)
def test_time_parse_published_formats(text, day):
    assert parse_published(text) == day


@pytest.mark.parametrize("text", ["", "no date here", "Updated yesterday", "Page 12", "Updated 3 hours ago"])
def test_time_parse_published_returns_none_without_a_date(text):
    assert parse_published(text) is None


def test_time_precisions_are_the_models():
    text = (
        "On Monday, in May, in 2019, in the 1990s, in Q3, last summer, the first week of March, "
        "over the weekend, July 25, 2025, the first half of 2024, the past week, a day later."
    )
    found = tag(text, PUBLISHED)
    assert len(found) == 12
    assert {t.precision for t in found} <= set(PRECISIONS)
    assert all(t.date <= t.date_end for t in found)


def test_time_malformed_word_list_names_file_and_line(tmp_path):
    path = tmp_path / "words.tsv"
    path.write_text("month\tjanuary\t1\nmonth\tfebruary\t2\textra\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"words\.tsv:2"):
        read_tsv(path, 3)
