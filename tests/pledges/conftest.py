"""The build_store fixture for the pledge ledger tests (actors and events: pledge_fixtures)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from facta.models import Article, Event
from facta.store import ArticleResult, Store


@pytest.fixture
def build_store(tmp_path: Path) -> Callable[..., Path]:
    """Write events into a fresh store (one article per event unless they share one)."""
    counter = iter(range(1000))

    def build(*events: Event) -> Path:
        path = tmp_path / f"store{next(counter)}.duckdb"
        articles: dict[str, list[Event]] = {}
        for event in events:
            articles.setdefault(event.article_id, []).append(event)
        results = [  # an article is published on the day of its latest event
            ArticleResult(
                Article(
                    article_id,
                    " ".join(e.evidence.text for e in found),
                    published=max(e.date for e in found),
                ),
                "coded",
                events=found,
            )
            for article_id, found in articles.items()
        ]
        with Store(path) as store:
            store.write_batch(results, "test-run")
        return path

    return build
