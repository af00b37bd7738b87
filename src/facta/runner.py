"""Coding runs: inputs -> (language, identity, near-duplicate checks) -> pipeline -> store.

The main process reads inputs, decides what needs coding and writes each batch in one
transaction; with workers > 1, separate processes parse and code (each loads the model once).
The store is open only while a batch is triaged or written, so other facta commands (the
workbench, exports) can use it while the batches are parsed (docs/concurrency.md).
"""

from __future__ import annotations

import gzip
import multiprocessing
import os
import signal
import stat
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from datetime import date, datetime
from itertools import islice
from pathlib import Path

import numpy as np

from facta.analysis_state import ActorFact
from facta.errors import FactaError, InputError
from facta.ingest import dedup, iter_inputs, walk
from facta.ingest.identity import text_id
from facta.ingest.language import detect_language
from facta.ingest.prose import not_prose
from facta.ingest.readers import (
    JSONL_SUFFIXES,
    MAX_DECOMPRESSED_BYTES,
    is_supported,
    one_line,
    suffix_of,
)
from facta.isolation import DATED_YEARS, Outcome, code_articles, origin_of_article
from facta.models import Article, Failure
from facta.nlp import model_name
from facta.pipeline import Pipeline, PipelineOptions
from facta.store import ArticleResult, Store, gate_path, iso_date
from facta.tally import RunSummary, Tally

BATCH_ARTICLES = 48
WORKER_NICENESS = 5  # parsing gives way to turns at the store and to pages (docs/concurrency.md)


def check_date(value: str | None) -> str | None:
    """A publication date given by hand must be ISO 8601 (2008-05-14, 2008-05-14T09:30);
    anything else raises InputError rather than being read against today's clock."""
    if value is None:
        return None
    try:
        parse = datetime.fromisoformat if "T" in value else date.fromisoformat
        year = parse(value).year
    except ValueError:
        raise InputError(f"--date {value!r} is not a date like 2008-05-14.") from None
    if year not in DATED_YEARS:
        raise InputError(
            f"--date {value!r}: facta dates events against publication dates from the year "
            f"{DATED_YEARS.start} to {DATED_YEARS.stop - 1}."
        )
    return value


def check_paths(paths: Sequence[str]) -> None:
    """Every input must exist before a store is created for it."""
    for name in paths:
        if name != "-" and not Path(name).exists():
            raise InputError(f"{name}: no such file or directory; nothing was coded.")


# --- worker processes ---------------------------------------------------------------------

_WORKER_PIPELINE: Pipeline | None = None


def _init_pool_worker(options: PipelineOptions, memory: dict[str, list[ActorFact]]) -> None:
    """A worker process of this machine's pool: Ctrl-C and SIGTERM are the parent's to
    handle (it stops the run and shuts the workers down). It yields the processor to the
    run's own process, which holds the store while it writes, and to the workbench."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    os.nice(WORKER_NICENESS)
    _init_worker(options, memory)


def _init_worker(options: PipelineOptions, memory: dict[str, list[ActorFact]]) -> None:
    global _WORKER_PIPELINE
    # watch the parent before loading the model, which can take long enough for it to die
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _WORKER_PIPELINE = Pipeline(options, memory=memory)


def _exit_with_parent(parent: int) -> None:
    """A worker whose coding run was killed (even with kill -9) must not linger."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _code_on_any_worker(
    articles: list[Article], shared: tuple[PipelineOptions, dict[str, list[ActorFact]]]
) -> list[Outcome]:
    """For Dask workers: set the pipeline up on first use in this process."""
    if _WORKER_PIPELINE is None:
        _init_worker(*shared)
    return _code_in_worker(articles)


def _code_in_worker(articles: list[Article]) -> list[Outcome]:
    assert _WORKER_PIPELINE is not None, "worker not initialised"
    return code_articles(_WORKER_PIPELINE, articles, _WORKER_PIPELINE.options.budget)


# --- the run ------------------------------------------------------------------------------


