"""Test helper: the actor mentioned at a given place of an analysed text."""

from __future__ import annotations

from facta.analysis_state import Analysis
from facta.models import Actor


def actor_at(analysis: Analysis, words: str, occurrence: int = 1) -> Actor | None:
    """The actor of the mention covering the n-th occurrence of `words` (its last token)."""
    position = -1
    for _ in range(occurrence):
        position = analysis.article.text.index(words, position + 1)
    end = position + len(words)
    doc = analysis.doc
    token = next(t for t in reversed(doc) if t.idx < end)
    mention = analysis.mention_at(token.i)
    return mention.actor if mention else None
