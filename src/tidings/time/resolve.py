"""Normalising found expressions to windows against the publication date.

Repeating names ("May", "Tuesday", "the fourth quarter") take the latest one that
has begun by the publication date, since news reports past events, or the earliest
not yet over when the sentence looks ahead. Anaphoric ones ("the following day",
"later that month") count from the last date the text named before them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import windows as w
from .patterns import Found
from .windows import Window

# How fine each precision is: an anaphor counting in days needs an anchor of day
# precision, one counting in years can use anything down to a year.
FINENESS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5}
# Repeating names are looked for this many years either side of the publication date.
YEARS_AROUND = (-1, 0, 1)
# A day written without its year and without a tense cue is the nearer of its past
# and coming instances, the past one winning unless the coming one is this many
# times nearer: a paper of 28 May writing "June 1" means this June 1, since last
# year's would have carried its year.
PAST_BIAS = 2


@dataclass
class Situation:
    """What normalising one expression needs beyond the expression itself."""

    published: date | None
    leaning: Callable[[], str | None]  # "future", "past" or None (no cue); asked only when needed
    anchors: list[Window] = field(default_factory=list)  # dates named earlier, in order
    near: Window | None = None  # the last day named in the sentence or the one before ("overnight" follows it)

    def mode(self) -> str:
        """Return "future" when the sentence looks ahead, else "past": news reports past events."""
        return "future" if self.leaning() == "future" else "past"


def window_for(found: Found, situation: Situation) -> Window | None:
    """Return the window ``found`` names, or None when it cannot be placed (a relative
    expression without a publication date)."""
    return RESOLVERS[found.kind](found, situation)


def full_year(short: int, published: date | None) -> int:
    """Return the year a two-digit year means: the latest one no more than ten years
    after publication ("'82" is 1982, "7/8/07" 2007); without a publication date,
    00-68 are 2000-2068 and 69-99 are 1969-1999, as in C's strptime."""
    if published is None:
        return (2000 if short < 69 else 1900) + short
    century = published.year // 100 * 100
    year = century + short
    return year if year <= published.year + 10 else year - 100


def explicit_year(found: Found, published: date | None) -> int | None:
    """Return the year an expression names itself: "2019", "'19", "next year"."""
    if found.year is not None:
        return found.year
    if found.short_year is not None:
        return full_year(found.short_year, published)
    if found.year_shift is not None and published:
        return published.year + found.year_shift
    return None


def year_of(found: Found, situation: Situation) -> int | None:
    """The year an expression names itself ("2019", "next year"), or takes from the last date named
    before it: "In 2023 ... In September of that year" (2023)."""
    if found.year_told:
        anchor = anchor_for("year", situation)
        return anchor.start.year if anchor else None
    return explicit_year(found, situation.published)


def with_part(window: Window | None, part: str | None) -> Window | None:
    if window is None or part is None:
        return window
    return w.part_of(window, part)


def repeating(make: Callable[[int], Window | None], found: Found, situation: Situation) -> Window | None:
    """Return the instance of a yearly name (a month, a quarter, a season) that the
    expression means: its own year if it gives one or takes one from the last date named ("of
    that year"), else the one its modifier or the sentence's tense picks."""
    year = year_of(found, situation)
    if year is not None:
        return make(year)
    if situation.published is None:
        return None
    years = [situation.published.year + d for d in (-2, *YEARS_AROUND)]
    candidates = [c for c in map(make, years) if c]
    return w.choose(candidates, situation.published, found.modifier or situation.mode())


def resolve_date(found: Found, situation: Situation) -> Window | None:
    published = situation.published
    year = year_of(found, situation)
    if year is not None:
        return written_or_alternative(found, year, published)
    if published is None:
        return None
    candidates = [w.day_window(d) for y in YEARS_AROUND if (d := w.safe_date(published.year + y, found.month, found.day))]
    if found.weekday is not None:
        # The weekday settles the year when one candidate fits it, whatever the tense.
        fitting = [c for c in candidates if c.start.weekday() == found.weekday]
        if fitting:
            mode = situation.mode()
            return w.choose(fitting, published, mode) or w.choose(fitting, published, opposite(mode))
    if situation.leaning() is None:
        return nearer_day(candidates, published)
    return w.choose(candidates, published, situation.mode())


def nearer_day(candidates: list[Window], published: date) -> Window | None:
    """Return the past instance of a day, or the coming one when it is PAST_BIAS times nearer."""
    past = w.choose(candidates, published, "past")
    coming = w.choose(candidates, published, "next")
    if past is None or coming is None:
        return past or coming
    if (coming.start - published).days * PAST_BIAS < (published - past.start).days:
        return coming
    return past


def opposite(mode: str) -> str:
    return "past" if mode == "future" else "future"


def written_or_alternative(found: Found, year: int, published: date | None) -> Window | None:
    """Return the date as read (day-first when ambiguous), or the month-first reading
    when only that one is not after the publication date: "7/8/07" in a paper of
    9 July 2007 is 8 July."""
    day = w.safe_date(year, found.month, found.day)
    if found.alternative and published:
        other = w.safe_date(year, *found.alternative)
        if other and other <= published and (day is None or day > published):
            day = other
    return w.day_window(day) if day else None


