"""The maker of a thing a reaction is aimed at ("criticized the verdict": the court that gave
it), read from data/lexicon/makers.tsv."""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

from facta.analysis_state import Mention
from facta.errors import KnowledgeError
from facta.events import clauses
from facta.events.lexicon import _rows, _words
from facta.models import Actor

MAKER_RULE = "events: a thing only one kind of body makes stands for its maker (makers.tsv)"


@cache
def makers() -> dict[str, str]:
    """data/lexicon/makers.tsv: thing (lemma) -> the sector of the body that makes it."""
    name = "makers.tsv"
    text = resources.files("facta").joinpath("data/lexicon", name).read_text(encoding="utf-8")
    header, rows = _rows(text, name)
    if header[:2] != ["things", "maker"]:
        raise KnowledgeError(f"{name} must start with a 'things maker' header line.")
    table: dict[str, str] = {}
    for row in rows:
        if len(row) < 2 or not row[1].strip():
            raise KnowledgeError(f"{name}: a line needs things and a maker sector: {row}")
        for thing in _words(row[0]):
            table[thing] = row[1].strip()
    return table


def maker_of(candidates: list) -> list[clauses.Argument]:
    """The maker of the first candidate thing makers.tsv knows, as an actor of no country yet
    (the sides stage gives it the country of the other side, the place or the story)."""
    for candidate in candidates:
        if not isinstance(candidate, Token) or candidate.pos_ not in ("NOUN", "PROPN"):
            continue
        sector = makers().get(candidate.lemma_.lower())
        if sector is None:
            continue
        actor = Actor(code=sector, country=None, sectors=(sector,), rule=MAKER_RULE)
        return [
            clauses.Argument(candidate, Mention(candidate.i, candidate.i + 1, actor, "nominal"))
        ]
    return []
