"""Fixtures the whole suite shares: the pipeline facta's API functions use (the real spaCy
model and each stage's knowledge), loaded once per session rather than once per package."""

from __future__ import annotations

import pytest
from spacy.language import Language

from facta import default_pipeline
from facta.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The pipeline of code_text and the other API functions: tests that patch one of its
    stages do so with monkeypatch, which puts it back after the test."""
    return default_pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline) -> Language:
    return pipeline.nlp
