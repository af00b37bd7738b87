"""The other side of the talks an act is about: "the rebels will boycott the talks", "pulled
out of the negotiations", "threatened to leave the talks" name no one across the table, but
the story does (the sides it puts in talks of that word, story_talks.py)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.events.story_talks import TALKS_NOUNS, parties, same_kind, told_sides
from facta.events.tellings import Told
from facta.models import Actor

RULE = "events: the other side of the talks the story tells (talks_sides.py)"
ACT_DEPS = frozenset({"xcomp", "ccomp"})  # "said they will attend the talks": the act said
OBJECT_PREPS = frozenset({"in", "at", "to", "from", "of", "into", "for"})


def talks_counterparts(told: list[Told], analysis: Analysis) -> None:
    """An act with a doer and no target whose object is talks that name no sides is aimed at
    the one side the story puts in those talks that is not the doer's."""
    nouns = [t for t in analysis.doc if t.pos_ == "NOUN" and t.lemma_.lower() in TALKS_NOUNS]
    for item in told:
        event = item.event
        if event.target is not None or event.source is None or item.token is None:
            continue
        if event.root == "04" and item.token.lemma_.lower() in TALKS_NOUNS:
            continue  # the talks themselves: their sides are story_talks.py's
        talks = next((n for n in talks_objects(item.token) if not sided(n)), None)
        if talks is None:
            continue
        kin = [n for n in nouns if same_kind(n, talks)]
        sides = parties(kin, analysis) + told_sides(told, {n.i for n in kin})
        sides += [
            a
            for other in told
            if other.token is not None
            and other.event.root == "04"
            and other is not item
            and not (other.event.modality.negated or other.event.modality.hypothetical)
            and {o.i for o in talks_objects(other.token)} & {n.i for n in kin}
            for a in (other.event.source, other.event.target)
            if a is not None
        ]
        others = list({a.code: a for a in sides if not _same_side(a, event.source)}.values())
        if len(others) == 1:  # two or more: which one the act is aimed at is not told
            item.event = replace(event, target=replace(others[0], rule=RULE))


def talks_objects(trigger: Token) -> list[Token]:
    """The talks nouns an act is done to, or in: "boycott the talks", "pull out of the
    negotiations", "threatened to leave the talks" (the object of the act threatened)."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ACT_DEPS or _infinitive(c))]
    found = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    found += [
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    found += [o for d in list(found) for p in d.children if p.lower_ == "of" for o in p.children]
    return [n for n in found if n.pos_ == "NOUN" and n.lemma_.lower() in TALKS_NOUNS]


def _infinitive(clause: Token) -> bool:
    """ "threatened on Tuesday to leave the talks": an infinitive the parser hung as a clause."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def sided(noun: Token) -> bool:
    """ "talks with Moscow", "talks between the two": the phrase names a side itself."""
    return any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in noun.children)


def _same_side(one: Actor, other: Actor) -> bool:
    return one.code == other.code or (one.entity is not None and one.entity == other.entity)
