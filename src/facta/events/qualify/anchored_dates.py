"""Dates counted from the day the story told just before rather than from the publication
day: "The day before, ...", "two days later", "a day after the allies pledged"."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from facta.analysis_state import Analysis
from facta.events.qualify.cues import _cues, _load
from facta.events.qualify.dates import (
    DATE_LABELS,
    INHERITING,
    _clause_tokens,
    _date_entity,
    _date_phrases,
    _publication_date,
)
from facta.events.qualify.reckoning import UNITS, phrase_words, resolve_phrase

ANCHOR_SENTENCES = 3  # how far back the day "the day before" counts from may be told


def anchored_date(trigger: Token, analysis: Analysis) -> tuple[str, str] | None:
    """The day of an event whose date phrase counts from the day the story told just before
    rather than from the publication day: "On Wednesday, X said ... The day before, Y
    threatened", "two days later", and a clause under "a day after" ("The launch comes a day
    after the allies pledged ...": the pledge is the day before the launch)."""
    phrases = _date_phrases(trigger) + _day_measures(trigger)
    shifts = [_anchored(phrase) for phrase in phrases]
    shift = next((found for found in shifts if found is not None), None)
    if shift is None:
        return None
    published = _publication_date(analysis.article.published)
    if any(
        found is None and resolve_phrase(phrase.text, published, False) is not None
        for phrase, found in zip(phrases, shifts, strict=True)
    ):
        return None  # "On Monday, a day after the launch, Japan protested": its own day
    sentence = trigger.sent
    earliest = sentence.start
    for _ in range(ANCHOR_SENTENCES):
        if earliest == 0:
            break
        earliest = trigger.doc[earliest - 1].sent.start
    reference = _told_day(trigger.doc, _phrase_start(trigger, sentence), earliest, published)
    if reference is None:
        return None
    return (reference + timedelta(days=shift)).isoformat(), "day"


def _anchored(phrase: Span) -> int | None:
    """Days from the day told before, for a phrase that counts from it: "the day before" (-1),
    "a day later" (+1), "the next day" (+1), "two days after <the clause it heads>" (-2: the
    clause's event came first). None for phrases read against the publication day."""
    cues = _load("dates.yaml")
    words = phrase_words(phrase.text)
    if any(word in cues["anchored_adverbs"] for word in words):
        return 0  # "shortly thereafter"
    units = [i for i, word in enumerate(words) if UNITS.get(word) == "day"]
    if len(units) != 1:
        return None
    unit = units[0]
    if words[unit - 1 :] in ([word, "day"] for word in cues["anchored_days"]):
        return int(cues["anchored_days"][words[unit - 1]])  # "the previous day", not "days"
    number = words[unit - 1] if unit > 0 else ""
    count = cues["numbers"].get(number) or (int(number) if number.isdigit() else None)
    if count is None and not number and words[unit] == "day":
        count = 1  # "the day before"
    if count is None or number in {"few", "several", "couple"}:
        return None  # "days later": no telling how many
    after = words[unit + 1 :]
    following = phrase.doc[phrase.end] if phrase.end < len(phrase.doc) else None
    if after and after[0] in cues["anchored_words"] and len(after) == 1:
        return count * int(cues["anchored_words"][after[0]])  # "a day later", "the day before"
    if after or following is None or following.lower_ not in cues["anchored_words"]:
        return None
    sign = int(cues["anchored_words"][following.lower_])
    if _heads_clause(phrase):
        return -sign * count  # "a day after X pledged": the pledge came a day before
    if following.dep_ == "prep" and any(c.dep_ == "pobj" for c in following.children):
        return sign * count if sign > 0 else None  # "a day after the launch"
    return sign * count if following.pos_ == "ADV" else None  # "two days later"


def _day_measures(trigger: Token) -> list[Span]:
    """ "The day before" the entity recognizer left untagged, a "day" measuring the clause,
    and "thereafter"."""
    doc = trigger.doc
    adverbs = _cues("dates.yaml", "anchored_adverbs")
    node = trigger
    for _ in range(4):
        found = [
            doc[token.left_edge.i : token.right_edge.i + 1]
            for token in (doc[i] for i in sorted(_clause_tokens(node)))
            if not token.ent_type_
            and (
                (token.dep_ == "npadvmod" and token.lower_ == "day")
                or (token.dep_ == "advmod" and token.lower_ in adverbs)
            )
        ]
        if found or node.dep_ not in INHERITING or node.head is node:
            return found
        node = node.head
    return []


def _heads_clause(phrase: Span) -> bool:
    """ "a day after <clause>": the phrase measures the clause its conjunction introduces."""
    doc = phrase.doc
    return phrase.end < len(doc) and doc[phrase.end].dep_ == "mark"


def _phrase_start(trigger: Token, sentence: Span) -> int:
    """Where the anchored phrase of the trigger's clause starts: the day it counts from is told
    before it."""
    phrases = _date_phrases(trigger) + _day_measures(trigger)
    phrases = [p for p in phrases if _anchored(p) is not None]
    return min((p.start for p in phrases), default=sentence.start)


def _told_day(doc: Doc, before: int, earliest: int, published: date | None) -> date | None:
    """The last day the story names before token `before` (back to token `earliest`), read
    against the publication day, or counted from the day before it in turn; the publication
    day when it names none."""
    for index in range(before - 1, earliest - 1, -1):
        token = doc[index]
        if token.ent_type_ not in DATE_LABELS or token.ent_iob_ != "B":
            continue
        phrase = _date_entity(token)
        if phrase is None or phrase.start >= before:
            continue
        shift = _anchored(phrase)
        if shift is not None and _heads_clause(phrase):
            continue  # "a day after X pledged" dates X, not the day the story is telling
        if shift is not None:  # "The day before, ... Two days later, ...": counted in turn
            reference = _told_day(doc, phrase.start, earliest, published)
            return reference + timedelta(days=shift) if reference is not None else None
        resolved = resolve_phrase(phrase.text, published, False)
        if resolved is not None and resolved[1] == "day":
            return resolved[0]
    return published
