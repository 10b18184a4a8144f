"""tidings.time.tag: each kind of expression, normalised against a fixed publication date."""
from datetime import date

import pytest

from tidings.time import tag

SUNDAY = date(2025, 9, 14)  # the seed article's date
THURSDAY = date(2025, 9, 11)


def one(text, published=SUNDAY, **kwargs):
    """Return the single expression tag finds in ``text``."""
    found = tag(text, published, **kwargs)
    assert len(found) == 1, found
    return found[0]


def window(text, published=SUNDAY, **kwargs):
    t = one(text, published, **kwargs)
    return t.date.isoformat(), t.date_end.isoformat(), t.precision


@pytest.mark.parametrize(
    "text, day",
    [
        ("They met on July 25, 2025.", "2025-07-25"),
        ("They met on 25 July 2025.", "2025-07-25"),
        ("The attack of Oct. 7, 2023 changed everything.", "2023-10-07"),
        ("The report of 2025-09-08 says so.", "2025-09-08"),
        ("He left on the 5th of May 2021.", "2021-05-05"),
        ("Sept. 14, 2025 10:32 GMT", "2025-09-14"),
        ("They met on March 3 last year.", "2024-03-03"),  # one expression, not March 3 of this year
        ("It happened on 4 December last year.", "2024-12-04"),
        ("It happened on Dec. 4 this year.", "2025-12-04"),
    ],
)
def test_time_absolute_written_dates(text, day):
    t = one(text)
    assert (t.date.isoformat(), t.date_end.isoformat(), t.precision, t.value) == (day, day, "day", day)


def test_time_absolute_dates_resolve_without_publication_date():
    assert [t.value for t in tag("Signed on July 25, 2025, yesterday.", None)] == ["2025-07-25"]


def test_time_relative_dates_are_dropped_without_publication_date():
    assert tag("Yesterday the talks ended; in May they resumed.", None) == []


def test_time_month_and_day_without_year_is_the_recent_one():
    assert one("The talks began on Sept 8.").value == "2025-09-08"


def test_time_month_and_day_without_year_close_ahead_is_the_coming_one():
    # A paper of 28 May writing "June 1" means days ahead, not a year back.
    assert one("GM has a June 1 deadline.", date(2009, 5, 28)).value == "2009-06-01"


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("Filed on 14/10/2024.", SUNDAY, "2024-10-14"),  # first part > 12: day first
        ("Filed on 10/14/2024.", SUNDAY, "2024-10-14"),  # second part > 12: month first
        ("Filed on 03/04/2024.", SUNDAY, "2024-04-03"),  # ambiguous: day first
        ("Filed on 14.10.2024.", SUNDAY, "2024-10-14"),
        ("Rolled out on 7/8/07.", date(2007, 7, 9), "2007-07-08"),  # day first would lie ahead
    ],
)
def test_time_numeric_dates(text, published, day):
    assert one(text, published).value == day


def test_time_weekday_with_date_infers_the_recent_year():
    assert one("On Wednesday, December 11, the bill passed.", date(2025, 1, 15)).value == "2024-12-11"


def test_time_weekday_with_date_chooses_the_year_it_fits():
    # 11 December 2025 is a Thursday; the Wednesday one is in 2024.
    assert one("On Wednesday, December 11, the bill passed.", date(2025, 12, 20)).value == "2024-12-11"


@pytest.mark.parametrize(
    "text, start, end, precision, value",
    [
        ("Prices fell in December 2024.", "2024-12-01", "2024-12-31", "month", "2024-12"),
        ("The firm was founded in 2019.", "2019-01-01", "2019-12-31", "year", "2019"),
        ("It peaked in mid-2022.", "2022-05-01", "2022-08-31", "year", "2022"),
        ("It began in the 1990s.", "1990-01-01", "1999-12-31", "decade", "199"),
        ("The feud dates back to 1983, when the mine opened.", "1983-01-01", "1983-12-31", "year", "1983"),
        ("Sales rose in the first quarter of 2025.", "2025-01-01", "2025-03-31", "quarter", "2025-Q1"),
        ("Sales rose in Q3.", "2025-07-01", "2025-09-30", "quarter", "2025-Q3"),
        ("Rains came last summer.", "2025-06-01", "2025-08-31", "season", "2025-SU"),
        ("Rains came in the spring.", "2025-03-01", "2025-05-31", "season", "2025-SP"),
        ("Profits fell in the first half of 2024.", "2024-01-01", "2024-06-30", "year", "2024-H1"),
        ("Kenya expelled 900 traders in the first three months of the year.", "2025-01-01", "2025-03-31", "quarter",
         "2025-Q1"),
        ("Imports doubled in the first six months of 2023.", "2023-01-01", "2023-06-30", "year", "2023-H1"),
    ],
)
def test_time_months_years_decades_quarters_seasons(text, start, end, precision, value):
    t = one(text)
    assert (t.date.isoformat(), t.date_end.isoformat(), t.precision, t.value) == (start, end, precision, value)


