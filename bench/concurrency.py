"""Coding throughput and page latency when commands share one store: `facta code` alone, then
again while `facta serve` is being browsed (and, with --exports, while `facta events` exports
run), on synthetic wire stories (bench/newswire.py).

    .venv/bin/python bench/concurrency.py [--stories 600] [--pause 0.25] [--exports]

Prints one JSON object: articles/s of each coding run (from its row in the `runs` table), their
ratio, and the page latencies (median / 90th percentile / max, ms) with and without coding.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import duckdb
import httpx
from newswire import write_stories

from facta.runner import BATCH_ARTICLES

FACTA = [sys.executable, "-m", "facta.cli.main"]
PAGES = ("/", "/events", "/events?page=2", "/dyad?a=COD&b=RWA", "/map", "/article/wire-000001")


def facta(*args: str | Path) -> None:
    subprocess.run([*FACTA, *map(str, args)], check=True, capture_output=True, text=True)


def last_run_speed(db: Path) -> float:
    """Articles per second of the latest coding run, by its own clock in the store."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        new, seconds = con.execute(
            "SELECT articles_new, epoch(finished - started) FROM runs ORDER BY started DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    return new / seconds


def latency(seconds: list[float]) -> dict[str, float]:
    ms = sorted(1000 * s for s in seconds)
    if not ms:
        return {}
    return {
        "requests": len(ms),
        "median_ms": round(statistics.median(ms), 1),
        "p90_ms": round(ms[int(0.9 * (len(ms) - 1))], 1),
        "max_ms": round(ms[-1], 1),
    }


class Browser(threading.Thread):
    """Requests the workbench's pages in turn, pausing between them, until stopped."""

    def __init__(self, port: int, pause: float):
        super().__init__(daemon=True)
        self.url = f"http://127.0.0.1:{port}"
        self.pause = pause
        self.stopped = threading.Event()
        self.seconds: list[float] = []
        self.failures = 0

    def run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=120) as client:
            while not self.stopped.is_set():
                for page in PAGES:
                    started = time.perf_counter()
                    if client.get(page).status_code != 200:
                        self.failures += 1
                    self.seconds.append(time.perf_counter() - started)
                    time.sleep(self.pause)


class Exporter(threading.Thread):
    """Runs `facta events --format gdelt` exports one after another until stopped."""

    def __init__(self, db: Path, folder: Path):
        super().__init__(daemon=True)
        self.db, self.folder = db, folder
        self.stopped = threading.Event()
        self.done = 0

    def run(self) -> None:
        while not self.stopped.is_set():
            out = self.folder / "export.tsv"
            facta("events", "--db", self.db, "--format", "gdelt", "-o", out)
            self.done += 1


def serve(db: Path) -> tuple[subprocess.Popen, int]:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [*FACTA, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
            return server, port
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the workbench did not start")


def coding_run(folder: Path, name: str, first: Path, stories: Path, **activity: Any) -> dict:
    """Code the first batch, then everything, while the given activity goes on."""
    db = folder / f"{name}.duckdb"
    facta("code", first, "--db", db, "--quiet")
    server = browser = exporter = None
    if activity.get("browse"):
        server, port = serve(db)
        browser = Browser(port, activity["pause"])
        browser.start()
    if activity.get("exports"):
        exporter = Exporter(db, folder)
        exporter.start()
    try:
        facta("code", stories, "--db", db, "--quiet")
    finally:
        for thread in (browser, exporter):
            if thread is not None:
                thread.stopped.set()
                thread.join()
        result: dict[str, Any] = {"articles_per_s": round(last_run_speed(db), 2)}
        if browser is not None:
            result["pages_while_coding"] = latency(browser.seconds)
            result["page_failures"] = browser.failures
            idle = Browser(port, activity["pause"])
            idle.start()
            time.sleep(5)
            idle.stopped.set()
            idle.join()
            result["pages_idle"] = latency(idle.seconds)
        if exporter is not None:
            result["exports_while_coding"] = exporter.done
        if server is not None:
            server.terminate()
            server.wait()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=600)
    parser.add_argument("--pause", type=float, default=0.25, help="seconds between page requests")
    parser.add_argument("--exports", action="store_true", help="also export while coding")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        stories = write_stories(folder / "stories.jsonl", args.stories)
        first = folder / "first.jsonl"
        first.write_text("".join(stories.read_text().splitlines(True)[:BATCH_ARTICLES]))
        alone = coding_run(folder, "alone", first, stories)
        browsed = coding_run(
            folder, "browsed", first, stories, browse=True, pause=args.pause, exports=args.exports
        )
    print(
        json.dumps(
            {
                "stories": args.stories,
                "pause_s": args.pause,
                "coding_alone": alone,
                "coding_with_workbench": browsed,
                "throughput_ratio": round(browsed["articles_per_s"] / alone["articles_per_s"], 3),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
