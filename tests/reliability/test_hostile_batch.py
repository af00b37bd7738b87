"""One `facta code` run over a directory holding every kind of hostile input (hostile.py): exit
0, no traceback, every input accounted for (an article, a duplicate, a skip with its reason or
a failure row naming it; an exact repeat by its first copy), the summary equal to what was
stored, and a second run adds nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from hostile import Manifest, make_readable, write_hostile_corpus

# A small budget keeps the texts of millions of characters to a second each; every other
# input is coded well within it. (Years 1 and 9999 come in the data; as --date they are a
# usage error, tests/cli.)
RUN = ["--max-seconds", "1"]


def code(corpus: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facta.cli.main", "code", str(corpus), "--db", str(db), *RUN],
        capture_output=True,
        text=True,
        timeout=600,
    )


def stored(db: Path) -> dict[str, object]:
    with duckdb.connect(str(db), read_only=True) as con:

        def rows(sql: str) -> list[tuple]:
            return con.execute(sql).fetchall()

        return {
            "articles": dict(rows("SELECT origin, status FROM articles")),
            "failures": dict(rows("SELECT origin, reason FROM failures")),
            "events": rows("SELECT count(*) FROM events")[0][0],
            "places": rows("SELECT count(*) FROM places")[0][0],
            "last run": rows(
                "SELECT articles_seen, already_stored, duplicates, skipped, events, failures "
                "FROM runs ORDER BY started DESC LIMIT 1"
            )[0],
        }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Manifest:
    manifest = write_hostile_corpus(tmp_path_factory.mktemp("hostile") / "in")
    yield manifest
    make_readable(manifest.root)


def test_a_hostile_directory_is_coded_in_one_run_and_every_input_is_accounted_for(
    corpus: Manifest, tmp_path: Path
) -> None:
    db = tmp_path / "store.duckdb"
    first = code(corpus.root, db)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "Traceback" not in first.stderr + first.stdout
    assert "WARNING" not in first.stderr  # a library's warnings are failures, not noise
    before = stored(db)
    articles, failures = before["articles"], before["failures"]
    assert corpus.unaccounted([*articles, *failures]) == []
    assert all(reason and "\n" not in reason for reason in failures.values())
    assert all("\n" not in origin for origin in [*articles, *failures])

    root = str(corpus.root)
    assert articles[f"{root}/plain/story-0.txt"] == "coded"
    assert articles[f"{root}/plain/french-0.txt"] == "skipped"
    assert articles[f"{root}/plain/story-0_edited.txt"] == "duplicate"
    assert articles[f"{root}/bytes/utf-16-be-0.txt"] == "coded"
    assert articles[f"{root}/bytes/zero-width-french-0.txt"] == "skipped"
    assert (
        "id 'clash-0' already names a different text" in failures[f"{root}/json/records-0.jsonl:9"]
    )
    assert "not a regular file (a named pipe)" in failures[f"{root}/fs/pipe.txt"]
    assert "coding took more than 1 s" in failures[f"{root}/heavy/long-5m-0.txt"]
    assert "larger than 5 MB" in failures[f"{root}/heavy/over-5mb-0.txt"]
    assert "not prose" in failures[f"{root}/heavy/emoji-0.txt"]
    assert "not prose" in failures[f"{root}/bytes/latin-noise-0.txt"]
    assert "control characters" in failures[f"{root}/bytes/control-no-nul-0.txt"]
    assert "record truncated" in failures[f"{root}/warc/huge-0.warc#http://example.org/0/huge"]
    assert articles[f"{root}/gzip/long-line-0.jsonl.gz:2"] == "coded"  # read past a long line
    statuses = list(articles.values())
    _seen, _already, duplicates, skipped, _events, failed = before["last run"]
    assert (duplicates, skipped, failed) == (
        statuses.count("duplicate"),
        statuses.count("skipped"),
        len(failures),
    )  # the summary counts what was stored

    second = code(corpus.root, db)
    assert second.returncode == 0 and "Traceback" not in second.stderr
    after = stored(db)
    assert {k: after[k] for k in ("articles", "failures", "events", "places")} == {
        k: before[k] for k in ("articles", "failures", "events", "places")
    }
    _seen, _already, duplicates, skipped, events, failed = after["last run"]
    assert (duplicates, skipped, events, failed) == (0, 0, 0, len(failures))
