"""Finding temporal expressions: regular expressions built from the word lists and
compiled once. Each rule turns a match into a `Found`, the expression's parts before
they are normalised against a date (that is resolve.py's job)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .words import words

FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Found:
    """A temporal expression as written: which kind, and the parts it names."""

    span: tuple[int, int]
    kind: str  # date | month | year | decade | quarter | half | season | weekday | deictic
    #            | relative | ago | week_of_month | weekend | anaphor | year_back | overnight
    year: int | None = None
    short_year: int | None = None  # "'82", "7/8/07": the century is chosen later
    year_shift: int | None = None  # "of last year" -1, "this year" 0, "next year" +1
    year_told: bool = False  # "of that year": the year of the last date named
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    number: int | None = None  # quarter, half, ordinal week, decade, a count of units, or a weekday's week (-1 last)
    season: str | None = None
    unit: str | None = None  # day | week | weekend | month | quarter | year | decade
    part: str | None = None  # E, M, L (early, mid, late), "earlier" / "later", or a weekday's "late"
    modifier: str | None = None  # last | next | this | past (a rolling window ending now)
    alternative: tuple[int, int] | None = None  # an ambiguous numeric date's month-first (month, day)
    counted: bool = False  # "a week later": a count of units from the last date named, not a unit it lies in


Builder = Callable[[re.Match, str], "Found | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    triggers: tuple[str, ...]  # the kinds of word every match holds one of; the rule runs only near them
    regex: re.Pattern
    build: Builder


def find(text: str, *, whole_is_date: bool = False) -> list[Found]:
    """Return the temporal expressions of ``text`` in text order, longest first where
    two overlap. ``whole_is_date`` lets a lone year ("2019") count when it is all of
    ``text``, as when one expression is normalised on its own."""
    near = regions(text)
    found = [
        f
        for rule in rules()
        for trigger in rule.triggers
        for start, end in near.get(trigger, ())
        for m in rule.regex.finditer(text, start, end)
        if (f := rule.build(m, text))
    ]
    if whole_is_date and not found:
        found = [f for f in [lone_year(text)] if f]
    return non_overlapping(found)


# Every match holds its rule's trigger (a month name, a weekday, a unit word such as
# "week", a four-digit number...) and reaches at most this far either side of it
# ("the beginning of the past week"). Running each rule only on the stretches near
# its triggers, found in one pass, keeps the stage fast on long articles.
REACH = 32


def regions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Return, for each kind of trigger, the merged stretches of ``text`` within REACH of one."""
    merged: dict[str, list[tuple[int, int]]] = {}
    kinds = trigger_kinds()
    for m in TOKEN.finditer(text):
        kind = kinds.get(m.group(0).lower()) if m.lastgroup == "word" else number_trigger(m.group(0))
        if kind is None:
            continue
        stretches = merged.setdefault(kind, [])
        start, end = max(0, m.start() - REACH), min(len(text), m.end() + REACH)
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return merged


# Words, and numbers with what may follow them in a date ("7/8/07", "1990s", "'82", "Q3").
TOKEN = re.compile(r"(?P<number>\bQ[1-4]\b|'\d\d\b|\d+(?:[/.-]\d+)*(?:'?s\b)?)|(?P<word>[A-Za-z]+)")


def number_trigger(token: str) -> str | None:
    """Return "number" for a token that can be or hold a year or a numeric date."""
    digits = token.rstrip("s'")
    parts = re.split(r"[/.-]", digits)
    if token[0] in "Q'" or len(parts) >= 3 or any(len(part) >= 4 for part in parts):
        return "number"
    return "number" if token.endswith("s") and digits.endswith("0") else None  # "the 70s"


@lru_cache(maxsize=1)
def trigger_kinds() -> dict[str, str]:
    """Return each trigger word, singular and plural, with the kind of rule it wakes."""
    w = words()
    kinds = {
        "month": ("month", "month_abbr"),
        "weekday": ("weekday",),
        "season": ("season",),
        "deictic": ("deictic_day", "time_of_day"),
    }
    table = {word: kind for kind, lists in kinds.items() for name in lists for word in w.of(name)}
    table.update(w.of("trigger"))  # unit words name their own kind: "day", "ago", "quarter"...
    table.update({word + "s": kind for word, kind in table.items()})
    return table


