"""Coding runs end to end: mixed good and bad inputs, re-runs, near-duplicates, kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facta.runner import BATCH_ARTICLES, code_paths
from facta.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
KILLED_RUN_ARTICLES = 8 * BATCH_ARTICLES  # the kill lands after the first batch of eight

STORY = (
    "HARARE, May 6 — Zimbabwe's foreign minister met his Zambian counterpart in Harare on "
    "Tuesday to discuss the reopening of the Chirundu border post, which was closed after "
    "clashes between traders and police last month, officials from both governments said. "
    "The ministers agreed to set up a joint committee to review customs rules and to report "
    "back within six weeks."
)


def write_mixed_inputs(root: Path) -> None:
    (root / "story.txt").write_text("Ministers meet\n\n" + STORY, encoding="utf-8")
    (root / "copy.txt").write_text(
        "Ministers meet in Harare\n\n" + STORY.replace("on Tuesday", "on Tuesday afternoon"),
        encoding="utf-8",
    )
    (root / "image.txt").write_bytes(b"\x00\x00\x01binary")
    (root / "empty.txt").write_bytes(b"")
    (root / "page.html").write_bytes((FIXTURES / "page.html").read_bytes())
    lines = [
        json.dumps(
            {
                "id": "j1",
                "text": "Mali's junta expelled the French ambassador on Monday, state television said.",
                "date": "2025-01-06",
            }
        ),
        "{broken",
        json.dumps(
            {
                "id": "j2",
                "text": "Le gouvernement malien a expulsé l'ambassadeur de France lundi, selon la télévision d'État, et a convoqué le chargé d'affaires.",
            }
        ),
    ]
    (root / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_mixed_directory_codes_good_files_and_records_bad_ones(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_mixed_inputs(inputs)
    db = tmp_path / "s.duckdb"
    first = code_paths([str(inputs)], db)
    assert first.counts["failures"] == 3
    assert first.counts["skipped"] == 1
    assert first.counts["duplicates"] == 1
    assert first.counts["coded"] == 3
    second = code_paths([str(inputs)], db)
    assert second.counts["coded"] == 0 and second.counts["already_stored"] == 5
    with Store(db, read_only=True) as store:
        rows = dict(
            store.con.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall()
        )
        assert rows == {"coded": 3, "duplicate": 1, "skipped": 1}
        reasons = dict(store.con.execute("SELECT origin, reason FROM failures").fetchall())
        assert reasons[str(inputs / "empty.txt")] == "empty file"
        assert "NUL" in reasons[str(inputs / "image.txt")]
        assert "malformed JSON" in reasons[f"{inputs / 'batch.jsonl'}:2"]
        (language,) = store.con.execute(
            "SELECT language FROM articles WHERE status = 'skipped'"
        ).fetchone()
        assert language == "fr"
        (dup_of,) = store.con.execute(
            "SELECT duplicate_of FROM articles WHERE status = 'duplicate'"
        ).fetchone()
        assert dup_of is not None
        assert (
            store.con.execute("SELECT count(*) FROM runs WHERE status = 'done'").fetchone()[0] == 2
        )


def many_articles(path: Path, count: int) -> None:
    places = ["Harare", "Lusaka", "Maputo", "Gaborone", "Windhoek", "Luanda", "Lilongwe", "Dodoma"]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            town = places[i % len(places)]
            text = (
                f"Report {i}: officials in {town} said on day {i} that talks on water rights had "
                f"entered round {i * 7 % 13}, with {i % 5 + 2} delegations attending and a "
                f"statement due on {['Monday', 'Friday', 'Sunday'][i % 3]} about item {i * 31}."
            )
            out.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")


@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_mid_run_then_rerun_loses_and_duplicates_nothing(tmp_path: Path, workers: int):
    import psutil

    corpus = tmp_path / "many.jsonl"
    many_articles(corpus, KILLED_RUN_ARTICLES)
    db = tmp_path / "s.duckdb"
    command = [sys.executable, "-m", "facta.cli.main", "code", str(corpus), "--db", str(db)]
    command += ["--log-every", "1", "--workers", str(workers)]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    # a progress line comes once a batch is written: the run has its row, its workers code
    while (line := process.stderr.readline()) and not line.startswith("facta code: "):
        pass
    assert process.poll() is None, "the run ended before it could be killed"
    children = psutil.Process(process.pid).children(recursive=True)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # a generous wait: on a loaded machine a worker, niced, may take a while to see it
    _gone, alive = psutil.wait_procs(children, timeout=60)
    assert not alive, f"worker processes outlived the killed run: {alive}"
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with Store(db, read_only=True) as store:
        total, distinct = store.con.execute(
            "SELECT count(*), count(DISTINCT article_id) FROM articles"
        ).fetchone()
    assert total == distinct == KILLED_RUN_ARTICLES
    with Store(db, read_only=True) as store:
        statuses = [row[0] for row in store.con.execute("SELECT status FROM runs").fetchall()]
    assert sorted(statuses) == ["done", "killed"]


def test_dask_local_cluster_codes_the_same_as_one_process(tmp_path: Path):
    corpus = tmp_path / "few.jsonl"
    pairs = [
        ("Kenya", "Uganda"),
        ("Peru", "Chile"),
        ("Ghana", "Togo"),
        ("Nepal", "India"),
        ("Chad", "Sudan"),
        ("Mali", "Niger"),
        ("Laos", "Vietnam"),
        ("Oman", "Yemen"),
        ("Fiji", "Tonga"),
        ("Cuba", "Haiti"),
        ("Iran", "Iraq"),
        ("Egypt", "Libya"),
    ]
    with corpus.open("w", encoding="utf-8") as out:
        for i, (a, b) in enumerate(pairs):
            text = (
                f"{a}'s foreign minister met officials from {b} in the capital on Monday, "
                f"story {i}. {a} accused {b} of violating the border agreement."
            )
            out.write(json.dumps({"id": f"d{i}", "text": text, "date": "2025-02-03"}) + "\n")
    alone = code_paths([str(corpus)], tmp_path / "one.duckdb")
    spread = code_paths([str(corpus)], tmp_path / "dask.duckdb", workers=1, dask="local")
    assert spread.counts["coded"] == alone.counts["coded"] == 12
    assert spread.counts["events"] == alone.counts["events"] >= 12
    with (
        Store(tmp_path / "one.duckdb", read_only=True) as one,
        Store(tmp_path / "dask.duckdb", read_only=True) as other,
    ):
        query = "SELECT event_id FROM events ORDER BY event_id"
        assert one.con.execute(query).fetchall() == other.con.execute(query).fetchall()


def test_an_unreadable_publication_date_is_recorded_with_the_article(tmp_path: Path):
    corpus = tmp_path / "dated.jsonl"
    corpus.write_text(
        json.dumps({"id": "d1", "text": "Peru recalled its ambassador from Chile.", "date": "soon"})
        + "\n",
        encoding="utf-8",
    )
    code_paths([str(corpus)], tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        ((status, reason),) = store.con.execute("SELECT status, reason FROM articles").fetchall()
    assert status == "coded" and "'soon' is not a date" in reason
