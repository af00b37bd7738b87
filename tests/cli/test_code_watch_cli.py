"""`facta code --watch` as a user runs it: a line a round (and one per failure), new files coded
in the next round, Ctrl-C (and SIGTERM) a one-line goodbye and exit 0, the store as one plain
run leaves it; --every or URLs without --watch, and stdin or --limit with it, are usage errors."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

FACTA = [sys.executable, "-m", "facta.cli.main"]
GOODBYE = (
    "facta code: stopped watching; everything coded so far is in the store "
    "(the same command goes on from there)."
)
STORIES = (
    "Kenya's president met Rwanda's foreign minister in Nairobi on Monday.",
    "Turkish police arrested twelve protesters in Ankara on Tuesday.",
    "The European Union promised to send aid to Ukraine.",
    "M23 rebels accused the Congolese army of shelling villages near Goma.",
    "Chinese officials criticised French diplomats over the arrests.",
)


def story(number: int) -> str:
    return f"{STORIES[number % len(STORIES)]} Reporter {number} filed this from the scene."


def write_stories(path: Path, numbers: range) -> None:
    """Stories of our own, settled (modified long enough ago for a watch to read them)."""
    lines = [json.dumps({"id": f"s{n}", "date": "2025-03-03", "text": story(n)}) for n in numbers]
    path.write_text("\n".join(lines) + "\n")
    past = time.time() - 10
    os.utime(path, (past, past))


def contents(db: Path) -> tuple[list[tuple], list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute("SELECT article_id, status FROM articles ORDER BY 1").fetchall()
        events = con.execute("SELECT event_id, record FROM events ORDER BY 1").fetchall()
    finally:
        con.close()
    return articles, events


class Watching:
    """A `facta code --watch` process and the lines it writes to stderr."""

    def __init__(self, *args: str | Path):
        self.process = subprocess.Popen(
            [*FACTA, "code", *map(str, args), "--watch"],
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

    def wait_for(self, words: str, seconds: float = 120) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                assert self.process.poll() is None, "\n".join(self.seen)
                continue
            self.seen.append(line)
            if words in line:
                return line
        pytest.fail(f"no line with {words!r} in: {self.seen}")

    def stop(self, signal_number: int) -> list[str]:
        self.process.send_signal(signal_number)
        assert self.process.wait(timeout=60) == 0, self.seen
        time.sleep(0.2)  # let the reader take the last lines
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return self.seen


@pytest.mark.parametrize("signal_number", [signal.SIGINT, signal.SIGTERM])
def test_watch_codes_new_files_round_by_round_and_stops_cleanly(tmp_path: Path, signal_number: int):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_stories(inbox / "monday.jsonl", range(0, 5))
    blank = inbox / "blank.txt"
    blank.write_text("")
    os.utime(blank, (time.time() - 10, time.time() - 10))
    db = tmp_path / "watched.duckdb"
    watching = Watching(inbox, "--db", db, "--every", "0.02")
    first = watching.wait_for("new articles coded")
    assert " 5 new articles coded" in first and "1 failure)" in first
    assert watching.wait_for("failed:") == f"  failed: {blank}: empty file"
    write_stories(inbox / "tuesday.jsonl", range(5, 8))
    once = tmp_path / "once.duckdb"  # the inbox is complete: one plain run codes it meanwhile
    plain = subprocess.Popen(
        [*FACTA, "code", str(inbox), "--db", str(once), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        second = watching.wait_for("new articles coded")
        assert " 3 new articles coded" in second
        watching.wait_for("nothing new")
        lines = watching.stop(signal_number)
        assert lines[-1] == GOODBYE
        assert not [line for line in lines if "Traceback" in line or "lock" in line.lower()]
    except BaseException:
        plain.kill()
        raise
    _out, err = plain.communicate(timeout=300)
    assert plain.returncode == 0, err
    assert contents(db) == contents(once)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--every", "5"], "--every goes with --watch"),
        (["https://example.org/world.rss"], "facta fetch URL"),
        (["-", "--watch"], "standard input cannot be watched"),
        (["--watch", "--limit", "5"], "--limit does not go with --watch"),
    ],
)
def test_watch_usage_errors_are_one_line(tmp_path: Path, args: list[str], words: str):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = tmp_path / "s.duckdb"
    done = subprocess.run(
        [*FACTA, "code", str(inbox), *args, "--db", str(db)], capture_output=True, text=True
    )
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("facta code: ") and words in line
    assert not db.exists()


def test_every_must_be_minutes_above_zero(tmp_path: Path):
    done = subprocess.run(
        [*FACTA, "code", str(tmp_path), "--watch", "--every", "0"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "'0' is not a number of minutes above 0." in done.stderr
