"""The run summary counts what the store took: with several workers, with inputs named twice,
with exact repeats in one run, and when the first copy of a repeat fails."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from facta.isolation import Budget
from facta.pipeline import PipelineOptions
from facta.runner import code_paths

TOWNS = ["Harare", "Lusaka", "Nairobi", "Kinshasa", "Kampala", "Accra", "Dakar", "Bamako"]


def story(number: int) -> str:
    town = TOWNS[number % len(TOWNS)]
    return (
        f"Bulletin {number}: police in {town} detained {number % 7 + 2} traders at market "
        f"{number * 13} on day {number}, after a dispute over stall fees number {number * 29}, "
        f"the city council said in notice {number * 41}."
    )


def write_inputs(root: Path) -> None:
    lines = []
    for number in range(70):
        record = json.dumps({"id": f"s{number}", "text": story(number), "date": "2024-05-02"})
        lines += [record, record] if number % 5 == 0 else [record]  # exact repeats
    lines += [json.dumps({"text": story(500)})] * 3  # repeats with no id
    lines += [json.dumps({"id": "s1", "text": story(900)}), "{broken"]
    (root / "batch.jsonl").write_text("\n".join(lines) + "\n")
    (root / "note.txt").write_text(story(600))
    (root / "note-copy.txt").write_text(story(600))
    (root / "empty.txt").write_text("")


def stored(db: Path, run_id: str) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        one = lambda sql: con.execute(sql, [run_id]).fetchone()[0]  # noqa: E731
        return {
            "coded": one("SELECT count(*) FROM articles WHERE run_id = ? AND status = 'coded'"),
            "duplicates": one(
                "SELECT count(*) FROM articles WHERE run_id = ? AND status = 'duplicate'"
            ),
            "events": one(
                "SELECT count(*) FROM events JOIN articles USING (article_id) WHERE run_id = ?"
            ),
            "failures": one("SELECT count(*) FROM failures WHERE run_id = ?"),
        }


def test_with_two_workers_and_inputs_named_twice_the_summary_is_what_was_stored(tmp_path: Path):
    root = tmp_path / "in"
    root.mkdir()
    write_inputs(root)
    db = tmp_path / "s.duckdb"
    first = code_paths([str(root), str(root)], db, workers=2)
    counts = first.counts
    assert {name: counts[name] for name in stored(db, first.run_id)} == stored(db, first.run_id)
    assert counts["failures"] == 3  # the clashing id, the broken line, the empty file
    inputs = 70 + 14 + 3 + 2  # records, their repeats, the no-id copies, the two notes
    assert counts["coded"] + counts["duplicates"] + counts["already_stored"] == 2 * inputs
    again = code_paths([str(root)], db)
    assert again.counts["coded"] == again.counts["duplicates"] == 0
    assert again.counts["already_stored"] == inputs


def test_the_repeat_of_an_article_that_failed_fails_with_it(tmp_path: Path):
    record = json.dumps({"id": "once", "text": " ".join(story(n) for n in range(40))})
    (tmp_path / "twice.jsonl").write_text(f"{record}\n{record}\n")
    db = tmp_path / "s.duckdb"
    starved = PipelineOptions(budget=Budget(seconds=0.01))
    summary = code_paths([str(tmp_path / "twice.jsonl")], db, starved)
    with duckdb.connect(str(db), read_only=True) as con:
        reasons = dict(con.execute("SELECT origin, reason FROM failures").fetchall())
    origin = str(tmp_path / "twice.jsonl")
    assert reasons[f"{origin}:1"].startswith("coding took more than 0.01 s")
    assert reasons[f"{origin}:2"] == f"the same article as {origin}:1, which failed"
    assert summary.counts["failures"] == 2 and summary.counts["already_stored"] == 0
