"""Finding an article's dateline ("BAGHDAD, May 13 —", "NAIROBI (Reuters) -") at the start of
its text, and splitting it into the place as written and an optional qualifier ("Iran").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_NAME = r"[A-Z][A-Za-z.'’\- ]{1,40}?"
_PLACES = rf"{_NAME}(?:/{_NAME})*"  # "GENEVA/BEIRUT (Reuters) -": filed from two places
DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_PLACES})"
    rf"(?:,\s*(?P<qualifier>{_PLACES}))?"
    rf"(?:,?\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z .&'-]{1,30})\))?"
    r"\s*(?P<dash>—|–|--|-)(?:\s|$)"
)


@dataclass(frozen=True)
class Dateline:
    place: str
    qualifier: str | None
    start: int  # character offsets of the place name in the text
    end: int
    stop: int  # character offset just after the whole dateline, dash included


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SEARCHED_CHARACTERS = 600  # a title and a "Published:" line may come before the dateline


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening the text or one of its first paragraphs: an upper-case place name,
    or a place followed by a date or a news agency in parentheses, then a dash."""
    head = text[:SEARCHED_CHARACTERS]
    starts = [0, *(match.end() for match in PARAGRAPH_BREAK.finditer(head))]
    for start in starts:
        found = _dateline_at(head, start)
        if found is not None:
            return found
    return None


def _dateline_at(text: str, position: int) -> Dateline | None:
    match = DATELINE.match(text, position)
    if match is None:
        return None
    place = match.group("place").split("/")[0].strip()  # the first place filed from
    shouting = place.isupper() and len(place) > 3
    # A title-case place and a dash count only at the very start ("Baghdad - Rockets hit").
    opening = (
        position == 0
        and len(place.split()) <= 3
        and all(word[:1].isupper() for word in place.split())
        and match.group("qualifier") is None
    )
    if not (shouting or match.group("date") or match.group("agency") or opening):
        return None
    start = match.start("place")
    qualifier = match.group("qualifier")
    qualifier = qualifier.split("/")[0] if qualifier else None
    return Dateline(
        place=place,
        qualifier=qualifier.strip() if qualifier else None,
        start=start,
        end=start + len(place),
        stop=match.end(),
    )
