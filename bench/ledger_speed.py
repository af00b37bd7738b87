"""Pledge ledger speed on a large store: N synthetic events (default 100,000) written by SQL into a
DuckDB file with facta's schema and full record JSON, about 0.5% of them promises and threats
with the promised action set, then ledger() timed.

    .venv/bin/python bench/ledger_speed.py [--events N] [--db FILE] [--keep] [--reuse]
                                           [--profile] [--out LEDGER.json]

Prints one JSON object: sizes, build seconds, ledger wall and CPU seconds, pledges by status and
a digest of the ledger (equal digests = identical output, to compare two versions of the code).
Compare digests under one PYTHONHASHSEED: a mean Goldstein that falls exactly between two
rounded values may round either way with the order of a set of two countries.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from synthetic import create_code_table

from facta.codebook import lookup
from facta.pledges import ledger
from facta.pledges.knowledge import load_knowledge
from facta.store import Store

COUNTRIES = [
    "USA",
    "IRN",
    "IRQ",
    "RUS",
    "CHN",
    "COD",
    "RWA",
    "SYR",
    "ISR",
    "PSE",
    "SDN",
    "AFG",
    "TUR",
    "UKR",
    "SAU",
    "YEM",
    "LBN",
    "PAK",
    "IND",
    "GBR",
    "FRA",
    "EGY",
    "LBY",
    "SOM",
    "ETH",
    "KEN",
    "UGA",
    "NGA",
    "MLI",
    "VEN",
    "COL",
    "PRK",
    "KOR",
    "ARM",
    "AZE",
    "SRB",
    "GRC",
    "ITA",
    "ESP",
    "POL",
    "BRA",
    "ARG",
    "PER",
    "CHL",
    "CUB",
    "HTI",
    "NIC",
    "GTM",
    "HND",
    "SLV",
    "DZA",
    "MAR",
    "TUN",
    "JOR",
    "KWT",
    "QAT",
    "ARE",
    "OMN",
    "BHR",
    "IDN",
    "MYS",
    "PHL",
    "THA",
    "VNM",
    "MMR",
    "BGD",
    "LKA",
    "NPL",
    "KAZ",
    "UZB",
    "TJK",
    "GEO",
]
SECTORS = [["GOV"], ["MIL"], ["REB"], ["COP"], []]
# (pledge code, promised code, polarity): what a promise or threat event commits to
PLEDGES = [
    ("031", "060", "do"),
    ("032", "050", "do"),
    ("0332", "072", "do"),
    ("0332", "072", "stop"),
    ("034", "083", "do"),
    ("0351", "081", "do"),
    ("0356", "190", "stop"),
    ("036", "040", "do"),
    ("057", "087", "do"),
    ("057", "0874", "do"),
    ("0871", "190", "stop"),
    ("131", "160", "do"),
    ("1321", "1721", "do"),
    ("133", "140", "do"),
    ("138", "190", "do"),
    ("1381", "191", "do"),
    ("1383", "180", "do"),
    ("1385", "204", "do"),
]
# Sentence templates: {S} the source's words, {T} the target's, {X} another country's name
# (a tie phrase), {V} the trigger verb (the trigger span is found from it).
TEMPLATES = [
    "{S} {V} {T} near the border on Tuesday, officials said.",
    "{X}-backed fighters {V} {T} in the north, witnesses said.",
    "Militias loyal to {X} {V} {T} overnight.",
    "{S} halted and {V} {T} after talks in the capital.",
    "{S} said it will {V} {T} within ten days.",
    "Our forces will {V} {T} if the talks fail, {S} said.",
    "{S} promised to {V} {T} by June.",
    "{S} {V} {T} before the end of July, a spokesman said.",
]
VERBS = ["attacked", "supported", "met", "criticized", "shelled", "released", "warned", "aided"]

ARTICLES_SQL = """
INSERT INTO articles (article_id, title, published, pub_date, source, language, status, words,
                      run_id)
SELECT 'a' || i, 'Synthetic story ' || i, strftime(DATE '2000-01-01' + (i * 5 % 9000)::INTEGER
       + 1, '%Y-%m-%d'), DATE '2000-01-01' + (i * 5 % 9000)::INTEGER + 1, 'publisher ' || (i % 40),
       'en', 'coded', 20, 'bench'
FROM range(?) t(i)
"""
# One row per event: its draws, then the record built from them (the CONTRACT JSON).
EVENTS_SQL = """
INSERT INTO events (event_id, article_id, sentence, date, date_precision, source_code,
    source_country, source_sectors, source_name, target_code, target_country, target_sectors,
    target_name, cameo, root, quad_class, goldstein, plover_type, plover_mode, negated, future,
    hypothetical, attributed, anonymous, speaker_code, rule, confidence, promised_cameo, record,
    rejected, corrected)
