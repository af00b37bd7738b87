"""Event words a sentence sets in the story's past: "recent raids", "similar to an August
bombing", "a war that began with protests", "since the army shelled the town". The discourse
pass marks such events background (discourse.mark_background).
"""

from __future__ import annotations

from spacy.tokens import Token

from facta.events.vocabulary import WORDS

PAST_ADJECTIVES = WORDS["past_adjective"]
COMPARISON_WORDS = WORDS["comparison_word"]
COMPARISON_VERBS = WORDS["comparison_verb"]
ORIGIN_VERBS = WORDS["origin_verb"]
PAST_CLAUSE_MARKS = WORDS["past_clause_mark"]


def told_as_backstory(token: Token) -> bool:
    """The event word is framed as the past: an event noun called recent or earlier, named
    as what something resembles or began with, or an act in a clause of earlier time."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return past_noun(token) or compared(token) or origin(token)
    return past_clause(token)


def past_noun(noun: Token) -> bool:
    """ "recent raids", "the previous bombing": the noun's own words put it before the news."""
    return any(
        child.dep_ == "amod" and child.lemma_.lower() in PAST_ADJECTIVES for child in noun.children
    )


def compared(noun: Token) -> bool:
    """ "similar to an August bombing", "like the raids of last year", "resembled the 2009
    attack": the act a new one is measured against is an earlier one."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in COMPARISON_VERBS
    if noun.dep_ != "pobj":
        return False
    return head.lower_ in COMPARISON_WORDS or head.head.lemma_.lower() in COMPARISON_WORDS


def origin(noun: Token) -> bool:
    """ "a conflict that began with protests": a relative clause that tells what something
    began with names its origin, an earlier act."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "with"
        and head.head.lemma_.lower() in ORIGIN_VERBS
        and head.head.dep_ == "relcl"
    )


def past_clause(verb: Token) -> bool:
    """ "since he angered the court", "ever since troops shelled the town": an act in a
    clause that tells the time from which the news runs."""
    return verb.dep_ == "advcl" and any(
        child.dep_ in {"mark", "advmod"} and child.lower_ in PAST_CLAUSE_MARKS
        for child in verb.children
    )