def non_overlapping(found: list[Found]) -> list[Found]:
    """Return the longest expressions that do not overlap, in text order."""
    taken: list[Found] = []
    for f in sorted(found, key=lambda f: (f.span[0] - f.span[1], f.span[0])):
        if all(f.span[1] <= t.span[0] or t.span[1] <= f.span[0] for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.span[0])


def lone_year(text: str) -> Found | None:
    m = re.fullmatch(r"\s*(\d{4})\s*", text)
    if not m or not plausible_year(int(m.group(1))):
        return None
    return Found(m.span(1), "year", year=int(m.group(1)))


# ---------------------------------------------------------------- the regular expressions


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """Return the regex pieces the rules share, built from the word lists."""
    w = words()
    pieces = {
        "MONTH": w.alternation("month", "month_abbr"),
        "WEEKDAY": w.alternation("weekday"),
        "ANYWEEKDAY": w.alternation("weekday", "weekday_abbr"),
        "SEASON": w.alternation("season"),
        "ORD": w.alternation("ordinal"),
        "NUM": r"\d{1,3}|" + w.alternation("number"),
        "UNIT": w.alternation("unit"),
        "TOD": w.alternation("time_of_day"),
        "DEICTIC": w.alternation("deictic_day"),
        "DAYVERB": w.alternation("day_verb"),
        "PART": r"(?P<part>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)(?:\s+|-)",
        "YEAR": r"(?P<year>\d{4})\b(?![,.]?\d)",
        "SHIFT": r"(?P<shift>this|last|next)\s+year\b",
        "THAT_YEAR": r"(?P<that_year>(?:that|the\s+same)\s+year)\b",  # "in September of that year"
        "MOD": r"(?P<mod>this\s+past|last|next|this|coming|past)",
        "REL": r"(?P<mod>this\s+past|last|next|this|coming|past|previous|current)",
    }
    # "of 2025", "of this year", "of the year": the year a part ("the first half") is of
    pieces["WHICH_YEAR"] = rf"(?:{pieces['YEAR']}|{pieces['SHIFT']}|(?P<the_year>the\s+year)\b)"
    return pieces


