"""Article identity: a given id, or a hash of the normalised text, so re-runs add nothing.

Also the one place an Article is built from raw fields (whitespace and boilerplate cleaned).
"""

from __future__ import annotations

import re
import unicodedata

from facta.ingest.boilerplate import strip_boilerplate
from facta.models import Article, stable_id

SPACES = re.compile(r"[ \t\u00a0]+")


def normalise(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form of a text, for hashing and shingling."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", folded))


def text_id(text: str) -> str:
    return stable_id("text", normalise(text))


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return strip_boilerplate("\n".join(lines))


def make_article(
    text: str,
    given_id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    author: str | None = None,
    language: str | None = None,
    origin: str | None = None,
) -> Article:
    body = clean_text(text)
    return Article(
        id=given_id or text_id(body),
        text=body,
        title=title.strip() if title else None,
        published=published,
        source=source,
        url=url,
        author=author,
        language=language,
        origin=origin,
    )