def test_time_winter_spans_the_turn_of_the_year():
    assert window("It snowed last winter.", date(2025, 7, 1)) == ("2024-12-01", "2025-02-28", "season")


def test_time_past_month_is_this_years_when_already_begun():
    assert one("The conflict in May ended quickly.").value == "2025-05"


def test_time_past_month_is_last_years_when_not_yet_come():
    assert one("The conflict in May ended quickly.", date(2025, 2, 2)).value == "2024-05"


def test_time_current_month_in_the_past_is_this_month():
    assert one("The talks in September ended.").value == "2025-09"


def test_time_future_cue_chooses_the_next_month():
    assert one("He will visit in May.").value == "2026-05"


def test_time_back_in_july():
    assert window("DPM Dar, back in July, had met Rubio.") == ("2025-07-01", "2025-07-31", "month")


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("It happened in early August.", "2025-08-01", "2025-08-10"),
        ("It happened in mid-August.", "2025-08-11", "2025-08-20"),
        ("It happened in late August.", "2025-08-21", "2025-08-31"),
        ("It happened in the first week of March.", "2025-03-01", "2025-03-07"),
    ],
)
def test_time_parts_of_a_month(text, start, end):
    assert window(text)[:2] == (start, end)


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("Earlier this week they met.", "2025-09-08", "2025-09-13", "week"),
        ("Earlier this month they met.", "2025-09-01", "2025-09-13", "month"),
        ("They meet later this month.", "2025-09-14", "2025-09-30", "month"),
        ("Earlier this year they met.", "2025-01-01", "2025-09-13", "year"),
        ("They met late last year.", "2024-09-01", "2024-12-31", "year"),
        ("They met last week.", "2025-09-01", "2025-09-07", "week"),
        ("They met last month.", "2025-08-01", "2025-08-31", "month"),
        ("They met last year.", "2024-01-01", "2024-12-31", "year"),
        ("They met last August.", "2025-08-01", "2025-08-31", "month"),
        ("They met last Thursday.", "2025-09-11", "2025-09-11", "day"),
        ("They meet next week.", "2025-09-15", "2025-09-21", "week"),
        ("They meet next month.", "2025-10-01", "2025-10-31", "month"),
        ("They meet next year.", "2026-01-01", "2026-12-31", "year"),
        ("They meet next Monday.", "2025-09-15", "2025-09-15", "day"),
        ("They met this week.", "2025-09-08", "2025-09-14", "week"),
        ("They met this month.", "2025-09-01", "2025-09-30", "month"),
        ("They met this year.", "2025-01-01", "2025-12-31", "year"),
        ("Fighting grew over the past week.", "2025-09-08", "2025-09-14", "week"),
    ],
)
def test_time_relative_weeks_months_years(text, start, end, precision):
    assert window(text) == (start, end, precision)


def test_time_earlier_this_month_told_on_its_first_day_is_that_day():
    assert window("Earlier this month the port reopened.", date(2025, 9, 1))[:2] == ("2025-09-01", "2025-09-01")


def test_time_week_values_are_iso_weeks():
    assert one("They met last week.").value == "2025-W36"


def test_time_last_august_in_august_is_last_year():
    assert one("They met last August.", date(2025, 8, 20)).value == "2024-08"


def test_time_weekday_in_the_past():
    assert one("They met on Tuesday.", THURSDAY).value == "2025-09-09"


@pytest.mark.parametrize(
    "text, day",
    [
        ("The envoy was recalled on Monday last week.", "2025-09-01"),  # published on a Sunday
        ("The port reopened on Saturday of last week.", "2025-09-06"),
        ("Talks resume on Wednesday next week.", "2025-09-17"),
    ],
)
def test_time_weekday_of_a_named_week_is_that_weeks_day(text, day):
    assert one(text).value == day


