"""Subordinate clauses the parser splits: "after the Chadian army, aided by drones, pushed into
the desert" read as the preposition "after" with the army as its object, and "pushed" left
with no subject."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses
from facta.events.lexicon import word_classes

SUBORDINATORS = word_classes()["time_marker"]  # after, as, before, since, when, while
FINITE_TAGS = ("VBD", "VBN", "VBZ", "VBP")


def misread_subject(verb: Token) -> Token | None:
    """The subject of a subordinate clause the parser took for a prepositional phrase: a
    finite verb with no subject whose subordinator (its own or one hung on the same clause)
    has an object before it with no verb between ("ferries stopped after the Chadian army,
    aided by drones, pushed into the desert": the army pushed)."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE_TAGS:
        return None
    if clauses.child(verb, "nsubj", "nsubjpass") is not None:
        return None
    words = [*(c for c in verb.head.children if c.dep_ == "prep"), clauses.child(verb, "mark")]
    for prep in words:
        if prep is None or prep.lower_ not in SUBORDINATORS or prep.i > verb.i:
            continue
        noun = clauses.child(prep, "pobj")
        between = range(noun.i + 1, verb.i) if noun is not None else range(0)
        if noun is not None and not any(verb.doc[i].dep_ in ("ROOT", "advcl") for i in between):
            return noun
    return None