def compile_rule(name: str, triggers: str, pattern: str, build: Builder) -> Rule:
    """Compile a rule whose spaces never cross a line break: a break ends a headline,
    dateline or caption, and "until Friday" does not run into the date line below."""
    spaced = pattern.format(**fragments()).replace(r"\s", r"[^\S\n]")
    return Rule(name, tuple(triggers.split()), re.compile(spaced, FLAGS), build)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Return the rules, compiled on first use. Braces in the patterns name shared
    fragments, so literal regex braces are doubled."""
    return (
        compile_rule("iso", "number", r"(?<![\d-])(?P<year>\d{{4}})([-/])(?P<month>\d\d)\2(?P<day>\d\d)(?![\d-])", build_iso),
        compile_rule(
            "numeric",
            "number",
            r"(?<![\w/.,-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d\d)(?![\w/-]|[.,]\d)",
            build_numeric,
        ),
        compile_rule(
            "month_day",
            "month",
            r"(?:\b(?P<wd>{ANYWEEKDAY})\.?,?\s+)?\b(?P<month>{MONTH})(?:\.(?=\s*\d))?\s+(?:the\s+)?"
            r"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[:%]|[,.]\d)(?:,?\s+{YEAR}|\s+{SHIFT}|\s+of\s+{THAT_YEAR})?",
            build_written_date,
        ),
        compile_rule(
            "day_month",
            "month",
            r"(?:\b(?P<wd>{ANYWEEKDAY})\.?,?\s+)?(?:\bthe\s+)?(?<![\w$£€#.,-])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            r"\s+(?:of\s+)?(?P<month>{MONTH})\b(?:\.(?=\s*\d))?(?:,?\s+{YEAR}|\s+{SHIFT}|\s+of\s+{THAT_YEAR})?",
            build_written_date,
        ),
        compile_rule(
            "month",
            "month",
            r"(?:\b{MOD}\s+|\b{PART})?\b(?P<month>{MONTH})\b(?:\.(?=\s*\d))?"
            r"(?:,?\s+(?:of\s+)?(?:{YEAR}|'(?P<yy>\d\d)\b|{SHIFT})|\s+of\s+{THAT_YEAR})?",
            build_month,
        ),
        compile_rule(
            "year",
            "number",
            r"(?:\b{PART}|(?<![\w$£€#.,/'-]))(?:{YEAR}(?!-\d)|'(?P<yy>\d\d)\b(?!'?s\b))",
            build_year,
        ),
        compile_rule(
            "decade",
            "number",
            r"(?:\b{PART}(?:the\s+)?|\b(?P<the>the)\s+)?(?<![\w$£€#.,])"
            r"(?:(?P<century>1\d|20)(?P<decade>\d)0|'?(?P<short>\d)0)'?s\b",
            build_decade,
        ),
        compile_rule(
            "quarter",
            "quarter",
            r"(?:\bthe\s+)?\b(?P<ord>{ORD})(?:\s+|-)quarter\b(?:\s+(?:of\s+)?{WHICH_YEAR})?",
            build_quarter,
        ),
        compile_rule("q", "number", r"\bQ(?P<q>[1-4])\b(?:\s+(?:of\s+)?{YEAR}|\s*'(?P<yy>\d\d)\b)?", build_quarter),
        compile_rule(
            "half",
            "half",
            r"(?:\bthe\s+)?\b(?P<ord>first|second|1st|2nd)(?:\s+|-)half\s+(?:of\s+)?"
            r"{WHICH_YEAR}",
            build_half,
        ),
        compile_rule(
            "first_months",
            "unit",
            r"(?:\bthe\s+)?\bfirst\s+(?P<n>three|six|3|6)\s+months\s+(?:of\s+)?"
            r"{WHICH_YEAR}",
            build_first_months,
        ),
        compile_rule(
            "season",
            "season",
            r"(?:\b{MOD}\s+|\b(?P<part>early|mid|late)(?:\s+|-)|\b(?P<the>the)\s+)?\b(?P<season>{SEASON})\b"
            r"(?:\s+(?:of\s+)?(?:{YEAR}|{SHIFT}))?",
            build_season,
        ),
        compile_rule(
            "weekday",
            "weekday",
            r"(?:\b{MOD}\s+)?\b(?P<weekday>{WEEKDAY})\b(?!-)(?:\s+(?P<tod>{TOD})\b)?"
            r"(?:\s+(?:of\s+)?(?P<week>last|next|this)\s+week\b(?!-))?",
            build_weekday,
        ),
        compile_rule(
            "deictic",
            "deictic",
            r"\b(?:(?P<pre>earlier|later|early|late)\s+)?(?P<word>{DEICTIC})\b(?:\s+(?P<tod>{TOD})\b)?",
            build_deictic,
        ),
        compile_rule("this_morning", "deictic", r"\b(?P<which>this|last)\s+(?P<tod>{TOD})\b", build_this_morning),
        compile_rule(
            "relative",
            "unit weekend quarter",
            r"(?:\b(?P<part>early|mid|late|earlier|later)(?:\s+|-)(?:in\s+)?|\b(?:the\s+)?(?P<edge>beginning|start|middle|end)\s+of\s+)?"
            r"\b(?P<the>the\s+)?{REL}\s+(?P<unit>week|weekend|month|quarter|year|decade)\b(?!-)",
            build_relative,
        ),
        compile_rule(
            "the_unit",
            "unit",
            r"\b(?:the\s+(?P<edge>beginning|start|middle|end)\s+of|(?P<part>earlier|later)\s+in)\s+the\s+(?P<unit>week|month|year)\b",
            build_relative,
        ),
        compile_rule("ago", "ago", r"\b(?P<n>{NUM})\s+(?P<unit>{UNIT})s?\s+ago\b", build_ago),
        compile_rule(
            "rolling",
            "unit day",
            r"\b(?:the|these)\s+(?P<mod>past|last|previous)\s+(?P<n>{NUM})\s+(?P<unit>{UNIT})s\b",
            build_rolling,
        ),
        compile_rule(
            "week_of_month",
            "month",
            r"\bthe\s+(?P<ord>{ORD})\s+week\s+of\s+(?P<month>{MONTH})\b(?:,?\s+{YEAR})?",
            build_week_of_month,
        ),
        # "over the weekend", "in a weekend raid": the weekend told of, the last one in a report
        compile_rule("weekend", "weekend", r"\b(?:the|a)\s+weekend\b", build_weekend),
        compile_rule(
            "anaphor_the",
            "unit day",
            r"\bthe\s+(?P<dir>following|next|previous|preceding|same)\s+(?P<unit>day|week|month|year)\b",
            build_anaphor,
        ),
        compile_rule(
            "anaphor_unit_first",
            "unit day",
            r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later|previous)\b",
            build_anaphor,
        ),
        compile_rule(
            "anaphor_count",
            "unit day",
            r"\b(?P<n>{NUM})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|after|before)\b",
            build_anaphor,
        ),
        compile_rule(
            "the_day",
            "day",
            r"\b(?:(?:for|on)\s+|(?:the\s+)?(?:start|end|rest|most|remainder|course|beginning|close)\s+of\s+)"
            r"the\s+day\b(?!\s+(?:of|after|before|when|that|in|on)\b|')",
            build_the_day,
        ),
        compile_rule(
            "in_the_day",
            "day",
            # "late in the day after falling": "after" starts a clause here, not "the day after"
            r"\b(?:earlier|later|early|late)\s+in\s+the\s+day\b(?!\s+(?:of|when|that|in|on)\b|')",
            build_the_day,
        ),
        compile_rule(
            "verb_the_day",
            "day",
            r"\b(?:{DAYVERB})\s+(?P<day>the\s+day)\b(?!\s+(?:of|after|before|when|that|in|on)\b|')",
            build_the_day,
        ),
        compile_rule(
            "year_back",
            "unit day quarter",
            r"\bthe\s+same\s+(?P<unit>day|week|month|quarter|period|time)\s+(?:a\s+year\s+(?:ago|earlier|before)|"
            r"(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year|(?:of\s+)?the\s+year\s+before)\b",
            build_year_back,
        ),
        compile_rule(
            "anaphor_hours",
            "hours",
            r"\b(?:(?:a\s+few|several|some|{NUM})\s+)?(?P<unit>hours|minutes|moments)\s+(?P<dir>later|earlier)\b",
            build_within_day,
        ),
        compile_rule(
            "anaphor_within_hours",
            "hours",
            r"\bwithin\s+(?:the\s+|an\s+|a\s+few\s+|several\s+|{NUM}\s+)?(?:hours?|minutes)\b(?!\s+of\s+(?!\w+ing\b))",
            build_within_day,
        ),
        compile_rule("afterwards", "hours", r"\bafterwards?\b", build_within_day),
        compile_rule("overnight", "hours", r"\bovernight\b", build_overnight),
        compile_rule(
            "anaphor_next_morning",
            "deictic",
            r"\bthe\s+(?P<dir>following|next|previous|preceding)\s+(?:morning|afternoon|evening)\b",
            build_part_of_a_day_beside,
        ),
        compile_rule(
            "anaphor_that_night",
            "deictic",
            r"\b(?:that|the\s+same)\s+(?:night|evening|morning|afternoon)\b",
            build_within_day,
        ),
        compile_rule(
            "anaphor_that",
            "unit day",
            r"\b(?:(?P<part>earlier|later|early|late)\s+(?:in\s+)?)?(?:that|the\s+same)\s+(?P<unit>day|week|month|year)\b",
            build_anaphor,
        ),
    )


# ---------------------------------------------------------------- context checks


def plausible_year(year: int) -> bool:
    return 1000 <= year <= 2999


def plausible_bare_year(year: int) -> bool:
    """A four-digit number standing alone is read as a year only in this range."""
    return 1800 <= year <= 2100


@lru_cache(maxsize=1)
def context_regexes() -> dict[str, re.Pattern]:
    """Return the tests of the words before an expression, compiled once."""
    w = words()
    context = w.alternation("date_context")
    link = r"\s*(?:,|and|or|to|through|until|-|–)\s*"

    def after_context(item: str = "") -> re.Pattern:
        # A list or range carries the context on: "in 2009, 2011 and 2014", "between April and May".
        items = rf"(?:(?:{item}){link})*" if item else ""
        return re.compile(rf"(?:^|\W)(?:{context})\s+(?:the\s+)?{items}$", FLAGS)

    return {
        "year": after_context(r"\d{4}|'\d\d"),
        "month": after_context(w.alternation("month")),
        "season": after_context(),
        "decade": re.compile(r"\d0'?s" + link + "$", FLAGS),
        # "the 1991 settlement", "the 2008 financial crisis", "2008's", "Conference 2010"
        "event_after": re.compile(rf"\s+(?:[a-z]+\s+)?(?:{w.alternation('event_noun')})\b", FLAGS),
        "event_before": re.compile(rf"\b(?:{w.alternation('event_noun')})\s+$", FLAGS),
        "the": re.compile(r"(?:^|\W)(?:the|a|an|its|their|his|her)\s+$", FLAGS),  # "a 2019 agreement", "its 2021 ban"
        "set": re.compile(rf"\b(?:{w.alternation('set_marker')})\s+$", FLAGS),
        "named_day": re.compile(rf"\b(?:{w.alternation('named_day_prefix')})\s+$", FLAGS),
        "named_day_after": re.compile(rf"\s+(?:{w.alternation('named_day_suffix')})\b", FLAGS),
        "measure": re.compile(rf"\s*(?:{w.alternation('measure')})(?!\w)", FLAGS),
        "of": re.compile(r"\s+of\b", FLAGS),
    }


def before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width) : start]


def has_context(text: str, start: int, kind: str) -> bool:
    """Say whether the words before ``start`` make a bare name a date ("in May")."""
    return bool(context_regexes()[kind].search(before(text, start)))


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def named_day(text: str, start: int, end: int) -> bool:
    """Say whether a capitalised word around a weekday makes it a name: "Black Monday",
    "the Sunday Times"."""
    preceding = before(text, start, 20)
    if any(m.group(0)[:1].isupper() for m in context_regexes()["named_day"].finditer(preceding)):
        return True
    following = context_regexes()["named_day_after"].match(text, end)
    return bool(following) and following.group(0).strip()[:1].isupper()


# ---------------------------------------------------------------- builders


def optional_int(value: str | None) -> int | None:
    return int(value) if value else None


def month_number(name: str) -> int:
    w = words()
    name = name.lower().rstrip(".")
    return int(w.of("month").get(name) or w.of("month_abbr")[name])


def is_abbreviation(name: str) -> bool:
    return name.lower().rstrip(".") in words().of("month_abbr")


def count(value: str) -> int:
    """Return the number a count is written as: "3", "three", "a"."""
    if value.isdigit():
        return int(value)
    return words().number("number", " ".join(value.lower().split()))


def year_shift(m: re.Match) -> int | None:
    shift = m.groupdict().get("shift")
    if shift:
        return {"last": -1, "this": 0, "next": 1}[shift.lower()]
    if m.groupdict().get("the_year"):
        return 0
    return None


def year_told(m: re.Match) -> bool:
    """Whether a date takes its year from the last one named: "in September of that year"."""
    return bool(m.groupdict().get("that_year"))


def part_code(part: str | None) -> str | None:
    """Return E, M or L for "early", "mid", "the end of"...; None when there is none."""
    if not part:
        return None
    word = part.lower().split()[-2] if part.lower().startswith("the") else part.lower()
    return words().of("part")[word]


def modifier(value: str | None) -> str | None:
    """Return last, next, this, past or previous for the word before a name or unit."""
    if not value:
        return None
    value = " ".join(value.lower().split())
    return {"this past": "last", "coming": "next", "current": "this"}.get(value, value)


def build_iso(m: re.Match, text: str) -> Found | None:
    year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    if not (plausible_year(year) and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Found(m.span(), "date", year=year, month=month, day=day)


def build_numeric(m: re.Match, text: str) -> Found | None:
    """Numeric dates: d/m/y when the first part exceeds 12, m/d/y when the second does.
    When both could be months the reading is ambiguous; it is kept as day-first with
    month-first as the alternative, which resolve.py takes only when it alone is not
    in the future of the publication date."""
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    if len(y) == 2 and m.group("sep") != "/":
        return None  # "3.8.07" or "1-2-24" are more often versions and scores than dates
    year, short = (int(y), None) if len(y) == 4 else (None, int(y))
    if year is not None and not plausible_year(year):
        return None
    if a > 12 and b <= 12:
        day, month, alternative = a, b, None
    elif b > 12 and a <= 12:
        day, month, alternative = b, a, None
    elif a <= 12 and b <= 12:
        day, month, alternative = a, b, (a, b)
    else:
        return None
    if not 1 <= day <= 31 or month < 1:
        return None
    return Found(m.span(), "date", year=year, short_year=short, month=month, day=day, alternative=alternative)


def build_written_date(m: re.Match, text: str) -> Found | None:
    name, day = m.group("month"), int(m.group("day"))
    if not capitalised(name) or not 1 <= day <= 31:
        return None
    year = optional_int(m.group("year"))
    if year is not None and not plausible_year(year):
        return None
    weekday = weekday_number(m.group("wd")) if m.group("wd") else None
    return Found(m.span(), "date", year=year, month=month_number(name), day=day, weekday=weekday,
                 year_shift=year_shift(m), year_told=year_told(m))  # "Dec. 4 last year", "May 3 of that year"


def weekday_number(name: str) -> int:
    w = words()
    name = name.lower()
    return int(w.of("weekday").get(name) or w.of("weekday_abbr")[name])


def build_month(m: re.Match, text: str) -> Found | None:
    name = m.group("month")
    if not capitalised(name):
        return None  # "may" the modal verb, "march" the verb
    year, short = optional_int(m.group("year")), optional_int(m.group("yy"))
    shift = year_shift(m)
    has_year = year is not None or short is not None or shift is not None or year_told(m)
    if is_abbreviation(name) and not has_year:
        return None  # "Jan" alone is more often a name than a month
    modified = m.group("mod") or m.group("part")
    needs_context = name.lower() in words().of("month_needs_context")
    if needs_context and not (has_year or modified or has_context(text, m.start("month"), "month")):
        return None  # "Theresa May", "April Ryan"
    if has_context(text, m.start(), "set"):
        return None  # "every January"
    return Found(
        m.span(), "month", year=year, short_year=short, year_shift=shift, month=month_number(name), year_told=year_told(m),
        part=part_code(m.group("part")), modifier=modifier(m.group("mod")),
    )


def names_event(text: str, m: re.Match) -> bool:
    """Say whether a four-digit number names the year of an event: "the 1991
    settlement", "a 2019 agreement", "2008's crisis", "Conference 2010"."""
    regexes = context_regexes()
    if text.startswith("'s", m.end()):
        return True
    if fronts_event_noun(text, m):
        return True
    return bool(regexes["event_before"].search(before(text, m.start(), 30)))


