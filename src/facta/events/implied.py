"""Who an act implies when its own clause does not name them: the police or court behind
"was arrested" (implied_agents.tsv), the suspect it is done to, the teller whose inquiry a
reported clause tells, and whom a subjunctive order acts on."""

from __future__ import annotations

from spacy.tokens import Token

from facta.actors.people import ACCUSING_VERBS
from facta.analysis_state import Analysis
from facta.events import clauses
from facta.events.lexicon import implied_agents
from facta.events.sides import _implied
from facta.events.vocabulary import INQUIRY_ROOT, VIOLENT_ROOTS, Trigger

SUSPECT_SECTOR = "CRM"  # whom police arrest or detain, when the text says no more
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})
LAW_ENFORCERS = frozenset({"COP", "JUD"})  # whose inquiries and accusations name suspects
SUSPICIONS = (INQUIRY_ROOT, "112")  # investigate, accuse


def implied_doer(trigger: Trigger, targets: list) -> tuple[list, object | None]:
    """The doer a passive verb implies ("was arrested": the police, implied_agents.tsv),
    and for a sufferer named with no actor ("a man"), the sufferer it implies."""
    key = _implied_key(trigger)
    implied = implied_agents().get(key)
    if implied is None:
        return [], None
    rule = f"events: implied_agents.tsv:{key}"
    sources = [_implied(trigger.token, implied[0], rule)]
    patient = clauses.passive_subject(trigger.token)
    if targets or implied[1] is None or patient is None or patient.pos_ == "PRON":
        return sources, None
    return sources, _implied(patient, implied[1], rule)


def names_its_doer(trigger: Trigger) -> bool:
    """Whether the doer a passive implies is coded as its source even for violence or
    coercion: an act only one kind of body does ("was sentenced": a court; "was kidnapped":
    armed men, REB), not one several do ("was arrested": police, soldiers or agents)."""
    implied = implied_agents().get(_implied_key(trigger))
    return implied is not None and implied[2]


def implied_patient(trigger: Trigger, sources: list, targets: list, analysis: Analysis) -> list:
    """A person the text names but does not describe (no actor, or one presumed a
    civilian) and no knowledge codes, arrested, charged or sentenced
    ("officers took him into custody", "Pugh will be sentenced") or shot by police
    ("officers shot Brown") or whose deeds police or prosecutors investigate or allege ("are
    investigating reports that Smith sold arms", "alleged Smith forged the ledgers"), or one the clause calls accused ("will seek
    the death penalty for a man accused of killing nine"): a suspect, in the sector
    implied_agents.tsv gives (CRM), of the story's country."""
    implied = implied_agents().get(_implied_key(trigger))  # "Smith was denied bail"
    sectors = {sector for s in sources for sector in s.mention.actor.sectors}
    suspect = (
        trigger.cameo == "173"
        or ("COP" in sectors and trigger.cameo[:2] in VIOLENT_ROOTS)
        or (bool(sectors & LAW_ENFORCERS) and trigger.cameo.startswith(SUSPICIONS))
    )
    sector = (implied[1] if implied else None) or (SUSPECT_SECTOR if suspect else None)
    if sector is None or trigger.verb is None:
        return []
    token = trigger.token
    if clauses.is_passive(token):
        patients = [clauses.passive_subject(token)]
    else:  # "ordered that Smith be held", "sought the death penalty for Smith"
        patients = [clauses.child(token, "dobj"), subjunctive_subject(token)]
        patients += clauses.prep_objects(token, trigger.verb.target_preps)
        patients += [
            o
            for p in patients[:1]
            if p is not None
            for o in clauses.prep_objects(p, trigger.verb.target_preps)
        ]
    patients += [t.head for t in targets]  # "investigating reports that Smith sold arms"
    patient = next((p for p in patients if p is not None and _person(p)), None)
    if patient is None:
        return []
    mention = analysis.mention_at(patient.i)
    if mention is not None and not mention.actor.presumed:
        return []
    rule = f"events: whom {token.lemma_.lower()} is done to is a suspect (implied_agents.tsv)"
    return [_implied(patient, sector, rule)]


def _person(token: Token) -> bool:
    """A named person, a personal pronoun, or someone the clause calls accused ("a man
    accused of killing nine", "a woman charged with fraud")."""
    if token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in ACCUSING_VERBS for c in token.children)


def _implied_key(trigger: Trigger) -> str:
    """The implied_agents.tsv row of a trigger: its verb, else its code ("was denied bail":
    1243, a court's act whatever the verb)."""
    lemma = trigger.token.lemma_.lower()
    return lemma if lemma in implied_agents() else trigger.cameo


def teller(clause: Token) -> Token | None:
    """Who tells a reported clause: the subject of the verb it is the complement of ("police
    said the case was closed", "the navy said, adding that the cause was unknown")."""
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    return clauses.subject(clause.head)


def subjunctive_subject(verb: Token) -> Token | None:
    """Who a mandative subjunctive acts on: "ordered that the two men be held" -> the men."""
    for c in verb.children:
        if c.dep_ == "ccomp" and any(d.dep_ == "auxpass" and d.tag_ == "VB" for d in c.children):
            return clauses.child(c, "nsubjpass")
    return None


def held_to_blame(verb: Token) -> Token | None:
    """ "police believe the group was to blame": the subject of "be to blame" is the one
    blamed, by whoever tells the clause (teller of the "be" clause)."""
    copula = verb.head
    if verb.lemma_.lower() != "blame" or verb.dep_ != "xcomp" or copula.lemma_ != "be":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return clauses.child(copula, "nsubj")
