"""Who does the violence a clause tells only as an outcome: a trailing participle that tells
what an attack did, and who undergoes a verb that names no doer ("two guards died in the blast")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from facta.events import clauses
from facta.events.lexicon import word_classes

_WORDS = word_classes()
OUTCOME_HOSTS = _WORDS["outcome_host"]  # "said, referring to raids that hit a school, killing"
UNDERGOING_VERBS = _WORDS["undergoing_verb"]  # "two guards died in the blast": the victims
SMALL_CLAUSES = ("ccomp", "pcomp", "xcomp", "oprd")  # "with [people wounded]", "made [him ...]"


def outcome_host(verb: Token) -> bool:
    """A trailing participle with no subject of its own ("..., killing two guards") that hangs
    on a clause doing no violence: a copula or a verb of saying ("police were on alert after
    the raid, killing two", "he said, referring to the shelling, killing two"). Its doer is
    not that clause's subject."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj")
        and clauses.child(verb, "nsubj", "nsubjpass") is None
        and verb.head is not verb
        and verb.head.lemma_.lower() in OUTCOME_HOSTS
    )


def outcome_cause(verb: Token, violent_noun: Callable[[Token], bool]) -> Token | None:
    """The attack an outcome participle tells the result of: the last violent noun of its host
    clause before it ("after the raid by gunmen on the market, killing two": the raid), or
    None when the host names none."""
    own = {t.i for t in verb.subtree}
    found = [t for t in verb.head.subtree if t.i < verb.i and t.i not in own and violent_noun(t)]
    return found[-1] if found else None


def undergoer(verb: Token) -> Token | None:
    """Who suffers a violent verb that names no doer of its own, when the parse makes the
    victim look like its subject: the subject of a verb of undergoing ("two guards died in
    the blast"), the noun a bare participle describes ("a deputy, shot during the standoff,
    died"; the tagger may read the participle as a past tense) and the subject the parser gives
    a participle in a small clause, with no auxiliary ("with dozens of people wounded in the blast", "made him
    the second officer killed on duty")."""
    if verb.lemma_.lower() in UNDERGOING_VERBS and not clauses.is_passive(verb):
        return clauses.subject(verb)
    if clauses.prep_objects(verb, ("by",)) or clauses.child(verb, "dobj") is not None:
        return None
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in SMALL_CLAUSES or clauses.child(verb, "prt", "aux"):
        return None  # "police sealed off the street": a past tense the tagger took for one
    return clauses.child(verb, "nsubj")  # "with people wounded", "made him the officer killed"
