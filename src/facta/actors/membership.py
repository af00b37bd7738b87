"""Relative clauses that place a person in a body ("a judge who sits on the appeals bench"), read from
membership.tsv; the phrases step takes the body's role for the person."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token


@lru_cache(maxsize=1)
def membership_verbs() -> dict[str, frozenset[str]]:
    """verb lemma -> the prepositions that introduce the body, from the shipped file."""
    path = resources.files("facta") / "data" / "actors" / "membership.tsv"
    verbs: dict[str, frozenset[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            verb, prepositions = line.split("\t")[:2]
            verbs[verb.strip()] = frozenset(p.strip() for p in prepositions.split("|"))
    return verbs


def member_clauses(head: Token) -> list[tuple[Token, frozenset[str]]]:
    """The relative clauses of a noun that say where its person belongs, with the
    prepositions that may introduce the body: "who sits on ..." -> (sits, {on, in})."""
    verbs = membership_verbs()
    return [
        (clause, verbs[clause.lemma_.lower()])
        for clause in head.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in verbs
    ]
