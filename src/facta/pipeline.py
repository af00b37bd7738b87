"""The driver: parse articles with spaCy, then run the stages in order on each Doc.

parse -> actors -> places -> events -> event locations. Each stage is one object with one
method that takes an `Analysis` and returns it enriched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facta.actors import ActorResolver
from facta.analysis_state import Analysis
from facta.events import EventCoder
from facta.isolation import Budget
from facta.models import Article
from facta.nlp import load_model
from facta.places import Geocoder

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class PipelineOptions:
    model: str | None = None
    actor_files: tuple[str, ...] = ()  # user knowledge files added to the shipped ones
    lexicon_files: tuple[str, ...] = ()
    gazetteer_files: tuple[str, ...] = ()
    batch_size: int = 32
    budget: Budget = field(default_factory=Budget)  # what coding one article may spend


class Pipeline:
    """Everything loaded once per process: the spaCy model and each stage's knowledge."""

    def __init__(self, options: PipelineOptions | None = None, memory: dict | None = None):
        self.options = options or PipelineOptions()
        self.nlp = load_model(self.options.model)
        self.actors = ActorResolver(extra_files=self.options.actor_files, memory=memory)
        self.places = Geocoder(extra_files=self.options.gazetteer_files)
        self.events = EventCoder(extra_files=self.options.lexicon_files)

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        return self.nlp.pipe(texts, batch_size=self.options.batch_size)

    def analyse(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        pending = list(articles) if not isinstance(articles, list) else articles
        docs = self.parse(article.text for article in pending)
        for article, doc in zip(pending, docs, strict=True):
            yield self.run_stages(Analysis(article=article, doc=doc))

    def run_stages(
        self, analysis: Analysis, between: Callable[[], None] = lambda: None
    ) -> Analysis:
        """The stages in order; `between` is called after each (a budget's check)."""
        analysis = self.actors.resolve(analysis)
        between()
        analysis = self.places.find(analysis)
        between()
        analysis = self.events.code(analysis)
        between()
        return self.places.locate_events(analysis)
