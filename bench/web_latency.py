"""Workbench page latency on a large store: N synthetic events (default 1,000,000) written by SQL
into a DuckDB file with facta's schema, `facta serve` started on it, each page timed over HTTP.

    .venv/bin/python bench/web_latency.py [--events N] [--requests 10] [--db FILE] [--keep]

Prints one JSON object: build seconds, server start seconds, and per page the first request
and the median / 90th percentile / max of the following ones, in milliseconds (target: 300).
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from synthetic import create_code_table

from facta.store import Store

ACTORS = [
    "USAGOV",
    "IRNGOV",
    "IRQGOV",
    "USAMIL",
    "IRNMIL",
    "IRQMIL",
    "RUSGOV",
    "CHNGOV",
    "GBRGOV",
    "IGOUNO",
    "CODGOV",
    "CODREB",
    "RWAGOV",
    "ISR",
    "PSEREB",
    "SDNREB",
    "IRQCVL",
    "SYRGOV",
    "TURMIL",
    "AFGREB",
]
PLACES = [
    ("Baghdad", "IRQ", 33.34, 44.40),
    ("Goma", "COD", -1.68, 29.22),
    ("Tehran", "IRN", 35.69, 51.42),
    ("Kabul", "AFG", 34.53, 69.17),
    ("Gaza", "PSE", 31.50, 34.47),
    ("Khartoum", "SDN", 15.55, 32.53),
    ("Damascus", "SYR", 33.51, 36.29),
    ("Washington", "USA", 38.90, -77.04),
    ("Moscow", "RUS", 55.75, 37.62),
    ("Basra", "IRQ", 30.51, 47.81),
    ("Mosul", "IRQ", 36.34, 43.13),
    ("Kinshasa", "COD", -4.32, 15.31),
]
PAGES = {
    "overview": "/",
    "events": "/events",
    "events_filtered": "/events?actor=IRN&code=19&since=2005-01-01&until=2005-12-31",
    "events_sorted_page_50": "/events?sort=goldstein&order=asc&page=50&modality=all",
    "events_place_anonymous": "/events?place=Basra&attribution=anonymous",
    "map": "/map",
    "map_filtered": "/map?actor=CODREB&quad=4",
    "actor": "/actor/IRNGOV",
    # last: its first visit starts the pledge ledger in a background thread
    "dyad": "/dyad?a=USA&b=IRN&by=month",
}

ACTORS_SQL = """
CREATE TEMP TABLE bench_actors AS
    SELECT row_number() OVER () - 1 AS i, code,
           CASE WHEN code LIKE 'IGO%' THEN code ELSE left(code, 3) END AS country,
           CASE WHEN code LIKE 'IGO%' THEN []::VARCHAR[]
                WHEN length(code) > 3 THEN [substr(code, 4, 3)] ELSE []::VARCHAR[] END AS sectors
    FROM (SELECT unnest(?) AS code)
"""
PLACES_SQL = """
CREATE TEMP TABLE bench_places AS
    SELECT row_number() OVER () - 1 AS i, p[1] AS name, p[2] AS country,
           p[3]::DOUBLE AS lat, p[4]::DOUBLE AS lon FROM (SELECT unnest(?) AS p)
"""

ARTICLES_SQL = """
INSERT INTO articles (article_id, title, published, pub_date, source, language, status, text,
                      words, run_id)
SELECT 'a' || i, 'Synthetic story ' || i, NULL, DATE '2000-01-01' + (i * 7 % 9000)::INTEGER,
       'publisher ' || (i % 40), 'en', 'coded',
       'Synthetic story number ' || i || '. The government met the rebels in the capital. '
       || 'Troops attacked a village near the border, officials said.', 20, 'bench'
FROM range(?) t(i)
"""

EVENTS_SQL = """
INSERT INTO events (event_id, article_id, sentence, date, date_precision, source_code,
    source_country, source_sectors, source_name, target_code, target_country, target_sectors,
    target_name, cameo, root, quad_class, goldstein, plover_type, plover_mode, negated, future,
    hypothetical, attributed, anonymous, location_name, location_country, lat, lon, rule,
    confidence, record, rejected, corrected)
