"""The workbench's shared state: the store (opened for each request and closed after it, so
coding runs and exports can use it in between), page caches, the form key, the write lock and
the pledge ledger computed in the background.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

from facta.corrections import Corrections
from facta.exports.filters import EventFilter
from facta.store import Store
from facta.text import according_to, promised_words
from facta.web import charts, queries
from facta.web.access import TokenGate

HERE = Path(__file__).parent
TOKEN_HEADER = "x-facta-token"
TOKEN_COOKIE = "facta_token"
QUAD_COLOURS = {1: "#5aae61", 2: "#1b7837", 3: "#f1a340", 4: "#c0392b"}
# While a coding run changes the store, the ledger is computed again at most this many times
# its own duration after the last (it holds the store while it reads, and the run waits).
LEDGER_REST = 3.0


class ReadersOrWriter:
    """Within one process, any number of readers at once or one writer alone: DuckDB opens a
    file in one process either read-only or read-write at a time. A waiting writer goes next."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._readers = 0
        self._writers = 0  # waiting or writing

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._changed:
            self._changed.wait_for(lambda: self._writers == 0)
            self._readers += 1
        try:
            yield
        finally:
            with self._changed:
                self._readers -= 1
                self._changed.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._changed:
            self._writers += 1
            self._changed.wait_for(lambda: self._readers == 0)
        try:
            yield
        finally:
            with self._changed:
                self._writers -= 1
                self._changed.notify_all()