def build_year(m: re.Match, text: str) -> Found | None:
    year, short = optional_int(m.group("year")), optional_int(m.group("yy"))
    part = part_code(m.group("part"))
    if context_regexes()["measure"].match(text, m.end()):
        return None  # "by 2000 points", "until 1800 GMT", "2020 percent"
    if part is None and not (has_context(text, m.start(), "year") or (year and names_event(text, m))):
        return None  # a bare number is a year only after "in", "since", "by", ... or naming an event
    if year is not None and not (plausible_year(year) if part else plausible_bare_year(year)):
        return None
    return Found(m.span(), "year", year=year, short_year=short, part=part)


def build_decade(m: re.Match, text: str) -> Found | None:
    century = m.group("century")
    if century is None and not (m.group("the") or m.group("part") or context_regexes()["decade"].search(before(text, m.start()))):
        return None  # "in her 70s" is an age; "the 70s" and "the 70s and 80s" are decades
    if century:
        decade, short = int(century + m.group("decade")), None
    else:
        decade, short = None, int(m.group("short"))
    return Found(m.span(), "decade", number=decade, short_year=short, part=part_code(m.group("part")))


def build_quarter(m: re.Match, text: str) -> Found | None:
    groups = m.groupdict()
    year, short, shift = optional_int(groups.get("year")), optional_int(groups.get("yy")), year_shift(m)
    if groups.get("q"):
        return Found(m.span(), "quarter", number=int(groups["q"]), year=year, short_year=short)
    ordinal = words().number("ordinal", groups["ord"])
    if ordinal == -1 and year is None and shift is None:
        return Found(m.span(), "relative", unit="quarter", modifier="last")  # "the last quarter": the one before this
    if ordinal == -1:
        ordinal = 4
    if not 1 <= ordinal <= 4:
        return None
    return Found(m.span(), "quarter", number=ordinal, year=year, year_shift=shift)


