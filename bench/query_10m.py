"""Query speed on a large store: N synthetic events (default 10 million) written by SQL into a
DuckDB file with facta's schema, then the dyad, top actors/dyads and export queries timed.

    .venv/bin/python bench/query_10m.py [--events N] [--db FILE] [--keep]

Prints one JSON object: sizes, seconds to build, and per query the wall-clock seconds, the
CPU seconds and the rows returned (target: 1-2 s each).
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
from synthetic import event_codes

from facta.analysis import dyad_series, top_actors, top_dyads
from facta.exports import EventFilter, write_events
from facta.exports.query import flat_query
from facta.store import Store

ACTORS = [  # code, country, sectors: a skewed mix, the first ones drawn most often
    ("USAGOV", "USA", ["GOV"]),
    ("IRNGOV", "IRN", ["GOV"]),
    ("IRQGOV", "IRQ", ["GOV"]),
    ("USAMIL", "USA", ["MIL"]),
    ("IRNMIL", "IRN", ["MIL"]),
    ("IRQMIL", "IRQ", ["MIL"]),
    ("RUSGOV", "RUS", ["GOV"]),
    ("CHNGOV", "CHN", ["GOV"]),
    ("GBRGOV", "GBR", ["GOV"]),
    ("IGOUNO", "IGOUNO", []),
    ("CODGOV", "COD", ["GOV"]),
    ("CODREB", "COD", ["REB"]),
    ("RWAGOV", "RWA", ["GOV"]),
    ("ISR", "ISR", []),
    ("PSEREB", "PSE", ["REB"]),
    ("SDNREB", "SDN", ["REB"]),
    ("IRQCVL", "IRQ", ["CVL"]),
    ("REB", None, ["REB"]),
]
PLACES = [
    ("Baghdad", "IRQ", "Baghdad", 33.34, 44.40, 98182),
    ("Goma", "COD", "North Kivu", -1.68, 29.22, 216281),
    ("Tehran", "IRN", "Tehran", 35.69, 51.42, 112931),
]

EVENTS_SQL = """
INSERT INTO events (event_id, article_id, sentence, date, date_precision, source_code,
    source_country, source_sectors, source_name, target_code, target_country, target_sectors,
    target_name, cameo, root, quad_class, goldstein, plover_type, plover_mode, negated, future,
    hypothetical, attributed, anonymous, location_name, location_country, admin1, lat, lon,
    geonameid, rule, confidence, record, rejected, corrected)