SELECT printf('%016x', e.i), 'a' || (e.i // 5), (e.i % 5)::INTEGER,
       DATE '2000-01-01' + (hash(e.i, 1) % 9000)::INTEGER, 'day',
       s.code, s.country, s.sectors, s.code, t.code, t.country, t.sectors, t.code,
       c.code, c.root, c.quad_class, c.goldstein, c.plover_type, c.plover_mode,
       hash(e.i, 4) % 20 = 0, hash(e.i, 5) % 25 = 0, hash(e.i, 6) % 30 = 0,
       hash(e.i, 7) % 4 = 0, hash(e.i, 7) % 12 = 0, p.name, p.country, p.lat, p.lon,
       'bench', 0.5,
       json_object('event_id', printf('%016x', e.i), 'article_id', 'a' || (e.i // 5),
                   'sentence', (e.i % 5)::INTEGER,
                   'date', strftime(DATE '2000-01-01' + (hash(e.i, 1) % 9000)::INTEGER,
                                    '%Y-%m-%d'),
                   'date_precision', 'day', 'cameo', c.code, 'root', c.root, 'quad_class', c.quad_class,
                   'goldstein', c.goldstein,
                   'source', json_object('code', s.code, 'country', s.country, 'text', s.code),
                   'target', json_object('code', t.code, 'country', t.country, 'text', t.code),
                   'plover', json_object('type', c.plover_type),
                   'modality', json_object('negated', hash(e.i, 4) % 20 = 0,
                                           'future', hash(e.i, 5) % 25 = 0,
                                           'hypothetical', hash(e.i, 6) % 30 = 0),
                   'attribution', json_object('speaker', NULL, 'text', NULL,
                                              'anonymous', hash(e.i, 7) % 12 = 0, 'cue', NULL,
                                              'chain', []::VARCHAR[]),
                   'location', json_object('name', p.name, 'country', p.country, 'lat', p.lat,
                                           'lon', p.lon),
                   'rule', 'bench', 'confidence', 0.5, 'promised', NULL,
                   'evidence', json_object('text', 'Troops attacked a village near the border',
                                           'trigger', [7, 15])),
       hash(e.i, 8) % 1000 = 0, false
FROM (SELECT range AS i FROM range({start}, {stop})) e
JOIN bench_actors s ON s.i = hash(e.i, 2) % {actors}
JOIN bench_actors t ON t.i = (s.i + 1 + hash(e.i, 3) % ({actors} - 1)) % {actors}
JOIN bench_codes c ON c.i = hash(e.i, 9) % {codes}
JOIN bench_places p ON p.i = hash(e.i, 10) % {places}
"""


def build(path: Path, events: int, chunk: int = 500_000) -> float:
    started = time.perf_counter()
    with Store(path) as store:
        con = store.con
        con.execute(ACTORS_SQL, [ACTORS])
        con.execute(PLACES_SQL, [[[p[0], p[1], str(p[2]), str(p[3])] for p in PLACES]])
        book = create_code_table(con)
        con.execute(ARTICLES_SQL, [events // 5 + 1])
        for start in range(0, events, chunk):
            con.execute(
                EVENTS_SQL.format(
                    start=start,
                    stop=min(events, start + chunk),
                    actors=len(ACTORS),
                    codes=len(book),
                    places=len(PLACES),
                )
            )
        con.execute("CHECKPOINT")
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(path: Path, port: int) -> tuple[subprocess.Popen, float]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "facta.cli.main", "serve", "--db", str(path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    while time.perf_counter() - started < 300:
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/facta.css", timeout=1)
            return process, time.perf_counter() - started
        except httpx.TransportError:
            if process.poll() is not None:
                raise SystemExit("the server exited while starting") from None
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("the server did not start within 300 s")


def time_pages(base: str, requests: int, events: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    pages = {"article": f"/article/a{events // 10}", **PAGES}
    with httpx.Client(base_url=base, timeout=120) as client:
        for name, url in pages.items():
            times = []
            for _ in range(requests + 1):
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {response.status_code}")
            rest = sorted(times[1:])
            results[name] = {
                "url": url,
                "first_ms": round(times[0], 1),
                "median_ms": round(statistics.median(rest), 1),
                "p90_ms": round(rest[int(0.9 * (len(rest) - 1))], 1),
                "max_ms": round(rest[-1], 1),
                "bytes": len(response.content),
            }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--db", type=Path, help="reuse or create this store (default: temporary)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="facta-web-bench-"))
    path = args.db or folder / "bench.duckdb"
    report: dict[str, Any] = {"events": args.events}
    if not path.exists():
        report["build_s"] = round(build(path, args.events), 1)
    port = free_port()
    process, startup = start_server(path, port)
    report["server_start_s"] = round(startup, 1)
    try:
        report["pages"] = time_pages(f"http://127.0.0.1:{port}", args.requests, args.events)
    finally:
        process.terminate()
        process.wait(timeout=30)
    if not (args.keep or args.db):
        path.unlink(missing_ok=True)
    report["over_300ms"] = [
        name for name, page in report["pages"].items() if page["median_ms"] > 300
    ]
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
