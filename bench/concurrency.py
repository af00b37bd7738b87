"""Coding throughput and page latency when commands share one store: `facta code` alone, then
again while the workbench is in use — `facta serve` (read-only) and `facta serve --allow-edits`
browsed, corrections made through the web — and, with --exports, `facta events --format gdelt`
exports running back to back.

    .venv/bin/python bench/concurrency.py [--corpus FILE.jsonl[.gz]] [--limit 2000]
        [--stories 600] [--pause 0.25] [--correct-every 5] [--exports] [--repeat 1]

With --corpus, the first --limit articles of that file (e.g. Reuters-21578); else --stories
synthetic wire stories (bench/newswire.py). Each run codes the first batch, then the rest
while the activity goes on; --repeat alternates that many pairs of runs, since the machine's
load varies. Prints one JSON object: articles/s of each coding run (from its row in the `runs`
table), their ratios and median ratio, page latencies (median / 90th percentile / max, ms)
while coding and idle, the processor the workbenches used while coding (in cores), the
seconds the coding run spent getting its turns at the store (bench/turn_waits.py), corrections
made and exports done.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
PAGES = ("/", "/events", "/events?page=2", "/map", "/dyad", "/pledges", "/corrections")


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


def stored(db: Path, query: str) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [row[0] for row in con.execute(query).fetchall()]
    finally:
        con.close()


def cpu_seconds(processes: list[subprocess.Popen]) -> float:
    """Processor time the processes have used so far (Linux)."""
    ticks = 0
    for process in processes:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def latency(seconds: list[float]) -> dict[str, float]:
    ms = sorted(1000 * s for s in seconds)
    if not ms:
        return {}
    return {
        "requests": len(ms),
        "median_ms": round(statistics.median(ms), 1),
        "p90_ms": round(ms[int(0.9 * (len(ms) - 1))], 1),
        "max_ms": round(ms[-1], 1),
        "over_2s": sum(1 for m in ms if m > 2000),
    }


class Browser(threading.Thread):
    """Requests the workbench's pages in turn (and the articles given), pausing between them."""

    def __init__(self, url: str, pause: float, articles: list[str]):
        super().__init__(daemon=True)
        self.url, self.pause = url, pause
        self.pages = [*PAGES, *(f"/article/{a}" for a in articles[:3])]
        self.stopped = threading.Event()
        self.seconds: list[float] = []
        self.slowest: tuple[float, str] = (0.0, "")
        self.failures: list[str] = []

    def run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=120) as client:
            while not self.stopped.is_set():
                for page in self.pages:
                    started = time.perf_counter()
                    status = client.get(page).status_code
                    seconds = time.perf_counter() - started
                    if status != 200:
                        self.failures.append(f"{page}: {status}")
                    self.seconds.append(seconds)
                    self.slowest = max(self.slowest, (seconds, page))
                    self.stopped.wait(self.pause)


class Corrector(threading.Thread):
    """Rejects one event through the workbench's form every `every` seconds."""

    def __init__(self, url: str, every: float, events: list[str], article: str):
        super().__init__(daemon=True)
        self.url, self.every, self.events, self.article = url, every, events, article
        self.stopped = threading.Event()
        self.seconds: list[float] = []
        self.failures = 0

    def run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=120) as client:
            page = client.get(f"/article/{self.article}").text
            key = re.search(r'name="form_key" value="([^"]+)"', page)
            assert key, "no correction form on the workbench"
            for event_id in self.events:
                if self.stopped.wait(self.every):
                    return
                started = time.perf_counter()
                form = {"form_key": key.group(1), "who": "bench", "why": "load test"}
                if client.post(f"/event/{event_id}/reject", data=form).status_code != 303:
                    self.failures += 1
                self.seconds.append(time.perf_counter() - started)


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


