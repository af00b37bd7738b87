"""Days across an article: "in that meeting" takes the date of the meeting told before; an
undated act takes the day a later sentence gives the incident, the recent day told just
before it, or the day the sentences after an undated lead give; an act told in the past
perfect under a dated report happened by then.

Runs inside `facta.events.discourse.settle`, on the events of one article in order.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis
from facta.events.qualify.dates import named_days, publication_day, telling_date, textual_date
from facta.events.retold_attacks import VIOLENT_EVENT_ROOTS
from facta.events.tellings import Told, period
from facta.events.told_nouns import referring_noun
from facta.events.vocabulary import WORDS
from facta.token_view import Tokens

HAPPENING_NOUNS = WORDS["happening_noun"]
VIOLENCE_NOUNS = WORDS["violence_noun"]
SAID_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})  # acts of saying
REFERRING = frozenset({"that", "this", "the", "those", "these"})
REFERENCE_PREPOSITIONS = frozenset({"in", "at", "during", "after", "before", "since", "from"})


# --- "in that meeting" -------------------------------------------------------------------


def referenced_noun(token: Token) -> Token | None:
    """The event noun a clause points back to: "In that meeting, he promised ..."."""
    node = token
    for _ in range(4):
        for child in node.children:
            if child.dep_ != "prep" or child.lower_ not in REFERENCE_PREPOSITIONS:
                continue
            for noun in child.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.pos_ == "NOUN"
                    and any(d.lower_ in REFERRING or d.dep_ == "poss" for d in noun.children)
                ):
                    return noun
        if node.dep_ not in {"conj", "xcomp", "ccomp", "advcl"} or node.head is node:
            break
        node = node.head
    return None


def date_references(told: list[Told]) -> None:
    """An undated event whose clause points back at an event noun ("in that meeting", "at
    the talks") takes the date of the latest earlier event that noun named."""
    for index, item in enumerate(told):
        if item.dated or item.token is None:
            continue
        noun = referenced_noun(item.token)
        if noun is None:
            continue
        earlier = [
            t
            for t in told[:index]
            if t.dated and t.token is not None and t.token.lemma_ == noun.lemma_
        ]
        if earlier:
            source = earlier[-1].event
            item.event = replace(item.event, date=source.date, date_precision=source.date_precision)
            item.dated = True


def dated_anaphors(told: list[Told], analysis: Analysis, sentences: list[Span]) -> None:
    """ "Chinese jets intercepted a U.S. aircraft, the Pentagon said on Wednesday. The
    incident took place on Tuesday": an act the text did not date takes the day a later
    sentence gives it through a definite noun that happened then and names the act."""
    triggers = {item.token.i for item in told if item.token is not None}
    words = HAPPENING_NOUNS | VIOLENCE_NOUNS
    words |= {item.token.lemma_.lower() for item in told if item.token is not None}
    starts = [sentence.start for sentence in sentences]
    for noun, dated in happening_nouns(analysis, triggers, words):
        index = bisect_right(starts, noun.i) - 1
        host = None
        for item in reversed(told):
            gap = index - item.event.sentence
            if gap > CARRY_SENTENCES:
                break
            if gap >= 1 and item.token is not None and refers_to(noun, item):
                host = item
                break
        if host is None or host.dated or host.token is None:
            continue
        for other in told:  # every pair of actors that trigger told
            if other.token is not None and other.token.i == host.token.i:
                other.event = replace(other.event, date=dated[0], date_precision=dated[1])
                other.dated = True


def happening_nouns(
    analysis: Analysis, triggers: set[int], words: set[str] | frozenset[str]
) -> list[tuple[Token, tuple[str, str]]]:
    """Definite nouns of `words`, coded as no act of their own, that happened at a time the
    text gives."""
    found = []
    lemmas = Tokens.of(analysis.doc).lemma
    for token in (analysis.doc[i] for i, lemma in enumerate(lemmas) if lemma.lower() in words):
        if token.i in triggers:
            continue
        if referring_noun(token):
            dated = textual_date(token, analysis)
            if dated is not None:
                found.append((token, dated))
    return found


def refers_to(noun: Token, item: Told) -> bool:
    """The noun names the act: by its own word, by a word for any happening ("the
    incident"), or by a word for violence when the act is violent."""
    assert item.token is not None
    lemma = noun.lemma_.lower()
    if lemma == item.token.lemma_.lower():
        return True
    if lemma in HAPPENING_NOUNS:  # an incident is a deed, not the comment made on it
        return item.event.root not in SAID_ROOTS
    return lemma in VIOLENCE_NOUNS and item.event.root in VIOLENT_EVENT_ROOTS


# --- the day a story is told on -----------------------------------------------------------


CARRY_SENTENCES = 2  # how far back a told day carries: the lead and the paragraph after it
RECENT_DAYS = 7
LEAD_REACH = 3  # how far after an undated lead the story may give its day
LEAD_SENTENCES = 2  # the lead: the first sentence, or the one after a dateline
PAST_TAGS = frozenset({"VBD", "VBN"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def carry_dates(told: list[Told], analysis: Analysis, sentences: list[Span]) -> None:
    """An event the text does not date, told right after a sentence that names a recent day,
    happened that day too: "Police said Brown shot a trooper on Thursday. Other officers shot
    Brown." The day is not carried within a sentence (a reported clause keeps its own), onto
    an act dated by its telling, nor from background."""
    published = publication_day(analysis)
    if published is None:
        return
    for index, item in enumerate(told):
        if item.dated or item.token is None or item.token.tag_ in PRESENT_TAGS:
            continue  # "Baupin denies any wrongdoing": a present statement is the day's news
        if telling_date(item.token, analysis) is not None:
            continue
        day = told_day(told[:index], item, sentences, published)
        if day is None and lead(item, told[0], sentences):
            day = lead_day(item.event.sentence, sentences, published)
        if day is not None:
            item.event = replace(item.event, date=day.isoformat(), date_precision="day")


def told_day(
    earlier: list[Told], item: Told, sentences: list[Span], published: date
) -> date | None:
    """The last recent day told in the sentences just before: an earlier event's day, or a day
    the sentence right before tells a past act on with no event coded on it ("On Tuesday
    night the rally drew crowds. Protesters interrupted it eight times")."""
    events = {}
    for other in earlier:
        if other.dated and other.event.date_precision == "day":
            events[other.event.sentence] = period(other.event.date, "day")
    sentence = item.event.sentence
    for back in range(sentence - 1, max(sentence - CARRY_SENTENCES, 0) - 1, -1):
        told = events.get(back)
        days = [told[0]] if told else []
        if not days and back == sentence - 1 and past_act(item.token):
            days = named_days(sentences[back], published)
        recent = [d for d in days if published - timedelta(days=RECENT_DAYS) <= d <= published]
        if days:
            return recent[-1] if recent else None
    return None


def lead(item: Told, first: Told, sentences: list[Span]) -> bool:
    """A past act told in the story's lead: its first sentences, before any other act."""
    sentence = item.event.sentence
    return (
        sentence == first.event.sentence
        and sentence < LEAD_SENTENCES
        and item.token is not None
        and sentences[sentence].start <= item.token.i < sentences[sentence].end
        and past_act(item.token)
    )


def lead_day(sentence: int, sentences: list[Span], published: date) -> date | None:
    """The story's first act is told undated and the sentences after it give the day: "The
    minister praised the rebels' offer. In an interview on Monday, she said ..."."""
    for ahead in range(sentence + 1, min(sentence + 1 + LEAD_REACH, len(sentences))):
        days = named_days(sentences[ahead], published)
        recent = [d for d in days if published - timedelta(days=RECENT_DAYS) <= d <= published]
        if days:
            return recent[0] if recent else None
    return None


def past_act(token: Token | None) -> bool:
    return token is not None and token.tag_ in PAST_TAGS


def reported_before(token: Token, analysis: Analysis) -> tuple[str, str] | None:
    """ "In 2013, newspapers reported that the army had killed hundreds": an act told in the
    past perfect under a dated report happened by the report's date."""
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
        return None
    clause = token
    for _ in range(3):
        if clause.dep_ != "ccomp" or clause.head is clause:
            return None
        clause = clause.head
        dated = textual_date(clause, analysis)
        if dated is not None:
            return dated
    return None
