"""Small text helpers the outputs (command line and workbench) share: shortening at a word
boundary, a promised action with its polarity said once, and who reports a pledge."""

from __future__ import annotations

from typing import Any


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut between words and ended with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-—") + "…"


def promised_words(promised: dict[str, Any] | None) -> str:
    """The promised action as words: "stop " before it when its polarity is stop and its text
    does not already say so."""
    promised = promised or {}
    text = (promised.get("text") or "").strip()
    if promised.get("polarity") == "stop" and not text.lower().startswith(("stop ", "halt ")):
        return f"stop {text}".strip()
    return text


def according_to(attribution: dict[str, Any] | None) -> str:
    """Who reports a pledge or event: the source's words, "(anonymous)" when unnamed, or the
    article itself."""
    attribution = attribution or {}
    source = attribution.get("text") or "the article itself"
    return source + " (anonymous)" if attribution.get("anonymous") else source
