"""`facta code --watch` killed with SIGKILL at random points (starting up, coding, writing,
between rounds) and started again ends with the store a single plain run leaves: nothing lost,
nothing twice, no run left 'running'."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
from store_commands import FACTA, count_duplicates, facta, ok, store_contents, write_stories

CUTS = 3
STORIES = 180


def settle(path: Path) -> None:
    """Date a file back, as if written a while ago: a watch reads only settled files."""
    past = time.time() - 30
    os.utime(path, (past, past))


class Watch:
    """A `facta code --watch` process, with a queue of its stderr lines."""

    def __init__(self, inbox: Path, db: Path):
        self.process = subprocess.Popen(
            [*FACTA, "code", str(inbox), "--db", str(db), "--watch", "--every", "0.01"]
            + ["--log-every", "1"],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))

    def next_line(self, seconds: float = 120) -> str:
        line = self.lines.get(timeout=seconds)
        self.seen.append(line)
        return line

    def wait_for(self, words: str) -> None:
        while words not in self.next_line():
            pass

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


def test_watch_killed_at_random_points_resumes_to_a_plain_runs_store(tmp_path: Path):
    seed = time.time_ns()
    rng = random.Random(seed)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_stories(inbox / "wire.jsonl", STORIES)
    (inbox / "empty.txt").write_text("")  # a failure, recorded once
    for path in inbox.iterdir():
        settle(path)
    late = tmp_path / "late.jsonl"  # arrives while the watch is down
    more = write_stories(tmp_path / "more.jsonl", STORIES + 40)
    late.write_text("".join(more.read_text().splitlines(True)[STORIES:]))

    db = tmp_path / "watched.duckdb"
    plain = tmp_path / "plain.duckdb"
    cuts: list[str] = []
    with ThreadPoolExecutor(1) as alongside:
        plain_run = None
        for cut in range(CUTS):
            watch = Watch(inbox, db)
            if cut == 0:
                delay = rng.uniform(0.5, 4.0)  # anywhere from start-up to the first batches
                time.sleep(delay)
                cuts.append(f"{delay:.2f} s after start")
            else:
                watch.wait_for("articles")  # a batch was written: it is coding
                delay = rng.uniform(0.0, 1.5)
                time.sleep(delay)
                cuts.append(f"{delay:.2f} s after a batch")
            watch.kill()
            if db.exists():
                assert set(count_duplicates(db).values()) == {0}, (seed, cuts)
            if cut == 1:
                late.rename(inbox / late.name)
                settle(inbox / late.name)
                # the inbox is complete: a plain run codes it while the watch goes on
                plain_run = alongside.submit(facta, "code", inbox, "--db", plain, "--quiet")

        watch = Watch(inbox, db)
        watch.wait_for("nothing new")
        watch.process.send_signal(signal.SIGINT)
        assert watch.process.wait(timeout=60) == 0, watch.seen
        assert plain_run is not None
        ok(plain_run.result())

    assert store_contents(db) == store_contents(plain), (seed, cuts)
    assert set(count_duplicates(db).values()) == {0}
    con = duckdb.connect(str(db), read_only=True)
    try:
        running = con.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()
        articles = con.execute("SELECT count(*) FROM articles").fetchone()
    finally:
        con.close()
    assert running == (0,)
    assert articles == (STORIES + 40,)
