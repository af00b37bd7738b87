"""Dependency paths the phrase finder asks about: whether a word sits in a clause of its own
rather than in the phrase that names or describes an actor."""

from __future__ import annotations

from spacy.tokens import Doc, Token

ADVERBIAL_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def in_adverbial(doc: Doc, role: int, name: int) -> bool:
    """Whether the role word sits in a clause or phrase fronted to the name's own verb:
    "After talks with the minister, Roe said", not "the minister, Roe"."""
    verb, token = doc[name].head, doc[role]
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ in ADVERBIAL_DEPS and token.i < name


def in_clause(token: Token, top: Token) -> bool:
    """Whether a clause (relative, participle, complement) lies between token and top."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS:
            return True
        token = token.head
    return False
