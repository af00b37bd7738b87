"""Shared fixtures for the Events tests: the session pipeline's event coder, and texts coded."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from facta.analysis_state import Analysis, Mention
from facta.events import EventCoder
from facta.models import SECTOR_CODES as SECTORS
from facta.models import Actor, Article
from facta.pipeline import Pipeline


@pytest.fixture(scope="session")
def coder(pipeline: Pipeline) -> EventCoder:
    return pipeline.events


def actor_for(code: str, text: str) -> Actor:
    """An Actor from a code such as IRNMIL, IGOUNO or REB, as the Actors stage would give it."""
    if code.startswith(("IGO", "NGO")):
        country, rest = code[:6], code[6:]
    elif code[:3] in SECTORS:
        country, rest = None, code
    else:
        country, rest = code[:3], code[3:]
    sectors = tuple(rest[i : i + 3] for i in range(0, len(rest), 3))
    return Actor(
        code=code, country=country, sectors=sectors, name=text, text=text, entity=text.lower()
    )


def analyse(nlp: Language, text: str, actors: dict[str, str], date: str = "2024-03-04") -> Analysis:
    """Parse `text` and mark each phrase of `actors` (phrase -> actor code) as a mention."""
    doc = nlp(text)
    mentions = []
    for phrase, code in actors.items():
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
        mentions.append(Mention(span.start, span.end, actor_for(code, phrase), "name"))
    analysis = Analysis(Article(id="test", text=text, published=date), doc)
    analysis.set_mentions(mentions)
    return analysis


@pytest.fixture(scope="session")
def parsed(nlp: Language) -> Callable[..., Analysis]:
    """parsed(text, {phrase: actor code}) -> the Analysis with mentions, not yet coded."""

    def run(text: str, actors: dict[str, str], date: str = "2024-03-04") -> Analysis:
        return analyse(nlp, text, actors, date)

    return run


@pytest.fixture(scope="session")
def coded(nlp: Language, coder: EventCoder) -> Callable[..., Analysis]:
    """coded(text, {phrase: actor code}) -> the Analysis with its events."""

    def run(text: str, actors: dict[str, str], date: str = "2024-03-04") -> Analysis:
        return coder.code(analyse(nlp, text, actors, date))

    return run


@pytest.fixture(scope="session")
def triples(coded: Callable[..., Analysis]) -> Callable[..., set[tuple]]:
    """triples(text, {phrase: code}) -> {(source code, target code, cameo)} of the events."""

    def run(text: str, actors: dict[str, str]) -> set[tuple]:
        return {
            (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coded(text, actors).events
        }

    return run