class Workbench:
    """One store and what the pages share: caches, the form key, the write lock."""

    def __init__(self, db: str | Path, allow_edits: bool = False, token: str | None = None):
        # checked (or migrated) once here; each request then opens it without checking
        Store(db, read_only=not allow_edits).close()
        self.path = Path(db)
        self.allow_edits = allow_edits
        self.token = token or None
        self.gate = TokenGate(token) if token else None
        self.form_key = secrets.token_urlsafe(24)
        self.corrections = 0
        self._cache: dict[str, tuple[int, Any]] = {}
        self._write_lock = threading.Lock()  # one correction at a time
        self._turns = ReadersOrWriter()
        self._ledger: tuple[int, list[dict[str, Any]] | None] | None = None
        self._ledger_lock = threading.Lock()
        self._ledger_thread: threading.Thread | None = None
        self._ledger_next = 0.0  # monotonic time before which it is not computed again
        self.ledger_error: str | None = None
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.ChainableUndefined,
        )
        self.templates.filters["url_part"] = url_part
        self.templates.globals.update(
            quad_names=charts.QUAD_NAMES,
            quad_colours=QUAD_COLOURS,
            qs=urlencode,
            allow_edits=allow_edits,
            form_key=self.form_key,
            token_required=bool(allow_edits and self.token),
            according_to=according_to,
            promised_words=promised_words,
        )

    @property
    def generation(self) -> tuple[int, tuple[tuple[int, int] | None, ...]]:
        """Changes when a correction is made here or another process writes the store (its
        file or write-ahead log changes): what the caches are valid for."""
        return self.corrections, tuple(
            file_stamp(self.path.with_name(self.path.name + suffix)) for suffix in ("", ".wal")
        )

    @contextmanager
    def view(self) -> Iterator[Store]:
        """The store, open read-only for one request: pages, exports and other workbenches
        read it at the same time; only corrections take it for themselves."""
        with self._turns.reading(), Store(self.path, read_only=True, check=False) as store:
            yield store

    def cached(self, key: str, compute: Callable[[Store], Any]) -> Any:
        """`compute(store)`, kept until the next correction."""
        generation = self.generation
        hit = self._cache.get(key)
        if hit and hit[0] == generation:
            return hit[1]
        with self.view() as store:
            value = compute(store)
        self._cache[key] = (generation, value)
        return value

    def write(self, action: Callable[[Corrections], Any]) -> Any:
        with (
            self._write_lock,
            self._turns.writing(),
            Store(self.path, read_only=not self.allow_edits, check=False) as store,
        ):
            result = action(Corrections(store))
            self.corrections += 1
            return result

    def pledge_ledger(self, wait: float = 0.0) -> list[dict[str, Any]] | None:
        """The pledge ledger, computed in a background thread (it reads every promise in the
        store); None while it is still being computed after `wait` s. While other processes
        (a coding run) change the store, the last ledger is served at once and a newer one is
        computed now and then; after a correction made here, the new one is waited for."""
        deadline = time.monotonic() + wait
        while True:
            found, thread = self._ledger_or_thread()
            if found is not None or thread is None:
                return found
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
            if thread.is_alive() or self.ledger_error or time.monotonic() >= deadline:
                return self.ledger_if_ready()

    def _ledger_or_thread(self) -> tuple[list[dict[str, Any]] | None, threading.Thread | None]:
        """The ledger to serve now, or else the thread computing one (started if need be)."""
        with self._ledger_lock:
            if self._ledger and self._ledger[0] == self.generation:
                return self._ledger[1], None
            found = self.ledger_if_ready()
            idle = self._ledger_thread is None or not self._ledger_thread.is_alive()
            if idle and (found is None or time.monotonic() >= self._ledger_next):
                self.ledger_error = None
                self._ledger_thread = threading.Thread(target=self._compute_ledger, daemon=True)
                self._ledger_thread.start()
            return found, self._ledger_thread

    def close(self) -> None:
        """Let the ledger thread finish its read (it closes the store after it)."""
        thread = self._ledger_thread
        if thread is not None:
            thread.join(timeout=5)

    def ledger_if_ready(self) -> list[dict[str, Any]] | None:
        """The ledger last computed, without starting it, unless a correction was made here
        since (other processes' batches only make it a little behind)."""
        found = self._ledger
        return found[1] if found and found[0][0] == self.corrections else None

    def _compute_ledger(self) -> None:
        generation = self.generation
        started = time.monotonic()
        try:
            from facta.pledges import ledger
        except ImportError:
            self._ledger = (generation, None)
            return
        try:
            with self.view() as store:
                self._ledger = (generation, ledger(store))
        except Exception as error:  # a thread's failure must reach the page, not vanish
            self.ledger_error = f"{type(error).__name__}: {error}"
        finally:
            finished = time.monotonic()
            self._ledger_next = finished + LEDGER_REST * (finished - started)

    def render(
        self, request: Request, name: str, http_status: int = 200, **context: Any
    ) -> HTMLResponse:
        context.setdefault("title", "")
        path = quote(request.url.path)  # an id in it may hold "?", "#" or "%"
        context.update(request=request, path=path, query=str(request.url.query))
        return HTMLResponse(
            self.templates.get_template(name).render(**context), status_code=http_status
        )

    def warm(self) -> None:
        """Fill the overview and map caches so the first visitor does not wait."""
        overview_data(self)
        points = self.cached("map:", lambda s: queries.map_points(s.con, queries.EventQuery()))
        charts.capitals()
        charts.map_view(points)  # computes and caches the default frames' outlines
        charts.focus_view(points)


def url_part(value: object) -> str:
    """A value (an id) as one segment of a URL path: "/", "?", "#" and "%" escaped."""
    return quote(str(value), safe="")


def file_stamp(path: Path) -> tuple[int, int] | None:
    """(modification time, size) of a file, None when there is none."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size


def overview_data(bench: Workbench, since: str = "", until: str = "") -> dict[str, Any]:
    """Counts for the whole store; chart and rankings for the date window, if one is given."""

    def compute(store: Store) -> dict[str, Any]:
        from facta.analysis import top_actors, top_dyads

        window = EventFilter(since=since or None, until=until or None)
        where, params = window.where()
        by = queries.period_for(store.con, where, params)
        return {
            "counts": queries.overview_counts(store.con),
            "by": by,
            "chart": charts.stacked_quads(queries.quad_series(store.con, by, window), by),
            "actors": top_actors(store, 12, filters=window).to_dict("records"),
            "dyads": top_dyads(store, 12, filters=window).to_dict("records"),
        }

    return bench.cached(f"overview:{since}:{until}", compute)
