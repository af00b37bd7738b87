"""Pronouns: he/she to the most recent person (subjects first, never the subject of the
pronoun's own clause), they to a recent group; a fronted "As he left, X said" to X.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from facta.analysis_state import Mention
from facta.models import Actor

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj", "attr"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUN_WINDOW = 3  # sentences back a pronoun may reach


def link_pronouns(doc: Doc, mentions: list[Mention], person_ids: set[str]) -> list[Mention]:
    """he/him/his → the most recent person, preferring subjects; they → a recent group."""
    people: list[tuple[Token, Mention]] = []
    groups: list[tuple[Token, Mention]] = []
    found: list[Mention] = []
    pronoun_tokens = [t for t in doc if t.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS
                      and t.pos_ == "PRON"]
    ordered = sorted(mentions, key=lambda m: m.start)
    index = 0
    sent_starts = [sent.start for sent in doc.sents]
    for pronoun in pronoun_tokens:
        while index < len(ordered) and ordered[index].end <= pronoun.i:
            mention = ordered[index]
            head = doc[mention.start : mention.end].root
            if mention.actor.entity in person_ids:
                people.append((head, mention))
            elif head.tag_ in {"NNS", "NNPS"} or mention.kind == "group":
                groups.append((head, mention))
            index += 1
        pool = people if pronoun.lower_ in PERSON_PRONOUNS else groups
        chosen = choose_antecedent(doc, pronoun, pool, ordered, sent_starts)
        if chosen is None:
            continue
        actor = Actor(code=chosen.actor.code, country=chosen.actor.country,
                      sectors=chosen.actor.sectors, name=chosen.actor.name, text=pronoun.text,
                      entity=chosen.actor.entity, group=chosen.actor.group,
                      rule=f"pronoun:{chosen.actor.text}")
        mention = Mention(pronoun.i, pronoun.i + 1, actor, "pronoun")
        found.append(mention)
        (people if pool is people else groups).append((pronoun, mention))
    return found


def sentence_number(starts: list[int], token: int) -> int:
    return bisect_right(starts, token) - 1


def choose_antecedent(doc: Doc, pronoun: Token, pool: list[tuple[Token, Mention]],
                      ordered: list[Mention], starts: list[int]) -> Mention | None:
    here = sentence_number(starts, pronoun.i)
    candidates = [(token, mention) for token, mention in pool
                  if here - sentence_number(starts, token.i) <= PRONOUN_WINDOW]
    cataphor = cataphora(doc, pronoun, ordered)
    if cataphor is not None:
        return cataphor
    if pronoun.dep_ in OBJECT_DEPS:
        verb = pronoun.head
        candidates = [(t, m) for t, m in candidates
                      if not (t.dep_ in SUBJECT_DEPS and t.head.i == verb.i)]
    subjects = [(t, m) for t, m in candidates if t.dep_ in SUBJECT_DEPS]
    chosen = subjects[-1] if subjects else (candidates[-1] if candidates else None)
    return chosen[1] if chosen else None


def cataphora(doc: Doc, pronoun: Token, ordered: list[Mention]) -> Mention | None:
    """'As he left for Israel, President Bush said…': the subject of the main clause."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.dep_ != "advcl":
        return None
    main = pronoun.head.head
    if pronoun.head.i > main.i:
        return None
    for mention in ordered:
        head = doc[mention.start : mention.end].root
        if head.head.i == main.i and head.dep_ in SUBJECT_DEPS and head.i > pronoun.i:
            return mention
    return None
