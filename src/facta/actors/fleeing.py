"""People who flee are refugees (REF), not civilians: "families fleeing the drought",
"hundreds of villagers fled", "the villagers found shelter in a church" (fleeing.tsv)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from facta.actors.word_files import word_kinds


@lru_cache(maxsize=1)
def fleeing_words() -> dict[str, frozenset[str]]:
    return word_kinds("fleeing.tsv")


def flees(head: Token) -> bool:
    """Whether the people the head noun names flee: as the subject of a fleeing verb, with a
    fleeing participle, or as the subject of "seek refuge"; "thousands of Malians" through
    its number."""
    words = fleeing_words()
    token = head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "hundreds of villagers": the number is the subject
    if any(c.dep_ == "acl" and c.lemma_ in words["verb"] for c in token.children):
        return True  # "families fleeing the drought"
    verb = token.head
    if token.dep_ != "nsubj":
        return False
    if verb.lemma_ in words["verb"]:
        return True
    return verb.lemma_ in words["seek"] and any(
        c.dep_ == "dobj" and c.lemma_ in words["refuge"] for c in verb.children
    )
