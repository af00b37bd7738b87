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


# Files whose end-to-end runs take a minute or more, longest first. They are collected first so
# that `make test`'s two workers (pytest-xdist, one file to a worker) start on them, rather
# than meet one near the end and leave the other worker idle; run alone, order does not matter.
LONGEST_FIRST = (
    "tests/concurrency/",
    "tests/test_readme.py",
    "tests/test_runner.py",
    "tests/reliability/",
    "tests/cli/",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        found = [i for i, prefix in enumerate(LONGEST_FIRST) if item.nodeid.startswith(prefix)]
        return found[0] if found else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: the order within each file, and of the rest, is kept