def serve(db: Path, *options: str) -> tuple[subprocess.Popen, str]:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [*FACTA, "serve", "--db", str(db), "--port", str(port), *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(f"{url}/", timeout=5)
            return server, url
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the workbench did not start")


def coding_run(folder: Path, name: str, source: Path, limit: int, activity: dict) -> dict:
    """Code the first batch, then the first `limit` articles, while the activity goes on."""
    db = folder / f"{name}.duckdb"
    facta("code", source, "--db", db, "--limit", BATCH_ARTICLES, "--quiet")
    articles = stored(db, "SELECT DISTINCT article_id FROM events ORDER BY 1")
    events = stored(db, "SELECT event_id FROM events ORDER BY 1")
    servers: list[subprocess.Popen] = []
    browsers: list[Browser] = []
    threads: list[Any] = []
    if activity.get("browse"):
        for options in ((), ("--allow-edits",)):
            server, url = serve(db, *options)
            servers.append(server)
            browsers.append(Browser(url, activity["pause"], articles))
        threads += browsers
        threads.append(Corrector(url, activity["correct_every"], events, articles[0]))
    if activity.get("exports"):
        threads.append(Exporter(db, folder))
    for thread in threads:
        thread.start()
    cpu_before, started = cpu_seconds(servers), time.perf_counter()
    try:
        coding = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("turn_waits.py"))]
            + ["code", str(source), "--db", str(db), "--limit", str(limit), "--quiet"],
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        for thread in threads:
            thread.stopped.set()
        for thread in threads:
            thread.join()
    turns = coding.stderr.split()
    result: dict[str, Any] = {
        "articles_per_s": round(last_run_speed(db), 2),
        "turns": int(turns[-3]),
        "seconds_getting_turns": float(turns[-1]),
    }
    if servers:  # the share of the machine the workbenches took from the coder
        share = (cpu_seconds(servers) - cpu_before) / (time.perf_counter() - started)
        result["workbench_cores_while_coding"] = round(share, 2)
    if browsers:
        result["pages_while_coding"] = latency([s for b in browsers for s in b.seconds])
        result["page_failures"] = [f for b in browsers for f in b.failures]
        result["slowest_page"] = max(b.slowest for b in browsers)[1]
        corrector = next(t for t in threads if isinstance(t, Corrector))
        result["corrections_while_coding"] = latency(corrector.seconds)
        result["correction_failures"] = corrector.failures
        idle = [Browser(b.url, b.pause, articles) for b in browsers]
        for browser in idle:
            browser.start()
        time.sleep(10)
        for browser in idle:
            browser.stopped.set()
            browser.join()
        result["pages_idle"] = latency([s for b in idle for s in b.seconds])
    for thread in threads:
        if isinstance(thread, Exporter):
            result["exports_while_coding"] = thread.done
    for server in servers:
        server.terminate()
        server.wait()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a JSONL file of articles (.gz allowed)")
    parser.add_argument("--limit", type=int, default=2000, help="articles of --corpus to code")
    parser.add_argument("--stories", type=int, default=600, help="synthetic stories otherwise")
    parser.add_argument("--pause", type=float, default=0.25, help="seconds between page requests")
    parser.add_argument(
        "--correct-every", type=float, default=5.0, help="seconds between web corrections"
    )
    parser.add_argument("--exports", action="store_true", help="also export while coding")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="pairs of runs, alternated (the machine's load varies)",
    )
    args = parser.parse_args()
    activity = {
        "browse": True,
        "pause": args.pause,
        "correct_every": args.correct_every,
        "exports": args.exports,
    }
    pairs = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source, limit = args.corpus, args.limit
        if source is None:
            source, limit = write_stories(folder / "stories.jsonl", args.stories), args.stories
        for number in range(args.repeat):
            alone = coding_run(folder, f"alone{number}", source, limit, {})
            in_use = coding_run(folder, f"in_use{number}", source, limit, activity)
            ratio = round(in_use["articles_per_s"] / alone["articles_per_s"], 3)
            pairs.append({"coding_alone": alone, "coding_with_workbench": in_use, "ratio": ratio})
            print(json.dumps(pairs[-1]), file=sys.stderr, flush=True)
    print(
        json.dumps(
            {
                "input": str(args.corpus or f"{args.stories} synthetic stories"),
                "articles": limit,
                "pause_s": args.pause,
                "correct_every_s": args.correct_every,
                "runs": pairs,
                "throughput_ratio_median": statistics.median(p["ratio"] for p in pairs),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
