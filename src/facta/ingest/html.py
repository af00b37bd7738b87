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
    text = document.text
    title = document.title
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest
    return make_article(
        text=text,
        title=title,
        published=document.date,
        source=document.sitename,
        url=document.url or url,
        author=document.author,
        origin=origin,
    )
