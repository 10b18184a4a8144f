"""tidings.time.tag leaves alone what is not a date: durations, ages, sets, numbers,
the modal "may", names."""
from datetime import date

import pytest

from tidings.time import tag

PUBLISHED = date(2025, 9, 14)


@pytest.mark.parametrize(
    "text",
    [
        "The strike lasted for two months.",
        "They signed a three-year contract.",
        "It is a 10-year deal.",
        "The 45-year-old was arrested.",
        "Talks are held every year.",
        "The summit meets annually.",
        "The council meets each Monday.",
        "Markets close early on Mondays.",
        "Every January the prices rise.",
        "The meeting starts at 10:30.",
    ],
)
def test_time_durations_ages_sets_and_times_are_not_dates(text):
    assert tag(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "They held a one-on-one meeting.",
        "The G20 and the 2+2 dialogue met.",
        "COVID-19 spread fast.",
        "Pakistan bought F-16 jets.",
        "Resolution 2334 was adopted.",
        "He paid $2024 in fees.",
        "They sent 2,000 troops.",
        "Flight 1549 landed on the river.",
        "The index fell by 2000 points.",
        "The curfew runs until 1800 GMT.",
        "Temperatures hit 30 degrees.",
        "She is in her 70s.",
    ],
)
def test_time_numbers_are_not_years(text):
    assert tag(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials may meet again.",
        "It may rain.",
        "Theresa May said the deal was done.",
        "Prime Minister May met the king.",
        "Protesters march on the capital.",
        "April Ryan asked a question.",
    ],
)
def test_time_may_the_modal_and_month_names_as_names_are_not_months(text):
    assert tag(text, PUBLISHED) == []


@pytest.mark.parametrize("text", ["Talks resume in May.", "Since May, prices rose.", "It rained on May 5.", "Prices rose in early May."])
def test_time_may_the_month_is_tagged(text):
    assert [t.value[:7] for t in tag(text, PUBLISHED)] == ["2025-05"]


@pytest.mark.parametrize(
    "text",
    [
        "Markets crashed on Black Monday.",
        "The Sunday Times reported it.",
        "Prices fell after the fall of Kabul.",
        "The Arab Spring began in Tunisia.",
        "Talks resumed after the summit.",
        "Officials met recently.",
        "The day after the summit, talks resumed.",
    ],
)
def test_time_named_days_seasons_as_nouns_and_vague_words_are_not_dates(text):
    assert tag(text, PUBLISHED) == []
