"""Acts a speaker chains onto a telling: "condemned the raid, blaming the militia for it and
calling for talks". Each participle or conjoined verb is the same speaker's own act, not
part of what the first verb says.
"""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses
from facta.events.qualify.reports import is_speech_verb
from facta.events.vocabulary import WORDS

CONTACT_VERBS = WORDS["contact_verb"]
SPEECH_MEDIA = WORDS["speech_medium_noun"]
AUDIENCE_PREPS = ("to", "before")
SPOKEN_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})  # statements, appeals, demands


def audience(verb: Token, cameo: str) -> list[Token]:
    """Whom a statement made in a speech, letter or interview is addressed to: "condemned
    graft in a sermon to the faithful", "criticized the plan in a letter to the
    minister" (speech_medium_noun, word_classes.tsv); last among the targets read."""
    if cameo[:2] not in SPOKEN_ROOTS:
        return []
    heads = [verb, *(o for p in verb.children if p.dep_ == "prep" for o in p.children)]
    media = [  # "spoke against graft in a speech": the parser may hang it on "graft"
        o
        for head in heads
        for o in clauses.prep_objects(head, ("in", "during"))
        if o.lemma_.lower() in SPEECH_MEDIA
    ]
    found = [a for medium in media for a in clauses.prep_objects(medium, AUDIENCE_PREPS)]
    return found + [  # "in a speech before X", with "before X" hung on the verb
        o
        for p in verb.children
        if p.dep_ == "prep"
        and p.lower_ in AUDIENCE_PREPS
        and any(p.i == m.right_edge.i + 1 for m in media)
        for o in p.children
        if o.dep_ == "pobj"
    ]


def chained_acts(clause: Token, speech_acts: set[int]) -> set[int]:
    """The verbs of a clause hung on a telling that are acts of the teller in their own right:
    a subjectless -ing participle ("..., adding that", "..., blaming the army") and the verbs
    conjoined to it that share its subject ("..., blaming X and called for Y"). A verb that is
    no speech act of its own stays part of what is told."""
    if not _participle(clause):
        return set()
    chain = [clause, *_shared_subject_conjuncts(clause)]
    return {v.i for v in chain if v.i in speech_acts or is_speech_verb(v)}


def _participle(clause: Token) -> bool:
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clauses.child(clause, "nsubj", "nsubjpass", "mark") is None  # not "while insisting"
    )


def _shared_subject_conjuncts(verb: Token) -> list[Token]:
    found = []
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and clauses.child(c, "nsubj", "nsubjpass") is None:
            found += [c, *_shared_subject_conjuncts(c)]
    return found


def means_addressee(verb: Token) -> Token | None:
    """Whom a speech act done through a call, letter or visit addresses: "phoned the envoy to
    urge tougher sanctions on X" urges the envoy, the one phoned, before whom the sanctions hit
    (contact_verb, word_classes.tsv)."""
    means = verb.head
    if (
        verb.dep_ != "advcl"
        or means.lemma_.lower() not in CONTACT_VERBS
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or clauses.child(verb, "nsubj", "xcomp") is not None
        or clauses.infinitive_clause(verb) is not None  # "to urge the army to withdraw"
    ):
        return None
    return clauses.child(means, "dobj")


def teller_of_conjunct(verb: Token) -> Token | None:
    """Who does a subjectless conjunct the parser hangs deep in a reported clause: "said that
    16 people had starved since the convoys arrived and blamed the army" (the conjunct hangs on
    "arrived"): the teller, as clauses.reporter_of_conjunct finds for one hung on the reported
    clause itself."""
    found = clauses.reporter_of_conjunct(verb)
    if (
        found is not None
        or verb.dep_ != "conj"
        or clauses.child(verb, "nsubj", "nsubjpass") is not None
        or clauses.is_passive(verb)
    ):
        return found
    clause = verb.head
    for _ in range(4):
        if clause.dep_ == "ccomp" and is_speech_verb(clause.head):
            return clauses.subject(clause.head)
        if clause.dep_ not in ("advcl", "conj") or clause.head is clause:
            return None
        clause = clause.head
    return None
