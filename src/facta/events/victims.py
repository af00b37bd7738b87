"""Victims named by plain person nouns: "police shot a man", "a soldier beat two teenagers";
and the public an appeal addresses.
Such a noun names no actor of its own (data/actors/sectors.tsv leaves "man" out on purpose),
but as the one a known doer harms it is a civilian of the country the story is set in, or a
suspect when the phrase says he bore arms ("a man armed with a knife")."""

from __future__ import annotations

from spacy.tokens import Token

from facta.analysis_state import Analysis, Mention
from facta.events import clauses
from facta.events.vocabulary import WORDS
from facta.models import Actor, actor_code
from facta.places.locate import story_country

PERSON_NOUNS = WORDS["victim_person"]
PUBLIC_NOUNS = WORDS["public_noun"]
ADDRESS_ROOTS = frozenset({"02", "10", "13"})  # appeals, demands and warnings
PUBLIC_RULE = "events: the public an appeal or warning addresses is civilians (victims.py)"
ARMED_WORDS = WORDS["armed_word"]
HARM_ROOTS = frozenset({"18", "19"})  # assaults and fights: not arrests, where a man is a suspect
VICTIM_RULE = "events: a plain person harmed by a known doer is a civilian (victims.py)"
ARMED_RULE = "events: a plain person harmed while bearing arms is a suspect (victims.py)"


def plain_victims(
    cameo: str, sources: list, candidates: list, analysis: Analysis
) -> list[clauses.Argument]:
    """The first candidate headed by a plain person noun, as a civilian (or suspect) of the
    story's country, when the act has a doer and is one that harms people."""
    if not sources or cameo[:2] not in HARM_ROOTS:
        return []
    for candidate in candidates:
        if not isinstance(candidate, Token) or candidate.pos_ != "NOUN":
            continue
        if candidate.lemma_.lower() not in PERSON_NOUNS or analysis.mention_at(candidate.i):
            continue
        armed = any(t.lower_ in ARMED_WORDS for t in candidate.subtree if t is not candidate)
        return [_victim(candidate, "CRM" if armed else "CVL", analysis)]
    return []


def _victim(
    noun: Token, sector: str, analysis: Analysis, rule: str | None = None
) -> clauses.Argument:
    country = story_country(analysis)
    start = min((t.i for t in noun.lefts), default=noun.i)
    actor = Actor(
        code=actor_code(country, (sector,)),
        country=country,
        sectors=(sector,),
        text=noun.doc[start : noun.i + 1].text,
        rule=rule or (ARMED_RULE if sector == "CRM" else VICTIM_RULE),
    )
    return clauses.Argument(noun, Mention(start, noun.i + 1, actor, "nominal"))


def public_addressee(
    verb: Token, cameo: str, candidates: list, analysis: Analysis
) -> list[clauses.Argument]:
    """ "urged the public to stay indoors", "asked for the public's help": the public an
    appeal, demand or warning addresses is the civilians of the story's country. Only as
    the one addressed: "the public is wary" names no actor."""
    if cameo[:2] not in ADDRESS_ROOTS:
        return []
    asked = [clauses.child(verb, "dobj"), *clauses.prep_objects(verb, ("for", "to"))]
    for candidate in [*candidates, *asked]:
        if not isinstance(candidate, Token):
            continue
        for word in (candidate, *(c for c in candidate.children if c.dep_ == "poss")):
            if word.lemma_.lower() in PUBLIC_NOUNS and not analysis.mention_at(word.i):
                return [_victim(word, "CVL", analysis, PUBLIC_RULE)]
    return []
