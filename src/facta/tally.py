"""What a coding run did, counted from what reached the store (never from what was sent off):
the run summary, its counts, and the few failures and undated articles it names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from facta.models import Failure
from facta.store import RUN_COUNTS, ArticleResult, iso_date

MAX_LISTED = 20  # failures and undated articles named in a summary
COUNTS = (*RUN_COUNTS, "coded", "undated")


@dataclass
class RunSummary:
    run_id: str
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)  # the first few, for the summary
    undated: list[str] = field(default_factory=list)  # the first few undated articles' origins
    seconds: float = 0.0
    words: int = 0
    command: str = "code"


class Tally:
    """The counts of one run. An exact repeat of an article still in flight waits for it: it
    is 'already in the store' once the first copy is stored, and fails with it otherwise."""

    def __init__(self, summary: RunSummary):
        self.summary = summary
        self.counts = summary.counts
        self.counts.update(dict.fromkeys(COUNTS, 0))
        self.failed: set[str] = set()  # origins given a failure row in this run
        self.waiting: dict[str, list[str]] = {}  # article id -> origins of its repeats

    def repeat(self, article_id: str, origin: str, first_stored: bool) -> None:
        if first_stored:
            self.counts["already_stored"] += 1
        else:
            self.waiting.setdefault(article_id, []).append(origin)

    def stored(self, results: Iterable[ArticleResult]) -> None:
        for result in results:
            if result.status == "coded":
                self.counts["coded"] += 1
                self.counts["events"] += len(result.events)
                self.summary.words += result.words
                if is_undated(result):
                    self._undated(result)
            elif result.status == "skipped":
                self.counts["skipped"] += 1
            elif result.status == "duplicate":
                self.counts["duplicates"] += 1
            self.counts["already_stored"] += len(self.waiting.pop(result.article.id, []))

    def repeats_of_failed(self, article_id: str, failure: Failure) -> list[Failure]:
        """Failures for the repeats of an article that could not be stored."""
        return [
            Failure(origin, f"the same article as {failure.origin}, which failed")
            for origin in self.waiting.pop(article_id, [])
        ]

    def recorded(self, failures: Iterable[Failure]) -> None:
        """Failure rows written in this run (one per origin, however often it failed)."""
        for failure in failures:
            if failure.origin in self.failed:
                continue
            self.failed.add(failure.origin)
            if len(self.summary.failures) < MAX_LISTED:
                self.summary.failures.append(failure)
        self.counts["failures"] = len(self.failed)

    def _undated(self, result: ArticleResult) -> None:
        """An article with no publication date and no dated event: its events stay out of
        every time series, so the summary names it."""
        self.counts["undated"] += 1
        if len(self.summary.undated) < MAX_LISTED:
            article = result.article
            self.summary.undated.append(article.origin or article.title or article.id)


def is_undated(result: ArticleResult) -> bool:
    return iso_date(result.article.published) is None and not any(e.date for e in result.events)
