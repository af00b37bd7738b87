"""Shared fixtures for the Places tests: the real spaCy model and one Geocoder per session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from facta.analysis_state import Analysis
from facta.models import Article
from facta.nlp import load_model
from facta.places import Geocoder


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def geocoder() -> Geocoder:
    return Geocoder()


@pytest.fixture(scope="session")
def analyse(nlp, geocoder):
    """Parse a text and run the Places stage on it."""

    def run(text: str) -> Analysis:
        analysis = Analysis(article=Article(id="test", text=text), doc=nlp(text))
        return geocoder.find(analysis)

    return run
