"""Whom an inquiry looks into: the doer of the act it investigates, whether the clause names
the act ("the shooting of a teenager by an officer"), a report of it ("reports that Smith sold
arms") or only whom it was done to ("an attack on a guard who was stabbed by a robber")."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses
from facta.events.vocabulary import TOLD_CONTENT_NOUNS

RELATIVE_PRONOUNS = frozenset({"WDT", "WP", "WP$"})


def reported_doer(noun: object) -> Token | None:
    """Who does what a report, allegation or claim tells: "reports that Smith sold arms" ->
    Smith (word_classes.tsv told_content)."""
    if not isinstance(noun, Token) or noun.lemma_.lower() not in TOLD_CONTENT_NOUNS:
        return None
    for clause in noun.children:
        if clause.dep_ in ("acl", "ccomp", "relcl") and clause.pos_ in ("VERB", "AUX"):
            doer = clauses.subject(clause)
            if doer is not None and doer.tag_ not in RELATIVE_PRONOUNS and doer.i != noun.i:
                return doer
    return None


def sufferer_agent(sufferer: Token) -> Token | None:
    """Who did the act to the one it was done to, told in a relative clause on them: "an
    attack on a guard who was stabbed by a robber" -> the robber."""
    for clause in sufferer.children:
        if clause.dep_ == "relcl" and clauses.is_passive(clause):
            agents = clauses.prep_objects(clause, ("by",))
            if agents:
                return agents[0]
    return None
