"""RSS and Atom feeds: each entry becomes an article (its full content when the feed has it).

Entry HTML goes through the same extraction as pages; a feed that does not parse is a Failure.
"""

from __future__ import annotations

from collections.abc import Iterator

import feedparser

from facta.ingest.identity import make_article
from facta.models import Article, Failure


def entry_html(entry: feedparser.FeedParserDict) -> str:
    if entry.get("content"):
        return " ".join(part.get("value", "") for part in entry["content"])
    return entry.get("summary", "") or entry.get("description", "")


def html_to_text(html: str) -> str:
    import lxml.html

    if "<" not in html:
        return html
    try:
        fragment = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return html
    for block in fragment.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    return fragment.text_content()


def read_feed_entries(data: bytes, origin: str) -> Iterator[Article | Failure]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = "not an RSS/Atom feed or a feed with no entries"
        if parsed.get("bozo_exception") is not None:
            reason = f"malformed feed: {parsed.bozo_exception}"
        yield Failure(origin, reason)
        return
    site = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        text = html_to_text(entry_html(entry)).strip()
        where = f"{origin}#{number}"
        if not text:
            yield Failure(where, "feed entry has no text")
            continue
        yield make_article(
            text=text,
            given_id=entry.get("id") or entry.get("link"),
            title=entry.get("title"),
            published=entry.get("published") or entry.get("updated"),
            source=site,
            url=entry.get("link"),
            author=entry.get("author"),
            origin=where,
        )
