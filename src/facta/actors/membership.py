"""Relative clauses that place a person in a body ("a judge who sits on the appeals bench"), read from
membership.tsv; the phrases step takes the body's role for the person."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from facta.actors.word_files import shipped_rows


@lru_cache(maxsize=1)
def membership_verbs() -> dict[str, frozenset[str]]:
    """verb lemma -> the prepositions that introduce the body, from the shipped file."""
    return {
        verb: frozenset(p.strip() for p in prepositions.split("|"))
        for verb, prepositions, *_ in shipped_rows("membership.tsv")
    }


def member_clauses(head: Token) -> list[tuple[Token, frozenset[str]]]:
    """The relative clauses of a noun that say where its person belongs, with the
    prepositions that may introduce the body: "who sits on ..." -> (sits, {on, in})."""
    verbs = membership_verbs()
    return [
        (clause, verbs[clause.lemma_.lower()])
        for clause in head.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in verbs
    ]