def resolve_month(found: Found, situation: Situation) -> Window | None:
    window = repeating(lambda y: w.month_window(y, found.month), found, situation)
    return with_part(window, found.part)


def resolve_year(found: Found, situation: Situation) -> Window | None:
    return with_part(w.year_window(explicit_year(found, situation.published)), found.part)


def resolve_decade(found: Found, situation: Situation) -> Window | None:
    decade = found.number
    if decade is None:
        decade = full_year(found.short_year * 10, situation.published) // 10
    return with_part(w.decade_window(decade), found.part)


def resolve_quarter(found: Found, situation: Situation) -> Window | None:
    return repeating(lambda y: w.quarter_window(y, found.number), found, situation)


def resolve_half(found: Found, situation: Situation) -> Window | None:
    return repeating(lambda y: w.half_window(y, found.number), found, situation)


def resolve_season(found: Found, situation: Situation) -> Window | None:
    window = repeating(lambda y: w.season_window(y, found.season), found, situation)
    return with_part(window, found.part)


def resolve_weekday(found: Found, situation: Situation) -> Window | None:
    published = situation.published
    if published is None:
        return None
    if found.modifier == "this" or found.number is not None:  # "this Friday", "Friday last week"
        monday = published - timedelta(days=published.weekday(), weeks=-(found.number or 0))
        return w.day_window(monday + timedelta(days=found.weekday))
    days = [published + timedelta(days=k) for k in range(-14, 15)]
    candidates = [w.day_window(d) for d in days if d.weekday() == found.weekday]
    chosen = w.choose(candidates, published, found.modifier or situation.mode())
    return replace(chosen, late=True) if chosen is not None and found.part == "late" else chosen


def resolve_deictic(found: Found, situation: Situation) -> Window | None:
    if situation.published is None:
        return None
    return w.day_window(situation.published + timedelta(days=found.number))


def resolve_overnight(found: Found, situation: Situation) -> Window | None:
    """"quake struck late on Monday ... troops were sent overnight" (published Thursday): the night
    after the last day named, when it was told late in the day (Monday..Tuesday), or in the sentence
    or the one before ("boarded the boat on Monday. Its crew were detained overnight"); else the night
    before publication ("struck overnight, the governor said")."""
    if situation.published is None:
        return None
    last = situation.published - timedelta(days=1)
    told = next((a for a in reversed(situation.anchors) if a.precision == "day" and a.start <= last), None)
    near = situation.near if situation.near is not None and situation.near.start <= last else None
    night = told.start if told is not None and told.late else near.start if near is not None else last
    return Window(night, night + timedelta(days=1), "day", night.isoformat())


def resolve_weekend(found: Found, situation: Situation) -> Window | None:
    """Return the weekend meant: "over the weekend" is the last one begun by the
    publication date (or the coming one when the sentence looks ahead)."""
    published = situation.published
    if published is None:
        return None
    candidates = [w.weekend_window(published + timedelta(days=7 * k)) for k in range(-2, 3)]
    mode = found.modifier if found.modifier in ("last", "next") else situation.mode()
    return w.choose(candidates, published, mode)


