"""What the qualifiers share: the cue lists from data/qualify/*.yaml (loaded once) and the
sentence helper."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Span, Token

from facta.errors import KnowledgeError

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "qualify"
MAX_HOPS = 8
QUOTES = frozenset({'"', "“", "”"})


@lru_cache(maxsize=8)
def _load(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(f"Cannot read qualifier cues from {name}: {error}.") from error
    return {
        key: frozenset(value) if isinstance(value, list) else value for key, value in data.items()
    }


def _cues(name: str, key: str) -> Any:
    return _load(name)[key]


def _sentence(token: Token) -> Span:
    """The token's sentence; cheaper than `Token.sent`, which walks every sentence of the Doc."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]
