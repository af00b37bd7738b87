"""The embedded store: one DuckDB file with articles, events, places, actor facts, failures, runs.

The only module that writes. Each batch of articles is written in one transaction, so a run
killed at any moment leaves a consistent store that a re-run completes without duplicates.
Processes share the file by taking turns (docs/concurrency.md): each opens it for one short
piece of work, waiting its turn at a gate file beside it, and closes it again.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import re
import socket
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from facta.analysis_state import ActorFact
from facta.errors import StoreError
from facta.models import Article, Event, Failure, Place
from facta.standing import apply_merges

SCHEMA_VERSION = 2
READABLE_FROM = 1  # the oldest schema read-only commands read without migrating it

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
    CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY, command VARCHAR, started TIMESTAMP, finished TIMESTAMP,
        status VARCHAR, inputs VARCHAR, model VARCHAR, articles_seen BIGINT, articles_new BIGINT,
        already_stored BIGINT, duplicates BIGINT, skipped BIGINT, events BIGINT, failures BIGINT
    );
    CREATE TABLE articles (
        article_id VARCHAR PRIMARY KEY, title VARCHAR, published VARCHAR, pub_date DATE,
        source VARCHAR, url VARCHAR, author VARCHAR, language VARCHAR,
        status VARCHAR,            -- coded | skipped | duplicate
        reason VARCHAR, duplicate_of VARCHAR, origin VARCHAR, text VARCHAR, words INTEGER,
        minhash BLOB, run_id VARCHAR, ingested_at TIMESTAMP
    );
    CREATE TABLE article_bands (band SMALLINT, hash BIGINT, article_id VARCHAR);
    CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, date DATE,
        date_precision VARCHAR, source_code VARCHAR, source_country VARCHAR,
        source_sectors VARCHAR[], source_name VARCHAR, target_code VARCHAR,
        target_country VARCHAR, target_sectors VARCHAR[], target_name VARCHAR, cameo VARCHAR,
        root VARCHAR, quad_class TINYINT, goldstein DOUBLE, plover_type VARCHAR,
        plover_mode VARCHAR, negated BOOLEAN, future BOOLEAN, hypothetical BOOLEAN,
        attributed BOOLEAN, anonymous BOOLEAN, speaker_code VARCHAR, location_name VARCHAR,
        location_country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
        rule VARCHAR, confidence DOUBLE, promised_cameo VARCHAR, record JSON,
        rejected BOOLEAN DEFAULT false,   -- marked wrong by an analyst (see overrides)
        corrected BOOLEAN DEFAULT false   -- changed by an analyst (see overrides)
    );
    CREATE TABLE places (
        article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, name VARCHAR,
        country VARCHAR, admin1 VARCHAR, feature VARCHAR, geonameid BIGINT, lat DOUBLE,
        lon DOUBLE
    );
    CREATE TABLE actor_facts (
        name VARCHAR, country VARCHAR, sectors VARCHAR[], article_id VARCHAR, date VARCHAR,
        evidence VARCHAR, origin VARCHAR,  -- learned | imported
        PRIMARY KEY (name, article_id)
    );
    CREATE TABLE failures (
        origin VARCHAR PRIMARY KEY, reason VARCHAR, run_id VARCHAR, recorded_at TIMESTAMP
    );
    CREATE TABLE overrides (
        override_id VARCHAR PRIMARY KEY, target_kind VARCHAR, target_id VARCHAR,
        action VARCHAR, field VARCHAR, old_value VARCHAR, new_value VARCHAR, who VARCHAR,
        why VARCHAR, made_at TIMESTAMP, reverted_at TIMESTAMP
    );
    """,
    # which process runs a coding run: several may share a store, so only a run whose process
    # is gone was killed
    2: """
    ALTER TABLE runs ADD COLUMN host VARCHAR;
    ALTER TABLE runs ADD COLUMN pid INTEGER;
    """,
}

DEFAULT_DB = "facta.duckdb"
KEYED_TABLES = frozenset(
    {"meta", "runs", "articles", "events", "actor_facts", "failures", "overrides"}
)
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
BUSY_WAIT_SECONDS = 120.0  # how long to wait for another process's turn; $FACTA_BUSY_WAIT
LONGEST_PAUSE = 0.05  # between two attempts to open a store another process holds (~10 ms each)
GATE_PAUSE = 0.005  # between two tries at the gate: cheap, and frequent tries keep turns fair


# What a run records of itself (the `runs` table's count columns).
RUN_COUNTS = (
    "articles_seen",
    "articles_new",
    "already_stored",
    "duplicates",
    "skipped",
    "events",
    "failures",
)


