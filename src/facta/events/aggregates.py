"""Clauses that tell many acts or a standing view, not one happening: a count of acts
("filed 22 cases", "rejected 23 percent of referrals", "objected to several requests") and
a part of a class in the simple present ("most voters oppose the plan"). The discourse pass
marks their events background (data/lexicon/word_classes.tsv: tally_noun,
generic_quantifier)."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events.vocabulary import WORDS

TALLY_NOUNS = WORDS["tally_noun"]
GENERIC_QUANTIFIERS = WORDS["generic_quantifier"]
# Determiners and adjectives that make a plural object many: "several requests".
MANY_WORDS = frozenset({"several", "numerous", "many", "dozens", "hundreds", "thousands"})
STATEMENT_ROOTS = frozenset({f"{n:02d}" for n in range(1, 17)})


def _counted(noun: Token) -> bool:
    """ "22 cases", "12,703 complaints", "several other requests", "dozens of petitions"."""
    for child in noun.children:
        word = child.lemma_.lower()
        if child.dep_ == "nummod" and child.like_num and word not in {"one", "1"}:
            return True
        if child.dep_ in {"amod", "det", "quantmod"} and word in MANY_WORDS:
            return True
    head = noun.head  # "dozens of petitions", "23 percent of referrals"
    return noun.dep_ == "pobj" and head.lower_ == "of" and _counted(head.head)


def _tallies(noun: Token) -> bool:
    if noun.lemma_.lower() == "percent":
        return any(c.like_num for c in noun.children)
    return noun.tag_ == "NNS" and noun.lemma_.lower() in TALLY_NOUNS and _counted(noun)


def tallied(verb: Token, root: str) -> bool:
    """A statement, legal or political act whose object is a count of acts."""
    if root not in STATEMENT_ROOTS:
        return False
    for child in verb.children:
        objects = [child] if child.dep_ in {"dobj", "nsubjpass"} else []
        if child.dep_ in {"prep", "agent"}:
            objects = [o for o in child.children if o.dep_ == "pobj"]
        if any(_tallies(o) for o in objects):
            return True
    return False


def generic_view(verb: Token, root: str) -> bool:
    """ "Most voters oppose the plan": a part of a class holds a view, in the present."""
    if root not in STATEMENT_ROOTS or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return any(
        c.dep_ == "nsubj"
        and c.tag_ in {"NNS", "NNPS"}
        and any(
            d.lemma_.lower() in GENERIC_QUANTIFIERS for d in c.children if d.dep_ in {"det", "amod"}
        )
        for c in verb.children
    )


def many_acts(verb: Token, root: str) -> bool:
    return tallied(verb, root) or generic_view(verb, root)
