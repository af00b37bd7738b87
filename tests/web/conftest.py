"""Fixtures: a small real store per test (copied from one built per session), the app over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from web_fixtures import build_store

from facta.web import create_app

BASE_URL = "http://localhost"  # the workbench answers only to the names it was started for


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "built.duckdb")


@pytest.fixture
def store_path(built_store: Path, tmp_path: Path) -> Path:
    """A fresh copy, so corrections made by one test never leak into another."""
    copy = tmp_path / "store.duckdb"
    shutil.copy(built_store, copy)
    return copy


@pytest.fixture
def reader(store_path: Path) -> Iterator[TestClient]:
    with TestClient(
        create_app(store_path), base_url=BASE_URL, raise_server_exceptions=False
    ) as client:
        yield client


@pytest.fixture
def editor(store_path: Path) -> Iterator[TestClient]:
    with TestClient(
        create_app(store_path, allow_edits=True), base_url=BASE_URL, raise_server_exceptions=False
    ) as client:
        yield client
