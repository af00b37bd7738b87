"""Stance words joined to a prefix ("pro-government fighters"): the word names the side an
actor takes, not the actor; armed men of a side take the sector stances.tsv gives it."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from facta.actors.word_files import shipped_rows

ARMED = frozenset({"REB", "MIL"})  # sectors of armed men, which the side they take decides


@lru_cache(maxsize=1)
def stances() -> dict[tuple[str, str], str]:
    """(prefix, word) -> the sector of armed men of that side, from the shipped file."""
    return {
        (prefix, word.strip()): sector
        for prefix, words, sector, *_ in shipped_rows("stances.tsv")
        for word in words.split("|")
    }


def stance_at(doc: Doc, word: Token) -> str | None:
    """The armed sector of the stance a word states after its prefix ("pro-government" ->
    MIL), or None when the word is not a stance word."""
    if word.i < 2 or doc[word.i - 1].text != "-":
        return None
    return stances().get((doc[word.i - 2].lower_, word.lower_))


def armed_side(doc: Doc, start: int, end: int, sectors: tuple[str, ...]) -> tuple[str, ...]:
    """Armed men of a phrase [start, end) that states a side take that side's sector:
    "pro-government fighters" -> MIL, not REB."""
    side = next((s for t in doc[start:end] if (s := stance_at(doc, t)) is not None), None)
    if side is None or not set(sectors) & ARMED:
        return sectors
    return (side, *(s for s in sectors if s not in ARMED))
