"""Per-article isolation: each article is coded within a time and memory budget, a long text
chunk by chunk; whatever one article raises or overspends becomes its Failure, not the run's.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import psutil

from facta.analysis_state import Analysis
from facta.chunks import count_tokens, split_chunks
from facta.ingest.readers import one_line
from facta.models import Article, Event, Failure, stable_id
from facta.store import ArticleResult, iso_date

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from facta.pipeline import Pipeline

# A text longer than this is parsed and coded in pieces: the parser's memory grows with the
# number of tokens it parses at once (about 20 KB each), several stages with the number of
# mentions in a Doc, and the budget is looked at between pieces.
CHUNK_CHARS = 12_500
CHUNK_TOKENS = 2_500
# Short articles are parsed together (faster) up to this many tokens in all.
GROUP_TOKENS = 10_000
MB = 1024 * 1024
# Publication dates events are dated against: relative dates ("a decade ago", "next week")
# are days away from it, and date arithmetic ends at years 1 and 9999.
DATED_YEARS = range(1000, 9000)

Outcome = ArticleResult | Failure
Check = Callable[[], None]


@dataclass(frozen=True)
class Budget:
    """What coding one article may spend: seconds of processor time (of the thread coding it)
    and growth of the process's resident memory in MB."""

    seconds: float = 6.0
    megabytes: int = 300

    def times(self, count: int) -> Budget:
        return replace(self, seconds=self.seconds * count)


DEFAULT_BUDGET = Budget()


class BudgetExceeded(Exception):  # noqa: N818 (an outcome, like StopIteration, not a bug)
    """Coding an article spent more than its budget."""


class Spending:
    """What one piece of work has spent so far; `check`, called between steps (a chunk's
    parse, each stage), raises BudgetExceeded once past the budget. Steps are kept small
    (CHUNK_TOKENS) so that no step overruns by much; nothing is interrupted in the middle,
    where it could leave a shared structure half-changed."""

    def __init__(self, budget: Budget):
        self.budget = budget
        self.deadline = time.thread_time() + budget.seconds
        self.memory_limit = resident_bytes() + budget.megabytes * MB

    def check(self) -> None:
        if time.thread_time() > self.deadline:
            raise BudgetExceeded(f"took more than {self.budget.seconds:g} s of processor time")
        if resident_bytes() > self.memory_limit:
            raise BudgetExceeded(f"needed more than {self.budget.megabytes} MB of memory")


_PROCESS: psutil.Process | None = None


def resident_bytes() -> int:
    global _PROCESS
    if _PROCESS is None:
        _PROCESS = psutil.Process()
    return int(_PROCESS.memory_info().rss)


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
        if tokens > CHUNK_TOKENS:
            yield [article]  # coded chunk by chunk, alone
            continue
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
    started = time.thread_time()
    try:
        spent = Spending(budget.times(len(group)))
        docs = []
        for doc in pipeline.parse(article.text for article in group):
            docs.append(doc)
            spent.check()
    except Exception:
        return [code_one(pipeline, article, budget) for article in group]
    share = (time.thread_time() - started) / len(group)
    rest = replace(budget, seconds=max(budget.seconds - share, 0.0))
    outcomes: list[Outcome] = []
    for article, doc in zip(group, docs, strict=True):
        outcomes.append(
            guarded(article, rest, lambda check, a=article, d=doc: stages(pipeline, a, d, check))
        )
    return outcomes


def datable(article: Article) -> Article:
    """The article as the stages see it: without a publication date outside DATED_YEARS (its
    events are then dated from the text only; the article keeps the date as given)."""
    day = iso_date(article.published)
    if day is None or day.year in DATED_YEARS:
        return article
    return replace(article, published=None)


def code_one(pipeline: Pipeline, article: Article, budget: Budget) -> Outcome:
    return guarded(article, budget, lambda check: code_in_chunks(pipeline, article, check))


def guarded(article: Article, budget: Budget, work: Callable[[Check], ArticleResult]) -> Outcome:
    """`work(check)` within the budget, or the Failure that says why it could not be done."""
    try:
        return work(Spending(budget).check)
    except BudgetExceeded as over:
        return Failure(
            origin_of_article(article),
            f"coding {over} ({len(article.text):,} characters); give more with "
            "--max-seconds / --max-memory, or split the text",
        )
    except Exception as error:
        return Failure(origin_of_article(article), f"coding failed: {one_line(error)}")


def stages(pipeline: Pipeline, article: Article, doc: Doc, check: Check) -> ArticleResult:
    analysis = pipeline.run_stages(Analysis(article=datable(article), doc=doc), between=check)
    return replace(result_from_analysis(analysis), article=article)


def no_check() -> None:
    pass


def code_in_chunks(pipeline: Pipeline, article: Article, check: Check = no_check) -> ArticleResult:
    """One article's result; a text over CHUNK_CHARS or CHUNK_TOKENS is parsed and coded piece
    by piece (each Doc dropped before the next), its events' sentences and places' offsets
    counted from the start of the whole text."""
    pieces = split_chunks(article.text, CHUNK_CHARS, CHUNK_TOKENS)
    if len(pieces) == 1:
        doc = next(iter(pipeline.parse([article.text])))
        check()
        return stages(pipeline, article, doc, check)
    whole = ArticleResult(article=article, status="coded")
    sentences = 0
    for number, (offset, piece) in enumerate(pieces):
        doc = next(iter(pipeline.parse([piece])))
        check()
        part = stages(pipeline, replace(article, text=piece), doc, check)
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
