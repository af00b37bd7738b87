"""Long texts in parse chunks: cut at a paragraph, line, sentence or word end before a size
limit, so that parse time and memory grow with the length of a text, never faster.

Size is counted in characters and in estimated tokens (a word, or one punctuation mark or
symbol): the parser's cost follows tokens, and a page of quote marks or emoji is a token a
character.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"\w+|[^\w\s]")
# Where a cut may fall, best first: after a blank line, a line break, a sentence end, a space.
BREAKS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?][\"'”’)]*\s"),
    re.compile(r"\s"),
)


def count_tokens(text: str, stop: int | None = None) -> int:
    """The estimated number of tokens in `text`, counted up to `stop` at most."""
    count = 0
    for count, _match in enumerate(TOKEN.finditer(text), 1):
        if stop is not None and count >= stop:
            break
    return count


def split_chunks(text: str, max_chars: int, max_tokens: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs that together are `text`, each within both limits; a piece ends at
    the best break in the second half of its window (a hard cut only when the window holds no
    space). Each character is looked at a bounded number of times."""
    if max_chars < 2 or max_tokens < 2:
        raise ValueError("a chunk holds at least two characters and two tokens")
    pieces: list[tuple[int, str]] = []
    start = 0
    while True:
        end = window_end(text, start, max_chars, max_tokens)
        if end == len(text):
            pieces.append((start, text[start:]))
            return pieces
        cut = best_cut(text, start + (end - start) // 2 + 1, end)
        pieces.append((start, text[start:cut]))
        start = cut


def window_end(text: str, start: int, max_chars: int, max_tokens: int) -> int:
    """Where a chunk from `start` must end at the latest: `max_chars` on, or before the
    token after the `max_tokens`-th."""
    limit = min(len(text), start + max_chars)
    for count, match in enumerate(TOKEN.finditer(text, start, limit), 1):
        if count == max_tokens:
            return max(match.end(), start + 2) if match.end() < limit else limit
    return limit


def best_cut(text: str, earliest: int, latest: int) -> int:
    """The end of the last break of the best kind within text[earliest:latest], else `latest`."""
    for pattern in BREAKS:
        last = None
        for last in pattern.finditer(text, earliest, latest):  # noqa: B007 (the last one wins)
            pass
        if last is not None:
            return last.end()
    return latest