def test_time_weekday_on_its_own_day_is_that_day():
    assert one("They met on Tuesday.", date(2025, 9, 9)).value == "2025-09-09"


def test_time_weekday_with_future_cue_is_the_next_one():
    assert one("They will meet on Tuesday.", THURSDAY).value == "2025-09-16"


def test_time_weekday_across_the_year_boundary():
    assert one("The talks ended on Friday.", date(2024, 1, 1)).value == "2023-12-29"


def test_time_weekday_across_the_month_boundary():
    assert one("The talks ended on Wednesday.", date(2025, 9, 1)).value == "2025-08-27"


def test_time_future_weekday_across_the_year_boundary():
    assert one("Leaders will meet on Thursday.", date(2024, 12, 31)).value == "2025-01-02"


def test_time_weekday_opening_its_sentence_takes_the_cue_after_it():
    assert one("On Tuesday, the leaders will meet.", THURSDAY).value == "2025-09-16"


def test_time_nearest_cue_wins():
    assert one("Officials said it would hold talks on Tuesday.", THURSDAY).value == "2025-09-16"
    assert one("The firm, which will list soon, said on Tuesday it had agreed.", THURSDAY).value == "2025-09-09"


def test_time_tense_callback_overrides_cues():
    assert one("They met on Tuesday.", THURSDAY, tense=lambda start: "future").value == "2025-09-16"
    assert one("They will meet on Tuesday.", THURSDAY, tense=lambda start: "past").value == "2025-09-09"


@pytest.mark.parametrize("said", [None, "present"])
def test_time_tense_callback_without_past_or_future_falls_back_to_cues(said):
    assert one("They will meet on Tuesday.", THURSDAY, tense=lambda start: said).value == "2025-09-16"
    assert one("They met on Tuesday.", THURSDAY, tense=lambda start: said).value == "2025-09-09"


def test_time_tense_callback_gets_the_expression_start():
    seen = []
    tag("They met on Tuesday.", THURSDAY, tense=lambda start: seen.append(start))
    assert seen == [len("They met on ")]


@pytest.mark.parametrize(
    "text, day",
    [
        ("Yesterday the talks ended.", "2025-09-13"),
        ("The talks end today.", "2025-09-14"),
        ("The talks end tonight.", "2025-09-14"),
        ("The talks ended this morning.", "2025-09-14"),
        ("The talks ended last night.", "2025-09-13"),
        ("Shells fell on Sunday night.", "2025-09-14"),
        ("Shells fell two days ago.", "2025-09-12"),
        ("Shells fell three weeks ago.", "2025-08-24"),
    ],
)
def test_time_days_relative_to_publication(text, day):
    assert one(text).value == day


def test_time_a_decade_ago_is_a_year():
    assert window("It began a decade ago.") == ("2015-01-01", "2015-12-31", "year")


def test_time_over_the_weekend_is_the_last_one():
    t = one("Protests grew over the weekend.", date(2025, 9, 17))
    assert (t.date.isoformat(), t.date_end.isoformat(), t.value) == ("2025-09-13", "2025-09-14", "2025-W37-WE")


def test_time_over_the_weekend_on_a_saturday_is_this_one():
    assert one("Protests grew over the weekend.", date(2025, 9, 13)).date.isoformat() == "2025-09-13"


def test_time_a_weekend_raid_is_the_last_weekend():
    t = one("Customs officers seized 40 kilograms of cocaine in a weekend raid.", date(2025, 9, 17))
    assert (t.date.isoformat(), t.date_end.isoformat()) == ("2025-09-13", "2025-09-14")


def test_time_since_bounds_the_start():
    t = one("Talks have stalled since January.")
    assert (t.value, t.relation) == ("2025-01", "since")


@pytest.mark.parametrize("text", ["The truce holds until March.", "Troops leave by March."])
def test_time_until_and_by_bound_the_end(text):
    assert one(text).relation == "before"


def test_time_plain_expressions_relate_at():
    assert one("They met in May.").relation == "at"


def test_time_anaphors_count_from_the_last_date_named():
    text = "They met on March 3, 2020. The following day they left. Two days later they returned. That year was hard."
    assert [t.value for t in tag(text, SUNDAY)] == ["2020-03-03", "2020-03-04", "2020-03-06", "2020"]


