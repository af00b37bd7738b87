"""Readers turn one input file (or stdin) into Article records, or Failures with a reason.

One function per format; `read_path` picks by file name. Nothing here touches the store.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from facta.ingest.identity import make_article
from facta.models import Article, Failure

MAX_TEXT_BYTES = 5 * 1024 * 1024
MAX_FILE_BYTES = 512 * 1024 * 1024  # compressed archives and JSONL collections may be large
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
PUBLISHED_LINE = re.compile(r"^(published|date|dated)\s*:\s*(.+)$", re.IGNORECASE)

Item = Article | Failure


class UnreadableInput(Exception):
    """Raised inside a reader; becomes a Failure with this message as the reason."""


def suffix_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return path.suffix.lower()


def is_supported(path: Path) -> bool:
    known = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
    return suffix_of(path) in known


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 when that yields clean text."""
    if b"\x00" in data[:8192]:
        raise UnreadableInput("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableInput(
            "text is neither UTF-8 nor Windows-1252; re-encode it as UTF-8"
        ) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls:
        raise UnreadableInput("binary or undecodable content (control characters), not text")
    return text


def check_size(text: str) -> None:
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise UnreadableInput("article text is larger than 5 MB; split it or raise the limit")


def read_text_article(data: bytes, origin: str) -> Article:
    """A plain-text story: an optional headline line, a blank line, then the body."""
    text = decode(data)
    check_size(text)
    lines = text.strip().splitlines()
    title = None
    published = None
    if len(lines) > 2 and not lines[1].strip() and len(lines[0]) < 200:
        title = lines[0].strip()
        lines = lines[2:]
    body_lines = []
    for line in lines:
        match = PUBLISHED_LINE.match(line.strip())
        if match and published is None and len(line) < 80:
            published = match.group(2).strip()
            continue
        body_lines.append(line)
    article = make_article(
        text="\n".join(body_lines), title=title, published=published, origin=origin
    )
    if not article.text.strip():
        raise UnreadableInput("no article text (only a headline or boilerplate)")
    return article


def read_html_article(data: bytes, origin: str, url: str | None = None) -> Article:
    from facta.ingest.html import extract_html

    html = decode(data) if isinstance(data, bytes) else data
    check_size(html)
    return extract_html(html, origin=origin, url=url)


def article_from_record(record: Any, origin: str) -> Article:
    """The CONTRACT article record: only `text` is required."""
    if not isinstance(record, dict):
        raise UnreadableInput("line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise UnreadableInput("record has no 'text' string")
    if not text.strip():
        raise UnreadableInput("record's 'text' is empty")
    check_size(text)
    dateline = record.get("dateline")
    if (
        isinstance(dateline, str)
        and dateline.strip()
        and not text.lstrip().startswith(dateline.strip()[:20])
    ):
        text = f"{dateline.strip()} {text.lstrip()}"

    def field(name: str) -> str | None:
        value = record.get(name)
        return str(value) if value not in (None, "") else None

    article = make_article(
        text=text,
        given_id=field("id"),
        title=field("title"),
        published=field("date") or field("published"),
        source=field("source"),
        url=field("url"),
        author=field("author"),
        language=field("language"),
        origin=origin,
    )
    if not article.text.strip():
        raise UnreadableInput("no article text after removing boilerplate lines")
    return article


def read_jsonl(stream: IO[bytes], origin: str) -> Iterator[Item]:
    for number, raw in enumerate(stream, 1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            line = decode(raw)
            record = json.loads(line)
            yield article_from_record(record, where)
        except json.JSONDecodeError as error:
            yield Failure(where, f"malformed JSON ({error.msg} at column {error.colno})")
        except UnreadableInput as error:
            yield Failure(where, str(error))


def read_feed(data: bytes, origin: str) -> Iterator[Item]:
    from facta.ingest.feeds import read_feed_entries

    yield from read_feed_entries(data, origin)


def read_warc(path: Path) -> Iterator[Item]:
    from facta.ingest.warc import read_warc_records

    yield from read_warc_records(path)


def read_path(path: Path) -> Iterator[Item]:
    """Every article (or failure) in one file."""
    origin = str(path)
    kind = suffix_of(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield Failure(origin, "empty file")
            return
        if kind in JSONL_SUFFIXES:
            opener = gzip.open if kind.endswith(".gz") else open
            with opener(path, "rb") as stream:
                yield from read_jsonl(stream, origin)
            return
        if kind in WARC_SUFFIXES:
            yield from read_warc(path)
            return
        if size > MAX_FILE_BYTES or (kind not in FEED_SUFFIXES and size > 4 * MAX_TEXT_BYTES):
            yield Failure(origin, f"file is too large ({size // 1_048_576} MB) for one article")
            return
        data = path.read_bytes()
        if kind in HTML_SUFFIXES:
            yield read_html_article(data, origin)
        elif kind in FEED_SUFFIXES:
            yield from read_feed(data, origin)
        else:
            yield read_text_article(data, origin)
    except UnreadableInput as error:
        yield Failure(origin, str(error))
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield Failure(origin, f"cannot read file: {error.strerror or error}")


def read_stdin(stream: IO[bytes]) -> Iterator[Item]:
    yield from read_jsonl(io.BufferedReader(stream) if not hasattr(stream, "peek") else stream, "-")
