"""Keeping a store current (`facta code --watch`): code what is new in files, folders and feeds,
then look again every few minutes until stopped.

Each round is a coding run of its own. A file is read again only when its size or modification
time changed since a finished round; feeds and pages are fetched every round. The store decides
what is new (article identity), so a watch killed at any point, even by kill -9, and started
again codes what was not yet stored and nothing twice.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from facta.errors import InputError
from facta.ingest import file_items, walk
from facta.ingest.readers import Item
from facta.models import Article, Failure
from facta.pipeline import PipelineOptions
from facta.runner import Coder, check_date, estimate_file
from facta.store import Store, gate_path
from facta.tally import RunSummary

SETTLING_SECONDS = 2.0  # a file changed more recently may still be being written

FileStamp = tuple[int, int]  # modification time (ns), size
Fetcher = Callable[[list[str]], Iterator[Item]]


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def file_stamp(path: Path) -> FileStamp | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size


def fetch_urls(urls: list[str]) -> Iterator[Item]:
    from facta.ingest.fetch import fetch_articles

    return fetch_articles(urls)


@dataclass
class Scan:
    """What a round reads: changed files (with whether they were found in a folder) and
    what the folders pass over (hidden files, links to folders), with the files' stamps."""

    files: list[tuple[Path, bool]] = field(default_factory=list)
    passed_over: list[Failure] = field(default_factory=list)
    stamps: dict[str, FileStamp] = field(default_factory=dict)


class Watch:
    """Rounds of coding into one store: `Watch(sources, db, every).run(on_round)`.

    `sources` are files, folders and http(s) URLs of feeds or pages; `every` is the pause
    between rounds in seconds; setting `stop` ends the watch (between rounds at once, within
    a round after the batches in flight). `workers` picks the process count for a round
    from its estimated number of articles; `progress` gives each round its progress callback."""

    def __init__(
        self,
        sources: Sequence[str],
        db: str | Path,
        every: float,
        options: PipelineOptions | None = None,
        workers: Callable[[int], int] = lambda articles: 1,
        default_date: str | None = None,
        stop: threading.Event | None = None,
        progress: Callable[[], Callable[[int, int], None] | None] = lambda: None,
        fetcher: Fetcher = fetch_urls,
    ):
        self.sources = list(sources)
        self.urls = [name for name in self.sources if is_url(name)]
        self.paths = [Path(name) for name in self.sources if not is_url(name)]
        for name in self.sources:
            if name == "-":
                raise InputError("standard input cannot be watched; name files or folders.")
            if not is_url(name) and not Path(name).exists():
                raise InputError(f"{name}: no such file or directory; nothing was coded.")
        self.db = Path(db)
        self.every = every
        self.options = options
        self.workers = workers
        self.default_date = check_date(default_date)
        self.stop = stop or threading.Event()
        self.progress = progress  # a new progress callback for each round
        self.fetcher = fetcher
        self.seen: dict[str, FileStamp] = {}  # files read in a finished round
        self.reported: set[str] = set()  # what the folders passed over, recorded once
        store_files = (self.db, self.db.with_name(self.db.name + ".wal"), gate_path(self.db))
        self.excluded = {os.path.realpath(path) for path in store_files}

    def run(self, on_round: Callable[[RunSummary | None], None]) -> None:
        """Rounds until `stop` is set; `on_round` gets each round's summary (None when
        nothing had changed). A stop within a round raises KeyboardInterrupt."""
        with Store(self.db) as store:
            store.release()  # each round's coder opens it for each batch in turn
            while not self.stop.is_set():
                on_round(self.round(store))
                self.stop.wait(self.every)

    def round(self, store: Store) -> RunSummary | None:
        scan = self.scan()
        if not (scan.files or scan.passed_over or self.urls):
            return None
        items = chain(
            scan.passed_over,
            (item for path, in_folder in scan.files for item in file_items(path, in_folder)),
            self.fetch_new(store),
        )
        articles = sum(estimate_file(path) for path, _ in scan.files) + len(self.urls)
        coder = Coder(
            store,
            self.options,
            self.workers(articles),
            self.progress(),
            self.default_date,
            stop=self.stop,
        )
        summary = coder.run_items(items, self.sources, "code --watch")
        self.seen.update(scan.stamps)
        self.reported.update(failure.origin for failure in scan.passed_over)
        return summary

    def fetch_new(self, store: Store) -> list[Item]:
        """What the URLs give that the store does not hold: an entry a feed has edited since
        it was stored keeps its first text (its id is known), rather than failing each round."""
        if not self.urls:
            return []
        items = list(self.fetcher(self.urls))
        with store.turn():
            known = store.known_article_ids(i.id for i in items if isinstance(i, Article))
        return [i for i in items if isinstance(i, Failure) or i.id not in known]

    def scan(self) -> Scan:
        """The files changed since the last finished round and settled since."""
        scan = Scan()
        settled = time.time_ns() - int(SETTLING_SECONDS * 1e9)
        for root in self.paths:
            in_folder = root.is_dir()
            for entry in walk(root) if in_folder else iter([root]):
                if isinstance(entry, Failure):
                    if entry.origin not in self.reported:
                        scan.passed_over.append(entry)
                    continue
                real = os.path.realpath(entry)
                stamp = file_stamp(entry)
                if real in self.excluded or stamp is None or self.seen.get(real) == stamp:
                    continue
                if stamp[0] > settled:
                    continue  # the next round reads it
                scan.files.append((entry, in_folder))
                scan.stamps[real] = stamp
        return scan
