"""A region or city named as whom an appeal, demand, criticism, refusal or threat is aimed at
stands for its government: "urged Hunan to open up", "sued the city of Leeds", "a request by Ohio"."""

from __future__ import annotations

from spacy.tokens import Token

from facta.analysis_state import Analysis, Mention, PlaceMention
from facta.events import clauses
from facta.events.vocabulary import TOPIC_TARGET_ROOTS, WORDS
from facta.models import Actor, actor_code

LOCAL_FEATURES = frozenset({"admin1", "admin2", "city"})
POLITY_NOUNS = WORDS["polity_noun"]  # "the state of Ohio": the place as a body
GOVERNMENT = ("GOV",)
RULE = "events: a region or city addressed stands for its government"


def local_government(candidate: Token, cameo: str, analysis: Analysis) -> clauses.Argument | None:
    """The government of the region or city a target candidate names ("urged Hunan", "against
    the county of Kent"), for the acts of politics whose target is a body; a place where
    something happens ("protested in Ohio") is never a candidate here."""
    if cameo[:2] not in TOPIC_TARGET_ROOTS or not _addressed_position(candidate):
        return None
    found = _named_place(candidate, analysis)
    if found is None or found.place.feature not in LOCAL_FEATURES or not found.place.country:
        return None
    country = found.place.country
    actor = Actor(
        code=actor_code(country, GOVERNMENT),
        country=country,
        sectors=GOVERNMENT,
        name=found.place.name,
        text=candidate.doc[found.start : found.end].text,
        rule=RULE,
    )
    return clauses.Argument(candidate, Mention(found.start, found.end, actor, "metonym"))


def _addressed_position(candidate: Token) -> bool:
    """An object ("urged Hunan"), the owner of what is acted on ("rejected Ohio's request") or
    the subject of what is asked of it ("requested that the state of Ohio recount")."""
    if candidate.dep_ in ("dobj", "pobj", "dative", "poss"):
        return True
    return candidate.dep_ == "nsubj" and candidate.head.dep_ in ("ccomp", "xcomp")


def _named_place(candidate: Token, analysis: Analysis) -> PlaceMention | None:
    """The place the candidate is ("Hunan"), or the place of a polity noun ("the city of
    Leeds"); not a place that only modifies it ("Ohio farmers")."""
    heads = {candidate.i}
    if candidate.lemma_.lower() in POLITY_NOUNS:
        heads.update(o.i for o in clauses.prep_objects(candidate, ("of",)))
    for found in analysis.places:
        if any(found.start <= i < found.end for i in heads):
            return found
    return None
