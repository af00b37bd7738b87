"""`facta events` and `facta dyad` through the command line: --include lists, and saying why
nothing matched instead of printing nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def facta(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "facta.cli.main", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def event_ids(done: subprocess.CompletedProcess) -> set[str]:
    assert done.returncode == 0, done.stderr
    return {json.loads(line)["event_id"] for line in done.stdout.splitlines()}


def test_include_takes_a_comma_list_or_repeats(store_path: Path):
    db = ("--db", str(store_path))
    listed = event_ids(facta("events", *db, "--include", "future,negated"))
    repeated = event_ids(facta("events", *db, "--include", "future", "--include", "negated"))
    asserted = event_ids(facta("events", *db))
    assert listed == repeated
    assert listed - asserted == {"00000000000000a3", "00000000000000b3"}  # negated, future
    wrong = facta("events", *db, "--include", "future,maybe")
    assert wrong.returncode == 2 and "'maybe' is not one of" in wrong.stderr


def test_no_match_says_how_many_and_why_on_stderr(store_path: Path):
    db = ("--db", str(store_path))
    unknown = facta("events", *db, "--dyad", "IRN", "XYZ")
    assert unknown.returncode == 0 and unknown.stdout == ""
    assert "0 events matched" in unknown.stderr
    assert "no event in the store has an actor code beginning with XYZ" in unknown.stderr

    only_negated = facta("events", *db, "--dyad", "IRNGOV", "USAGOV", "--cameo", "190")
    assert only_negated.stdout == ""
    assert "1 matching events are negated, future or hypothetical" in only_negated.stderr
    assert "--include all" in only_negated.stderr

    outside = facta("events", *db, "--dyad", "IRN", "USA", "--since", "2009-01-01")
    assert "fall outside --since/--until" in outside.stderr


def test_dyad_of_undated_events_says_they_are_undated(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Iran accused Iraq of shelling border villages.\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    assert facta("code", str(story), "--db", db, "--quiet").returncode == 0
    assert event_ids(facta("events", "--db", db, "--dyad", "IRN", "IRQ"))  # the events exist
    done = facta("dyad", "IRN", "IRQ", "--db", db)
    assert done.returncode == 0
    assert "no dated events between IRN and IRQ" in done.stderr
    assert "have no date" in done.stderr and "--date" in done.stderr
    assert "no events between these actors" not in done.stdout