def build_half(m: re.Match, text: str) -> Found | None:
    half = words().number("ordinal", m.group("ord"))
    return Found(m.span(), "half", number=half, year=optional_int(m.group("year")), year_shift=year_shift(m))


FIRST_MONTHS = {"three": ("quarter", 1), "3": ("quarter", 1), "six": ("half", 1), "6": ("half", 1)}  # as a named part


def build_first_months(m: re.Match, text: str) -> Found | None:
    """"the first three months of the year" (its first quarter), "the first six months of 2025" (its first half)."""
    kind, number = FIRST_MONTHS[m.group("n").lower()]
    return Found(m.span(), kind, number=number, year=optional_int(m.group("year")), year_shift=year_shift(m))


def fronts_event_noun(text: str, m: re.Match) -> bool:
    """Say whether a name sits between a determiner and an event noun, so names when
    that event falls: "a 2019 agreement", "their autumn meetings", "the spring offensive"."""
    regexes = context_regexes()
    return bool(regexes["event_after"].match(text, m.end()) and regexes["the"].search(before(text, m.start(), 10)))


def build_season(m: re.Match, text: str) -> Found | None:
    year, shift = optional_int(m.group("year")), year_shift(m)
    modified = m.group("mod") or m.group("part") or year is not None or shift is not None
    if not modified and not fronts_event_noun(text, m):
        if not has_context(text, m.start(), "season") or context_regexes()["of"].match(text, m.end()):
            return None  # "the fall of Kabul", "the Arab Spring", "a spring in his step"
    season = words().of("season")[m.group("season").lower()]
    return Found(
        m.span(), "season", season=season, year=year, year_shift=shift,
        part=part_code(m.group("part")), modifier=modifier(m.group("mod")),
    )


