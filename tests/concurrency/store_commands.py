"""Running real facta commands and comparing the stores they leave."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from newswire import write_stories  # noqa: E402, F401  (for the tests)

FACTA = [sys.executable, "-m", "facta.cli.main"]

# What a store holds, without what depends on when or by which run it was written.
CONTENTS = {
    "articles": "SELECT article_id, status, reason, duplicate_of, title, published, text, words "
    "FROM articles ORDER BY article_id",
    "events": "SELECT event_id, record, rejected, corrected FROM events ORDER BY event_id",
    "places": "SELECT * FROM places ORDER BY ALL",
    "failures": "SELECT origin, reason FROM failures ORDER BY origin",
    "corrections": "SELECT target_kind, target_id, action, field, old_value, new_value, who, "
    "why, reverted_at IS NULL FROM overrides ORDER BY target_id, action",
}


def facta(*args: str | Path, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FACTA, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ, **env),
    )


def ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, done.stderr
    assert "lock" not in done.stderr.lower(), done.stderr
    return done


def store_contents(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        contents = {name: con.execute(query).fetchall() for name, query in CONTENTS.items()}
    finally:
        con.close()
    # a merge lists the events it recoded in the order it met them
    contents["corrections"] = [
        (*row[:4], json.loads(row[4]), json.loads(row[5]), *row[6:])
        for row in contents["corrections"]
    ]
    return contents


def count_duplicates(db: Path) -> dict[str, int]:
    """Rows that share a key they should not share. A store killed before its tables were
    made (kill -9 during start-up) holds none: nothing is duplicated, and the next run makes
    them."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {
            name
            for (name,) in con.execute(
                "SELECT table_name FROM information_schema.tables"
            ).fetchall()
        }
        if not {"articles", "events", "places"} <= tables:
            return {"articles": 0, "events": 0, "places": 0}
        row = con.execute(
            "SELECT (SELECT count(*) - count(DISTINCT article_id) FROM articles), "
            "(SELECT count(*) - count(DISTINCT event_id) FROM events), "
            "(SELECT count(*) - count(DISTINCT (article_id, start_char, end_char)) FROM places)"
        ).fetchone()
    finally:
        con.close()
    return dict(zip(("articles", "events", "places"), row, strict=True))


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
