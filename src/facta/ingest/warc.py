"""Web archives (WARC/ARC): each HTML response record becomes an article.

Non-HTML records are passed over silently only when they are not responses (requests,
metadata); an HTML response that yields no text is a Failure with its record URL. A record
that is truncated, has no Content-Length, or whose Content-Length does not end where the
record does is a Failure too, never an article made of a part of a page (or of two pages).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from facta.ingest.html import extract_html
from facta.ingest.readers import (
    MAX_TEXT_BYTES,
    UnreadableInput,
    decode,
    one_line,
    origin_of,
    printable,
)
from facta.models import Article, Failure

Item = Article | Failure


class QuietArchiveIterator(ArchiveIterator):
    # warcio writes a warning to stderr when a record's Content-Length looks wrong; it is
    # recorded as that record's Failure instead
    INC_RECORD = ""


@dataclass
class Held:
    """One record's items, held until the archive has been read past the record's end."""

    record: ArcWarcRecord
    where: str
    items: list[Item] = field(default_factory=list)


def read_warc_records(path: Path) -> Iterator[Item]:
    origin = origin_of(path)
    records = found = 0
    urls: set[str] = set()
    try:
        with path.open("rb") as stream:
            iterator = QuietArchiveIterator(stream, arc2warc=True)
            held: Held | None = None
            warnings = 0
            start = -1  # where the last record began
            for record in iterator:
                if held is not None:
                    settled = list(settle(held, iterator.err_count > warnings))
                    found += len(settled)
                    yield from settled
                    warnings = iterator.err_count
                records += 1
                start = iterator.offset
                where = record_origin(record, origin, records, urls)
                held = Held(record, where, list(record_items(record, where)))
            if held is not None:
                settled = list(settle(held, iterator.err_count > warnings))
                found += len(settled)
                yield from settled
            # warcio ends quietly at a record whose header the archive cuts off
            if (iterator.member_info and iterator.member_info[0] > start) or unread(
                stream, iterator
            ):
                found += 1
                yield Failure(
                    f"{origin}#record {records + 1}",
                    "the archive ends inside this record's header; it is not read",
                )
        if not found:
            yield Failure(origin, f"no HTML response in this web archive ({records} records)")
    except ArchiveLoadFailed as error:
        yield Failure(origin, f"not a readable web archive: {printable(str(error))[:200]}")
    except Exception as error:  # a damaged record ends the archive, not the run
        yield Failure(origin, f"web archive damaged after {records} records: {one_line(error)}")


def unread(stream: BinaryIO, iterator: ArchiveIterator) -> bool:
    """Whether more than blank lines follow where the iterator stopped reading."""
    stream.seek(iterator.offset)
    return bool(stream.read(1 << 16).strip())


def record_origin(record: ArcWarcRecord, origin: str, number: int, urls: set[str]) -> str:
    """archive#url, with the record's number when the archive holds that URL twice."""
    url = printable(record.rec_headers.get_header("WARC-Target-URI") or "")
    if not url:
        return f"{origin}#record {number}"
    where = f"{origin}#{url}" if url not in urls else f"{origin}#{url} (record {number})"
    urls.add(url)
    return where


def settle(held: Held, misaligned: bool) -> Iterator[Item]:
    """The record's items, or the Failure that says why the record cannot be trusted (read
    once the archive has been read past its end)."""
    declared = held.record.rec_headers.get_header("Content-Length")
    remaining = getattr(held.record.raw_stream, "limit", 0)
    if not (declared or "").strip():
        yield Failure(
            held.where, "record has no Content-Length (or its header is cut short); not read"
        )
    elif not declared.strip().isdigit():
        yield Failure(held.where, f"record's Content-Length {declared[:40]!r} is not a size")
    elif remaining > 0:
        yield Failure(
            held.where, f"record truncated: the archive ends {remaining:,} bytes before it does"
        )
    elif misaligned:
        yield Failure(
            held.where,
            "record's Content-Length does not match it (it ends inside the record); "
            "the page is not read",
        )
    else:
        yield from held.items


def record_items(record: ArcWarcRecord, where: str) -> Iterator[Item]:
    """The article in one response record, or a Failure naming the record."""
    if record.rec_type != "response" or record.http_headers is None:
        return
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        body = record.content_stream().read(MAX_TEXT_BYTES + 1)
        if len(body) > MAX_TEXT_BYTES:
            raise UnreadableInput("page is larger than 5 MB")
        yield extract_html(decode(body), origin=where, url=url)
    except UnreadableInput as error:
        yield Failure(where, str(error))
    except Exception as error:
        yield Failure(where, f"cannot read this record: {one_line(error)}")