def build_weekday(m: re.Match, text: str) -> Found | None:
    name = m.group("weekday")
    if not capitalised(name):
        return None
    if not m.group("mod") and (has_context(text, m.start(), "set") or named_day(text, m.start(), m.end())):
        return None  # "every Monday", "Black Monday"
    late = told_late(text, m.start(), m.group("tod"))
    week = {"last": -1, "this": 0, "next": 1}.get((m.group("week") or "").lower())
    return Found(m.span(), "weekday", weekday=weekday_number(name), modifier=modifier(m.group("mod")),
                 part="late" if late else None, number=week)  # "Friday last week": that week's Friday


LATE_IN_THE_DAY = {"afternoon", "evening", "night"}
LATE_BEFORE = re.compile(r"\blate\s+(?:on\s+)?$", FLAGS)


def told_late(text: str, start: int, tod: str | None) -> bool:
    """Whether a day is told late in the day, as the night that follows it: "late on Monday",
    "Tuesday evening"."""
    return bool(LATE_BEFORE.search(before(text, start, 12))) or (tod or "").lower() in LATE_IN_THE_DAY


def build_deictic(m: re.Match, text: str) -> Found | None:
    return Found(m.span(), "deictic", number=words().number("deictic_day", m.group("word")))


def build_this_morning(m: re.Match, text: str) -> Found | None:
    tod = m.group("tod").lower()
    if m.group("which").lower() == "last":
        return Found(m.span(), "deictic", number=-1) if tod in ("night", "evening") else None
    return Found(m.span(), "deictic", number=0) if tod != "night" else None


