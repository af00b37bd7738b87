"""Counted plural anaphors that stand for several actors told before: "the two countries",
"both sides", a subject "both"."""

from __future__ import annotations

from spacy.tokens import Token

from facta.analysis_state import Analysis, Mention
from facta.events.lexicon import word_classes
from facta.models import Actor

_WORDS = word_classes()
STATE_NOUNS = _WORDS["pair_state_noun"]
PARTY_NOUNS = _WORDS["pair_party_noun"]
PERSON_NOUNS = _WORDS["pair_person_noun"]
PERSON_KINDS = ("name", "title", "alias")  # mentions that name one person
COUNTED_NOUNS = STATE_NOUNS | PARTY_NOUNS | PERSON_NOUNS
DEFINITE = frozenset({"the", "both", "these", "those"})
COUNTS = {"both": 2, "two": 2, "three": 3, "2": 2, "3": 3}
SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj", "pobj", "dative")
RELATIVES = frozenset({"who", "which", "that"})
LOOKBACK = 3  # sentences before the anaphor's own where its actors may be named
RULE = "events: a counted plural ('the two countries') stands for the last actors named"


def count_of(token: Token) -> int | None:
    """How many actors the anaphor stands for: "the two countries" 2, a subject "both" 2."""
    if token.lower_ == "both" and token.dep_ in SUBJECTS:
        return 2
    if token.lemma_.lower() not in COUNTED_NOUNS or token.tag_ not in ("NNS", "NNPS"):
        return None
    counted = [c for c in token.children if c.dep_ in ("nummod", "det", "predet")]
    if not any(c.lower_ in DEFINITE for c in counted):
        return None  # "two women said": new people, not "the two women" named before
    return next((COUNTS[c.lower_] for c in counted if c.lower_ in COUNTS), None)


def members(token: Token, analysis: Analysis) -> list[Mention]:
    """The actors a counted anaphor stands for, nearest last named first, as many as it
    counts; none when fewer distinct ones were named in the sentences before."""
    anaphor = token
    count = count_of(anaphor)
    if count is None:
        return []
    states = anaphor.lemma_.lower() in STATE_NOUNS
    people = anaphor.lemma_.lower() in PERSON_NOUNS
    sentences = list(analysis.doc.sents)
    here = next(k for k, s in enumerate(sentences) if s.start <= anaphor.i < s.end)
    first = sentences[max(0, here - LOOKBACK)].start
    named = [m for m in analysis.mentions if first <= m.start and m.end <= anaphor.left_edge.i]
    named = [m for m in named if m.kind not in ("pronoun", "implied")]
    if people:  # "the two candidates": two persons, even of one role; not "U.S." itself
        named = [m for m in named if m.kind in PERSON_KINDS and m.actor.entity]
        named = [m for m in named if m.actor.sectors or m.actor.code != m.actor.country]
    if states:
        named += [
            Mention(p.start, p.end, Actor(code=p.place.country, country=p.place.country), "place")
            for p in analysis.places
            if p.place.country and first <= p.start and p.end <= anaphor.left_edge.i
        ]
    doer = own_doer(anaphor)
    named = [m for m in named if not _names_doer(m, doer, states, analysis)]
    found: dict[str, Mention] = {}
    for mention in sorted(named, key=lambda m: m.start, reverse=True):
        actor = mention.actor
        key = actor.entity if people else actor.country if states else actor.code
        if key and key not in found and len(found) < count:
            found[key] = _as_member(mention, states)
    return list(found.values()) if len(found) == count else []


def own_doer(anaphor: Token) -> Token | None:
    """Who does the act whose object the anaphor is: "Lee criticized both men", "Lee, who
    praised the two leaders": Lee, who is not one of those the anaphor counts."""
    if anaphor.dep_ not in OBJECTS:
        return None
    verb = anaphor.head.head if anaphor.dep_ == "pobj" else anaphor.head
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head  # "met Lee and praised both men": the subject of "met"
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        return verb.head
    return subject


def _names_doer(mention: Mention, doer: Token | None, states: bool, analysis: Analysis) -> bool:
    """Whether a mention is in the doer's own phrase ("U.S. Senator Lee") or names the same
    person or body, or for counted states ("the two countries") the doer's own country."""
    if doer is None:
        return False
    if doer.left_edge.i <= mention.start <= doer.i:
        return True
    named = analysis.mention_at(doer.i)
    if named is None:
        return False
    if mention.actor.entity is not None and mention.actor.entity == named.actor.entity:
        return True
    country = mention.actor.country
    return states and country is not None and country == named.actor.country


def _as_member(mention: Mention, states: bool) -> Mention:
    """A country the anaphor names is the country itself, not the troops or town it was
    named by: "U.S. troops ... the two countries" stands for the United States."""
    if not states:
        return mention
    country = mention.actor.country or ""
    actor = Actor(code=country, country=country, name=mention.actor.name, rule=RULE)
    return Mention(mention.start, mention.end, actor, mention.kind)
