"""Named periods as dates: "occupied the islands during World War Two", "spied on each other
throughout the Cold War", "tortured prisoners under apartheid". The text names a war, an era
or a regime instead of a date; data/qualify/periods.tsv says when each one was."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from facta.errors import KnowledgeError
from facta.events.lexicon import shipped_table

PERIODS_FILE = "periods.tsv"
HEADER = ["names", "start", "end"]
PERIOD_PREPOSITIONS = frozenset({"during", "in", "throughout", "amid", "under"})
LEADING_WORDS = frozenset({"the"})


@lru_cache(maxsize=1)
def named_periods() -> dict[str, tuple[date, date]]:
    """Each period's names (lower case, no leading "the") -> its first and last month."""
    periods = {}
    for row in shipped_table(PERIODS_FILE, HEADER, folder="qualify"):
        if len(row) != len(HEADER):
            raise KnowledgeError(f"{PERIODS_FILE}: expected names, start, end in: {' '.join(row)}")
        start, end = _month(row[1]), _month(row[2])
        for name in row[0].split("|"):
            periods[name.strip().lower()] = (start, end)
    return periods


def _month(cell: str) -> date:
    try:
        year, month = cell.strip().split("-")
        return date(int(year), int(month), 1)
    except ValueError as error:
        raise KnowledgeError(f"{PERIODS_FILE}: '{cell}' is not a YYYY-MM month.") from error


def period_date(trigger: Token, published: date | None) -> tuple[str, str] | None:
    """The date a named period in the trigger's own prepositional phrases gives: its first
    month ("month" when it lasted no longer, else its first year, "year"). A period the
    article's own day falls in gives no date: the story is told during it."""
    heads = [trigger, *_objects(trigger)]  # "fought over the islands in the Falklands War"
    for prep in (child for head in heads for child in head.children):
        if prep.dep_ != "prep" or prep.lower_ not in PERIOD_PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            words = [t.lower_ for t in noun.subtree]
            while words and words[0] in LEADING_WORDS:
                words = words[1:]
            found = named_periods().get(" ".join(words).replace(" - ", "-"))
            if found is None:
                continue
            start, end = found
            if published is not None and start <= published <= _month_end(end):
                return None
            if (start.year, start.month) == (end.year, end.month):
                return start.isoformat(), "month"
            return date(start.year, 1, 1).isoformat(), "year"
    return None


def _objects(trigger: Token) -> list[Token]:
    """The nouns the act is done to, whose phrase the parser may hang the period on."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ not in PERIOD_PREPOSITIONS:
            objects += [c for c in prep.children if c.dep_ == "pobj"]
    return objects


def _month_end(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)
