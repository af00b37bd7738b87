"""Accounts carried across sentences: a sentence with no source of its own that goes on in
the reported register ("Tehran would release them.") is told by the previous one's source."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis
from facta.events.qualify.cues import _cues, _sentence
from facta.events.qualify.reports import (
    inside_quote,
    is_speech_verb,
    same_paragraph,
    sources_on_path,
    trailing_report,
)
from facta.events.qualify.source_phrase import ReportSource, name_span


def carried_account(
    trigger: Token, analysis: Analysis | None, depth: int = 0
) -> list[ReportSource]:
    """A sentence with no source of its own that goes on in the reported register ("Tehran
    would release them.", "Soldiers had also killed...", "The troops then arrested...") carries
    on the account that covered the previous sentence's main clause, in the same paragraph.

    "would" is the register of reported speech whoever the subject; the weaker marks (past
    perfect, "also", "then") count only when the subject brings no actor the previous sentence
    did not name, so "Egypt also closed its airspace" stays the article's own narration."""
    register = _reported_register(trigger)
    sentence = _sentence(trigger)
    if register is None or sentence.start == 0 or inside_quote(trigger):
        return []
    previous = _sentence(sentence.doc[sentence.start - 1])
    if not same_paragraph(previous.root, trigger):
        return []
    if register != "would" and (analysis is None or _brings_new_actor(trigger, previous, analysis)):
        return []
    return _account_of(previous, analysis, depth)


def _account_of(sentence: Span, analysis: Analysis | None, depth: int = 0) -> list[ReportSource]:
    """The report covering a sentence's main clause: "X happened, the official said", "The
    official said X happened", "According to the official, X happened" (or carried on itself)."""
    found = _reports_in(sentence)
    if found:  # the one who gives the account, not those it quotes
        return found[:1]
    if depth < 2:
        return carried_account(sentence.root, analysis, depth + 1)
    return []


def _reports_in(sentence: Span) -> list[ReportSource]:
    """The reports, outermost first, covering a sentence's main clause."""
    root = sentence.root
    clauses = [root]
    if is_speech_verb(root):
        clauses = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"}]
    for clause in clauses:
        found = sources_on_path(clause) or trailing_report(clause)
        if found:
            return [replace(found[0], clause=found[0].clause or clause), *found[1:]]
    return []


def continues_a_report(trigger: Token) -> bool:
    """Whether the trigger's sentence carries on the previous sentence's report with "would"
    ("..., US officials said. Tehran would release them"): future in the past, not a guess.
    A report of what would happen on a condition ("if the strikes stopped") keeps it a guess."""
    account = carried_account(trigger, None)
    if not account or sources_on_path(trigger):
        return False
    clause = account[0].clause
    return clause is None or not any(
        t.dep_ == "mark" and t.lower_ in {"if", "unless"} for t in _sentence(clause)
    )


def reporter_before(pronoun: Token) -> ReportSource | None:
    """The named reporter of the previous sentence's account that a reporting pronoun here
    refers back to: "he" for a person, "it" for an institution, "they" for either plural."""
    sentence = _sentence(pronoun)
    if sentence.start == 0:
        return None
    previous = _sentence(sentence.doc[sentence.start - 1])
    if not same_paragraph(previous.root, pronoun):
        return None
    account = _reports_in(previous)
    if len(account) != 1 or account[0].head is None or account[0].head.pos_ == "PRON":
        return None  # nobody, or a nest of speakers "he" could be any of
    return account[0] if _refers_to(pronoun, account[0].head) else None


def _refers_to(pronoun: Token, head: Token) -> bool:
    plural = head.tag_ in {"NNS", "NNPS"}
    institution = head.ent_type_ in {"ORG", "GPE", "NORP"} or head.lemma_.lower() in _cues(
        "attribution.yaml", "institution_nouns"
    )
    word = pronoun.lower_
    if word in {"he", "she"}:
        return not plural and not institution
    if word == "it":
        return not plural and institution
    return word == "they" and plural


def _reported_register(trigger: Token) -> str | None:
    """ "would" (future in the past), else "carried" for a past perfect or a continuing adverb
    ("also", "then") on the event's clause or the clauses above it; None for plain narration."""
    found = None
    for node in (trigger, *trigger.ancestors):
        auxiliaries = [c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}]
        if "would" in auxiliaries:
            return "would"
        adverbs = {c.lower_ for c in node.children if c.dep_ == "advmod"}
        perfect = "had" in auxiliaries and node.tag_ == "VBN"
        if perfect or adverbs & _cues("attribution.yaml", "continuation_adverbs"):
            found = "carried"
    return found


def _brings_new_actor(trigger: Token, previous: Span, analysis: Analysis) -> bool:
    """Whether the event's subject names an actor the previous sentence did not."""
    subject = next(
        (
            child
            for node in (trigger, *trigger.ancestors)
            for child in node.children
            if child.dep_ in {"nsubj", "nsubjpass"}
        ),
        None,
    )
    if subject is None or subject.pos_ == "PRON":
        return False
    mention = next(
        (found for t in name_span(subject) if (found := analysis.mention_at(t.i)) is not None),
        None,
    )
    if mention is None:
        return False  # "Snipers", "the strikes": no actor at all
    actor = mention.actor
    for other in analysis.mentions:
        if not previous.start <= other.start < previous.end:
            continue
        if actor.entity is not None and other.actor.entity == actor.entity:
            return False
        if other.actor.code == actor.code:
            return False
        if actor.country is not None and other.actor.country == actor.country:
            return False  # "Iran ... Tehran would"
        if actor.country is None and set(actor.sectors) & set(other.actor.sectors):
            return False  # "Myanmar troops ... Soldiers had also": the same kind of actor
    return True
