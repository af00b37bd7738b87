"""Fixtures: the hand-made store of tests/exports, built once per session."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from facta.store import Store

_FIXTURES = Path(__file__).parent.parent / "exports" / "event_fixtures.py"


def _build_store(path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("analysis_event_fixtures", _FIXTURES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_store(path)


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_store(tmp_path_factory.mktemp("analysis") / "events.duckdb")


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store(store_path, read_only=True) as opened:
        yield opened
