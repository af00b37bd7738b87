"""Violent words that tell no violent event: deaths in accidents, violence denied as a habit,
only possible or asked about, and attacks a feeling bears on (data/lexicon/word_classes.tsv)."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses
from facta.events.constructions import _named_agent, _position
from facta.events.qualify.cues import _cues
from facta.events.vocabulary import (
    ACCIDENT_WORDS,
    ATTEMPT_WORDS,
    CAPABILITY_NOUNS,
    FEELING_NOUNS,
    FORECAST_VERBS,
    Trigger,
)
from facta.models import Modality


def unrealised(token: Token, modality: Modality) -> bool:
    """ "says it does not target civilians", "concerns they could launch attacks", "wanted to
    kill a coach", "can expect the group to harass local forces": violence denied as a habit,
    only possible, forecast or a capability ("the ability to carry out attacks") has not been
    done; a denied act stays, negated ("did not fire on the crowd"). What is tried has been
    done ("tried to capture the town", "an attempted assassination")."""
    if _any_act(token) or _in_question(token):
        return True  # "any action to reclaim land would ...", "whether it was an air strike"
    if modality.negated:
        return _denied_habit(token)
    governors = list(token.ancestors)[:3]
    if any(g.lemma_.lower() in CAPABILITY_NOUNS for g in governors):
        return True  # "the group's ability to carry out attacks": what it can do
    if modality.future and any(g.lemma_.lower() in FORECAST_VERBS for g in governors):
        return True  # "we can expect the group to harass local forces": a prediction
    if not modality.hypothetical:
        return False  # "will shell the villages": a pledged act, future, is a threat made
    words = [*token.children, token, *governors]  # "an attempted coup"
    return not any(w.lemma_.lower() in ATTEMPT_WORDS for w in words)


def _denied_habit(token: Token) -> bool:
    """ "does not target civilians", "has never been linked to any attack": a denial
    in the simple present, or of any act at all, tells no single happening."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "pobj")]
    if any(_any_act(o) for o in objects):
        return True
    return any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP") for c in token.children
    )


def accident(token: Token) -> bool:
    """ "a pilot was killed when his jet crashed", "two soldiers died in a helicopter crash":
    a death told by an accident is no attack."""
    told = [c for c in token.children if c.dep_ == "advcl"]
    told += clauses.prep_objects(token, ("in", "during", "after"))
    return any(w.lemma_.lower() in ACCIDENT_WORDS for w in told)


def felt_about(trigger: Trigger) -> bool:
    """ "expressed pride at the killing of civilians", "fear of attacks": an event noun a
    feeling bears on, naming no agent of its own, is not told as an act."""
    if trigger.noun is None or _named_agent(trigger.token):
        return False
    place = _position(trigger.token)
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return False
    holder = place.head.head  # "pride at", or "expressed pride at" when the verb takes "at"
    felt = [holder, *(c for c in holder.children if c.dep_ == "dobj" and holder.pos_ == "VERB")]
    return any(w.lemma_.lower() in FEELING_NOUNS for w in felt)


def _any_act(token: Token) -> bool:
    """ "any attacks", "any action to reclaim land": an act of any kind, not one happening."""
    words = [token, token.head] if token.dep_ in ("acl", "relcl") else [token]
    return any(d.dep_ == "det" and d.lower_ == "any" for w in words for d in w.children)


def _in_question(noun: Token) -> bool:
    """ "an inquiry into whether the blast was caused by an air strike or shelling": a cause
    asked about, not one told."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "agent"):
        return False
    verb = noun.head.head
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)


def told_before(trigger: Trigger) -> bool:
    """ "Their attack marked a major escalation": an attack named by a pronoun's possessive
    as what a clause is about refers back to one told before, unless it happens here ("its
    offensive began on Monday")."""
    token = trigger.token
    if trigger.noun is None or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
        return False
    return token.head.lemma_.lower() not in _cues("dates.yaml", "event_time_verbs")
