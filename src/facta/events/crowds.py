"""Crowds: protesters acting on a speaker or an event (141), the protest an act took place in,
and rallies or marches that are campaigning, not protest (word_classes.tsv: disrupt_verb,
protester, campaign_word, marching_verb)."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses
from facta.events.lexicon import VerbEntry
from facta.events.vocabulary import (
    CAMPAIGN_WORDS,
    CROWD_CODE,
    CROWD_RULE,
    DISRUPT_VERBS,
    MARCHING_VERBS,
    PROTESTERS,
    SCENE_NOUNS,
    Trigger,
)

SCENE_PREPOSITIONS = frozenset({"during", "amid", "at"})  # "arrested during a protest"


def crowd_act(token: Token) -> Trigger | None:
    """ "Protesters interrupted the governor's speech", "the rally was shut down by
    demonstrators": protesters acting on an event or a speaker demonstrate against its owner."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in DISRUPT_VERBS:
        return None
    doer = clauses.subject(token)
    if doer is None or doer.lemma_.lower() not in PROTESTERS:
        return None
    if not clauses.is_passive(token) and clauses.child(token, "dobj") is None:
        return None  # "the crowd stopped to listen": no one acted on
    entry = VerbEntry(
        token.lemma_.lower(),
        frozenset(),
        frozenset(),
        frozenset(),
        CROWD_CODE,
        None,
        (),
        CROWD_RULE,
        0,
    )
    return Trigger(token, CROWD_CODE, CROWD_RULE, 0, verb=entry)


def campaign_event(trigger: Trigger) -> bool:
    """ "his rallies", "Clinton's march to the nomination", "a victory rally": a rally or march
    of one person, or one named for a campaign, is campaigning, not a protest; "demonstrated
    that he is unfit", "marched the prisoners": a marching verb with an object is no protest."""
    token = trigger.token
    if not trigger.cameo.startswith("14"):
        return False
    if trigger.verb is not None:
        return token.lemma_.lower() in MARCHING_VERBS and any(
            c.dep_ in ("dobj", "ccomp") for c in token.children
        )
    if trigger.noun is None:
        return False
    return any(
        (c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ("his", "her")))
        or (c.dep_ in ("compound", "amod") and c.lemma_.lower() in CAMPAIGN_WORDS)
        for c in token.children
    )


def protest_scene(trigger: Trigger) -> bool:
    """ "Police detained three students during a rally", "praised the deal during his visit to
    the capital": the rally or visit the act took place in is an event of its own, not a part
    of the arrest or the praise."""
    token = trigger.token
    return (
        trigger.noun is not None
        and token.lemma_ in SCENE_NOUNS
        and token.dep_ == "pobj"
        and token.head.lower_ in SCENE_PREPOSITIONS
    )
