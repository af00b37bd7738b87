"""Reckoning a date phrase's words into a day against the publication date: relative days
("two weeks ago", "last month"), weekdays and weekends, calendar dates with or without a year.
The phrase finding, and which phrase dates which act, is `dates`."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from facta.events.qualify.cues import _cues, _load
from facta.months import MONTHS

SATURDAY = 5
SUNDAY = 6
WEEKEND = "weekend"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
DECADES = frozenset({"decade", "decades"})
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def resolve_phrase(
    text: str, base: date | None, prefer_future: bool, untensed: bool = False
) -> tuple[date, str] | None:
    words = phrase_words(text)
    if not words or (len(words) == 1 and words[0].isdigit() and len(words[0]) < 4):
        return None  # "Smith, 49,": an age or a count, never a year
    if _clock_only(words):
        return None  # "at about 2 a.m.": the hour of the day the story tells, not a day
    if base is not None:
        relative = _relative(words, base, prefer_future)
        if relative is not None:
            return relative
    absolute = _calendar(words, base, prefer_future, untensed)
    if absolute is not None:
        return absolute
    if base is None and not any(YEAR.fullmatch(word) for word in words):
        return None  # "Monday" means nothing without a publication date
    if not any(word[0].isdigit() for word in words):
        return None  # our rules read the worded phrases; dateparser guesses wildly at the rest
    return parse_free_text(" ".join(words), base, prefer_future)


def _clock_only(words: list[str]) -> bool:
    clock = _cues("dates.yaml", "clock_words")
    return any(word in clock for word in words) and all(
        word.isdigit() or word in clock for word in words
    )


def phrase_words(text: str) -> list[str]:
    fillers = _cues("dates.yaml", "filler_words")
    words = re.findall(
        r"\d{4}-\d{2}-\d{2}|[a-z]+|\d+(?:st|nd|rd|th)?", text.lower().replace("mid-", "mid ")
    )
    return [word for word in words if word not in fillers]


def _relative(words: list[str], base: date, prefer_future: bool) -> tuple[date, str] | None:
    """Phrases read against the publication date: yesterday, two weeks ago, last month..."""
    cues = _load("dates.yaml")
    if len(words) == 1 and words[0] in cues["day_words"]:
        return base + timedelta(days=cues["day_words"][words[0]]), "day"
    if len(words) >= 2 and words[-1] in cues["before_words"] and words[-2] in DECADES:
        number = words[-3] if len(words) >= 3 else ""  # "a decade ago", "two decades ago"
        count = cues["numbers"].get(number) or (int(number) if number.isdigit() else 1)
        return _period_start(_shift(base, "year", -10 * count), "year"), "year"
    if len(words) >= 2 and words[-1] in cues["before_words"] and words[-2] in UNITS:
        unit = UNITS[words[-2]]
        number = words[-3] if len(words) >= 3 else ""
        count = cues["numbers"].get(number) or (int(number) if number.isdigit() else None)
        vague = count is None or number in {"few", "several", "couple"}
        if count is None:
            count = 3 if words[-2].endswith("s") else 1
        precision = "week" if vague and unit == "day" else unit
        return _period_start(_shift(base, unit, -count), precision, keep_week_day=True), precision
    if len(words) == 2 and words[1] in UNITS:
        unit = UNITS[words[1]]
        step = {
            "last": -1,
            "past": -1,
            "previous": -1,
            "this": 0,
            "current": 0,
            "next": 1,
            "coming": 1,
        }.get(words[0])
        if step is not None:
            if unit == "week" and step < 0 and base.weekday() == SUNDAY:
                step = 0  # a Sunday story's "last week" is the week ending that day
            return _period_start(_shift(base, unit, step), unit), unit
    if len(words) == 3 and words[0] in cues["month_parts"] and words[2] in UNITS:
        return _relative(words[1:], base, prefer_future)  # "late last year": within last year
    if words[:2] in (["earlier", "this"], ["later", "this"]) and words[2:] and words[2] in UNITS:
        unit = UNITS[words[2]]
        return _period_start(base, unit), unit
    if WEEKEND in words:
        return _weekend(words, base, prefer_future), "week"
    return _weekday(words, base, prefer_future)


def _weekend(words: list[str], base: date, prefer_future: bool) -> date:
    """The Saturday of a weekend: "over the weekend" is the one just past (or under way),
    "last weekend" the one before when told on a weekend; "this weekend" told on a weekday,
    a plan's weekend and "next weekend" are the coming one."""
    last = base - timedelta(days=(base.weekday() - SATURDAY) % 7)  # on or before the base
    during = base.weekday() >= SATURDAY
    ahead = prefer_future or any(word in words for word in ("this", "coming", "next"))
    if ("next" in words) or (ahead and not during):
        return last + timedelta(days=7)
    if during and ("last" in words or "past" in words):
        return last - timedelta(days=7)
    return last


