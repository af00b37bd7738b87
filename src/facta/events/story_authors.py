"""Who made a thing a reaction refers back to, read from where the story first told it: "the
ministry issued a new rule ... the unions criticized the rule" is aimed at the ministry.

For things no event of the story codes (rules, rulings, votes); discourse.py asks here last.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.events import clauses
from facta.events.vocabulary import WORDS
from facta.models import Actor

AUTHORED_THINGS = WORDS["authored_thing"]
MAKING_VERBS = WORDS["making_verb"]
POLL_NOUNS = WORDS["poll_noun"]  # one vote under several names
REFERRING = frozenset({"the", "this", "that"})
RULE = "events: the author of the thing it refers back to"


def story_author(thing: Token, analysis: Analysis, speaker: str | None) -> Actor | None:
    """The author the story gave a definite thing earlier ("the rule", "the vote"), from the
    nearest earlier sentence that names one; never the speaker reacting to it."""
    if not _refers_back(thing):
        return None
    start = thing.sent.start
    for earlier in reversed([t for t in analysis.doc[:start] if _same_thing(t, thing)]):
        for author in _authors(earlier, analysis):
            if author.code != speaker:
                rule = f"{author.rule or ''} + {RULE}"
                return replace(author, rule=rule.lstrip(" +"))
    return None


def _refers_back(thing: Token) -> bool:
    """ "criticized the ruling": a definite thing of the kinds an actor makes, whose own
    phrase names no maker."""
    if thing.lemma_.lower() not in AUTHORED_THINGS | POLL_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in REFERRING for c in thing.children):
        return False
    return not any(
        c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in thing.children
    )


def _same_thing(token: Token, thing: Token) -> bool:
    lemma, other = token.lemma_.lower(), thing.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma == other or {lemma, other} <= POLL_NOUNS)


def _authors(thing: Token, analysis: Analysis) -> list[Actor]:
    """Who made the thing in this telling: its owner ("the court's ruling", "a Labour
    ministry rule"), its "by" phrase, the doer of a verb of making it ("the cabinet
    adopted a rule"), or the doer of an act it was the manner of ("blocked the law in a
    split ruling")."""
    owners = [
        c for c in thing.children if c.dep_ in ("poss", "compound") and c.i < thing.i
    ] + clauses.object_authors(thing)
    verb = thing.head
    if thing.dep_ == "dobj" and verb.lemma_.lower() in MAKING_VERBS:
        owners.append(clauses.subject(verb))
    owners.append(clauses.manner_agent(thing))
    return [
        argument.mention.actor
        for owner in owners
        if owner is not None and owner.pos_ != "PRON"
        for argument in clauses.arguments(owner, analysis)[:1]
    ]
