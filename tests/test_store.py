"""The DuckDB store: schema versions, clear errors, all-or-nothing batches, no duplicates."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from facta.errors import StoreError
from facta.ingest.identity import make_article
from facta.models import Actor, Event, Failure, Modality, Place
from facta.store import SCHEMA_VERSION, ArticleResult, Store


def sample_result(text: str = "Chad closed its border with Sudan on Monday.") -> ArticleResult:
    article = make_article(text, published="2025-02-03")
    event = Event(
        event_id="e1",
        article_id=article.id,
        sentence=0,
        cameo="1246",
        root="12",
        quad_class=3,
        goldstein=-5.0,
        plover_type="REJECT",
        source=Actor("TCDGOV", "TCD", ("GOV",), "Chad"),
        target=Actor("SDN", "SDN", (), "Sudan"),
        date="2025-02-03",
        date_precision="day",
        modality=Modality(negated=True),
    )
    place = Place("N'Djamena", "TCD", 12.1, 15.0, "city", 2427123)
    return ArticleResult(article, "coded", events=[event], places=[(0, 4, place)], words=9)


def test_new_store_has_current_schema(tmp_path: Path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.version() == SCHEMA_VERSION
        assert store.counts()["events"] == 0


def test_read_only_errors_are_sentences(tmp_path: Path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE x (a INT)")
    con.close()
    with pytest.raises(StoreError, match="not a facta store"):
        Store(other)
    garbage = tmp_path / "garbage.duckdb"
    garbage.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(garbage)


def test_batches_write_once_and_rows_round_trip(tmp_path: Path):
    path = tmp_path / "s.duckdb"
    result = sample_result()
    with Store(path) as store:
        store.write_batch([result], "run1")
        store.write_batch([result], "run2")  # the same article again adds nothing
        store.record_failures([Failure("a.txt", "empty file")], "run1")
        store.record_failures([Failure("a.txt", "empty file")], "run2")
    with Store(path, read_only=True) as store:
        counts = store.counts()
        assert (counts["articles"], counts["events"], counts["places"], counts["failures"]) == (
            1,
            1,
            1,
            1,
        )
        (record,) = list(store.event_records())
        assert record["source"]["code"] == "TCDGOV" and record["modality"]["negated"] is True
        row = store.con.execute("SELECT negated, source_sectors, date FROM events").fetchone()
        assert row[0] is True and row[1] == ["GOV"] and str(row[2]) == "2025-02-03"


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path):
    path = tmp_path / "s.duckdb"
    good = sample_result()
    broken = sample_result("Niger expelled the French ambassador.")
    broken.events = [None]  # not an Event: writing it fails half-way through the batch
    with Store(path) as store, pytest.raises(AttributeError):
        store.write_batch([good, broken], "run1")
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
