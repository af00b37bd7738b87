"""Acts whose coordinated doers do them to one another: "Ruritania and Borduria accused each
other" and "the two mayors sparred over taxes" are one event each way."""

from __future__ import annotations

from typing import TypeVar

from spacy.tokens import Token

from facta.events import clauses
from facta.events.vocabulary import CONTEST_VERBS, RECIPROCAL_OBJECTS

T = TypeVar("T")
ROUND_TABLE = 3  # more coordinated doers than this sit at one table, not in pairs


def mutual(token: Token) -> bool:
    """The event's object is "each other", "one another", "the other", or its verb is one of
    contending ("sparred", "feuded"): its coordinated doers act on one another."""
    if token.pos_ == "VERB" and token.lemma_.lower() in CONTEST_VERBS:
        return True
    verbs = [token, token.head] if token.dep_ == "xcomp" else [token]  # "held the other to blame"
    children = [c for verb in verbs for c in verb.children]
    heads = [c for c in children if c.dep_ in ("dobj", "dative", "attr")]
    heads += [o for p in children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for head in heads:
        own = clauses.own_tokens(head)  # not a relative clause the parser hung on it
        words = " ".join(t.lower_ for t in own if not t.is_punct).replace(" 's", "'s")
        if words in RECIPROCAL_OBJECTS:
            return True
    return False


def one_another(doers: list[T]) -> list[tuple[T, T]]:
    """Each doer to each other one; among more than three ("a meeting of the foreign ministers
    of six states") the first named to each of the others, not every pair at the table."""
    firsts = doers[:1] if len(doers) > ROUND_TABLE else doers
    return [(s, t) for s in firsts for t in doers if s is not t]
