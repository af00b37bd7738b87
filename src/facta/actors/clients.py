"""Lawyers who act for a client the text names take the client's code: "the tenant's lawyer",
"an attorney representing the carmaker", "Jane Roe, a lawyer for the two farmers"."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from facta.actors.word_files import word_kinds
from facta.analysis_state import Mention
from facta.models import actor_code

ADVOCATE_SECTORS = frozenset({"JUD"})  # what the role word itself gives a lawyer


@dataclass(frozen=True)
class ClientWords:
    nouns: frozenset[str]
    prepositions: frozenset[str]
    verbs: frozenset[str]
    offices: frozenset[str]


@lru_cache(maxsize=1)
def client_words() -> ClientWords:
    """The shipped clients.tsv, read once."""
    kinds = word_kinds("clients.tsv")
    return ClientWords(
        kinds.get("noun", frozenset()),
        kinds.get("preposition", frozenset()),
        kinds.get("verb", frozenset()),
        kinds.get("office", frozenset()),
    )


def for_clients(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Every lawyer mention whose client is another actor mention, coded as the client; one
    whose client is inside the lawyer's own phrase ("the tenant's lawyer") keeps only the
    client's sectors."""
    words = client_words()
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    result = []
    for mention in mentions:
        client = None
        for noun in _advocates(doc, mention, words):
            found = [by_token.get(t.i) for t in _client_tokens(noun, words)]
            client = next((c for c in found if c is not None and _codes(c)), None)
            if client is not None:
                inside = client.start <= noun.i < client.end  # "the tenant's lawyer"
                result.append(
                    _own_sectors(mention, client) if inside else _acting_for(mention, client)
                )
                break
        if client is None:
            result.append(mention)
    return result


def _advocates(doc: Doc, mention: Mention, words: ClientWords) -> list[Token]:
    """The nouns that make a mention a lawyer, where its client may be attached: its head
    ("a lawyer for X"), a noun in apposition ("Jane Roe, her lawyer"), or the head of a
    name a title makes a lawyer ("Attorney Jane Roe, representing X")."""
    span = doc[mention.start : max(mention.end, mention.start + 1)]
    head = span.root
    nouns = [head, *(c for c in head.children if c.dep_ == "appos")]
    nouns += [head.head] if head.dep_ == "appos" else []
    titled = any(_advocate(t, words) for t in span if t.i != head.i)
    return [n for n in nouns if _advocate(n, words) or (titled and n is head)]


def _advocate(noun: Token, words: ClientWords) -> bool:
    if noun.lemma_.lower() not in words.nouns:
        return False
    return not any(t.lower_ in words.offices for t in noun.subtree if t.i <= noun.i)


def _client_tokens(noun: Token, words: ClientWords) -> list[Token]:
    """The possessor ("the tenant's lawyer"), the object of "for"/"of", the object of a
    participle ("a lawyer representing the families")."""
    found = [c for c in noun.children if c.dep_ == "poss"]
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in words.prepositions:
            found += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() in words.verbs:
            found += [c for c in child.children if c.dep_ == "dobj"]
    return found


def _codes(mention: Mention) -> bool:
    return bool(mention.actor.country or mention.actor.sectors)


def _own_sectors(mention: Mention, phrase: Mention) -> Mention:
    """The sectors of the client named inside the lawyer's phrase, without the lawyer's own."""
    sectors = phrase.actor.sectors
    own = tuple(s for s in sectors if s not in ADVOCATE_SECTORS)
    if not own or len(own) == len(sectors):
        return mention
    rule = f"{mention.actor.rule}+client"
    return _recoded(mention, phrase.actor.country or mention.actor.country, own, rule)


def _acting_for(mention: Mention, client: Mention) -> Mention:
    actor, owner = mention.actor, client.actor
    if owner.entity is not None and owner.entity == actor.entity:
        return mention  # "Jane Roe, her lawyer": a pronoun taken for the lawyer herself
    country = owner.country or actor.country
    rule = f"{actor.rule}+client:{owner.text}"
    return _recoded(mention, country, owner.sectors, rule, owner.group)


def _recoded(
    mention: Mention,
    country: str | None,
    sectors: tuple[str, ...],
    rule: str,
    group: str | None = None,
) -> Mention:
    actor = mention.actor
    coded = replace(
        actor,
        code=actor_code(country, sectors),
        country=country,
        sectors=sectors,
        group=group or actor.group,
        rule=rule,
        presumed=False,
    )
    return Mention(mention.start, mention.end, coded, mention.kind)
