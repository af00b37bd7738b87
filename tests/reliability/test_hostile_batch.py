"""One `facta code` run over a directory of hostile inputs: exit 0, no traceback, every input
accounted for (an article row or a failure row naming it), and a second run adds nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
from hostile import write_hostile_corpus


def code(corpus: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facta.cli.main", "code", str(corpus), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def stored(db: Path) -> tuple[dict[str, str], dict[str, str], int]:
    """(origin -> article status, origin -> failure reason, event count)."""
    with duckdb.connect(str(db), read_only=True) as con:
        articles = dict(con.execute("SELECT origin, status FROM articles").fetchall())
        failures = dict(con.execute("SELECT origin, reason FROM failures").fetchall())
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    return articles, failures, events


def expected_origins(corpus: Path) -> list[str]:
    """Every entry of the corpus as facta names it: files and links by path, the lines of the
    JSONL file by path:line."""
    names = []
    for entry in sorted(corpus.iterdir()):
        origin = str(entry).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if entry.name == "sub":
            names.append(str(entry / "dir" / "story.txt"))
        elif entry.name == "records.jsonl":
            lines = entry.read_text().splitlines()
            names += [f"{origin}:{number}" for number in range(1, len(lines) + 1)]
        else:
            names.append(origin)
    return names


def test_a_hostile_directory_is_coded_in_one_run_and_every_input_is_accounted_for(
    tmp_path: Path,
) -> None:
    corpus = write_hostile_corpus(tmp_path / "hostile")
    db = tmp_path / "store.duckdb"
    first = code(corpus, db)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr and "Traceback" not in first.stdout
    articles, failures, events = stored(db)
    seen = set(articles) | set(failures)
    unaccounted = [
        name
        for name in expected_origins(corpus)
        if not any(origin == name or origin.startswith((name + "#", name + ":")) for origin in seen)
    ]
    assert unaccounted == []
    assert all(reason and "\n" not in reason for reason in failures.values())
    assert "the id has 100000 characters" in failures[f"{corpus}/records.jsonl:10"]
    assert "already names a different text" in failures[f"{corpus}/records.jsonl:9"]
    assert "not a regular file (a named pipe)" in failures[f"{corpus}/pipe.txt"]
    assert "longer than" in failures[f"{corpus}/long-line.jsonl.gz:1"]
    assert articles[f"{corpus}/long-line.jsonl.gz:2"]  # the line after the long one is read
    assert articles[f"{corpus}/quotes-in-story.txt"] == "coded"
    assert articles[f"{corpus}/utf16.txt"]

    second = code(corpus, db)
    assert second.returncode == 0 and "Traceback" not in second.stderr
    assert stored(db) == (articles, failures, events)