def estimate_total(paths: Sequence[str]) -> int | None:
    """How many articles the inputs hold, counted cheaply; None for stdin. A file that cannot
    be counted counts as one: the estimate never stops a run."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        files = walk(path) if path.is_dir() else iter([path])
        for file in files:
            if isinstance(file, Failure) or (path.is_dir() and not is_supported(file)):
                continue
            total += estimate_file(file)
    return total


def estimate_file(file: Path) -> int:
    """Lines in a JSONL file (read up to the decompressed-size cap), else 1."""
    try:
        if suffix_of(file) not in JSONL_SUFFIXES or not stat.S_ISREG(file.stat().st_mode):
            return 1
        opener = gzip.open if file.name.lower().endswith(".gz") else open
        lines = read = 0
        with opener(file, "rb") as stream:
            while (chunk := stream.read(1 << 20)) and read < MAX_DECOMPRESSED_BYTES:
                lines += chunk.count(b"\n")
                read += len(chunk)
        return max(lines, 1)
    except Exception:
        return 1


class Coder:
    """One coding run into one store."""

    def __init__(
        self,
        store: Store,
        options: PipelineOptions | None = None,
        workers: int = 1,
        on_progress: Callable[[int, int], None] | None = None,
        default_date: str | None = None,
        dask: str | None = None,
        limit: int | None = None,
        stop: threading.Event | None = None,
    ):
        self.store = store
        self.limit = limit  # stop after this many articles (None: all)
        self.stop = stop or threading.Event()  # set (by a signal handler) to end the run
        self.dask = dask  # None, "local" (a cluster on this machine) or a scheduler address
        self.default_date = check_date(default_date)
        self.options = options or PipelineOptions()
        self.workers = max(1, workers)
        self.on_progress = on_progress
        self.run_id = uuid.uuid4().hex[:12]
        self.summary = RunSummary(self.run_id)
        self.tally = Tally(self.summary)
        self.counts = self.summary.counts
        self.in_flight: dict[str, str] = {}  # id -> origin of articles decided, not yet written
        # Band hashes of articles decided this run but not yet written: hash -> [(id, sig)].
        self.pending_bands: dict[int, list[tuple[str, np.ndarray]]] = {}
        self.signatures: dict[str, np.ndarray] = {}  # of articles sent to coding
        # id -> (text fingerprint, origin) of every article decided this run, so that an id
        # given twice to different texts is a failure, and a batch still in flight is known
        self.decided: dict[str, tuple[str, str]] = {}

    def run(self, paths: Sequence[str], command: str = "code") -> RunSummary:
        path = self.store.path
        store_files = (path, path.with_name(path.name + ".wal"), gate_path(path))
        return self.run_items(iter_inputs(paths, exclude=store_files), paths, command)

    def run_items(
        self, items: Iterator[Article | Failure], inputs: Sequence[str], command: str
    ) -> RunSummary:
        started = time.perf_counter()
        self.summary.command = command
        with self.store.turn():
            self.store.start_run(self.run_id, command, inputs, model_name(self.options.model))
            memory = self.store.actor_memory()
        status = "interrupted"
        try:
            self._code_items(items, memory)
            status = "done"
        finally:
            self.summary.seconds = time.perf_counter() - started
            with self.store.turn():
                self.store.finish_run(self.run_id, status, self.counts)
        return self.summary

    def _code_items(
        self, items: Iterator[Article | Failure], memory: dict[str, list[ActorFact]]
    ) -> None:
        if self.dask:
            self._code_on_dask(items, memory)
            return
        if self.workers == 1:
            pipeline = Pipeline(self.options, memory=memory)
            for batch in self._batches(items):
                todo, done = self._triage(batch)
                coded = code_articles(pipeline, todo, self.options.budget) if todo else []
                learned = (r.learned for r in coded if isinstance(r, ArticleResult))
                for fact in (fact for facts in learned for fact in facts):
                    memory.setdefault(fact.name, []).append(fact)  # later articles use it
                self._write(done + coded)
            return
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=_init_pool_worker,
            initargs=(self.options, memory),
        ) as pool:
            try:
                self._stream(
                    items, lambda todo: pool.submit(_code_in_worker, todo), self.workers * 2
                )
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise

    def _code_on_dask(self, items: Iterator[Article | Failure], memory: dict) -> None:
        """The same batches on a Dask cluster: each worker process loads the pipeline once."""
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise FactaError("Dask runs need the extra: pip install 'facta[dask]'") from None
        if self.dask == "local":
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True)
            client = Client(cluster)
        else:
            cluster = None
            client = Client(self.dask)
        try:
            shared = client.scatter((self.options, memory), broadcast=True)
            slots = 2 * max(1, len(client.scheduler_info().get("workers", {})))
            self._stream(
                items,
                lambda todo: client.submit(_code_on_any_worker, todo, shared, pure=False),
                slots,
            )
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _stream(self, items: Iterator[Article | Failure], submit: Callable, slots: int) -> None:
        """Keep `slots` batches in flight; write finished ones in input order."""
        in_flight: deque[tuple[Future[list[Outcome]], list[Outcome]]] = deque()
        for batch in self._batches(items):
            todo, done = self._triage(batch)
            in_flight.append((submit(todo), done))
            while len(in_flight) > slots:
                future, finished = in_flight.popleft()
                self._write(finished + future.result())
        while in_flight:
            future, finished = in_flight.popleft()
            self._write(finished + future.result())

    def _limited(self, items: Iterator[Article | Failure]) -> Iterator[Article | Failure]:
        """The items up to the `limit`-th article."""
        articles = 0
        for item in items:
            if self.limit is not None and articles >= self.limit:
                return
            articles += isinstance(item, Article)
            yield item

    def _batches(self, items: Iterator[Article | Failure]) -> Iterator[list[Article]]:
        """Articles in batches; failures are recorded as they come."""
        items = self._limited(items)
        while chunk := list(islice(items, BATCH_ARTICLES)):
            if self.stop.is_set():
                raise KeyboardInterrupt
            chunk = [not_prose(item) or item for item in chunk]
            self._record_failures([item for item in chunk if isinstance(item, Failure)])
            articles = [item for item in chunk if isinstance(item, Article)]
            if self.default_date:
                articles = [
                    a if a.published else replace(a, published=self.default_date) for a in articles
                ]
            self.counts["articles_seen"] += len(articles)
            if articles:
                yield articles

    def _record_failures(self, failures: list[Failure]) -> None:
        if not failures:
            return
        with self.store.turn():
            self.store.record_failures(failures, self.run_id)
        self.tally.recorded(failures)

    def _fresh(self, articles: list[Article]) -> list[Article]:
        """The articles not stored or decided before; an id already used for a different
        text is a failure (never silently the first text's)."""
        ids = [a.id for a in articles if a.id not in self.decided]
        stored = self.store.article_texts(ids)
        fresh: list[Article] = []
        clashes: list[Failure] = []
        for article in articles:
            fingerprint = text_id(article.text)
            if article.id in stored:
                text, origin = stored.pop(article.id)
                self.decided[article.id] = (text_id(text), origin)
            first = self.decided.get(article.id)
            if first is None:
                self.decided[article.id] = (fingerprint, origin_of_article(article))
                self.in_flight[article.id] = origin_of_article(article)
                fresh.append(article)
            elif first[0] == fingerprint:
                origin = origin_of_article(article)
                self.tally.repeat(article.id, origin, article.id not in self.in_flight)
            else:
                clashes.append(
                    Failure(
                        origin_of_article(article),
                        f"id {article.id!r} already names a different text (from {first[1]}); "
                        "give this article its own id",
                    )
                )
        self._record_failures(clashes)
        return fresh

    def _triage(self, articles: list[Article]) -> tuple[list[Article], list[Outcome]]:
        """Split a batch into articles to code and finished results (skipped, duplicates,
        failures), in one turn at the store."""
        with self.store.turn():
            return self._triage_held(articles)

    def _triage_held(self, articles: list[Article]) -> tuple[list[Article], list[Outcome]]:
        fresh = self._fresh(articles)
        self.counts["articles_new"] += len(fresh)
        todo: list[Article] = []
        done: list[Outcome] = []
        signatures = {}
        for article in fresh:
            try:
                signatures[article.id] = dedup.signature(article.text)
            except Exception as error:
                done.append(Failure(origin_of_article(article), f"dedup failed: {one_line(error)}"))
        candidates = self.store.band_candidates(
            h for sig in signatures.values() if sig is not None for h in dedup.band_hashes(sig)
        )
        for article in (a for a in fresh if a.id in signatures):
            try:
                result = self._triage_one(article, signatures[article.id], candidates)
            except Exception as error:
                result = Failure(origin_of_article(article), f"triage failed: {one_line(error)}")
            if result is not None:
                done.append(result)
            else:
                todo.append(article)
        return todo, done

    def _triage_one(
        self, article: Article, sig: np.ndarray | None, candidates: dict
    ) -> ArticleResult | None:
        """The finished result of a foreign article or a near-duplicate; None to code it."""
        words = len(article.text.split())
        result = self._skip_if_foreign(article, words)
        if result is None and sig is not None:
            result = self._link_if_duplicate(article, sig, candidates, words)
        if result is None and sig is not None:
            self.signatures[article.id] = sig
            for value in dedup.band_hashes(sig):
                self.pending_bands.setdefault(value, []).append((article.id, sig))
        return result

    def _skip_if_foreign(self, article: Article, words: int) -> ArticleResult | None:
        language = article.language
        if not language:
            language, _confidence = detect_language(article.text)
        language = (language or "").lower()[:2] or None
        if language in (None, "en"):
            return None
        return ArticleResult(
            article=_with_language(article, language),
            status="skipped",
            reason=f"language '{language}' is not English",
            words=words,
        )

    def _link_if_duplicate(
        self,
        article: Article,
        sig: np.ndarray,
        candidates: dict[int, list[tuple[str, bytes]]],
        words: int,
    ) -> ArticleResult | None:
        best: tuple[float, str] | None = None
        for value in dedup.band_hashes(sig):
            stored = [(i, dedup.from_bytes(b)) for i, b in candidates.get(value, []) if b]
            for other_id, other_sig in stored + self.pending_bands.get(value, []):
                score = dedup.similarity(sig, other_sig)
                if score >= dedup.THRESHOLD and (best is None or score > best[0]):
                    best = (score, other_id)
        if best is None:
            return None
        return ArticleResult(
            article=_with_language(article, "en"),
            status="duplicate",
            reason=f"near-duplicate of {best[1]} (similarity {best[0]:.2f})",
            duplicate_of=best[1],
            words=words,
            minhash=dedup.to_bytes(sig),
        )

    def _write(self, outcomes: list[Outcome]) -> None:
        """Store a finished batch and count what the store took."""
        failures = [o for o in outcomes if isinstance(o, Failure)]
        results = [o for o in outcomes if isinstance(o, ArticleResult)]
        for result in results:
            if result.status == "coded":
                self._finish_coded(result)
        with self.store.turn():
            try:
                written = self.store.write_batch(results, self.run_id)
            except Exception:
                written, refused = self._write_one_by_one(results)
                failures += refused
            failures += self._settle(results, written, failures)
            self._record_failures(failures)
        self.tally.stored(written)
        if self.on_progress:
            self.on_progress(len(outcomes), self.counts["events"])

    def _settle(
        self, results: list[ArticleResult], written: list[ArticleResult], failures: list[Failure]
    ) -> list[Failure]:
        """The batch's articles are no longer in flight: their bands leave the pending index,
        one stored meanwhile by another run counts as already stored, and the repeats of one
        that failed fail with it (returned)."""
        by_origin = {origin: id_ for id_, origin in self.in_flight.items()}
        stored = {r.article.id for r in written}
        failed = {by_origin[f.origin]: f for f in failures if f.origin in by_origin}
        for result in results:
            if result.article.id not in stored and result.article.id not in failed:
                self.tally.repeat(result.article.id, origin_of_article(result.article), True)
        ended = {r.article.id for r in results} | set(failed)
        for id_ in ended:
            self.in_flight.pop(id_, None)
        for value in list(self.pending_bands):
            kept = [(i, s) for i, s in self.pending_bands[value] if i not in ended]
            if kept:
                self.pending_bands[value] = kept
            else:
                del self.pending_bands[value]
        return [
            f for id_, failure in failed.items() for f in self.tally.repeats_of_failed(id_, failure)
        ]

    def _write_one_by_one(
        self, results: list[ArticleResult]
    ) -> tuple[list[ArticleResult], list[Failure]]:
        """After a batch failed to write: each article in its own transaction; the results
        written, and a Failure for each one the store refuses."""
        written: list[ArticleResult] = []
        failures: list[Failure] = []
        for result in results:
            try:
                written += self.store.write_batch([result], self.run_id)
            except Exception as error:
                origin = origin_of_article(result.article)
                failures.append(Failure(origin, f"storing failed: {one_line(error)}"))
        return written, failures

    def _finish_coded(self, result: ArticleResult) -> None:
        published = result.article.published
        day = iso_date(published)
        if published and (day is None or day.year not in DATED_YEARS):
            what = "is not a date" if day is None else "is outside the years events are dated in"
            result.reason = (
                f"publication date {published!r} {what}; events are dated only from the text"
            )
        result.words = len(result.article.text.split())
        result.article = _with_language(result.article, "en")
        sig = self.signatures.pop(result.article.id, None)
        if sig is not None:
            result.minhash = dedup.to_bytes(sig)
            result.bands = dedup.band_hashes(sig)


def _with_language(article: Article, language: str) -> Article:
    if article.language == language:
        return article
    return replace(article, language=language)


def code_paths(
    paths: Iterable[str],
    db: str | Path,
    options: PipelineOptions | None = None,
    workers: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
    default_date: str | None = None,
    dask: str | None = None,
    limit: int | None = None,
    stop: threading.Event | None = None,
) -> RunSummary:
    """Ingest and code everything under `paths` into the store at `db`.

    `default_date` is the publication date (ISO 8601) given to articles that carry none;
    `limit` stops after that many articles; setting `stop` ends the run after the batches in
    flight (KeyboardInterrupt), with everything written so far kept. A missing path or a bad date raises InputError
    before the store is opened.
    """
    paths = list(paths)
    check_date(default_date)
    check_paths(paths)
    with Store(db) as store:
        store.release()  # the coder opens it for each batch in turn
        coder = Coder(store, options, workers, on_progress, default_date, dask, limit, stop)
        return coder.run(paths)