def calendar_unit(unit: str, published: date, shift: int) -> Window:
    """Return the week, month, quarter, year or decade ``shift`` units from the one
    holding ``published``."""
    if unit == "week":
        return w.week_window(published + timedelta(days=7 * shift))
    if unit == "month":
        return w.month_window(*w.add_months(published.year, published.month, shift))
    if unit == "quarter":
        year, month = w.add_months(published.year, published.month, 3 * shift)
        return w.quarter_window(year, (month - 1) // 3 + 1)
    if unit == "year":
        return w.year_window(published.year + shift)
    return w.decade_window(published.year // 10 + shift)


def rolling(unit: str, count: int, published: date) -> Window:
    """Return the stretch of ``count`` units ending on ``published`` ("the past three
    weeks": 21 days up to and including it), valued by the calendar unit at its middle."""
    precision = "week" if unit == "weekend" else unit
    start = shifted(published, unit, -count) + w.ONE_DAY
    return Window(start, published, precision, w.midpoint_value(start, published, precision))


def shifted(day: date, unit: str, count: int) -> date:
    """Return ``day`` moved by ``count`` units, clamping to the month's end."""
    if unit in ("day", "week", "weekend"):
        return day + timedelta(days=count * (1 if unit == "day" else 7))
    months = count * {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    year, month = w.add_months(day.year, day.month, months)
    last = w.month_window(year, month).end.day
    return date(year, month, min(day.day, last))


def resolve_relative(found: Found, situation: Situation) -> Window | None:
    """"last week", "this month", "late last year", "earlier this month", "the past week"."""
    published = situation.published
    if published is None:
        return None
    if found.modifier == "past":
        return rolling(found.unit, found.number or 1, published)
    if found.unit == "weekend":
        return resolve_weekend(found, situation)
    if found.modifier == "the" and situation.mode() == "past":
        # "sent boats later in the week" after "protested on Oct. 7": that week, after the day named
        return resolve_anaphor(replace(found, kind="anaphor", number=0), situation)
    shift = {"last": -1, "next": 1}.get(found.modifier, 0)
    window = calendar_unit(found.unit, published, shift)
    if found.part == "earlier":
        # "earlier this month" is before the day it is told on (and on it only when the window is that day)
        return w.up_to(window, published - timedelta(days=1)) if shift == 0 else window
    if found.part == "later":
        return w.from_day(window, published) if shift == 0 else window
    return with_part(window, found.part)


def resolve_ago(found: Found, situation: Situation) -> Window | None:
    """"two days ago" is a day; so is "a week ago", as TimeML has it; "three months
    ago" a month; "a year ago" and "a decade ago" a year."""
    published = situation.published
    if published is None:
        return None
    past = shifted(published, found.unit, -found.number)
    if found.unit in ("day", "week"):
        return w.day_window(past)
    if found.unit == "month":
        return w.month_window(past.year, past.month)
    return w.year_window(past.year)


def resolve_week_of_month(found: Found, situation: Situation) -> Window | None:
    """"the first week of March": days 1-7; "the last week": the month's last seven."""
    month = repeating(lambda y: w.month_window(y, found.month), found, situation)
    if month is None:
        return None
    if found.number == -1:
        start = month.end - timedelta(days=6)
    else:
        start = month.start + timedelta(days=7 * (found.number - 1))
    if start > month.end:
        return None  # "the fifth week of February"
    end = min(start + timedelta(days=6), month.end)
    return Window(start, end, "week", w.week_window(start + (end - start) / 2).value)


def resolve_anaphor(found: Found, situation: Situation) -> Window | None:
    """"the following day", "two days later", "later that month", "that year": counted
    from the last date named before, fine enough for the unit, else publication; a count of weeks
    from a day ("a week later") is a day."""
    coarse = situation.anchors[-1] if situation.anchors else None
    counted = abs(found.number) > 1 or found.number and found.unit != "day"
    if counted and coarse and coarse.precision in ("week", "month", "year") \
            and FINENESS[found.unit] < FINENESS[coarse.precision]:
        # "In October 2025 ... freed three weeks later": the last date named, moved as a whole
        # ("the next day" after "In 2020" still looks back for a day named; "last week ... two days
        # later": that week, two days on)
        start, end = shifted(coarse.start, found.unit, found.number), shifted(coarse.end, found.unit, found.number)
        return Window(start, end, coarse.precision, w.midpoint_value(start, end, coarse.precision))
    anchor = anchor_for(found.unit, situation)
    if anchor is None:
        return None
    day = shifted(anchor.start, found.unit, found.number)
    if found.unit == "day" or found.unit == "week" and found.counted and anchor.precision == "day":
        # "a week earlier" than a day told is that day a week before, as "a week ago" is (TimeML); "the
        # following week" is the calendar week
        return w.day_window(day)
    window = calendar_unit(found.unit, day, 0)
    if found.number == 0 and found.part == "earlier":
        return w.up_to(window, anchor.start)
    if found.number == 0 and found.part == "later":
        return w.from_day(window, anchor.end)
    return window


def resolve_year_back(found: Found, situation: Situation) -> Window | None:
    """"the same month a year ago": the unit (or, for "period", the precision) of the
    last date named, a year earlier."""
    if found.unit in ("period", "time"):
        anchor = next((a for a in reversed(situation.anchors) if FINENESS[a.precision] < FINENESS["year"]), None)
        if anchor is None:
            return None
        unit = anchor.precision
    else:
        unit = found.unit
        anchor = anchor_for(unit, situation)
        if anchor is None:
            return None
    day = shifted(anchor.start, "year", -1)
    if unit == "day":
        return w.day_window(day)
    if unit == "season":
        return w.season_window(int(anchor.value[:4]) - 1, anchor.value[5:])
    return calendar_unit(unit, day, 0)


def anchor_for(unit: str, situation: Situation) -> Window | None:
    for anchor in reversed(situation.anchors):
        if FINENESS[anchor.precision] <= FINENESS[unit]:
            return anchor
    if situation.published:
        return w.day_window(situation.published)
    return None


RESOLVERS: dict[str, Callable[[Found, Situation], Window | None]] = {
    "date": resolve_date,
    "month": resolve_month,
    "year": resolve_year,
    "decade": resolve_decade,
    "quarter": resolve_quarter,
    "half": resolve_half,
    "season": resolve_season,
    "weekday": resolve_weekday,
    "deictic": resolve_deictic,
    "overnight": resolve_overnight,
    "relative": resolve_relative,
    "ago": resolve_ago,
    "week_of_month": resolve_week_of_month,
    "weekend": resolve_weekend,
    "anaphor": resolve_anaphor,
    "year_back": resolve_year_back,
}