def build_overnight(m: re.Match, text: str) -> Found | None:
    """"struck late on Monday ... troops were sent overnight": the night after the last day told
    before the news, else the night before it ("struck overnight, the governor said on Thursday")."""
    return Found(m.span(), "overnight")


def build_relative(m: re.Match, text: str) -> Found | None:
    groups = m.groupdict()
    unit = groups["unit"].lower()
    mod = modifier(groups.get("mod")) or "this"
    if mod == "previous" and unit != "weekend":
        return Found(m.span(), "anaphor", unit=unit, number=-1)  # "the previous year": before the last date named
    if mod == "previous":
        mod = "last"
    if mod in ("past", "last") and groups.get("the") and unit != "weekend":
        mod = "past"  # "the past week", "the last year": the stretch ending now
    elif mod == "past":
        mod = "last"  # "past week" without "the" is last week
    part = groups.get("part") or groups.get("edge")
    part = part.lower() if part and part.lower() in ("earlier", "later") else part_code(part)
    if part in ("earlier", "later") and not groups.get("mod"):
        mod = "the"  # "later in the week": the week told of, not this one (see resolve_relative)
    return Found(m.span(), "relative", unit=unit, modifier=mod, part=part)


def build_ago(m: re.Match, text: str) -> Found | None:
    return Found(m.span(), "ago", unit=m.group("unit").lower(), number=count(m.group("n")))


