"""Shared fixtures for the Actors tests: the spaCy model and a resolver, loaded once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from facta.actors import ActorResolver
from facta.analysis_state import Analysis
from facta.models import Actor, Article
from facta.nlp import load_model


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    return ActorResolver()


@pytest.fixture(scope="session")
def analyse(nlp: Language, resolver: ActorResolver) -> Callable[..., Analysis]:
    def run(text: str, date: str | None = None, using: ActorResolver | None = None) -> Analysis:
        article = Article(id="test", text=text, published=date)
        return (using or resolver).resolve(Analysis(article=article, doc=nlp(text)))

    return run


def actor_at(analysis: Analysis, words: str, occurrence: int = 1) -> Actor | None:
    """The actor of the mention covering the n-th occurrence of `words` (its last token)."""
    position = -1
    for _ in range(occurrence):
        position = analysis.article.text.index(words, position + 1)
    end = position + len(words)
    doc = analysis.doc
    token = next(t for t in reversed(doc) if t.idx < end)
    mention = analysis.mention_at(token.i)
    return mention.actor if mention else None
