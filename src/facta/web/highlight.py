"""Article text cut into plain and highlighted pieces: event triggers, actor mentions, places.

Evidence spans are offsets into each event's sentence; the sentence is found in the article
text to turn them into article offsets. Overlapping spans keep the earlier, longer one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str | None = None  # trigger | actor | place, or None for plain text
    title: str | None = None
    event: int | None = None  # index of the event in the article's list, for links

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def sentence_start(text: str, sentence: str, hint: int = 0) -> int | None:
    """Where an evidence sentence begins in the article text (searching from `hint` first)."""
    needle = sentence.strip()
    if not needle:
        return None
    found = text.find(needle, hint)
    if found < 0:
        found = text.find(needle)
    if found < 0:
        return None
    return found - (len(sentence) - len(sentence.lstrip()))


def event_spans(
    text: str, events: Sequence[dict[str, Any]]
) -> list[tuple[int, int, str, str, int]]:
    spans = []
    for index, event in enumerate(events):
        evidence = event.get("evidence") or {}
        start = sentence_start(text, evidence.get("text") or "")
        if start is None:
            continue
        code = event.get("cameo") or ""
        for part, kind in (("trigger", "trigger"), ("source", "actor"), ("target", "actor")):
            span = evidence.get(part)
            if not span:
                continue
            actor = event.get(part) if part != "trigger" else None
            title = (
                f"{part}: {(actor or {}).get('code') or 'unknown'}"
                if kind == "actor"
                else f"event {code} ({(event.get('plover') or {}).get('type') or 'no PLOVER'})"
            )
            spans.append((start + span[0], start + span[1], kind, title, index))
    return spans


def pieces(
    text: str, events: Sequence[dict[str, Any]], places: Sequence[dict[str, Any]]
) -> list[Piece]:
    """The article text as a sequence of pieces that together spell it exactly."""
    spans = event_spans(text, events)
    for place in places:
        label = ", ".join(str(v) for v in (place.get("name"), place.get("country")) if v)
        spans.append((place["start_char"], place["end_char"], "place", f"place: {label}", -1))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    result: list[Piece] = []
    cursor = 0
    for start, end, kind, title, index in spans:
        if start < cursor or end <= start or end > len(text):
            continue
        if start > cursor:
            result.append(Piece(text[cursor:start]))
        result.append(Piece(text[start:end], kind, title, index if index >= 0 else None))
        cursor = end
    if cursor < len(text):
        result.append(Piece(text[cursor:]))
    return result
