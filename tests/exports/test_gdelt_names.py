"""GDELT's ActorName never holds a pronoun: "we" becomes what the actor code says."""

from __future__ import annotations

from pathlib import Path

from event_fixtures import article, event

from facta.exports import write_events
from facta.models import Actor
from facta.store import ArticleResult, Store


def test_a_pronoun_is_not_an_actor_name(tmp_path: Path):
    we = Actor("CODMIL", "COD", ("MIL",), None, "We")
    their = Actor("CODREB", "COD", ("REB",), None, "their")
    rebels = Actor("CODREB", "COD", ("REB",), None, "M23 rebels")
    results = [
        ArticleResult(
            article("p1", "2025-04-01", "Wire"),
            "coded",
            events=[
                event("00000000000000c1", "p1", 0, "2025-04-01", "190", we, their),
                event("00000000000000c2", "p1", 1, "2025-04-01", "190", rebels, None),
            ],
        )
    ]
    db, out = tmp_path / "s.duckdb", tmp_path / "e.tsv"
    with Store(db) as store:
        store.write_batch(results, run_id="test")
        write_events(store, "gdelt", out)
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    names = {(row[6], row[16]) for row in rows}  # Actor1Name, Actor2Name
    assert names == {
        (
            "DEMOCRATIC REPUBLIC OF THE CONGO MILITARY",
            "DEMOCRATIC REPUBLIC OF THE CONGO REBELS / INSURGENTS",
        ),
        ("M23 REBELS", ""),
    }
