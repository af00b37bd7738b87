"""Dependency paths the phrase finder asks about: whether a word sits in a clause of its own
rather than in the phrase that names or describes an actor, and which role phrase before a
name describes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from facta.actors.phrases import Phrase

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


def described_before(
    doc: Doc, phrases: list[Phrase], by_token: dict[int, Phrase], last: int
) -> Phrase | None:
    """The role phrase ending at `last`, right before ", <Name>", whatever the parse made of
    it: "Congo's Mines Minister, X", "the commander of Iran's Qods Force, Brig. Gen. X",
    "the head of the U.N. mission in Congo, X"."""
    before = by_token.get(last)
    if before is not None and before.kind == "nominal":
        return before
    holder = next((p for p in phrases if before is not None and before in p.attached), None)
    if holder is not None and holder.kind == "nominal":
        return holder
    spanning = [
        p
        for p in phrases
        if p.kind == "nominal" and p.head < last and doc[p.head].right_edge.i == last
    ]
    return min(spanning, key=lambda p: p.start) if spanning else None
