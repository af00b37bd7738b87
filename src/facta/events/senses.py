"""Other senses of lexicon words: a release, arrest or seizure of a thing, a seizing on an idea,
a withdrawal from a race, an adjective "free", a look into someone's eyes (word_classes.tsv:
person_patient_code, thing_noun, grasping_preposition, candidacy_word, adjective_homograph,
gaze_noun)."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses
from facta.events.lexicon import Lexicon
from facta.events.vocabulary import WILLING_WORDS, WORDS, Trigger

PERSON_PATIENT_CODES = WORDS["person_patient_code"]
THING_NOUNS = WORDS["thing_noun"]
GRASPING_PREPOSITIONS = WORDS["grasping_preposition"]
CANDIDACY_WORDS = WORDS["candidacy_word"]
ADJECTIVE_HOMOGRAPHS = WORDS["adjective_homograph"]
GAZE_NOUNS = WORDS["gaze_noun"]
INVESTIGATION_ROOT = "09"
SEIZURE_CODE = "1711"
RETREAT_CODE = "087"


def other_sense(trigger: Trigger) -> bool:
    """The matched word is used in a sense that is no political event: "released an ad",
    "captured the attention of viewers", "seized on the remark", "withdrew from the race",
    "delegates free to vote for anyone"."""
    token = trigger.token
    if trigger.noun is not None:
        return False
    if token.pos_ == "ADJ" and token.lemma_.lower() in ADJECTIVE_HOMOGRAPHS:
        return True  # "free to vote for anyone": a state, not a release
    if trigger.cameo in PERSON_PATIENT_CODES and _thing_patient(token):
        return True
    if trigger.cameo == SEIZURE_CODE and _grasped_idea(token):
        return True
    if trigger.cameo[:2] == INVESTIGATION_ROOT and any(
        o.lemma_.lower() in GAZE_NOUNS for o in clauses.prep_objects(token, ("into",))
    ):
        return True  # "looked into the camera": a gaze, not an inquiry
    return trigger.cameo.startswith(RETREAT_CODE) and any(
        o.lemma_.lower() in CANDIDACY_WORDS for o in _left_behind(token)
    )


def _thing_patient(verb: Token) -> bool:
    """People are released and arrested; an ad, a post or the audience's attention are not."""
    patient = clauses.child(verb, "dobj") or clauses.shared_object(verb)
    return patient is not None and bool({patient.lemma_.lower(), patient.lower_} & THING_NOUNS)


def _grasped_idea(verb: Token) -> bool:
    """ "seized on the remark": with no object of its own the verb grasps at an idea."""
    return (
        clauses.child(verb, "dobj") is None
        and not clauses.is_passive(verb)
        and bool(clauses.prep_objects(verb, tuple(GRASPING_PREPOSITIONS)))
    )


def _left_behind(verb: Token) -> list[Token]:
    """What one withdraws from: "withdrew from the contest", "pulled out of the race"."""
    particles = [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
    return clauses.prep_objects(verb, ("from", "of")) + [
        o for p in particles for o in clauses.prep_objects(p, ("of",))
    ]


def subject_word(verb: Token) -> Token | None:
    """The active subject's head, or for a relative or participle clause the noun it
    describes: "the plan calls for", "a plan that calls for", "orders requiring the firm"."""
    subject = clauses.child(verb, "nsubj")
    described = verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN"
    if described and (subject is None or subject.lower_ in clauses.RELATIVE_PRONOUNS):
        return verb.head
    return subject


def coded_word(by_code: dict[str, set[str]], cameo: str, word: Token | None) -> bool:
    """The word is listed for the event's code or one of the codes above it."""
    return word is not None and any(
        cameo.startswith(code) and word.lemma_.lower() in words for code, words in by_code.items()
    )


def arena(noun: Token, cameo: str, lexicon: Lexicon) -> bool:
    """An event noun whose modifier names an arena of money, law, office or talk ("a trade
    war", "a succession fight"): discards.tsv modifier@CODE."""
    return any(
        coded_word(lexicon.discard_code_modifiers, cameo, modifier)
        for modifier in noun.children
        if modifier.dep_ in ("compound", "amod")
    )


def adjective_participle(token: Token) -> bool:
    """ "the clinics are safe and inviting": an -ing word paired with a predicate adjective
    describes, it does not act."""
    return (
        token.dep_ == "conj"
        and token.tag_ == "VBG"
        and token.head.pos_ == "ADJ"
        and token.head.dep_ in ("acomp", "oprd")
    )


def unwilling(token: Token) -> bool:
    """A word of intent denied: "did not intend to", "is not ready to"."""
    if token.lemma_.lower() not in WILLING_WORDS and token.lower_ not in WILLING_WORDS:
        return False
    copula = token.head if token.dep_ == "acomp" else token
    return any(c.dep_ == "neg" for c in (*token.children, *copula.children))