def build_rolling(m: re.Match, text: str) -> Found | None:
    return Found(m.span(), "relative", unit=m.group("unit").lower(), number=count(m.group("n")), modifier="past")


def build_week_of_month(m: re.Match, text: str) -> Found | None:
    if not capitalised(m.group("month")):
        return None
    ordinal = words().number("ordinal", m.group("ord"))
    return Found(m.span(), "week_of_month", number=ordinal, month=month_number(m.group("month")), year=optional_int(m.group("year")))


def build_weekend(m: re.Match, text: str) -> Found | None:
    return Found(m.span(), "weekend")


def build_the_day(m: re.Match, text: str) -> Found | None:
    """"ended the day", "for the day", "late in the day after falling": the day the text is about."""
    span = m.span("day") if "day" in m.groupdict() else m.span()
    return Found(span, "anaphor", unit="day", number=0)


def build_year_back(m: re.Match, text: str) -> Found | None:
    """"the same period last year", "the same month a year ago": a year before the
    last date named; a "period" keeps that date's precision."""
    return Found(m.span(), "year_back", unit=m.group("unit").lower())


def build_within_day(m: re.Match, text: str) -> Found | None:
    """"Hours later", "minutes earlier", "within the hour", "told reporters afterwards": the day of the
    last date named (a shift of less than a day: news copy says "days later" when it is more); "within
    hours of landing" counts from a deed the scene told, "within hours of the signing" from a named event."""
    return Found(m.span(), "anaphor", unit="day", number=0)


def build_part_of_a_day_beside(m: re.Match, text: str) -> Found | None:
    """"detained overnight and released the following morning": the day after the last date named
    ("the previous evening": the day before it)."""
    sign = -1 if m.group("dir").lower() in ("previous", "preceding") else 1
    return Found(m.span(), "anaphor", unit="day", number=sign)


def build_anaphor(m: re.Match, text: str) -> Found | None:
    """"the following day", "two days later", "later that month", "that year": a shift
    from the last date the text named. "the day after" must end its phrase: "the day
    after the summit" names an event, not a date we can place."""
    groups = m.groupdict()
    direction = (groups.get("dir") or "same").lower()
    if direction in ("after", "before") and re.match(r"\s*\w", text[m.end() :]):
        return None
    n = count(groups["n"]) if groups.get("n") else (0 if direction == "same" else 1)
    sign = -1 if direction in ("previous", "preceding", "before", "earlier") else 1
    part = groups.get("part")
    part = {"early": "earlier", "late": "later"}.get(part.lower(), part.lower()) if part else None
    return Found(m.span(), "anaphor", unit=groups["unit"].lower(), number=sign * n, part=part,
                 counted=bool(groups.get("n")))
