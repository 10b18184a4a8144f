"""Calendar windows: the first and last day of a day, week, month, quarter, season,
year or decade, with its TIMEX3 value, and the choice among repeating ones."""
from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

# Meteorological seasons, northern hemisphere: (first month, TIMEX3 code). Winter
# belongs to the year it starts in, so "winter 2024" runs December 2024 to February 2025.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Window:
    start: date
    end: date
    precision: str
    value: str
    late: bool = False  # told late in the day ("late on Monday", "Monday evening"): "overnight" follows it

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def day_window(d: date) -> Window:
    return Window(d, d, "day", d.isoformat())


def week_window(d: date) -> Window:
    """Return the ISO week (Monday to Sunday) that contains ``d``."""
    monday = d - timedelta(days=d.weekday())
    year, week, _ = monday.isocalendar()
    return Window(monday, monday + timedelta(days=6), "week", f"{year}-W{week:02d}")


def weekend_window(d: date) -> Window:
    """Return the Saturday and Sunday of the ISO week that contains ``d``."""
    week = week_window(d)
    saturday = week.start + timedelta(days=5)
    return Window(saturday, week.end, "week", f"{week.value}-WE")


def month_window(year: int, month: int) -> Window:
    last = calendar.monthrange(year, month)[1]
    return Window(date(year, month, 1), date(year, month, last), "month", f"{year}-{month:02d}")


def quarter_window(year: int, quarter: int) -> Window:
    first = month_window(year, 3 * quarter - 2)
    last = month_window(year, 3 * quarter)
    return Window(first.start, last.end, "quarter", f"{year}-Q{quarter}")


def half_window(year: int, half: int) -> Window:
    """Return the half year; its precision is "year", the nearest the model has."""
    first = month_window(year, 6 * half - 5)
    last = month_window(year, 6 * half)
    return Window(first.start, last.end, "year", f"{year}-H{half}")


def season_window(year: int, season: str) -> Window:
    first_year, first_month = add_months(year, SEASON_START[season], 0)
    last_year, last_month = add_months(year, SEASON_START[season], 2)
    start = month_window(first_year, first_month).start
    end = month_window(last_year, last_month).end
    return Window(start, end, "season", f"{year}-{season}")


def year_window(year: int) -> Window:
    return Window(date(year, 1, 1), date(year, 12, 31), "year", str(year))


def decade_window(decade: int) -> Window:
    """Return the decade ``decade`` (197 is the 1970s); its value is the TIMEX3 "197"."""
    return Window(date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31), "decade", str(decade))


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """Return the (year, month) ``months`` after the given one (negative goes back)."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when it does not exist (30 February) or is out of range."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def part_of(window: Window, part: str) -> Window:
    """Return the early (E), middle (M) or late (L) third of ``window``, keeping its value.

    Months follow the common reading early = days 1-10, mid = 11-20, late = 21-end;
    years split into four-month thirds; decades into 0-3, 4-6, 7-9; weeks into
    Monday-Tuesday, Wednesday-Thursday, Friday-Sunday."""
    days = (window.end - window.start).days + 1
    if window.precision == "month":
        cuts = (10, 20)
    elif window.precision == "year" and days >= 365:
        cuts = (date(window.start.year, 5, 1), date(window.start.year, 9, 1))
        cuts = tuple((c - window.start).days for c in cuts)
    elif window.precision == "decade":
        cuts = tuple((date(window.start.year + n, 1, 1) - window.start).days for n in (4, 7))
    elif window.precision == "week":
        cuts = (2, 4)
    else:
        cuts = (days // 3, days - days // 3)
    bounds = {"E": (0, cuts[0] - 1), "M": (cuts[0], cuts[1] - 1), "L": (cuts[1], days - 1)}[part]
    return replace(
        window,
        start=window.start + timedelta(days=bounds[0]),
        end=window.start + timedelta(days=bounds[1]),
    )


def up_to(window: Window, day: date) -> Window:
    """Return ``window`` cut to end on ``day`` ("earlier this month")."""
    return replace(window, end=min(max(day, window.start), window.end))


def from_day(window: Window, day: date) -> Window:
    """Return ``window`` cut to start on ``day`` ("later this month")."""
    return replace(window, start=max(min(day, window.end), window.start))


def choose(candidates: list[Window], published: date, mode: str) -> Window | None:
    """Return the candidate a mode picks relative to ``published``.

    past: the latest that has begun by then; future: the earliest not yet over;
    last: the latest already over; next: the earliest not yet begun; this: the one
    containing ``published``, else the one in the same year."""
    ordered = sorted(candidates, key=lambda w: w.start)
    if mode == "past":
        picked = [w for w in ordered if w.start <= published][-1:]
    elif mode == "future":
        picked = [w for w in ordered if w.end >= published][:1]
    elif mode == "last":
        picked = [w for w in ordered if w.end < published][-1:]
    elif mode == "next":
        picked = [w for w in ordered if w.start > published][:1]
    else:
        picked = [w for w in ordered if w.contains(published)]
        picked = picked or [w for w in ordered if w.start.year == published.year]
    return picked[0] if picked else None


def midpoint_value(start: date, end: date, precision: str) -> str:
    """Return the TIMEX3 value of the ``precision`` unit holding the window's midpoint,
    for rolling windows ("the past week") that straddle calendar units."""
    middle = start + (end - start) / 2
    if precision == "day":
        return middle.isoformat()
    if precision == "week":
        return week_window(middle).value
    if precision == "month":
        return month_window(middle.year, middle.month).value
    if precision == "year":
        return str(middle.year)
    return str(middle.year // 10)
