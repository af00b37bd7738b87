"""The maker of a thing a reaction is aimed at ("criticized the verdict": the court that gave
it), read from data/lexicon/makers.tsv."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from facta.errors import KnowledgeError
from facta.events.lexicon import _words, shipped_table
from facta.models import Actor, actor_code

MAKER_RULE = "events: a thing only one kind of body makes stands for its maker (makers.tsv)"


@cache
def makers() -> dict[str, str]:
    """data/lexicon/makers.tsv: thing (lemma) -> the sector of the body that makes it."""
    name = "makers.tsv"
    rows = shipped_table(name, ["things", "maker"])
    table: dict[str, str] = {}
    for row in rows:
        if len(row) < 2 or not row[1].strip():
            raise KnowledgeError(f"{name}: a line needs things and a maker sector: {row}")
        for thing in _words(row[0]):
            table[thing] = row[1].strip()
    return table


def maker_of(things: list[Token], speaker: Actor | None, setting: str | None) -> Actor | None:
    """The maker of the first thing makers.tsv knows that a reaction is about, when the story
    names no maker: of the reacting side's state, else of the story's country. A body of the
    maker's own kind reacting to such a thing ("the judge defended her ruling") aims at no one."""
    for thing in things:
        sector = makers().get(thing.lemma_.lower()) if thing.pos_ == "NOUN" else None
        if sector is None:
            continue
        if speaker is not None and sector in speaker.sectors:
            return None
        own = speaker.country if speaker is not None else None
        country = own if own and not own.startswith(("IGO", "NGO")) else setting
        return Actor(
            code=actor_code(country, (sector,)),
            country=country,
            sectors=(sector,),
            text=thing.text,
            rule=MAKER_RULE,
        )
    return None
