"""The per-article working state that the NLP stages pass along: Doc, mentions, places, events.

Stages take an `Analysis` and return it enriched; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from facta.models import Actor, Article, Event, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Mention:
    """A token span [start, end) of the Doc that names or refers to an actor."""

    start: int
    end: int
    actor: Actor
    kind: str  # name, title, nominal, alias, pronoun, metonym, demonym, group


@dataclass(frozen=True)
class PlaceMention:
    """A token span [start, end) of the Doc that names a place."""

    start: int
    end: int
    place: Place


@dataclass(frozen=True)
class ActorFact:
    """What an article taught us about a named person or group, for memory across articles."""

    name: str  # canonical name, the memory key
    country: str | None
    sectors: tuple[str, ...]
    article_id: str
    date: str | None
    evidence: str  # the words that said so: "Iraqi President Jalal Talabani"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "sectors": list(self.sectors),
            "article_id": self.article_id,
            "date": self.date,
            "evidence": self.evidence,
        }


@dataclass
class Analysis:
    article: Article
    doc: Doc
    mentions: list[Mention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dateline: PlaceMention | None = None
    events: list[Event] = field(default_factory=list)
    learned: list[ActorFact] = field(default_factory=list)
    _mention_by_token: dict[int, Mention] | None = field(default=None, repr=False)

    def mention_at(self, token_index: int) -> Mention | None:
        """The actor mention covering this token, if any."""
        if self._mention_by_token is None:
            self._mention_by_token = {
                i: mention for mention in self.mentions for i in range(mention.start, mention.end)
            }
        return self._mention_by_token.get(token_index)

    def set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._mention_by_token = None


def event_trigger(event: Event, doc: Doc, sentence_start: int) -> Token | None:
    """The token an event's trigger names (`evidence.trigger` counts from its sentence, which
    starts at character `sentence_start`), or None when the event names none."""
    if event.evidence is None or event.evidence.trigger is None:
        return None
    start, end = event.evidence.trigger
    span = doc.char_span(sentence_start + start, sentence_start + end)
    return span.root if span is not None else None
