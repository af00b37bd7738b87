"""Web archives (WARC/ARC): each HTML response record becomes an article.

Non-HTML records are passed over silently only when they are not responses (requests,
metadata); an HTML response that yields no text is a Failure with its record URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from facta.models import Article, Failure


def read_warc_records(path: Path) -> Iterator[Article | Failure]:
    from facta.ingest.html import extract_html
    from facta.ingest.readers import MAX_TEXT_BYTES, UnreadableInput, decode

    origin = str(path)
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, arc2warc=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{origin}#{url}"
                body = record.content_stream().read(MAX_TEXT_BYTES + 1)
                try:
                    if len(body) > MAX_TEXT_BYTES:
                        raise UnreadableInput("page is larger than 5 MB")
                    yield extract_html(decode(body), origin=where, url=url)
                except UnreadableInput as error:
                    yield Failure(where, str(error))
    except ArchiveLoadFailed as error:
        yield Failure(origin, f"not a readable web archive: {error}")
