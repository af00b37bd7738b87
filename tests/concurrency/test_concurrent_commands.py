"""Real commands at once on one store: `facta serve` answering pages while `facta code` writes
a few hundred articles and `facta events --format gdelt` exports run; none fails, and the
store ends as a sequential run leaves it, with nothing duplicated."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from newswire import write_stories  # noqa: E402

from facta.runner import BATCH_ARTICLES  # noqa: E402
from facta.store import Store  # noqa: E402

FACTA = [sys.executable, "-m", "facta.cli.main"]
STORIES = 300
PAGES = ("/", "/events", "/events?page=2", "/dyad?a=COD&b=RWA", "/map", "/article/wire-000001")


def facta(*args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FACTA, *map(str, args)], capture_output=True, text=True, timeout=timeout
    )


def ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, done.stderr
    assert "lock" not in done.stderr.lower(), done.stderr
    return done


def store_summary(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT article_id) FROM "
            "articles), (SELECT count(*) FROM events), (SELECT count(DISTINCT event_id) FROM "
            "events), (SELECT count(*) FROM places), (SELECT count(*) FROM failures)"
        ).fetchone()
    finally:
        con.close()
    names = ("articles", "distinct_articles", "events", "distinct_events", "places", "failures")
    return dict(zip(names, row, strict=True))


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        return sock.getsockname()[1]


def wait_for_server(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read() if server.stderr else ""
        try:
            httpx.get(url, timeout=5)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail("the workbench did not start")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The first batch of stories, and all of them."""
    folder = tmp_path_factory.mktemp("newswire")
    everything = write_stories(folder / "stories.jsonl", STORIES)
    first = folder / "first.jsonl"
    first.write_text("".join(everything.read_text().splitlines(True)[:BATCH_ARTICLES]))
    return first, everything


def test_serve_code_and_exports_at_once_end_as_a_sequential_run(
    tmp_path: Path, inputs: tuple[Path, Path]
) -> None:
    first, everything = inputs
    sequential = tmp_path / "sequential.duckdb"
    ok(facta("code", first, "--db", sequential, "--quiet"))
    ok(facta("code", everything, "--db", sequential, "--quiet"))
    expected_records = ok(facta("events", "--db", sequential, "--format", "jsonl")).stdout
    expected_rows = ok(facta("events", "--db", sequential, "--format", "gdelt")).stdout.count("\n")

    live = tmp_path / "live.duckdb"
    ok(facta("code", first, "--db", live, "--quiet"))
    port = free_port()
    server = subprocess.Popen(
        [*FACTA, "serve", "--db", str(live), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    pages: list[tuple[str, int, float]] = []
    exports: list[subprocess.CompletedProcess[str]] = []
    coding_done = threading.Event()

    def browse() -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            while not coding_done.is_set():
                for page in PAGES:
                    started = time.perf_counter()
                    status = client.get(page).status_code
                    pages.append((page, status, time.perf_counter() - started))

    def export() -> None:
        number = 0
        while not coding_done.is_set():
            number += 1
            exports.append(
                facta("events", "--db", live, "--format", "gdelt", "-o", tmp_path / f"{number}.tsv")
            )

    try:
        wait_for_server(f"http://127.0.0.1:{port}/", server)
        readers = [threading.Thread(target=browse), threading.Thread(target=export)]
        for reader in readers:
            reader.start()
        try:
            coding = facta("code", everything, "--db", live, "--quiet")
        finally:
            coding_done.set()
            for reader in readers:
                reader.join(timeout=120)
        ok(coding)
        assert server.poll() is None, "the workbench stopped while the store was being coded"
        final = httpx.get(f"http://127.0.0.1:{port}/article/wire-{STORIES - 1:06d}", timeout=30)
        assert final.status_code == 200, "the workbench does not see the last batch"
    finally:
        server.terminate()
        server.wait(timeout=30)

    assert pages and exports
    assert [p for p in pages if p[1] != 200] == []
    for done in exports:
        ok(done)
    slowest = max(seconds for _page, _status, seconds in pages)
    assert slowest < 10, f"a page took {slowest:.1f} s"
    summary = store_summary(live)
    assert summary == store_summary(sequential)
    assert summary["articles"] == summary["distinct_articles"] == STORIES
    assert summary["events"] == summary["distinct_events"] > STORIES
    assert ok(facta("events", "--db", live, "--format", "jsonl")).stdout == expected_records
    # the GDELT rows differ only in DATEADDED, the time each was stored
    assert (
        ok(facta("events", "--db", live, "--format", "gdelt")).stdout.count("\n") == expected_rows
    )


def test_a_store_held_past_the_wait_is_one_sentence_naming_no_duckdb_flag(tmp_path: Path):
    db = tmp_path / "held.duckdb"
    Store(db).close()
    holder = duckdb.connect(str(db))  # another program keeps the file open for writing
    try:
        done = subprocess.run(
            [*FACTA, "events", "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
            env=dict(os.environ, FACTA_BUSY_WAIT="0.5"),
        )
    finally:
        holder.close()
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"facta: the store {db} is busy (another facta command is using it); try again when "
        "it finishes, or wait longer with FACTA_BUSY_WAIT=SECONDS."
    ]


def test_two_coding_runs_at_once_share_the_store(tmp_path: Path, inputs: tuple[Path, Path]):
    first, everything = inputs
    sequential = tmp_path / "sequential.duckdb"
    ok(facta("code", first, "--db", sequential, "--quiet"))
    shared = tmp_path / "shared.duckdb"
    command = [*FACTA, "code", str(first), "--db", str(shared), "--quiet"]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        assert run.wait(timeout=180) == 0, run.stderr.read() if run.stderr else ""
    assert store_summary(shared) == store_summary(sequential)
    con = duckdb.connect(str(shared), read_only=True)
    try:
        statuses = [row[0] for row in con.execute("SELECT status FROM runs").fetchall()]
    finally:
        con.close()
    assert statuses == ["done", "done"]  # neither took the other for a killed run