def test_time_hours_later_is_the_day_of_the_last_date_named():
    text = "Rebels attacked on March 3, 2020. A few hours later the army struck back. Minutes earlier, a mine exploded."
    assert [t.value for t in tag(text, SUNDAY)] == ["2020-03-03", "2020-03-03", "2020-03-03"]
    assert tag("The clashes went on for hours.", SUNDAY) == []


def test_time_afterwards_is_the_day_of_the_last_date_named():
    text = "The envoys met in Quito on March 3, 2020. The Peruvian envoy spoke to reporters afterwards."
    assert [t.value for t in tag(text, SUNDAY)] == ["2020-03-03", "2020-03-03"]


def test_time_later_that_month_runs_from_the_anchor_to_month_end():
    t = tag("Talks began on March 3, 2020; later that month they failed.", SUNDAY)[1]
    assert (t.date.isoformat(), t.date_end.isoformat(), t.precision) == ("2020-03-03", "2020-03-31", "month")


def test_time_later_in_the_week_told_as_past_runs_from_the_anchor_to_that_weeks_end():
    t = tag("Peru closed a border post on Tuesday, Aug. 26, 2025; it reopened the post later in the week.", SUNDAY)[1]
    assert (t.date.isoformat(), t.date_end.isoformat(), t.precision) == ("2025-08-26", "2025-08-31", "week")


def test_time_later_in_the_month_told_as_future_is_this_month():
    t = tag("Talks began on March 3, 2020. The envoys will meet again later in the month.", SUNDAY)[1]
    assert (t.date.isoformat(), t.date_end.isoformat()) == ("2025-09-14", "2025-09-30")


def test_time_anaphor_without_earlier_date_counts_from_publication():
    assert one("A day later, the ceasefire collapsed.").value == "2025-09-15"


def test_time_anaphor_skips_anchors_too_coarse_for_it():
    text = "In 2019 they met on June 4, 2019. In 2020 the next day was quiet."
    assert [t.value for t in tag(text, SUNDAY)][-1] == "2019-06-05"


def test_time_counted_anaphor_moves_a_coarser_last_date_whole():
    t = tag("In October 2023 the navy detained a trawler; its crew was freed three weeks later.", SUNDAY)[-1]
    assert (t.date.isoformat(), t.date_end.isoformat(), t.precision) == ("2023-10-22", "2023-11-21", "month")


def test_time_a_count_of_weeks_from_a_day_is_that_day_moved():
    t = tag("The envoys met in Lima on Friday, May 8, 2020; a week earlier a patrol had fired on a boat.", SUNDAY)[-1]
    assert (t.date.isoformat(), t.date_end.isoformat(), t.precision) == ("2020-05-01", "2020-05-01", "day")


def test_time_the_following_week_from_a_day_is_the_calendar_week():
    t = tag("The envoys met in Lima on Friday, May 8, 2020; Peru protested the following week.", SUNDAY)[-1]
    assert (t.date.isoformat(), t.date_end.isoformat(), t.precision) == ("2020-05-11", "2020-05-17", "week")


def test_time_the_same_period_last_year():
    text = "Sales rose in February, up from the same period last year."
    assert [t.value for t in tag(text, date(2010, 3, 3))] == ["2010-02", "2009-02"]


def test_time_named_event_years():
    text = "The 1991 settlement and 2008's crisis shaped the Conference 2010 talks."
    assert [t.value for t in tag(text, SUNDAY)] == ["1991", "2008", "2010"]


def test_time_event_years_after_an_article_or_a_possessive():
    text = "A 2017 treaty replaced their 2004 accord, and its 2012 agreement lapsed."
    assert [t.value for t in tag(text, SUNDAY)] == ["2017", "2004", "2012"]


def test_time_years_of_measures_named_by_their_noun():
    text = "Ottawa kept its 2019 ban and a 2016 embargo but eased their 2021 tariffs and a 2022 freeze."
    assert [t.value for t in tag(text, SUNDAY)] == ["2019", "2016", "2021", "2022"]


def test_time_a_number_before_a_plain_noun_stays_no_year():
    assert tag("A 2000 troops crossed the river.", SUNDAY) == []


