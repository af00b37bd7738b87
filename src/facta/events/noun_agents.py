"""Who does an event noun that names no doer before it or in a "by" phrase of its own: the
agent of a participle that describes it ("a march organised by the union", "a request filed
by the lawyers") and, for a meeting or a visit, the subject of the clause it is the occasion
of ("during a visit to Lima, the minister said": the minister visits) or the teller of the
clause it is the subject of ("the premier said talks with the union went well")."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses
from facta.events.implied import teller

OCCASION_PREPS = frozenset({"during", "after", "before", "at", "following", "ahead"})
OCCASION_ROOTS = ("04",)  # consulting: a meeting, a visit, talks


def participle_agent(noun: Token, light_verbs: set[str]) -> Token | None:
    """ "a march organised by the union", "a complaint filed by two tenants": the "by" agent
    of a past participle of a light verb (light_verbs.tsv) that describes the event noun;
    "an attack feared by the villagers" is not theirs."""
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        word = clause.lower_  # the parser lemmatises "staged" as "stag": try "stage" too
        if not {clause.lemma_.lower(), word[:-1], word[:-2]} & light_verbs:
            continue
        for agent in clause.children:
            if agent.dep_ == "agent":
                found = clauses.child(agent, "pobj")
                if found is not None:
                    return found
    return None


def occasion_subject(noun: Token, cameo: str) -> Token | None:
    """ "During a visit to Lima, the minister said", "after talks with the rebels, the envoy
    left": a meeting or visit (OCCASION_ROOTS) named as the time of a clause is its subject's.
    Only the first of a sentence's clauses, and only a clause whose subject is no pronoun-less
    passive: "the guard was arrested after the meeting" names no one who met."""
    if not cameo.startswith(OCCASION_ROOTS) or noun.dep_ != "pobj":
        return None
    prep = noun.head
    word = prep.lower_ if prep.lower_ != "of" else prep.head.lower_
    if word not in OCCASION_PREPS:
        return None
    verb = prep.head if prep.lower_ != "of" else prep.head.head
    if verb.pos_ not in ("VERB", "AUX") or clauses.is_passive(verb):
        return None
    return clauses.child(verb, "nsubj")


def teller_of_talks(noun: Token, cameo: str) -> Token | None:
    """ "The premier said talks with the union went well", "the envoy said her meeting with the
    king was useful": talks with someone (OCCASION_ROOTS) that the subject of a reported clause
    names no one for are the teller's own."""
    if not cameo.startswith(OCCASION_ROOTS) or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not clauses.prep_objects(noun, ("with",)):
        return None
    return teller(noun.head)