WITH draws AS (
    SELECT e.i, printf('%016x', e.i) AS event_id, 'a' || (e.i // 5) AS article_id,
           (e.i % 5)::INTEGER AS sentence,
           DATE '2000-01-01' + ((e.i // 5) * 5 % 9000)::INTEGER - (hash(e.i, 1) % 3)::INTEGER
               + 1 AS day,
           hash(e.i, 20) % 1000 < {pledge_permille} AS pledged,
           s.code AS s_code, s.country AS s_country, s.sectors AS s_sectors, s.name AS s_name,
           s.texts[(1 + hash(e.i, 15) % len(s.texts))::BIGINT] AS s_text, t.code AS t_code,
           t.country AS t_country, t.sectors AS t_sectors, t.name AS t_name,
           t.texts[(1 + hash(e.i, 16) % len(t.texts))::BIGINT] AS t_text, x.name AS x_name,
           hash(e.i, 4) % 20 = 0 AS negated, hash(e.i, 5) % 60 = 0 AS future,
           hash(e.i, 6) % 30 = 0 AS hypothetical, hash(e.i, 7) % 4 = 0 AS spoken,
           hash(e.i, 11) % {templates} AS template, hash(e.i, 12) % {verbs} AS verb,
           p.code AS p_code, p.promised AS p_promised, p.polarity AS p_polarity,
           p.plover AS p_plover, c.code AS c_code
    FROM (SELECT range AS i FROM range({start}, {stop})) e
    JOIN bench_actors s ON s.i = hash(e.i, 2) % {actors}
    JOIN bench_actors t ON t.i = (s.i + 1 + hash(e.i, 3) % ({actors} - 1)) % {actors}
    JOIN bench_actors x ON x.i = hash(e.i, 13) % {actors}
    JOIN bench_pledges p ON p.i = hash(e.i, 14) % {pledge_kinds}
    JOIN bench_ordinary c ON c.i = hash(e.i, 9) % {codes}
), shaped AS (
    SELECT d.*, CASE WHEN pledged THEN p_code ELSE c_code END AS cameo,
           NOT pledged AND negated AS neg, NOT pledged AND future AS fut,
           NOT pledged AND hypothetical AS hyp,
           replace(replace(replace(replace(tpl.text, '{{S}}', s_text), '{{T}}', t_text),
                   '{{X}}', x_name), '{{V}}', v.word) AS sentence_text, v.word AS verb_word
    FROM draws d
    JOIN bench_templates tpl ON tpl.i = d.template
    JOIN bench_verbs v ON v.i = d.verb
), coded AS (
    SELECT sh.*, c.root, c.quad_class, c.goldstein, c.plover_type, c.plover_mode,
           strpos(sentence_text, verb_word) - 1 AS trigger_start,
           strpos(sentence_text, s_text) - 1 AS source_start
    FROM shaped sh JOIN bench_codes c ON c.code = sh.cameo
)
SELECT event_id, article_id, sentence, day, 'day', s_code, s_country, s_sectors, s_name, t_code,
       t_country, t_sectors, t_name, cameo, root, quad_class, goldstein, plover_type, plover_mode,
       neg, fut, hyp, spoken, false, CASE WHEN spoken THEN s_country || 'GOV' END, 'bench', 0.5,
       CASE WHEN pledged THEN p_promised END,
       json_object(
           'event_id', event_id, 'article_id', article_id, 'sentence', sentence,
           'date', strftime(day, '%Y-%m-%d'), 'date_precision', 'day',
           'source', json_object('code', s_code, 'country', s_country, 'sectors', s_sectors,
                                 'name', s_name, 'text', s_text),
           'target', json_object('code', t_code, 'country', t_country, 'sectors', t_sectors,
                                 'name', t_name, 'text', t_text),
           'cameo', cameo, 'root', root, 'quad_class', quad_class, 'goldstein', goldstein,
           'plover', json_object('type', plover_type, 'mode', plover_mode,
                                 'context', []::VARCHAR[]),
           'modality', json_object('negated', neg, 'future', fut, 'hypothetical', hyp),
           'attribution', CASE WHEN spoken THEN json_object(
               'speaker', json_object('code', s_country || 'GOV', 'country', s_country,
                                      'sectors', ['GOV'], 'name', s_name,
                                      'text', 'a spokesman'),
               'text', 'a spokesman', 'anonymous', false, 'cue', 'said',
               'chain', []::VARCHAR[])
               ELSE json_object('speaker', NULL, 'text', NULL, 'anonymous', false,
                                'cue', NULL, 'chain', []::VARCHAR[]) END,
           'location', NULL,
           'evidence', json_object('text', sentence_text,
                                   'trigger', [trigger_start, trigger_start + length(verb_word)],
                                   'source', CASE WHEN source_start >= 0 THEN
                                       [source_start, source_start + length(s_text)] END,
                                   'target', NULL),
           'rule', 'bench', 'confidence', 0.5,
           'promised', CASE WHEN pledged THEN json_object(
               'cameo', p_promised, 'plover', p_plover, 'polarity', p_polarity,
               'text', p_polarity || ' ' || p_promised) END),
       hash(i, 8) % 1000 = 0, false
FROM coded
"""


def actors() -> list[list[Any]]:
    """Rows (i, code, country, sectors, name, ways a sentence names the actor)."""
    names = load_knowledge().names
    found: list[list[Any]] = []
    for country in COUNTRIES:
        name = names[country][0]
        for sectors in SECTORS:
            texts = {
                "GOV": [
                    f"the {name} government",
                    name,
                    f"officials in {name}",
                    f"{name}'s foreign ministry",
                ],
                "MIL": [f"{name} troops", f"the {name} army", f"{name} forces"],
                "REB": ["rebels", "insurgents", f"rebels in {name}"],
                "COP": ["police", f"{name} police"],
            }.get(sectors[0] if sectors else "", [name])
            found.append([len(found), country + "".join(sectors), country, sectors, name, texts])
    return found


def build(path: Path, events: int, pledge_permille: int, chunk: int = 250_000) -> float:
    started = time.perf_counter()
    with Store(path) as store:
        con = store.con
        cast = actors()
        con.execute(
            "CREATE TEMP TABLE bench_actors (i INTEGER, code VARCHAR, country VARCHAR, "
            "sectors VARCHAR[], name VARCHAR, texts VARCHAR[])"
        )
        con.executemany("INSERT INTO bench_actors VALUES (?, ?, ?, ?, ?, ?)", cast)
        book = create_code_table(con)
        # ordinary events never carry a pledge code: promises and threats are drawn apart
        knowledge = load_knowledge()
        ordinary = [b.code for b in book if knowledge.pledge_code(b.code) is None]
        con.execute("CREATE TEMP TABLE bench_ordinary (i INTEGER, code VARCHAR)")
        con.executemany("INSERT INTO bench_ordinary VALUES (?, ?)", list(enumerate(ordinary)))
        con.execute(
            "CREATE TEMP TABLE bench_pledges (i INTEGER, code VARCHAR, promised VARCHAR, "
            "polarity VARCHAR, plover VARCHAR)"
        )
        con.executemany(
            "INSERT INTO bench_pledges VALUES (?, ?, ?, ?, ?)",
            [
                [i, code, promised, polarity, lookup(promised).plover_type]
                for i, (code, promised, polarity) in enumerate(PLEDGES)
            ],
        )
        for name, values in (("bench_templates", TEMPLATES), ("bench_verbs", VERBS)):
            con.execute(
                f"CREATE TEMP TABLE {name} (i INTEGER, {'text' if 'tem' in name else 'word'} "
                "VARCHAR)"
            )
            con.executemany(f"INSERT INTO {name} VALUES (?, ?)", list(enumerate(values)))
        con.execute(ARTICLES_SQL, [events // 5 + 1])
        for start in range(0, events, chunk):
            con.execute(
                EVENTS_SQL.format(
                    start=start,
                    stop=min(events, start + chunk),
                    actors=len(cast),
                    codes=len(ordinary),
                    pledge_permille=pledge_permille,
                    pledge_kinds=len(PLEDGES),
                    templates=len(TEMPLATES),
                    verbs=len(VERBS),
                )
            )
        con.execute("CHECKPOINT")
    return time.perf_counter() - started


def measure(path: Path, profile: bool, out: Path | None) -> dict[str, Any]:
    with Store(path, read_only=True) as store:
        report: dict[str, Any] = {
            "events_in_store": store.con.execute("SELECT count(*) FROM events").fetchone()[0],
            "promise_events": store.con.execute(
                "SELECT count(*) FROM events WHERE promised_cameo IS NOT NULL"
            ).fetchone()[0],
        }
        profiler = cProfile.Profile() if profile else None
        started, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        records = ledger(store)
        if profiler:
            profiler.disable()
        report["ledger_s"] = round(time.perf_counter() - started, 2)
        report["ledger_cpu_s"] = round(time.process_time() - cpu, 2)
    text = json.dumps(records, sort_keys=True, ensure_ascii=False)
    report["pledges"] = len(records)
    report["statuses"] = dict(Counter(r["status"] for r in records))
    report["evidence_links"] = sum(len(r["evidence"]) for r in records)
    report["digest"] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    if out:
        out.write_text(text, encoding="utf-8")
    if profiler:
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(30)
        report["profile"] = stream.getvalue().splitlines()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--pledge-permille",
        type=int,
        default=5,
        help="promise and threat events per thousand (default 5 = 0.5%%)",
    )
    parser.add_argument("--db", help="store to build (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the --db store afterwards")
    parser.add_argument("--reuse", action="store_true", help="time an existing --db, build nothing")
    parser.add_argument("--profile", action="store_true", help="add a cProfile summary")
    parser.add_argument("--out", type=Path, help="write the ledger records to this JSON file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="facta-ledger-bench-") as folder:
        path = Path(args.db or Path(folder) / "bench.duckdb")
        build_seconds = None
        if not (args.reuse and args.db and path.exists()):
            path.unlink(missing_ok=True)
            build_seconds = round(build(path, args.events, args.pledge_permille), 1)
        report = {
            "build_s": build_seconds,
            "store_mb": round(path.stat().st_size / 1e6, 1),
            **measure(path, args.profile, args.out),
        }
        if args.db and not args.keep and not args.reuse:
            path.unlink(missing_ok=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
