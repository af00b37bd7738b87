"""Readers turn one input file (or stdin) into Article records, or Failures with a reason.

One function per format; `read_path` picks by file name. Nothing here touches the store.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from facta.ingest.identity import make_article
from facta.models import Article, Failure

MAX_TEXT_BYTES = 5 * 1024 * 1024
MAX_FILE_BYTES = 512 * 1024 * 1024  # compressed archives and JSONL collections may be large
MAX_LINE_BYTES = 32 * 1024 * 1024  # one JSONL record: a 5 MB text even with every byte escaped
MAX_DECOMPRESSED_BYTES = 8 * 1024 * 1024 * 1024  # one .jsonl.gz, uncompressed
MAX_REASON_CHARS = 300
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
PUBLISHED_LINE = re.compile(r"^(published|date|dated)\s*:\s*(.+)$", re.IGNORECASE)

Item = Article | Failure
UNICODE_BOMS = (  # UTF-32 first: its little-endian BOM starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class UnreadableInput(Exception):
    """Raised inside a reader; becomes a Failure with this message as the reason."""


CONTROL = re.compile(r"[\x00-\x1f\x7f]")
BINARY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # not tab, line or page breaks


def origin_of(path: Path | str) -> str:
    """A path as text that can be stored and printed on one line: undecodable bytes in a file
    name become U+FFFD, control characters (a newline, an escape) their \\x code."""
    name = os.fsencode(path).decode("utf-8", "replace")
    return CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", name)


def printable(text: str) -> str:
    """The text on one line, its control characters written as \\x codes."""
    return CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", " ".join(text.split()))


def one_line(error: BaseException) -> str:
    """An unexpected exception as a one-line reason."""
    message = printable(str(error)) or "no message"
    text = f"{type(error).__name__}: {message}"
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"


def guarded(items: Iterator[Item], origin: str, stage: str = "reading") -> Iterator[Item]:
    """The items of one input; an unexpected error ends that input with a Failure rather than
    the run (what it yielded before is kept)."""
    try:
        yield from items
    except Exception as error:
        yield Failure(origin, f"{stage} failed: {one_line(error)}")


def suffix_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return path.suffix.lower()


def is_supported(path: Path) -> bool:
    known = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
    return suffix_of(path) in known


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, else Windows-1252 when that
    yields clean text."""
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise UnreadableInput(f"text starts as {encoding} but is not") from None
    encoding = unicode_without_bom(data[:8192])
    if encoding is not None:
        try:
            return data[: len(data) - len(data) % (4 if "32" in encoding else 2)].decode(encoding)
        except UnicodeDecodeError:
            pass  # not that after all: binary
    if b"\x00" in data[:8192]:
        raise UnreadableInput("binary file (contains NUL bytes), not text")
    try:
        return without_controls(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableInput(
            "text is neither UTF-8 nor Windows-1252; re-encode it as UTF-8"
        ) from None
    if BINARY_CONTROL.search(text, 0, 8192):
        raise UnreadableInput("binary or undecodable content (control characters), not text")
    return text


def without_controls(text: str) -> str:
    """The text, unless more than one character in a hundred of its start is a control
    character other than tab, line and page breaks: then it is binary, not text."""
    sample = text[:8192]
    controls = len(BINARY_CONTROL.findall(sample))
    if controls > max(1, len(sample) // 100):
        raise UnreadableInput("binary or undecodable content (control characters), not text")
    return text


def unicode_without_bom(sample: bytes) -> str | None:
    """UTF-32 or UTF-16 (either byte order) told by where the zero bytes of mostly-ASCII text
    fall, for files written without a byte order mark; None for anything else."""
    if len(sample) < 16:
        return None

    def zero_share(start: int, step: int) -> float:
        picked = sample[start::step]
        return picked.count(0) / len(picked)

    for encoding, zeros, others in (
        ("utf-32-le", (1, 2, 3), (0,)),
        ("utf-32-be", (0, 1, 2), (3,)),
        ("utf-16-le", (1,), (0,)),
        ("utf-16-be", (0,), (1,)),
    ):
        step = 4 if "32" in encoding else 2
        if all(zero_share(i, step) > 0.7 for i in zeros) and all(
            zero_share(i, step) < 0.1 for i in others
        ):
            return encoding
    return None


def check_size(text: str) -> None:
    if len(text) > MAX_TEXT_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
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


def jsonl_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of a JSONL stream; None for a line longer than MAX_LINE_BYTES (read past, never
    held), and the stream ends with UnreadableInput past MAX_DECOMPRESSED_BYTES."""
    total = 0
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        total += len(raw)
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                total += len(rest)
                if total > MAX_DECOMPRESSED_BYTES:
                    break
            total += len(rest)
            raw = None
        if total > MAX_DECOMPRESSED_BYTES:
            limit = MAX_DECOMPRESSED_BYTES // 1_048_576
            raise UnreadableInput(f"more than {limit} MB of lines; the rest is not read")
        yield raw


def read_jsonl(stream: IO[bytes], origin: str) -> Iterator[Item]:
    for number, raw in enumerate(jsonl_lines(stream), 1):
        where = f"{origin}:{number}"
        if raw is None:
            yield Failure(where, f"line longer than {MAX_LINE_BYTES // 1_048_576} MB")
            continue
        if not raw.strip():
            continue
        try:
            yield article_from_record(json.loads(decode(raw)), where)
        except json.JSONDecodeError as error:
            yield Failure(where, f"malformed JSON ({error.msg}, column {error.colno})")
        except RecursionError:
            yield Failure(where, "JSON nested too deeply to read")
        except UnreadableInput as error:
            yield Failure(where, str(error))
        except Exception as error:  # one bad record must not end the file
            yield Failure(where, f"cannot read this record: {one_line(error)}")


def read_feed(data: bytes, origin: str) -> Iterator[Item]:
    from facta.ingest.feeds import read_feed_entries

    yield from read_feed_entries(data, origin)


def read_warc(path: Path) -> Iterator[Item]:
    from facta.ingest.warc import read_warc_records

    yield from read_warc_records(path)


def read_path(path: Path) -> Iterator[Item]:
    """Every article (or failure) in one file."""
    yield from guarded(read_file(path), origin_of(path))


def kind_of_file(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def read_file(path: Path) -> Iterator[Item]:
    origin = origin_of(path)
    kind = suffix_of(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # opening a pipe or a device may never return
            yield Failure(
                origin, f"not a regular file ({kind_of_file(status.st_mode)}); passed over"
            )
            return
        size = status.st_size
        if size == 0:
            yield Failure(origin, "empty file")
            return
        if kind in JSONL_SUFFIXES:
            opener = gzip.open if kind.endswith(".gz") else open
            found = 0
            with opener(path, "rb") as stream:
                for found, item in enumerate(read_jsonl(stream, origin), 1):  # noqa: B007
                    yield item
            if not found:
                yield Failure(origin, "no records: the file holds only blank lines")
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
    except zlib.error as error:
        yield Failure(origin, f"cannot read file: corrupt compressed data ({error})")
    except (OSError, EOFError) as error:
        reason = getattr(error, "strerror", None) or one_line(error)
        yield Failure(origin, f"cannot read file: {reason}")


def read_stdin(stream: IO[bytes]) -> Iterator[Item]:
    yield from read_jsonl(io.BufferedReader(stream) if not hasattr(stream, "peek") else stream, "-")
