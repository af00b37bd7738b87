"""Whose thing an act goes against: "the governor rejected his plea", "the court dismissed his
appeal", "rejected the Democratic proposal". Turning down, criticising or obstructing one's own
thing is rare, so a possessive pronoun there that was linked to the doer stands for another
actor told before it: the nearest subject or possessor of the same kind (a person for
"his"/"her", a body for "its")."""

from __future__ import annotations

from spacy.tokens import Token

from facta.analysis_state import Analysis, Mention
from facta.events import clauses
from facta.events.sides import _same_actor
from facta.events.vocabulary import WORDS

AGAINST_ROOTS = frozenset(
    {"11", "12", "17"}
)  # criticism, rejection, coercion (not cuts: "cut its aid")
PERSON_POSSESSIVES = frozenset({"his", "her"})
BODY_POSSESSIVES = frozenset({"its"})
NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
EXPRESSING_VERBS = WORDS["expressing_verb"]  # "voiced its opposition": its own indeed
NAMING_MODIFIERS = frozenset({"amod", "compound"})
REACH = 3  # sentences back the other owner may be told


def not_the_doer(
    candidate: object, targets: list, cameo: str, sources: list, analysis: Analysis
) -> list:
    """The targets that are not the doer; when only the doer's own possessive was found on
    the thing an act goes against, the other owner the pronoun more likely stands for."""
    kept = [t for t in targets if not any(_same_actor(s, t) for s in sources)]
    if kept or cameo[:2] not in AGAINST_ROOTS or not isinstance(candidate, Token):
        return kept
    if not targets:  # "rejected the Democratic proposal": the Democrats the story names
        owner = _named_by_adjective(candidate, sources, analysis)
        return [owner] if owner is not None else []
    thing = candidate.head if candidate.dep_ == "poss" else candidate  # "his" as the agent
    owner = _other_owner(thing, sources, analysis)
    return [owner] if owner is not None else []


def _named_by_adjective(thing: Token, sources: list, analysis: Analysis) -> clauses.Argument | None:
    """The group a capitalised adjective on the thing is named for, as the story names it
    elsewhere in the plural: "the Democratic proposal" (the Democrats), "a Socialist motion"."""
    if thing.dep_ in NAMING_MODIFIERS:  # the modifier itself, as the thing's agent
        thing = thing.head
    adjectives = [
        c.lower_
        for c in thing.children
        if c.dep_ in NAMING_MODIFIERS and c.is_title and analysis.mention_at(c.i) is None
    ]
    forms = {f"{a}s" for a in adjectives} | {f"{a[:-2]}s" for a in adjectives if a.endswith("ic")}
    if thing.pos_ != "NOUN" or not forms:
        return None
    found = []
    for mention in analysis.mentions:
        head = analysis.doc[mention.start : mention.end].root
        argument = clauses.Argument(head, mention)
        if head.lower_ in forms and not any(_same_actor(s, argument) for s in sources):
            found.append(argument)
    return min(found, key=lambda a: abs(a.head.i - thing.i)) if found else None


def _other_owner(thing: Token, sources: list, analysis: Analysis) -> clauses.Argument | None:
    pronoun = next((c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pronoun is None or any(c.lower_ == "own" for c in thing.children):
        return None  # "rejected his own party's plan": his own indeed
    if thing.dep_ not in ("dobj", "pobj") or thing.head.lemma_.lower() in EXPRESSING_VERBS:
        return None  # "said her opponents lied": whom the clause is about, no thing acted on
    person = pronoun.lower_ in PERSON_POSSESSIVES
    if not person and pronoun.lower_ not in BODY_POSSESSIVES:
        return None
    sentences = list(analysis.doc.sents)
    here = next(i for i, s in enumerate(sentences) if s.start <= pronoun.i < s.end)
    first = sentences[max(here - REACH, 0)].start
    for mention in reversed(analysis.mentions):
        if mention.start >= pronoun.i or mention.start < first or mention.kind == "pronoun":
            continue
        head = analysis.doc[mention.start : mention.end].root
        argument = clauses.Argument(head, mention)
        if head.dep_ not in NAMING_DEPS or any(_same_actor(s, argument) for s in sources):
            continue
        if _a_person(mention, analysis) == person:
            return argument
    return None


def _a_person(mention: Mention, analysis: Analysis) -> bool:
    return any(t.ent_type_ == "PERSON" for t in analysis.doc[mention.start : mention.end])
