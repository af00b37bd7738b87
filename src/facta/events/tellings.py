"""One telling of an event in an article, as the discourse pass sees it: the event, its
trigger token, whether its own words date it; and when two tellings may be one event.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from facta.events.qualify.cues import _cues
from facta.models import Event

PRECISION_ORDER = ("day", "week", "month", "year")


@dataclass
class Told:
    """An event with what the discourse pass needs to know of its trigger."""

    event: Event
    token: Token | None
    dated: bool  # the event's own words give its date


def period(day: str | None, precision: str | None) -> tuple[date, date] | None:
    try:
        start = date.fromisoformat(day) if day else None
    except ValueError:
        return None
    if start is None:
        return None
    if precision == "week":
        return start, start + timedelta(days=6)
    if precision == "month":
        return start.replace(day=1), start.replace(day=monthrange(start.year, start.month)[1])
    if precision == "year":
        return start.replace(month=1, day=1), start.replace(month=12, day=31)
    return start, start


def compatible(one: Told, other: Told, published: date | None = None) -> bool:
    """Two tellings may be one event: their periods meet, or one has no date of its own and
    the other is not background (an undated act is the day's news, not the incident of
    years ago the article recalls with the same actors)."""
    if not (one.dated and other.dated):
        dated = one if one.dated else other if other.dated else None
        return dated is None or not long_before(dated.event, published)
    a = period(one.event.date, one.event.date_precision)
    b = period(other.event.date, other.event.date_precision)
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def finer(one: Event, other: Event) -> bool:
    def rank(event: Event) -> int:
        precision = event.date_precision or "year"
        return PRECISION_ORDER.index(precision) if precision in PRECISION_ORDER else 9

    return rank(one) < rank(other)


def long_before(event: Event, published: date | None) -> bool:
    """The event's period ends well before the article's day (dates.yaml background_days)."""
    span = period(event.date, event.date_precision)
    if span is None or published is None:
        return False
    return span[1] < published - timedelta(days=int(_cues("dates.yaml", "background_days")))
