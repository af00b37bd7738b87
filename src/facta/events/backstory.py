"""Event words a sentence sets in the story's past: "recent raids", "similar to an August
bombing", "a war that began with protests", "since the army shelled the town". The discourse
pass marks such events background (discourse.mark_background).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.events.qualify.cues import _cues
from facta.events.qualify.dates import textual_date
from facta.events.tellings import period
from facta.events.vocabulary import WORDS

PAST_ADJECTIVES = WORDS["past_adjective"]
COMPARISON_WORDS = WORDS["comparison_word"]
COMPARISON_VERBS = WORDS["comparison_verb"]
ORIGIN_VERBS = WORDS["origin_verb"]
PAST_CLAUSE_MARKS = WORDS["past_clause_mark"]
MEASURED_MARKS = WORDS["measured_mark"]
PAST_MARKERS = WORDS["past_marker"]
HABITUAL_WORDS = WORDS["habitual"]


def told_as_backstory(token: Token) -> bool:
    """The event word is framed as the past: an event noun called recent or earlier, named
    as what something resembles or began with, or an act in a clause of earlier time."""
    if measured_from(token):
        return True
    if token.pos_ in {"NOUN", "PROPN"}:
        return past_noun(token) or compared(token) or origin(token)
    return past_clause(token) or habitual_occasion(token) or aimed_at_before(token)


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
    """ "a feud that started with a border raid": a relative clause that tells what something
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


def measured_from(token: Token) -> bool:
    """ "The clash comes a week after five officers were killed during a protest", "two days
    after": the acts of a clause the news is counted from by a stretch of time are earlier."""
    node = token
    for _ in range(4):  # up to the clause the word is told in
        if node.dep_ == "advcl":
            break
        if node.head is node or node.dep_ in {"relcl", "ccomp", "acl"}:
            return False
        node = node.head
    else:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in MEASURED_MARKS for c in node.children)
    return marked and any(longer_than_a_day(c) for c in node.children)


def longer_than_a_day(measure: Token) -> bool:
    """ "a week", "two days": a stretch past the story's own day and the one before ("a day
    after" tells the day before, still the story's news)."""
    if measure.dep_ != "npadvmod" or measure.ent_type_ not in {"DATE", "TIME"}:
        return False
    return not (measure.lemma_.lower() == "day" and measure.tag_ == "NN")


def aimed_at_before(verb: Token) -> bool:
    """ "the envoys had wanted to seal a pact", "authorities had tried to arrest them": an
    act a main clause in the past perfect aimed at belongs to the time before the story."""
    if verb.dep_ != "xcomp":
        return False
    matrix = verb
    while matrix.dep_ == "xcomp" and matrix.head is not matrix:
        matrix = matrix.head
    return matrix.dep_ in {"ROOT", "conj"} and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in matrix.children
    )


def habitual_occasion(verb: Token) -> bool:
    """ "have blocked the sites after attacks in the past, usually because ...": an act told
    with the occasions or reasons it usually has is a habit, not one happening."""
    for clause in verb.children:
        marked = any(c.dep_ == "mark" for c in clause.children)
        if clause.dep_ == "advcl" and marked and habitual_adverb(clause):
            return True
        if clause.dep_ == "prep" and any(in_the_past(o) for o in clause.children):
            return True
    return False


def habitual_adverb(clause: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lemma_.lower() in HABITUAL_WORDS for c in clause.children)


def in_the_past(noun: Token) -> bool:
    """ "after attacks in the past": occasions of long ago."""
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ == "past" for o in p.children)
        for p in noun.children
    )


def told_long_ago(token: Token, analysis: Analysis, published: date | None) -> bool:
    """ "The prosecutor said last September that the families opposed a death sentence",
    "the premier had once said she would tour": what a telling of long ago reports is the
    story's past, whatever its own tense."""
    node = token
    for _ in range(6):  # up through the report's own words to the clause it is told in
        if node.head is node:
            return False
        if node.dep_ == "ccomp" and old_telling(node.head, analysis, published):
            return True
        node = node.head
    return False


def old_telling(verb: Token, analysis: Analysis, published: date | None) -> bool:
    """A telling marked as the past ("had previously said") or dated long before the story."""
    if any(c.dep_ == "advmod" and c.lemma_.lower() in PAST_MARKERS for c in verb.children):
        return True
    told = textual_date(verb, analysis)
    span = period(*told) if told is not None else None
    if span is None or published is None:
        return False
    return span[1] < published - timedelta(days=int(_cues("dates.yaml", "background_days")))
