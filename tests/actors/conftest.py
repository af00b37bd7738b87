"""Shared fixtures for the Actors tests: the session pipeline's resolver, and a text resolved."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from facta.actors import ActorResolver
from facta.analysis_state import Analysis
from facta.models import Article
from facta.pipeline import Pipeline


@pytest.fixture(scope="session")
def resolver(pipeline: Pipeline) -> ActorResolver:
    return pipeline.actors


@pytest.fixture(scope="session")
def analyse(nlp: Language, resolver: ActorResolver) -> Callable[..., Analysis]:
    def run(text: str, date: str | None = None, using: ActorResolver | None = None) -> Analysis:
        article = Article(id="test", text=text, published=date)
        return (using or resolver).resolve(Analysis(article=article, doc=nlp(text)))

    return run