SELECT printf('%016x', e.i), 'a' || (e.i // 5 * 10 // 9), (e.i % 5)::INTEGER,
       DATE '2000-01-01' + (hash(e.i, 1) % 9000)::INTEGER, 'day',
       s.code, s.country, s.sectors, s.code, t.code, t.country, t.sectors, t.code,
       c.code, c.root, c.quad_class, c.goldstein, c.plover_type, c.plover_mode,
       hash(e.i, 4) % 20 = 0, hash(e.i, 5) % 25 = 0, hash(e.i, 6) % 30 = 0,
       hash(e.i, 7) % 4 = 0, hash(e.i, 7) % 12 = 0,
       p.name, p.country, p.admin1, p.lat, p.lon, p.geonameid,
       'bench', 0.5, '{{}}', hash(e.i, 8) % 1000 = 0, false
FROM (SELECT range AS i FROM range({start}, {stop})) e
JOIN actors s ON s.i = {actors} - 1 - CAST(floor(sqrt(hash(e.i, 2) % {squares})) AS INTEGER)
JOIN actors t ON t.i = (s.i + 1 + hash(e.i, 3) % ({actors} - 1)) % {actors}
JOIN codes c ON c.i = hash(e.i, 9) % {codes}
LEFT JOIN places p ON p.i = hash(e.i, 10) % 5
"""

ARTICLES_SQL = """
INSERT INTO articles (article_id, title, published, pub_date, source, url, language, status,
    duplicate_of, words, run_id)
SELECT 'a' || i, 'story ' || i, NULL, DATE '2000-01-01' + (hash(i, 11) % 9000)::INTEGER,
       'publisher ' || (hash(i, 12) % 50), 'https://example.org/' || i, 'en',
       CASE WHEN i % 10 = 9 THEN 'duplicate' ELSE 'coded' END,
       CASE WHEN i % 10 = 9 THEN 'a' || (i - 1) END, 400, 'bench'
FROM range({articles}) t(i)
"""


def lookup_tables(store: Store) -> None:
    actors = pa.table(
        {
            "i": list(range(len(ACTORS))),
            "code": [a[0] for a in ACTORS],
            "country": [a[1] for a in ACTORS],
            "sectors": [a[2] for a in ACTORS],
        }
    )
    book = event_codes()
    codes = pa.table(
        {
            "i": list(range(len(book))),
            "code": [i.code for i in book],
            "root": [i.root for i in book],
            "quad_class": [i.quad_class for i in book],
            "goldstein": [i.goldstein for i in book],
            "plover_type": [i.plover_type for i in book],
            "plover_mode": [i.plover_mode for i in book],
        }
    )
    places = pa.table(
        {
            "i": list(range(len(PLACES))),
            **{
                name: [p[k] for p in PLACES]
                for k, name in enumerate(("name", "country", "admin1", "lat", "lon", "geonameid"))
            },
        }
    )
    for name, table in (("actors", actors), ("codes", codes), ("places", places)):
        store.con.register(f"{name}_arrow", table)
        store.con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM {name}_arrow")


def build(path: Path, events: int, chunk: int = 2_000_000) -> float:
    started = time.perf_counter()
    with Store(path) as store:
        lookup_tables(store)
        store.con.execute(ARTICLES_SQL.format(articles=events // 5 * 10 // 9 + 1))
        for start in range(0, events, chunk):
            store.con.execute(
                EVENTS_SQL.format(
                    start=start,
                    stop=min(events, start + chunk),
                    actors=len(ACTORS),
                    squares=len(ACTORS) ** 2,
                    codes=store.con.execute("SELECT count(*) FROM codes").fetchone()[0],
                )
            )
        store.con.execute("CHECKPOINT")
    return time.perf_counter() - started


def timed(action: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall seconds, CPU seconds of the whole process (DuckDB's threads included), result.
    On a shared machine the CPU figure says more than the wall clock."""
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    return (round(time.perf_counter() - started, 3), round(time.process_time() - cpu, 3), result)


def measure(path: Path) -> dict[str, Any]:
    wanted = EventFilter(actor="IRN", cameo="19", since="2005-01-01", until="2005-12-31")
    sql, params = flat_query(
        EventFilter(dyad=("USA", "IRN"), since="2005-01-01", until="2005-12-31")
    )
    results: dict[str, Any] = {}
    with Store(path, read_only=True) as store:
        results["events_in_store"] = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        runs = {
            "dyad_week_s": lambda: len(dyad_series(store, "USA", "IRN", by="week")),
            "dyad_month_countries_s": lambda: len(dyad_series(store, "IRQ", "IRN", by="month")),
            "top_actors_s": lambda: len(top_actors(store, 20)),
            "top_dyads_s": lambda: len(top_dyads(store, 20, level="country")),
            "export_filter_query_s": lambda: (
                store.con.cursor().sql(sql, params=params).to_arrow_table().num_rows
            ),
            "export_gdelt_write_s": lambda: write_events(store, "gdelt", io.StringIO(), wanted),
        }
        for name, action in runs.items():
            seconds, cpu, rows = timed(action)
            results[name] = seconds
            results[name.removesuffix("_s") + "_cpu_s"] = cpu
            results[name.removesuffix("_s") + "_rows"] = rows
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", help="store to build (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the store afterwards")
    parser.add_argument("--reuse", action="store_true", help="time an existing --db, build nothing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="facta-bench-") as folder:
        path = Path(args.db or Path(folder) / "bench.duckdb")
        build_seconds = None
        if not (args.reuse and args.db and path.exists()):
            path.unlink(missing_ok=True)
            build_seconds = round(build(path, args.events), 1)
        report = {
            "events": args.events,
            "build_s": build_seconds,
            "store_mb": round(path.stat().st_size / 1e6, 1),
            **measure(path),
        }
        if args.db and not args.keep:
            path.unlink(missing_ok=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
