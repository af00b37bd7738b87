"""Per-article isolation: each article is coded within a time and memory budget, a long text
chunk by chunk; whatever one article raises or overspends becomes its Failure, not the run's.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import psutil

from facta.analysis_state import Analysis
from facta.chunks import count_tokens, split_chunks
from facta.ingest.readers import one_line
from facta.models import Article, Event, Failure, stable_id
from facta.store import ArticleResult

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from facta.pipeline import Pipeline

# A text longer than this is parsed and coded in pieces: the parser's memory grows with the
# number of tokens it parses at once (about 20 KB each), and several stages with the number of
# mentions in a Doc.
CHUNK_CHARS = 25_000
CHUNK_TOKENS = 5_000
# Short articles are parsed together (faster) up to this many tokens in all.
GROUP_TOKENS = 10_000
TICK = 0.05  # seconds of processor time between two looks at the budget
MB = 1024 * 1024

Outcome = ArticleResult | Failure


@dataclass(frozen=True)
class Budget:
    """What coding one article may spend: processor seconds, and growth of the process's
    resident memory in MB. Enforced in a process's main thread (a worker process's too)."""

    seconds: float = 8.0
    megabytes: int = 300

    def times(self, count: int) -> Budget:
        return replace(self, seconds=self.seconds * count)


DEFAULT_BUDGET = Budget()


class BudgetExceeded(BaseException):  # noqa: N818 (like KeyboardInterrupt, not an error of the code)
    """Raised in the main thread when coding overspends its budget. A BaseException, so that a
    stage's `except Exception` cannot swallow it."""


class Spending:
    """The limits of one `spending` block; `check` raises BudgetExceeded past either."""

    def __init__(self, budget: Budget):
        self.budget = budget
        self.deadline = time.process_time() + budget.seconds
        self.memory_limit = resident_bytes() + budget.megabytes * MB

    def check(self) -> None:
        if time.process_time() > self.deadline:
            raise BudgetExceeded(f"took more than {self.budget.seconds:g} s of processor time")
        if resident_bytes() > self.memory_limit:
            raise BudgetExceeded(f"needed more than {self.budget.megabytes} MB of memory")


_PROCESS: psutil.Process | None = None
_current: Spending | None = None
_installed = False


def resident_bytes() -> int:
    global _PROCESS
    if _PROCESS is None:
        _PROCESS = psutil.Process()
    return int(_PROCESS.memory_info().rss)


def _on_tick(signum: int, frame: object) -> None:
    """The profiling timer's handler: it disarms itself before raising, so that the exception
    is raised once and never lands outside the block (in a store write, say)."""
    global _current
    watch = _current
    if watch is None:
        return
    try:
        watch.check()
    except BudgetExceeded:
        _current = None
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        raise


@contextmanager
def spending(budget: Budget) -> Iterator[Spending]:
    """Run the block within `budget`: in the main thread a profiling timer looks every TICK
    seconds of processor time and raises BudgetExceeded inside the block; elsewhere (a thread
    of a Dask worker) the block runs unchecked."""
    global _current, _installed
    watch = Spending(budget)
    if threading.current_thread() is not threading.main_thread():
        yield watch
        return
    if not _installed:
        signal.signal(signal.SIGPROF, _on_tick)
        _installed = True
    _current = watch
    signal.setitimer(signal.ITIMER_PROF, TICK, TICK)
    try:
        yield watch
    finally:
        _current = None
        signal.setitimer(signal.ITIMER_PROF, 0, 0)


# --- coding ---------------------------------------------------------------------------------


def code_articles(
    pipeline: Pipeline, articles: Sequence[Article], budget: Budget = DEFAULT_BUDGET
) -> list[Outcome]:
    """Each article's result, or its Failure, in order."""
    outcomes: list[Outcome] = []
    for group in parse_groups(articles):
        outcomes.extend(code_group(pipeline, group, budget))
    return outcomes


def parse_groups(articles: Sequence[Article]) -> Iterator[list[Article]]:
    """Short articles in groups of up to GROUP_TOKENS tokens; a long one alone."""
    group: list[Article] = []
    size = 0
    for article in articles:
        tokens = size_of(article.text)
        if group and (size + tokens > GROUP_TOKENS or tokens > CHUNK_TOKENS):
            yield group
            group, size = [], 0
        group.append(article)
        size += tokens
    if group:
        yield group


