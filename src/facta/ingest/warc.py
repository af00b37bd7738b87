"""Web archives (WARC/ARC): each HTML response record becomes an article.

Non-HTML records are passed over silently only when they are not responses (requests,
metadata); an HTML response that yields no text is a Failure with its record URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from facta.models import Article, Failure


def read_warc_records(path: Path) -> Iterator[Article | Failure]:
    from facta.ingest.readers import one_line, origin_of

    origin = origin_of(path)
    records = found = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, arc2warc=True):
                records += 1
                for item in record_items(record, origin, records):
                    found += 1
                    yield item
        if not found:
            yield Failure(origin, f"no HTML response in this web archive ({records} records)")
    except ArchiveLoadFailed as error:
        yield Failure(origin, f"not a readable web archive: {' '.join(str(error).split())}")
    except Exception as error:  # a damaged record ends the archive, not the run
        yield Failure(origin, f"web archive damaged after {records} records: {one_line(error)}")


def record_items(record: ArcWarcRecord, origin: str, number: int) -> Iterator[Article | Failure]:
    """The article in one response record, or a Failure naming the record."""
    from facta.ingest.html import extract_html
    from facta.ingest.readers import MAX_TEXT_BYTES, UnreadableInput, decode, one_line

    if record.rec_type != "response" or record.http_headers is None:
        return
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return
    url = record.rec_headers.get_header("WARC-Target-URI") or f"record {number}"
    where = f"{origin}#{url}"
    try:
        body = record.content_stream().read(MAX_TEXT_BYTES + 1)
        if len(body) > MAX_TEXT_BYTES:
            raise UnreadableInput("page is larger than 5 MB")
        yield extract_html(decode(body), origin=where, url=url)
    except UnreadableInput as error:
        yield Failure(where, str(error))
    except Exception as error:
        yield Failure(where, f"cannot read this record: {one_line(error)}")