def _weekday(words: list[str], base: date, prefer_future: bool) -> tuple[date, str] | None:
    named = [word for word in words if word in WEEKDAYS]
    if len(named) != 1 or any(word in MONTHS or word.isdigit() for word in words):
        return None
    target = WEEKDAYS.index(named[0])
    if "next" in words or (prefer_future and "last" not in words):
        ahead = (target - base.weekday()) % 7
        if ahead == 0 and "next" in words:
            ahead = 7
        return base + timedelta(days=ahead), "day"
    back = (base.weekday() - target) % 7
    if back == 0 and "last" in words:
        back = 7
    return base - timedelta(days=back), "day"


def _calendar(
    words: list[str], base: date | None, prefer_future: bool, untensed: bool = False
) -> tuple[date, str] | None:
    """Named months, days and years: "April 4", "late March", "in April 2007", "2006"."""
    for word in words:
        match = ISO.fullmatch(word)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3])), "day"
    months = [MONTHS[word] for word in words if word in MONTHS]
    years = [int(word) for word in words if YEAR.fullmatch(word)]
    days = [int(match[1]) for word in words if (match := DAY.fullmatch(word)) and len(word) <= 4]
    year = years[0] if years else None
    if not months:
        if year is not None and len(words) <= 2:
            return date(year, 1, 1), "year"
        return None
    month = months[0]
    parts = _load("dates.yaml")["month_parts"]
    part = next((parts[word] for word in words if word in parts), None)
    day, precision = (days[0], "day") if days else (part, "week") if part else (1, "month")
    if year is None:
        if base is None:
            return None
        year = base.year + _year_offset(month, day, precision, base, prefer_future, untensed)
    try:
        return date(year, month, day), precision
    except ValueError:
        return None


UPCOMING_MONTHS = 3  # how far ahead an untensed date may point


def _year_offset(
    month: int, day: int, precision: str, base: date, prefer_future: bool, untensed: bool = False
) -> int:
    """A month named without a year is the nearest one in the past (or future, for plans)."""
    later = month > base.month or (month == base.month and precision == "day" and day > base.day)
    earlier = month < base.month or (month == base.month and precision == "day" and day < base.day)
    if prefer_future:
        return 1 if earlier else 0
    if untensed and later and (month - base.month) % 12 <= UPCOMING_MONTHS:
        return 0  # "talks in June", "travels on May 21" written in March: the coming ones
    return -1 if later else 0


@lru_cache(maxsize=4096)
def parse_free_text(text: str, base: date | None, prefer_future: bool) -> tuple[date, str] | None:
    """dateparser as a last resort: slow, so cached and called only for leftover phrases."""
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future" if prefer_future else "past"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    precision = data.period if data.period in {"day", "week", "month", "year"} else "day"
    return data.date_obj.date(), precision


@lru_cache(maxsize=64)
def _parser(settings: tuple[tuple[str, Any], ...]) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))


def _shift(base: date, unit: str, count: int) -> date:
    if unit == "day":
        return base + timedelta(days=count)
    if unit == "week":
        return base + timedelta(weeks=count)
    months = base.year * 12 + base.month - 1 + (count if unit == "month" else 12 * count)
    year, month = divmod(months, 12)
    return date(year, month + 1, min(base.day, 28))


def _period_start(day: date, unit: str, keep_week_day: bool = False) -> date:
    """The first day of the month or year; weeks start on Monday unless `keep_week_day`
    ("two weeks ago" keeps its day, "last week" starts on Monday)."""
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    if unit == "week" and not keep_week_day:
        return day - timedelta(days=day.weekday())
    return day
