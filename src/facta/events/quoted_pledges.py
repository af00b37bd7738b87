"""Pledges told in a quotation whose teller stands outside the sentence: '"We will keep
talking to them."' commits the speaker's own side now (03x), as "said it would" does."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.codebook import lookup
from facta.events import clauses, complements
from facta.events.constructions import _phrase
from facta.events.lexicon import Lexicon
from facta.events.qualify import find_attribution
from facta.events.qualify.reports import inside_quote, sources_on_path
from facta.events.vocabulary import Trigger
from facta.models import Promised

FIRST_PERSON = frozenset({"we", "i"})


def quoted_pledge(
    trigger: Trigger, sources: list[clauses.Argument], analysis: Analysis, lexicon: Lexicon
) -> Trigger | None:
    """'"Chile will keep negotiating with the EU side."' after '..., the ministry said': a
    future act of the speaker's own side, undated and unconditioned, is a pledge made now,
    coded from the act by the commitment lines of frames.tsv. A reporting verb of the
    sentence itself reads its clause instead (complements.committed_clause)."""
    token = trigger.token
    if trigger.verb is None or trigger.frame or trigger.promised is not None or not sources:
        return None
    if not inside_quote(token) or sources_on_path(token):
        return None
    clause = _future_clause(token)
    code = lexicon.frame_code("commitment", trigger.cameo, "do")
    if clause is None or code is None or not _own_side(clause, sources, analysis):
        return None
    promised = Promised(
        trigger.cameo, lookup(trigger.cameo).plover_type, "do", _phrase(token, token)
    )
    # the pledge and its act are one word: made now, not planned (the coder reads `action`)
    return replace(
        trigger,
        cameo=code,
        rule=f"{trigger.rule} + quoted pledge -> {code}",
        promised=promised,
        action=token,
        frame="intent",
    )


def _future_clause(token: Token) -> Token | None:
    """The clause that puts the act in the future: "will continue negotiating" for
    "negotiating", when it is the teller's side's own commitment (complements.py)."""
    clause = token
    while clause.dep_ == "xcomp":
        clause = clause.head
    return clause if complements.own_commitment(clause) else None


def _own_side(clause: Token, sources: list[clauses.Argument], analysis: Analysis) -> bool:
    """ "We will ...", or a side the speaker belongs to: "China will ..." told by China's
    ministry. A side named by an outsider or another country only reports a plan."""
    subject = complements.committed_subject(clause)
    if subject is not None and subject.lower_ in FIRST_PERSON:
        return True
    doer = sources[0].mention.actor
    speaker = find_attribution(clause, analysis, source=doer).speaker
    return speaker is not None and speaker.country is not None and speaker.country == doer.country