class StoreBusyError(StoreError):
    """Another process held the store for longer than this one would wait."""


def busy_wait() -> float:
    """Seconds to wait for a store another process holds ($FACTA_BUSY_WAIT, else 120)."""
    try:
        return max(0.0, float(os.environ.get("FACTA_BUSY_WAIT", BUSY_WAIT_SECONDS)))
    except ValueError:
        return BUSY_WAIT_SECONDS


def busy(path: Path) -> StoreBusyError:
    return StoreBusyError(
        f"the store {path} is busy (another facta command is using it); try again when it "
        "finishes, or wait longer with FACTA_BUSY_WAIT=SECONDS."
    )


def is_lock_conflict(error: duckdb.Error) -> bool:
    message = str(error).lower()
    return "conflicting lock" in message or "could not set lock" in message


def gate_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextmanager
def gate(path: Path, deadline: float) -> Iterator[None]:
    """Hold the store's gate file while opening it. A process waiting to open the store holds
    the gate, so others cannot keep the file open in overlapping turns and shut it out; it is
    released once the store is open. Without a writable directory there is no gate."""
    try:
        handle = os.open(gate_path(path), os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        yield
        return
    try:
        pause = 0.001
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise busy(path) from None
                time.sleep(pause)
                pause = min(2 * pause, GATE_PAUSE)
        yield
    finally:
        os.close(handle)  # also releases the lock


def connect(path: Path, read_only: bool, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the store, waiting (up to `wait` s) while another process holds it."""
    deadline = time.monotonic() + (busy_wait() if wait is None else wait)
    with gate(path, deadline):
        pause = 0.002
        while True:
            try:
                return duckdb.connect(str(path), read_only=read_only)
            except duckdb.Error as error:
                if not is_lock_conflict(error):
                    raise StoreError(f"{path}: cannot open the store ({error}).") from None
                if time.monotonic() >= deadline:
                    raise busy(path) from None
            time.sleep(pause * random.uniform(0.5, 1.0))
            pause = min(2 * pause, LONGEST_PAUSE)


@dataclass
class ArticleResult:
    """Everything one article contributes to the store, as produced by a worker."""

    article: Article
    status: str  # coded | skipped | duplicate
    reason: str | None = None
    duplicate_of: str | None = None
    words: int = 0
    minhash: bytes | None = None
    bands: list[int] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[tuple[int, int, Place]] = field(default_factory=list)  # char spans
    learned: list[ActorFact] = field(default_factory=list)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's
        return True
    return True


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def iso_date(value: str | None) -> date | None:
    """The calendar date at the start of an ISO 8601 string, or None."""
    match = ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


class Store:
    """A facta DuckDB file. Use as a context manager; `read_only` for exports and queries.

    Opening waits (up to `wait` s, default $FACTA_BUSY_WAIT) while another process holds the
    file. A long job calls `release()` and then does each piece of work in a `turn()`, so
    other processes can use the store between its turns. `check=False` skips the schema
    check, for a store opened again in a process that already checked it."""

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        read_only: bool = False,
        wait: float | None = None,
        check: bool = True,
    ):
        self.path = Path(path)
        self.read_only = read_only
        self.wait = wait
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store; run 'facta code' first.")
        self.con = connect(self.path, read_only, wait)
        self.held = True
        self._schemas: dict[str, pa.Schema] = {}
        if not check:
            return
        try:
            self.migrate() if not read_only else self.check_version()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.held:
            self.con.close()
            self.held = False

    def release(self) -> None:
        """Let other processes use the store until the next `turn()`."""
        self.close()

    @contextmanager
    def turn(self) -> Iterator[Store]:
        """The store open for one piece of work, closed after it unless it was open before."""
        if self.held:
            yield self
            return
        self.con = connect(self.path, self.read_only, self.wait)
        self.held = True
        try:
            yield self
        finally:
            self.close()

    # --- schema -----------------------------------------------------------------------------

    def version(self) -> int:
        tables = {
            row[0] for row in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        if "meta" not in tables:
            if tables:
                raise StoreError(f"{self.path}: this DuckDB file is not a facta store.")
            return 0
        rows = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        return int(rows[0][0]) if rows else 0

    def check_version(self) -> None:
        found = self.version()
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema {found} is newer than this facta ({SCHEMA_VERSION}); "
                "upgrade facta."
            )
        if found < READABLE_FROM:
            raise StoreError(
                f"{self.path}: store schema {found} needs migrating; open it once without "
                "read-only (e.g. 'facta code' with no new input)."
            )

    def migrate(self) -> None:
        current = self.version()
        if current > SCHEMA_VERSION:
            self.check_version()
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                self.con.execute(MIGRATIONS[version])
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)]
                )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # --- runs -------------------------------------------------------------------------------

    def start_run(self, run_id: str, command: str, inputs: Sequence[str], model: str) -> None:
        host = socket.gethostname()
        running = self.con.execute(
            "SELECT run_id, host, pid FROM runs WHERE status = 'running'"
        ).fetchall()
        killed = [
            other
            for other, other_host, pid in running
            if pid is None or (other_host == host and not process_alive(pid))
        ]
        self.con.execute(
            "UPDATE runs SET status = 'killed' WHERE run_id IN (SELECT unnest(?))", [killed]
        )
        self.con.execute(
            "INSERT INTO runs (run_id, command, started, status, inputs, model, host, pid) "
            "VALUES (?, ?, ?, 'running', ?, ?, ?, ?)",
            [run_id, command, now(), json.dumps(list(inputs)), model, host, os.getpid()],
        )

    def finish_run(self, run_id: str, status: str, counts: dict[str, int]) -> None:
        columns = RUN_COUNTS
        self.con.execute(
            "UPDATE runs SET finished = ?, status = ?, "
            + ", ".join(f"{name} = ?" for name in columns)
            + " WHERE run_id = ?",
            [now(), status, *(counts.get(name, 0) for name in columns), run_id],
        )

    # --- reads used while coding -----------------------------------------------------------

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [wanted]
        ).fetchall()
        return {row[0] for row in rows}

    def article_texts(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(text, origin) of each of these articles that is in the store."""
        wanted = list(set(ids))
        if not wanted:
            return {}
        rows = self.con.execute(
            "SELECT article_id, text, origin FROM articles WHERE article_id IN (SELECT unnest(?))",
            [wanted],
        ).fetchall()
        return {row[0]: (row[1] or "", row[2] or "the store") for row in rows}

    def band_candidates(self, hashes: Iterable[int]) -> dict[int, list[tuple[str, bytes]]]:
        """Articles sharing an LSH band hash, with their signatures: hash -> [(id, minhash)]."""
        wanted = list(set(hashes))
        if not wanted:
            return {}
        rows = self.con.execute(
            "SELECT b.hash, a.article_id, a.minhash FROM article_bands b "
            "JOIN articles a USING (article_id) WHERE b.hash IN (SELECT unnest(?))",
            [wanted],
        ).fetchall()
        found: dict[int, list[tuple[str, bytes]]] = {}
        for band_hash, article_id, minhash in rows:
            found.setdefault(band_hash, []).append((article_id, minhash))
        return found

    def actor_memory(self) -> dict[str, list[ActorFact]]:
        rows = self.con.execute(
            "SELECT name, country, sectors, article_id, date, evidence FROM actor_facts "
            "ORDER BY name, date NULLS FIRST"
        ).fetchall()
        memory: dict[str, list[ActorFact]] = {}
        for name, country, sectors, article_id, when, evidence in rows:
            memory.setdefault(name, []).append(
                ActorFact(name, country, tuple(sectors or ()), article_id, when, evidence or "")
            )
        return memory

    # --- writes -----------------------------------------------------------------------------

    def write_batch(self, results: Sequence[ArticleResult], run_id: str) -> list[ArticleResult]:
        """Write the articles and all they carry in one transaction; stored articles are kept,
        and the analysts' merges of actor codes apply to the new events. Returns the results
        written (not those whose article was stored already)."""
        stamp = now()
        with self.transaction():
            known = self.known_article_ids(r.article.id for r in results)
            results = [r for r in results if r.article.id not in known]
            self._insert("articles", [article_row(r, run_id, stamp) for r in results])
            self._insert(
                "article_bands",
                [
                    {"band": band, "hash": value, "article_id": r.article.id}
                    for r in results
                    for band, value in enumerate(r.bands)
                ],
            )
            events = [event_row(e) for r in results for e in r.events]
            apply_merges(self.con, events)  # merges made while this batch was being coded
            self._insert("events", events)
            self._insert(
                "places",
                [
                    place_row(r.article.id, start, end, p)
                    for r in results
                    for start, end, p in r.places
                ],
            )
            self._insert(
                "actor_facts",
                [dict(fact.to_dict(), origin="learned") for r in results for fact in r.learned],
            )
        return results

    def record_failures(self, failures: Sequence[Failure], run_id: str) -> None:
        if not failures:
            return
        stamp = now()
        latest = {f.origin: f.reason for f in failures}  # one row per origin, the last reason
        rows = [
            {"origin": origin, "reason": reason, "run_id": run_id, "recorded_at": stamp}
            for origin, reason in latest.items()
        ]
        with self.transaction():
            self.con.execute(
                "DELETE FROM failures WHERE origin IN (SELECT unnest(?))",
                [[r["origin"] for r in rows]],
            )
            self._insert("failures", rows)

    def import_actor_facts(self, facts: Sequence[ActorFact], origin: str = "imported") -> int:
        rows = [dict(fact.to_dict(), origin=origin) for fact in facts]
        with self.transaction():
            self._insert("actor_facts", rows, replace=True)
        return len(rows)

    def _insert(self, table: str, rows: list[dict[str, Any]], replace: bool = False) -> None:
        if not rows:
            return
        schema = self._schema(table)
        data = pa.Table.from_pylist(
            [{name: row.get(name) for name in schema.names} for row in rows], schema=schema
        )
        verb = "INSERT"
        if table in KEYED_TABLES:
            verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        self.con.register("facta_incoming", data)
        try:
            self.con.execute(f"{verb} INTO {table} SELECT * FROM facta_incoming")
        finally:
            self.con.unregister("facta_incoming")

    def _schema(self, table: str) -> pa.Schema:
        if table not in self._schemas:
            self._schemas[table] = (
                self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            )
        return self._schemas[table]

    # --- reads for users --------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        query = """
        SELECT (SELECT count(*) FROM articles WHERE status = 'coded'),
               (SELECT count(*) FROM articles WHERE status = 'duplicate'),
               (SELECT count(*) FROM articles WHERE status = 'skipped'),
               (SELECT count(*) FROM events), (SELECT count(*) FROM places),
               (SELECT count(*) FROM failures), (SELECT count(*) FROM actor_facts)
        """
        names = ("articles", "duplicates", "skipped", "events", "places", "failures", "actor_facts")
        return dict(zip(names, self.con.execute(query).fetchall()[0], strict=True))

    def event_records(
        self, where: str = "", params: Sequence[Any] = ()
    ) -> Iterator[dict[str, Any]]:
        """Stored event records (the CONTRACT JSON), oldest first."""
        query = f"SELECT record FROM events {where} ORDER BY date NULLS LAST, article_id, sentence, event_id"
        cursor = self.con.execute(query, list(params))
        while batch := cursor.fetchmany(2048):
            for (record,) in batch:
                yield json.loads(record)


def article_row(result: ArticleResult, run_id: str, stamp: datetime) -> dict[str, Any]:
    article = result.article
    return {
        "article_id": article.id,
        "title": article.title,
        "published": article.published,
        "pub_date": iso_date(article.published),
        "source": article.source,
        "url": article.url,
        "author": article.author,
        "language": article.language,
        "status": result.status,
        "reason": result.reason,
        "duplicate_of": result.duplicate_of,
        "origin": article.origin,
        "text": article.text,
        "words": result.words,
        "minhash": result.minhash,
        "run_id": run_id,
        "ingested_at": stamp,
    }


def event_row(event: Event) -> dict[str, Any]:
    record = event.to_dict()
    source, target, location = event.source, event.target, event.location
    attribution = event.attribution
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "sentence": event.sentence,
        "date": iso_date(event.date),
        "date_precision": event.date_precision,
        "source_code": source.code if source else None,
        "source_country": source.country if source else None,
        "source_sectors": list(source.sectors) if source else None,
        "source_name": source.name if source else None,
        "target_code": target.code if target else None,
        "target_country": target.country if target else None,
        "target_sectors": list(target.sectors) if target else None,
        "target_name": target.name if target else None,
        "cameo": event.cameo,
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "negated": event.modality.negated,
        "future": event.modality.future,
        "hypothetical": event.modality.hypothetical,
        "attributed": bool(attribution.text or attribution.speaker),
        "anonymous": attribution.anonymous,
        "speaker_code": attribution.speaker.code if attribution.speaker else None,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "admin1": location.admin1 if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "geonameid": location.geonameid if location else None,
        "rule": event.rule,
        "confidence": event.confidence,
        "promised_cameo": event.promised.cameo if event.promised else None,
        "record": json.dumps(record, ensure_ascii=False),
        "rejected": False,
        "corrected": False,
    }


def place_row(article_id: str, start: int, end: int, place: Place) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "start_char": start,
        "end_char": end,
        "text": place.text,
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "feature": place.feature,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
    }
