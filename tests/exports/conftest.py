"""Fixtures: one small hand-made store per test session, opened read-only per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from event_fixtures import build_store

from facta.store import Store


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("exports") / "events.duckdb")


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store(store_path, read_only=True) as opened:
        yield opened