def size_of(text: str) -> int:
    """Estimated tokens, counted up to a little past a chunk's worth (a text over CHUNK_CHARS
    counts as over CHUNK_TOKENS)."""
    if len(text) > CHUNK_CHARS:
        return CHUNK_TOKENS + 1
    return count_tokens(text, stop=CHUNK_TOKENS + 1)


def code_group(pipeline: Pipeline, group: list[Article], budget: Budget) -> list[Outcome]:
    """A group parsed together, then each article's stages within its own budget; when the
    shared parse fails, each article again on its own."""
    if len(group) == 1:
        return [code_one(pipeline, group[0], budget)]
    started = time.process_time()
    try:
        with spending(budget.times(len(group))):
            docs = list(pipeline.parse(article.text for article in group))
    except (Exception, BudgetExceeded):
        return [code_one(pipeline, article, budget) for article in group]
    share = (time.process_time() - started) / len(group)
    rest = replace(budget, seconds=max(budget.seconds - share, TICK))
    outcomes: list[Outcome] = []
    for article, doc in zip(group, docs, strict=True):
        outcomes.append(guarded(article, rest, lambda a=article, d=doc: stages(pipeline, a, d)))
    return outcomes


def code_one(pipeline: Pipeline, article: Article, budget: Budget) -> Outcome:
    return guarded(article, budget, lambda: code_in_chunks(pipeline, article))


def guarded(article: Article, budget: Budget, work: Callable[[], ArticleResult]) -> Outcome:
    """`work()` within the budget, or the Failure that says why it could not be done."""
    try:
        with spending(budget):
            return work()
    except BudgetExceeded as over:
        return Failure(
            origin_of_article(article),
            f"coding {over} ({len(article.text):,} characters); give more with "
            "--max-seconds / --max-memory, or split the text",
        )
    except Exception as error:
        return Failure(origin_of_article(article), f"coding failed: {one_line(error)}")


def stages(pipeline: Pipeline, article: Article, doc: Doc) -> ArticleResult:
    return result_from_analysis(pipeline.run_stages(Analysis(article=article, doc=doc)))


def code_in_chunks(pipeline: Pipeline, article: Article) -> ArticleResult:
    """One article's result; a text over CHUNK_CHARS or CHUNK_TOKENS is parsed and coded piece
    by piece (each Doc dropped before the next), its events' sentences and places' offsets
    counted from the start of the whole text."""
    pieces = split_chunks(article.text, CHUNK_CHARS, CHUNK_TOKENS)
    if len(pieces) == 1:
        return stages(pipeline, article, next(iter(pipeline.parse([article.text]))))
    whole = ArticleResult(article=article, status="coded")
    sentences = 0
    for number, (offset, piece) in enumerate(pieces):
        doc = next(iter(pipeline.parse([piece])))
        part = stages(pipeline, replace(article, text=piece), doc)
        whole.events.extend(shifted(event, number, sentences) for event in part.events)
        whole.places.extend((start + offset, end + offset, p) for start, end, p in part.places)
        whole.learned.extend(part.learned)
        sentences += sum(1 for _ in doc.sents)
        del doc, part
    return whole


def shifted(event: Event, chunk: int, sentences: int) -> Event:
    """An event of a later chunk: its own id, and sentence numbers of the whole text."""
    if chunk == 0:
        return event
    return replace(
        event,
        event_id=stable_id(event.event_id, "chunk", chunk),
        sentence=event.sentence + sentences,
        mentions=tuple(m + sentences for m in event.mentions),
        tokens=None,
    )


def origin_of_article(article: Article) -> str:
    return article.origin or f"article {article.id}"


def result_from_analysis(analysis: Analysis) -> ArticleResult:
    doc = analysis.doc
    places = [
        (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text), m.place)
        for m in analysis.places
    ]
    return ArticleResult(
        article=analysis.article,
        status="coded",
        events=list(analysis.events),
        places=places,
        learned=list(analysis.learned),
    )
