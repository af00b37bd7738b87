"""A report's source as its words give it: the head word, a few words that name it, the
reporting cue, and whether it is anonymous ("a senior official", "sources")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from facta.events.qualify.cues import _cues


@dataclass(frozen=True)
class ReportSource:
    """One who reports an event, as the sentence names them."""

    head: Token | None  # the noun or name of the source, None for "it is said"
    cue: str
    anonymous: bool
    text: str | None
    clause: Token | None = None  # the clause it reports, when in another sentence


def describe_source(head: Token, cue: str, verb: Token | None = None) -> ReportSource:
    """Name the source in a few words and decide whether it is anonymous."""
    named = next(
        (child for child in head.children if child.dep_ == "appos" and child.pos_ == "PROPN"), None
    )
    if named is not None and head.pos_ != "PROPN":
        head = named
    span = name_span(head)
    around = list(head.subtree)
    if verb is not None:  # "told reporters on condition of anonymity"
        around += [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    markers = _cues("attribution.yaml", "anonymity_markers")
    anonymous = any(token.lower_ in markers for token in around) or is_anonymous(head, span)
    return ReportSource(head, cue, anonymous, span.text)


def is_anonymous(head: Token, span: Span) -> bool:
    """Unnamed and indefinite ("a US official", "two diplomats", "Libyan officials"), or an
    always-anonymous role ("the official", "sources"); names and institutions are not."""
    names = "attribution.yaml"
    if head.pos_ != "NOUN" or any(child.dep_ == "poss" for child in head.children):
        return False
    lemma = head.lemma_.lower()
    if lemma in _cues(names, "anonymous_source_nouns"):
        return True  # "Pentagon officials", "a UN diplomat": the body is named, the person not
    determiner = next((c.lower_ for c in head.children if c.dep_ in {"det", "predet"}), None)
    counted = any(child.dep_ == "nummod" for child in head.children)
    indefinite = (
        determiner in _cues(names, "indefinite_determiners")
        or counted
        or (determiner is None and head.tag_ == "NNS")
    )
    if lemma in _cues(names, "unnamed_person_nouns") and indefinite:
        return True  # "United Nations experts": the body is named, the people not
    if any(t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "NORP", "LOC"} for t in span):
        return False  # "a UN panel", "an Amnesty report"
    if {t.lower_ for t in span} & _cues(names, "state_outlet_modifiers"):
        return False  # "state media", "state-run television": one known outlet
    if lemma in _cues(names, "document_nouns"):
        # "a statement from the presidency", "the report" (one known): not anonymous
        authored = {t.lower_ for t in head.subtree} & _cues(names, "official_authors")
        determiner = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        bare_plural = determiner is None and head.tag_ == "NNS"
        indefinite = determiner in _cues(names, "indefinite_determiners") or bare_plural
        return not authored and indefinite
    return indefinite


def name_span(head: Token) -> Span:
    """The head noun with its determiners, modifiers and compound names, without clauses."""
    keep = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case"}
    start = head.i
    for child in head.lefts:
        if child.dep_ in keep:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"compound", "flat"} and child.i == end:
            end = child.i + 1
        elif child.dep_ == "prep" and child.i == end and head.pos_ == "PROPN":
            # "the Syrian Observatory for Human Rights": a name goes on through its words
            name = list(child.subtree)[1:]
            if name and all(t.pos_ == "PROPN" or t.is_stop and not t.is_punct for t in name):
                end = child.right_edge.i + 1
    return head.doc[start:end]
