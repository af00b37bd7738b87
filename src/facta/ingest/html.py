"""HTML pages: main text and metadata by trafilatura, then our boilerplate line filter.

trafilatura keeps lines that sit inside <article> (paywall nags, "Supported by"); the
shared line filter in `identity.make_article` removes those.
"""

from __future__ import annotations

import trafilatura
from lxml.etree import ParserError

from facta.ingest.identity import make_article
from facta.models import Article


class HtmlError(ValueError):
    """The page has no extractable article text."""


def without_headline(text: str, title: str | None) -> str:
    """The text after the headline, when the page repeats it (with a section label above it)."""
    if not title:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines[:4]):
        if line.strip() == title.strip() and any(rest.strip() for rest in lines[index + 1 :]):
            return "\n".join(lines[index + 1 :])
    return text


def extract_html(html: str, origin: str, url: str | None = None) -> Article:
    from facta.ingest.readers import UnreadableInput

    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ParserError, ValueError, TypeError) as error:
        raise UnreadableInput(f"malformed HTML: {error}") from None
    if document is None or not (document.text or "").strip():
        raise UnreadableInput("no article text found in the HTML page")
    title = document.title
    text = without_headline(document.text, title)
    return make_article(
        text=text,
        title=title,
        published=document.date,
        source=document.sitename,
        url=document.url or url,
        author=document.author,
        origin=origin,
    )
