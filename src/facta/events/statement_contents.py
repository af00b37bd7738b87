"""What a statement says when the story tells it in a participle on the statement noun:
"the ministry issued a statement condemning the raid", "released a statement denying any
role in the leak". The participle's act is the statement's content, done by whoever issued
it; the issuing (010) is only its vehicle and is not coded beside it."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events import clauses
from facta.events.relative_denials import relative_denials
from facta.events.vocabulary import WORDS, Trigger

STATEMENT_NOUNS = WORDS["statement_noun"]
STATEMENT = "010"


def statement_issuer(verb: Token) -> Token | None:
    """The doer of a participle on an issued statement noun: the one who issued it."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return clauses.subject(noun.head)


def statement_contents(triggers: list[Trigger]) -> tuple[set[int], set[int]]:
    """Token indices of the content acts told in participles on an issued statement, and of
    the issuing acts (010) they replace."""
    issuing = {t.token.i for t in triggers if t.cameo == STATEMENT and t.verb is not None}
    contents: set[int] = set()
    issuers: set[int] = set()
    for trigger in triggers:
        token = trigger.token
        if trigger.verb is None or trigger.cameo == STATEMENT or statement_issuer(token) is None:
            continue
        if token.head.head.i in issuing:
            contents.add(token.i)
            issuers.add(token.head.head.i)
    return contents, issuers


def told_asides(triggers: list[Trigger]) -> tuple[set[int], set[int]]:
    """Acts told inside another act's arguments that are coded all the same (denials in a
    relative clause, a statement's content), and the issuing acts a content replaces."""
    contents, issuers = statement_contents(triggers)
    return relative_denials(triggers) | contents, issuers
