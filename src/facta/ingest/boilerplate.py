"""Remove lines that are page furniture, not story: paywall nags, share prompts, ad labels.

The patterns live in data/ingest/boilerplate.tsv; users may add their own file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from facta.errors import KnowledgeError

MAX_BOILERPLATE_LINE = 240
MAX_HEADING_LINE = 80  # an ALL-CAPS line this short is a subheading or a timestamp, not story
HEADING = re.compile(r"[^a-z]*[A-Z]{2}[^a-z]*")


def parse_patterns(text: str, origin: str) -> list[re.Pattern[str]]:
    patterns = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        expression = line.split("\t", 1)[0].strip()
        try:
            patterns.append(re.compile(expression, re.IGNORECASE))
        except re.error as error:
            raise KnowledgeError(
                f"{origin}:{number}: bad pattern {expression!r}: {error}"
            ) from None
    return patterns


@lru_cache(maxsize=8)
def load_patterns(extra_files: tuple[str, ...] = ()) -> tuple[re.Pattern[str], ...]:
    shipped = resources.files("facta.data.ingest").joinpath("boilerplate.tsv")
    patterns = parse_patterns(shipped.read_text("utf-8"), "boilerplate.tsv")
    for path in extra_files:
        patterns += parse_patterns(Path(path).read_text("utf-8"), path)
    return tuple(patterns)


def is_heading(line: str) -> bool:
    """An ALL-CAPS subheading ("SHIFT IN POLICY") or timestamp line ("9:38 PM") in a story
    written in mixed case: wire layout, never a sentence of the story."""
    stripped = line.strip()
    return 0 < len(stripped) <= MAX_HEADING_LINE and HEADING.fullmatch(stripped) is not None


def is_boilerplate(line: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_BOILERPLATE_LINE:
        return False
    return any(pattern.fullmatch(stripped) for pattern in patterns)


def strip_boilerplate(text: str, extra_files: tuple[str, ...] = ()) -> str:
    """The text without boilerplate lines, with runs of blank lines collapsed to one."""
    patterns = load_patterns(extra_files)
    mixed_case = any(ch.islower() for ch in text)  # an all-caps story keeps its lines
    kept: list[str] = []
    for line in text.splitlines():
        if is_boilerplate(line, patterns) or (mixed_case and is_heading(line)):
            continue
        if not line.strip() and (not kept or not kept[-1].strip()):
            continue
        kept.append(line.rstrip())
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)
