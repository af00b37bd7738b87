"""Event nouns whose sides the story told before: "Peace talks between the government and the
rebels began on Friday. ... The talks resumed on Wednesday" are talks between the same sides.

The sentence coder drops an event noun that names no one; the discourse pass gives it the
sides of the last event told with the same noun, as a new telling of that act.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis
from facta.events.qualify import assess_modality, find_attribution
from facta.events.qualify.anchored_dates import anchored_date
from facta.events.qualify.cues import _cues
from facta.events.qualify.dates import textual_date
from facta.models import Event, Evidence, event_id

DEFINITE = frozenset({"the", "these", "those", "that", "this"})
TOLD_BACK = 6  # how many sentences back the first telling may lie
RULE = "events: the sides of the {noun} told before"


def referring_noun(token: Token) -> bool:
    """A definite event noun that names no one of its own and happens again, at a time of its
    own: "the talks resumed on Wednesday", "the talks, which resume on Wednesday". Said of
    ("the intercept is a concern") it only refers back, and adds no event."""
    if token.pos_ != "NOUN" or not any(
        child.dep_ == "det" and child.lower_ in DEFINITE for child in token.children
    ):
        return False
    time_verbs = _cues("dates.yaml", "event_time_verbs")
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in time_verbs:
        return True
    return any(
        child.dep_ in {"relcl", "acl"} and child.lemma_.lower() in time_verbs
        for child in token.children
    )


def sided_again(
    token: Token, index: int, earlier: list[tuple[Token | None, Event]], analysis: Analysis
) -> list[Event]:
    """The events of the last earlier telling with the noun's lemma and both sides, told
    again at `token` (sentence `index`) with its own date and modality; none when there is
    no such telling within TOLD_BACK sentences."""
    lemma = token.lemma_.lower()
    first: Token | None = None
    for trigger, event in reversed(earlier):
        if index - event.sentence > TOLD_BACK:
            break
        if trigger is None or event.sentence >= index or trigger.lemma_.lower() != lemma:
            continue
        if event.source is not None and event.target is not None:
            first = trigger
            break
    dated = anchored_date(token, analysis) or textual_date(token, analysis)
    if first is None or dated is None:
        return []  # with no day of its own, it is the same telling again
    told = [event for trigger, event in earlier if trigger is not None and trigger.i == first.i]
    sides = [e for e in told if e.source is not None and e.target is not None]
    return [retold(event, token, index, analysis, dated) for event in sides]


def evidence_at(token: Token) -> Evidence:
    """The sentence of an event told at a noun, with the noun as its trigger."""
    sentence: Span = token.sent
    start = token.idx - sentence.start_char
    return Evidence(
        text=sentence.text, trigger=(start, start + len(token)), source=None, target=None
    )


def retold(
    event: Event, token: Token, index: int, analysis: Analysis, dated: tuple[str, str]
) -> Event:
    sentence: Span = token.sent
    start, end = token.idx, token.idx + len(token)
    date, precision = dated
    source, target = event.source, event.target
    return replace(
        event,
        event_id=event_id(analysis.article.id, index, (start, end), event.cameo, source, target),
        sentence=index,
        date=date,
        date_precision=precision,
        modality=assess_modality(token),
        attribution=find_attribution(token, analysis, source=source),
        evidence=evidence_at(token),
        rule=f"{event.rule} + {RULE.format(noun=token.lemma_.lower())}",
        confidence=min(event.confidence, 0.5),
        promised=None,
        background=False,
        mentions=(),
        tokens=(sentence.start, sentence.end),
    )
