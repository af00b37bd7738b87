"""Who does the violence a clause tells only as an outcome: a trailing participle that tells
what an attack did, and who undergoes a verb that names no doer ("two guards died in the blast");
and the country of victims the text tells only as people."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.events import clauses
from facta.events.lexicon import word_classes
from facta.events.sides import _with_country
from facta.events.vocabulary import STATELESS

_WORDS = word_classes()
OUTCOME_HOSTS = _WORDS["outcome_host"]  # "said, citing rocket fire on a port, injuring sailors"
UNDERGOING_VERBS = _WORDS["undergoing_verb"]  # "four herders died in an air strike": victims
SMALL_CLAUSES = ("ccomp", "pcomp", "xcomp", "oprd")  # "with [traders injured]", "made [her ...]"


def outcome_host(verb: Token) -> bool:
    """A trailing participle with no subject of its own ("..., wounding four cooks") that hangs
    on a clause doing no violence: a copula, a verb of staying or of saying ("rangers stayed in
    their barracks after the mortar attack on the depot, wounding four cooks"; "the admiral
    said, citing rocket fire on a ferry terminal, injuring sailors"). Its doer is not that
    clause's subject."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj")
        and clauses.child(verb, "nsubj", "nsubjpass") is None
        and verb.head is not verb
        and verb.head.lemma_.lower() in OUTCOME_HOSTS
    )


def outcome_cause(verb: Token, violent_noun: Callable[[Token], bool]) -> Token | None:
    """The attack an outcome participle tells the result of: the last violent noun of its host
    clause before it ("after the mortar attack by insurgents on the depot, wounding four
    cooks": the attack), or None when the host names none."""
    own = {t.i for t in verb.subtree}
    found = [t for t in verb.head.subtree if t.i < verb.i and t.i not in own and violent_noun(t)]
    return found[-1] if found else None


def undergoer(verb: Token) -> Token | None:
    """Who suffers a violent verb that names no doer of its own, when the parse makes the
    victim look like its subject: the subject of a verb of undergoing ("four herders died in
    an air strike"), the noun a bare participle describes ("a miner, stabbed at a roadblock,
    is recovering"; the tagger may read the participle as a past tense) and the subject the
    parser gives a participle in a small clause, with no auxiliary ("shops stayed shut, with
    scores of traders injured in the clashes", "the verdict made her the first judge
    attacked in the province")."""
    if verb.lemma_.lower() in UNDERGOING_VERBS and not clauses.is_passive(verb):
        return clauses.subject(verb)
    if clauses.prep_objects(verb, ("by",)) or clauses.child(verb, "dobj") is not None:
        return None
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in SMALL_CLAUSES or clauses.child(verb, "prt", "aux"):
        return None  # "armed guards sealed off the road": a past tense the tagger took for one
    return clauses.child(verb, "nsubj")  # "with traders injured", "made her the judge attacked"


def victim_of(victim: clauses.Argument, country: str) -> clauses.Argument:
    """A victim the text gives no country ("killed 200 civilians"), of the country struck;
    armed men with no country clue stay stateless (REB)."""
    actor = victim.mention.actor
    if actor.country or set(actor.sectors) & STATELESS:
        return victim
    return _with_country(victim, country)


def anonymous_victims(obj: Token | None, analysis: Analysis) -> bool:
    """Victims told only as people, with no country of their own ("killed 14 people")."""
    mention = clauses.mention_in(obj, analysis) if obj is not None else None
    if mention is None:
        return obj is not None and obj.pos_ == "NUM"  # "killed 14"
    actor = mention.actor
    told = actor.country is not None and "context:" not in (actor.rule or "")
    return not told and set(actor.sectors) <= {"CVL"}  # the story's country is not told
