"""The act a denial or a criticism is about, told as a gerund: "denied conspiring against the
president", "condemned spying on Peru". Whom that act is aimed at ("against", "on",
"with" X) is whom the statement concerns."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses

STATEMENT_CODES = ("016", "11", "12")  # denials, criticism, rejection


def act_targets(verb: Token, cameo: str) -> list[Token]:
    """The objects of the target prepositions of a gerund complement of a denial or criticism."""
    if not cameo.startswith(STATEMENT_CODES):
        return []
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    return [o for act in acts for o in clauses.prep_objects(act, clauses.DEFAULT_TARGET_PREPS)]