def test_time_year_lists_and_ranges():
    assert [t.value for t in tag("Elections in 2009, 2011 and 2014; between 2015 and 2017.", SUNDAY)] == [
        "2009", "2011", "2014", "2015", "2017",
    ]


def test_time_two_digit_years_and_decades():
    assert [t.value for t in tag("Prices crashed in '82, as in the 70s and 80s.", SUNDAY)] == ["1982", "197", "198"]


def test_time_results_are_in_text_order_with_true_spans():
    text = "On Monday, after talks in May and on July 25, 2025, they agreed."
    found = tag(text, SUNDAY)
    assert [text[t.span[0] : t.span[1]] for t in found] == [t.text for t in found] == ["Monday", "May", "July 25, 2025"]


def test_time_expressions_do_not_cross_line_breaks():
    text = "Markets to stay closed until Friday\nSeptember 18, 2008\nThey will reopen on Friday."
    assert [t.text for t in tag(text, date(2008, 9, 18))] == ["Friday", "September 18, 2008", "Friday"]


def test_time_the_previous_weekend_and_quarter():
    text = "Sales fell in the third quarter of 2024, after a rise in the previous quarter. Protests grew the previous weekend."
    assert [t.value for t in tag(text, SUNDAY)] == ["2024-Q3", "2024-Q2", "2025-W36-WE"]


def test_time_two_digit_years_without_publication_date():
    assert [t.value for t in tag("Filed 7/8/07 and 7/8/75.", None)] == ["2007-08-07", "1975-08-07"]


@pytest.mark.parametrize("phrase", ["Within the hour", "Within hours", "That night", "The same evening"])
def test_time_within_hours_and_that_night_are_the_last_days(phrase):
    text = f"The count ended on Saturday. {phrase}, the party rejected the result."
    assert [t.value for t in tag(text, date(2026, 1, 22))] == ["2026-01-17", "2026-01-17"]


def test_time_within_hours_of_an_event_is_not_the_last_date():
    text = "Talks ended on Friday. Poland welcomed the deal within hours of the signing on Sunday."
    assert [t.value for t in tag(text, date(2026, 1, 22))] == ["2026-01-16", "2026-01-18"]


def test_time_within_hours_of_a_gerund_is_the_last_date():
    text = "Fiji expelled the reporter on Friday, and he was questioned by police within hours of arriving in Tonga."
    assert [t.value for t in tag(text, date(2026, 1, 22))] == ["2026-01-16", "2026-01-16"]


def test_time_overnight_is_the_night_before_the_news():
    text = "The count ended on Saturday. Drones struck the grid overnight, the governor said."
    assert [t.value for t in tag(text, date(2026, 1, 22))] == ["2026-01-17", "2026-01-21"]


def test_time_anchors_carry_over_from_earlier_paragraphs():
    anchors: list = []
    tag("Togo rejected the account on Wednesday.", date(2026, 2, 12), anchors=anchors)
    assert [t.value for t in tag("In Accra, the ministry summoned the envoy the same day.", date(2026, 2, 12),
                                 anchors=anchors)] == ["2026-02-11"]


def test_time_until_a_day_after_a_past_verb_is_the_nearer_one():
    text = "The magistrate refused bail on Wednesday and remanded them in custody until Aug. 27."
    assert [t.value for t in tag(text, date(2026, 8, 13))] == ["2026-08-12", "2026-08-27"]


def test_time_overnight_after_a_day_told_late_is_the_night_that_follows_it():
    anchors: list = []
    tag("A cyclone hit the coast late on Monday, officials said on Thursday.", date(2026, 7, 9), anchors=anchors)
    night = tag("Rescue teams were flown in overnight.", date(2026, 7, 9), anchors=anchors)
    assert [(t.date, t.date_end) for t in night] == [(date(2026, 7, 6), date(2026, 7, 7))]


def test_time_overnight_after_the_day_before_the_news_is_that_night():
    text = "Talks ended on Wednesday. A navy ship docked overnight, the embassy said."
    assert [(t.date, t.date_end) for t in tag(text, date(2026, 7, 9))][-1] == (date(2026, 7, 8), date(2026, 7, 9))


