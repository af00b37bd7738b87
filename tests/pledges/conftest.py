"""Fixtures for the pledge ledger tests: small real stores written through Store.write_batch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from facta.codebook import lookup
from facta.models import Actor, Article, Attribution, Event, Evidence, Modality, Promised
from facta.store import ArticleResult, Store

IRAN_GOV = Actor("IRNGOV", "IRN", ("GOV",), "Iran", "Iran")
IRAN_MIL = Actor("IRNMIL", "IRN", ("MIL",), "Qods Force", "the Qods Force")
IRAQ_GOV = Actor("IRQGOV", "IRQ", ("GOV",), "Iraq", "the Iraqi government")
MILITIAS = Actor("IRQREB", "IRQ", ("REB",), None, "militias")
US_GOV = Actor("USAGOV", "USA", ("GOV",), "United States", "Washington")
US_MIL = Actor("USAMIL", "USA", ("MIL",), None, "US troops")
RWANDA_GOV = Actor("RWAGOV", "RWA", ("GOV",), "Rwanda", "Kigali")
SYRIA_REB = Actor("SYRREB", "SYR", ("REB",), None, "rebels in Syria")


def make_event(
    event_id: str,
    when: str,
    cameo: str,
    source: Actor | None,
    target: Actor | None,
    text: str,
    *,
    promised: Promised | None = None,
    negated: bool = False,
    future: bool = False,
    hypothetical: bool = False,
    speaker: Actor | None = None,
    words: tuple[str, str] | None = None,
    article: str | None = None,
) -> Event:
    """An event as the coder would store it; `words` = (source words, trigger word) in `text`."""
    info = lookup(cameo)
    source_span = trigger_span = None
    if words is not None:
        start = text.index(words[0])
        source_span = (start, start + len(words[0]))
        start = text.index(words[1])
        trigger_span = (start, start + len(words[1]))
    return Event(
        event_id=event_id,
        article_id=article or f"article-{event_id}",
        sentence=0,
        cameo=cameo,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        source=source,
        target=target,
        date=when,
        date_precision="day",
        modality=Modality(negated=negated, future=future, hypothetical=hypothetical),
        attribution=Attribution(
            speaker=speaker, text=speaker.text if speaker else None, cue="said" if speaker else None
        ),
        evidence=Evidence(text=text, trigger=trigger_span, source=source_span),
        rule="test",
        confidence=0.8,
        promised=promised,
    )


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
