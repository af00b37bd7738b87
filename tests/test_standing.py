"""A merge of two actor codes stands for events stored after it: later batches arrive merged,
the store ends as if the merge were made after the last batch, and undo restores them all."""

from __future__ import annotations

import json
from pathlib import Path

from facta.corrections import Corrections
from facta.runner import code_paths
from facta.store import Store

FIRST = {
    "id": "first",
    "date": "2025-03-03",
    "text": "M23 rebels accused the Congolese army of shelling villages near Goma.",
}
LATER = [
    {
        "id": "later-1",
        "date": "2025-03-04",
        "text": "The Congolese army attacked M23 rebels near Goma on Monday.",
    },
    {
        "id": "later-2",
        "date": "2025-03-05",
        "text": "Kenya's president met M23 rebels in Nairobi on Tuesday.",
    },
]


def write(path: Path, articles: list[dict[str, str]]) -> str:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles))
    return str(path)


def events(db: Path) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.con.execute(
            "SELECT event_id, source_code, source_country, source_sectors, target_code, "
            "target_country, target_sectors, record, corrected FROM events ORDER BY event_id"
        ).fetchall()


def merges(db: Path) -> list[tuple[str, dict]]:
    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT target_id, old_value FROM overrides WHERE action = 'merge'"
        ).fetchall()
    return [(code, json.loads(old)) for code, old in rows]


def test_events_stored_after_a_merge_arrive_merged_as_if_merged_at_the_end(tmp_path: Path):
    first = write(tmp_path / "first.jsonl", [FIRST])
    later = write(tmp_path / "later.jsonl", LATER)

    at_the_end = tmp_path / "end.duckdb"
    code_paths([first], at_the_end)
    code_paths([later], at_the_end)
    with Store(at_the_end) as store:
        Corrections(store).merge_actors("CODREB", "REB", who="ana")

    during = tmp_path / "during.duckdb"
    code_paths([first], during)
    with Store(during) as store:
        Corrections(store).merge_actors("CODREB", "REB", who="ana")
    code_paths([later], during)

    rows = events(during)
    assert rows == events(at_the_end)
    assert merges(during) == merges(at_the_end)
    assert len(merges(during)[0][1]) == 3  # the first article's event and both later ones
    codes = [code for row in rows for code in (row[1], row[4])]
    assert "CODREB" not in codes and codes.count("REB") == 3
    later_rows = [row for row in rows if json.loads(row[7])["article_id"] != "first"]
    assert all(row[8] for row in later_rows if "REB" in (row[1], row[4]))


def test_undoing_a_merge_restores_later_events_and_stops_it_applying(tmp_path: Path):
    db = tmp_path / "undo.duckdb"
    code_paths([write(tmp_path / "first.jsonl", [FIRST])], db)
    unmerged = tmp_path / "unmerged.duckdb"
    code_paths([write(tmp_path / "all.jsonl", [FIRST, *LATER])], unmerged)

    with Store(db) as store:
        override = Corrections(store).merge_actors("CODREB", "REB")
    code_paths([write(tmp_path / "later-1.jsonl", LATER[:1])], db)
    with Store(db) as store:
        Corrections(store).undo(override)
    code_paths([write(tmp_path / "later-2.jsonl", LATER[1:])], db)

    assert events(db) == events(unmerged)