def test_time_late_in_the_day_after_a_clause_is_that_day():
    text = "Shares slid on March 3, 2020. The index recovered late in the day after losing 300 points."
    assert [t.value for t in tag(text, SUNDAY)] == ["2020-03-03", "2020-03-03"]
    assert [t.value for t in tag("Rebels struck on March 3, 2020, and on the day after the truce.", SUNDAY)] == ["2020-03-03"]


def test_time_season_before_an_event_noun_is_a_date():
    assert one("Ministers gathered for their autumn meetings in Lima.").value == "2025-FA"
    assert tag("She drank spring water at the meetings.", SUNDAY) == []
    assert tag("A spring in his step.", SUNDAY) == []


def test_time_counted_anaphor_moves_a_week_named_before_whole():
    t = tag("The port was closed last week. Two days later, dockers walked out.", SUNDAY)[-1]
    assert (t.date.isoformat(), t.date_end.isoformat(), t.precision) == ("2025-09-03", "2025-09-09", "week")


@pytest.mark.parametrize(
    "text, day",
    [
        # a participle after a look-ahead cue ("the two injured guards") is no past verb
        ("Detectives were expected to question the two injured guards on Friday.", "2025-09-12"),
        ("The ministers are due to sign the revised accord on Monday.", "2025-09-15"),
        ("The firm plans to reopen the flooded mine on Monday.", "2025-09-15"),
        # a past verb past a clause break speaks for its own date
        ("The talks will resume on Monday after they collapsed on Friday.", "2025-09-05"),
        ("Envoys are set to return to the town, which rebels seized on Tuesday.", "2025-09-09"),
    ],
)
def test_time_participle_after_look_ahead_cue(text, day):
    assert tag(text, THURSDAY)[-1].date.isoformat() == day


def test_time_month_in_what_a_party_agreed_or_pledged_to_do_lies_ahead():
    assert one("The two ministers agreed to meet again in Lima in June.", date(2026, 3, 10)).value == "2026-06"
    assert one("The junta pledged to hold elections in May.", date(2026, 3, 10)).value == "2026-05"
    assert one("The two ministers agreed in June to meet again.", date(2026, 3, 10)).value == "2025-06"


def test_time_overnight_after_a_day_the_sentence_before_tells_of_its_parties_is_that_night():
    text = "Coast guards seized a fishing boat near Lamu on Monday. Its crew were held overnight and questioned."
    assert [(t.date, t.date_end) for t in tag(text, date(2026, 7, 9))][-1] == (date(2026, 7, 6), date(2026, 7, 7))


def test_time_overnight_after_a_day_of_the_same_sentence_is_that_night():
    text = "Rangers stopped a truck at the park gate on Monday and kept the driver overnight, police said."
    assert [(t.date, t.date_end) for t in tag(text, date(2026, 7, 9))][-1] == (date(2026, 7, 6), date(2026, 7, 7))


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("The row began in early 2021. In September of that year talks broke down.", "2021-09-01", "2021-09-30"),
        ("The row began in 2019. On 4 May of the same year talks broke down.", "2019-05-04", "2019-05-04"),
    ],
)
def test_time_a_month_of_that_year_takes_the_year_told_before(text, start, end):
    last = tag(text, SUNDAY)[-1]
    assert (last.date.isoformat(), last.date_end.isoformat()) == (start, end)


def test_time_overnight_after_the_day_that_opens_the_paragraph_is_that_night():
    text = ("On Tuesday border guards broke up a march near the bridge. "
            "Four organisers were held overnight, the rights group said.")
    assert [(t.date, t.date_end) for t in tag(text, date(2026, 7, 9))][-1] == (date(2026, 7, 7), date(2026, 7, 8))


def test_time_overnight_after_a_day_named_inside_the_paragraph_is_still_the_night_before_the_news():
    text = "The vote was held in Lome on Tuesday. Drones struck the grid overnight, the governor said."
    assert [(t.date, t.date_end) for t in tag(text, date(2026, 7, 9))][-1] == (date(2026, 7, 8), date(2026, 7, 9))


def test_time_the_following_morning_is_the_day_after_the_last_date():
    text = "Rangers stopped a truck on Monday. The driver was freed the following morning."
    assert [t.value for t in tag(text, date(2026, 7, 9))] == ["2026-07-06", "2026-07-07"]
    assert [t.value for t in tag("Talks ended on Monday. Rebels had met the previous evening.", date(2026, 7, 9))] == [
        "2026-07-06", "2026-07-05"]
