"""Shared fixtures for the Places tests: the session pipeline's Geocoder, and a text located."""

from __future__ import annotations

import pytest

from facta.analysis_state import Analysis
from facta.models import Article
from facta.pipeline import Pipeline
from facta.places import Geocoder


@pytest.fixture(scope="session")
def geocoder(pipeline: Pipeline) -> Geocoder:
    return pipeline.places


@pytest.fixture(scope="session")
def analyse(nlp, geocoder):
    """Parse a text and run the Places stage on it."""

    def run(text: str) -> Analysis:
        analysis = Analysis(article=Article(id="test", text=text), doc=nlp(text))
        return geocoder.find(analysis)

    return run
