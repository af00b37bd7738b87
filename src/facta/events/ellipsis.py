"""Objects left out after an ordinal: "captured five rebels and killed a sixth" - the sixth is
one more of the rebels, the nearest plural actor the sentence named before it."""

from __future__ import annotations

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.events import clauses
from facta.events.vocabulary import WORDS

ORDINALS = WORDS["elided_ordinal"]


def elided_members(candidates: list, analysis: Analysis) -> list[clauses.Argument]:
    """The group a bare ordinal object counts on from ("a sixth"), as its actor."""
    for candidate in candidates:
        if not isinstance(candidate, Token) or candidate.lower_ not in ORDINALS:
            continue
        if analysis.mention_at(candidate.i) or any(
            c.dep_ in ("prep", "pobj", "compound") for c in candidate.children
        ):
            continue  # "a third of the budget", "the second round": no one left out
        for token in reversed(candidate.doc[candidate.sent.start : candidate.i]):
            if token.tag_ in ("NNS", "NNPS") and analysis.mention_at(token.i) is not None:
                return clauses.arguments(token, analysis)
        return []
    return []
