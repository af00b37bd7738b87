"""RSS and Atom feeds: each entry becomes an article (its full content when the feed has it).

Entry HTML goes through the same extraction as pages; a feed that does not parse is a Failure.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import feedparser

from facta.ingest.identity import make_article
from facta.ingest.readers import UnreadableInput, one_line
from facta.models import Article, Failure


def entry_html(entry: feedparser.FeedParserDict) -> str:
    if entry.get("content"):
        return " ".join(str(part.get("value") or "") for part in entry["content"])
    return str(entry.get("summary") or entry.get("description") or "")


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
    # feedparser opens a string or bytes that looks like a path or URL; a stream is only read
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        reason = "not an RSS/Atom feed or a feed with no entries"
        if parsed.get("bozo_exception") is not None:
            reason = f"malformed feed: {parsed.bozo_exception}"
        yield Failure(origin, reason)
        return
    site = text_field(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#{number}"
        try:
            yield entry_article(entry, site, where)
        except UnreadableInput as error:
            yield Failure(where, str(error))
        except Exception as error:  # one malformed entry must not end the feed
            yield Failure(where, f"cannot read this feed entry: {one_line(error)}")


def text_field(value: object) -> str | None:
    """A feed field as text: feedparser gives strings, but a malformed entry may not."""
    return value if isinstance(value, str) and value.strip() else None


def entry_article(entry: feedparser.FeedParserDict, site: str | None, where: str) -> Article:
    text = html_to_text(entry_html(entry)).strip()
    if not text:
        raise UnreadableInput("feed entry has no text")
    return make_article(
        text=text,
        given_id=text_field(entry.get("id")) or text_field(entry.get("link")),
        title=text_field(entry.get("title")),
        published=text_field(entry.get("published")) or text_field(entry.get("updated")),
        source=site,
        url=text_field(entry.get("link")),
        author=text_field(entry.get("author")),
        origin=where,
    )
