"""Article identity: a given id, or a hash of the normalised text, so re-runs add nothing.

Also the one place an Article is built from raw fields (whitespace and boilerplate cleaned).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache

from facta.ingest.boilerplate import strip_boilerplate
from facta.models import Article, stable_id
from facta.months import MONTHS

SPACES = re.compile(r"[ \t\u00a0]+")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but tab and newline, DEL, and invisible format characters (zero-width spaces and
# joiners, soft hyphens, direction marks): removed before language detection and parsing
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]"
)
# A run of punctuation or symbols (rules of dashes, walls of emoji, floods of quote marks) is a
# token a character to the parser and tells no story: longer runs keep their first 64.
SYMBOL_RUN = re.compile(r"([^\w\s]{64})[^\w\s]+")
MAX_ID_CHARS = 512
# "GOMA, Democratic Republic of Congo, March 3, 2025 (Wire) —": a dateline that gives the year.
DATELINE_DATE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,60}(?:,[^,\n]{1,40})?,\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+(\d{4})\b"
)


def normalise(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form of a text, for hashing and shingling."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    if not folded.isascii():
        folded = combining_marks().sub("", folded)
    return " ".join(re.findall(r"\w+", folded))


@lru_cache(maxsize=1)
def combining_marks() -> re.Pattern[str]:
    """Every combining character (accents once NFKD has split them off), as one class."""
    marks = "".join(chr(code) for code in range(0x110000) if unicodedata.combining(chr(code)))
    return re.compile(f"[{re.escape(marks)}]")


def text_id(text: str) -> str:
    return stable_id("text", normalise(text))


def scrub(value: str) -> str:
    """The string with lone surrogates (from JSON escapes or undecodable file names) replaced,
    so that it can be encoded, stored and printed."""
    return LONE_SURROGATE.sub("\ufffd", value)


def shorten_symbol_runs(text: str) -> str:
    """The text with each run of punctuation or symbols cut to its first 64 characters."""
    return SYMBOL_RUN.sub(r"\1", text)


def clean_text(text: str) -> str:
    text = shorten_symbol_runs(INVISIBLE.sub("", scrub(text)))
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return strip_boilerplate("\n".join(lines))


def dateline_date(text: str) -> str | None:
    """The ISO date a dateline at the start of the text states, when it includes the year."""
    match = DATELINE_DATE.match(text[:200])
    if not match:
        return None
    month = MONTHS.get(match.group(1).lower())
    day, year = int(match.group(2)), int(match.group(3))
    if month is None or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 date for a publication date written any common way ("Mon, 10 Mar 2025
    08:00:00 GMT", "March 3, 2025"); the value unchanged when it cannot be read as one."""
    if not value or ISO_START.match(value.strip()) or len(value) > 100:
        return value.strip() if value else value
    from dateutil import parser as date_parser

    try:  # a sentinel default: parts the value lacks must not come from today's date
        parsed = date_parser.parse(value.strip(), default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return value
    return parsed.date().isoformat() if parsed.year > 1 else value


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
    from facta.ingest.readers import UnreadableInput

    if given_id is not None and len(given_id) > MAX_ID_CHARS:
        raise UnreadableInput(f"the id has {len(given_id)} characters; ids go up to {MAX_ID_CHARS}")
    body = clean_text(text)
    title = scrub(title).strip() if title else None
    return Article(
        id=scrub(given_id) if given_id else text_id(body),
        text=body,
        title=title or None,
        published=normalise_date(optional(published)) or dateline_date(body),
        source=optional(source),
        url=optional(url),
        author=optional(author),
        language=optional(language),
        origin=optional(origin),
    )


def optional(value: str | None) -> str | None:
    return scrub(value) if value else value
