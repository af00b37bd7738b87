"""'The North' and 'the South' for the countries the story names that way: North Korea, South
Korea, South Sudan (compass.tsv)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from facta.actors.word_files import shipped_rows
from facta.analysis_state import Mention
from facta.models import Actor

RULE = "compass.tsv: the country of the story whose name opens with the word"


@lru_cache(maxsize=1)
def compass_words() -> frozenset[str]:
    """The shipped compass.tsv, read once."""
    return frozenset(row[0] for row in shipped_rows("compass.tsv"))


def compass_countries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A mention for every "the North" / "the South" that stands for one country the story
    names with that word first; the word is no name of its own ("the North Atlantic")."""
    named: dict[str, dict[str, Actor]] = {}
    for m in mentions:  # countries named by a name of two words or more
        name = m.actor.name or ""
        if m.actor.country and m.actor.code == m.actor.country and " " in name:
            named.setdefault(name.split()[0], {})[m.actor.code] = m.actor
    countries = {
        word: next(iter(a.values()))
        for word, a in named.items()
        if len(a) == 1 and word in compass_words()
    }
    if not countries:
        return []  # most stories name no North or South country: no token need be read
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for token in doc:
        country = countries.get(token.text)
        if country is None or token.i in covered:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        if after is not None and (after.pos_ == "PROPN" or after.is_title):
            continue  # "the North Atlantic", "the South China Sea"
        actor = Actor(code=country.code, country=country.country, name=country.name, rule=RULE)
        found.append(Mention(token.i, token.i + 1, actor, "alias"))
    return found
