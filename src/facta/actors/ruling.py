"""The ruling party of a one-party state is its government: "the Communist Party" in a story
set in China is CHNGOV, not the opposition party a bare "Party" is taken for
(ruling_parties.tsv)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from facta.actors.entities import Linked
from facta.actors.phrases import Phrase
from facta.actors.word_files import shipped_rows

RULE = "ruling_parties.tsv: the party of a one-party state"
MAX_DEPTH = 2  # "a member of the party", "Wang, a member of the party"


@lru_cache(maxsize=1)
def ruling_parties() -> dict[tuple[str, ...], frozenset[str]]:
    """Party name words (lower case) -> the countries where a party so named rules alone."""
    return {
        tuple(row[0].lower().split()): frozenset(row[1].split())
        for row in shipped_rows("ruling_parties.tsv")
    }


def seat_ruling_parties(doc: Doc, linked: list[Linked]) -> None:
    """Make an opposition party (OPP) named by a ruling party's name, in a country where that
    party rules alone, its country's government (GOV); so too a member the text places in it
    ("Wang, a member of the Communist Party")."""
    for link in linked:
        entity = link.entity
        if entity.sectors != ("OPP",) or entity.named_group or entity.country is None:
            continue
        if _names_ruling_party(doc, link.phrase, entity.country):
            entity.sectors = ("GOV",)
            entity.rule = f"{entity.rule}+{RULE}"


def _names_ruling_party(doc: Doc, phrase: Phrase, country: str, depth: int = 0) -> bool:
    """Whether the phrase, or a phrase of or in apposition to it, ends in the name of the
    party that rules the country alone."""
    words = tuple(t.lower_ for t in doc[phrase.start : phrase.end] if t.tag_ != "POS")
    if any(
        country in countries and words[-len(name) :] == name
        for name, countries in ruling_parties().items()
    ):
        return True
    nested = phrase.attached + phrase.appositions
    return depth < MAX_DEPTH and any(
        _names_ruling_party(doc, p, country, depth + 1) for p in nested
    )
