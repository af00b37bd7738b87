"""Hostile inputs at scale: one `facta code` run over a directory of a thousand and more hostile
inputs of every kind (tests/reliability/hostile.py), then the worst of them coded alone.

    .venv/bin/python bench/hostile.py [--copies 11] [--heavy 3] [--workers 2] [--dir DIR]

Prints one JSON object: the number of inputs; the big run's exit status, wall time and peak
resident memory (the largest process), tracebacks in its output, what it stored (articles by
status, failures, events) and whether the summary said the same; inputs no row accounts for;
what a second run added; then, for one input of every kind and for the largest inputs, each
coded alone in a fresh `facta code` (default budget): wall and processor seconds, both also
beyond the start-up of a run on one short story, and peak resident memory. `slowest` (by
processor time, which other work on the machine does not inflate) and `largest` list the top
ten; `worst_alone` the maxima over all of them. `scaling`: texts crowded with names, quotes or
one sentence repeated, coded whole at growing sizes (processor seconds per 100,000 characters).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "reliability"))
from hostile import SCALED_TEXTS, Manifest, make_readable, write_hostile_corpus  # noqa: E402

FACTA = [sys.executable, "-m", "facta.cli.main", "code"]


def run(command: list[str]) -> dict[str, Any]:
    """Wall seconds, peak resident MB (the largest process of the tree) and output of a run."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode("utf-8", "replace") + err.read().decode("utf-8", "replace")
    return {
        "exit": process.returncode,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "tracebacks": text.count("Traceback"),
        "output": text,
    }


def stored(db: Path) -> dict[str, Any]:
    with duckdb.connect(str(db), read_only=True) as con:
        statuses = dict(con.execute("SELECT status, count(*) FROM articles GROUP BY 1").fetchall())
        return {
            "articles": statuses,
            "failures": con.execute("SELECT count(*) FROM failures").fetchone()[0],
            "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
            "origins": [
                row[0]
                for row in con.execute(
                    "SELECT origin FROM articles UNION ALL SELECT origin FROM failures"
                ).fetchall()
            ],
            "last_run": dict(
                zip(
                    ("coded_events", "duplicates", "skipped", "failures"),
                    con.execute(
                        "SELECT events, duplicates, skipped, failures FROM runs "
                        "ORDER BY started DESC LIMIT 1"
                    ).fetchone(),
                    strict=True,
                )
            ),
        }


def one_of_each_kind(manifest: Manifest, largest: int = 10) -> list[tuple[str, Path]]:
    """(kind, file) for the first file of every kind, and the largest files."""
    files: dict[Path, str] = {}
    for origin, kind in manifest.expected.items():
        path = Path(origin.split(".jsonl:")[0] + ".jsonl" if ".jsonl:" in origin else origin)
        if path.is_file() and not path.is_symlink():
            files.setdefault(path, kind)
    chosen: dict[Path, str] = {}
    for path, kind in files.items():
        if kind not in chosen.values():
            chosen[path] = kind
    for path in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:largest]:
        chosen[path] = files[path]
    return [(kind, path) for path, kind in chosen.items()]


def alone(inputs: list[tuple[str, Path]], work: Path) -> list[dict[str, Any]]:
    """Each input coded by itself in a fresh process."""
    story = work / "baseline.txt"
    story.write_text("Rebels attacked the town of Goma on Monday, the army said.\n")
    base = run([*FACTA, str(story), "--db", str(work / "base.duckdb"), "--quiet"])
    rows = []
    for number, (kind, path) in enumerate(inputs):
        measured = run([*FACTA, str(path), "--db", str(work / f"alone-{number}.duckdb"), "--quiet"])
        rows.append(
            {
                "input": str(path.relative_to(path.parents[1])),
                "kind": kind,
                "bytes": path.stat().st_size,
                "seconds": measured["seconds"],
                "beyond_startup_s": round(measured["seconds"] - base["seconds"], 2),
                "cpu_seconds": measured["cpu_seconds"],
                "cpu_beyond_startup_s": round(measured["cpu_seconds"] - base["cpu_seconds"], 2),
                "peak_rss_mb": measured["peak_rss_mb"],
                "exit": measured["exit"],
                "tracebacks": measured["tracebacks"],
            }
        )
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


def scaling(work: Path, sizes: list[int]) -> dict[str, list[dict[str, Any]]]:
    """Texts crowded with names, quotes or one repeated sentence, coded whole (a budget large
    enough) at growing sizes: processor seconds per 100,000 characters stay flat when nothing
    grows faster than the text."""
    folder = work / "scaling"
    folder.mkdir(exist_ok=True)
    story = folder / "baseline.txt"
    story.write_text("Rebels attacked the town of Goma on Monday, the army said.\n")
    base = run([*FACTA, str(story), "--db", str(folder / "base.duckdb"), "--quiet"])
    found: dict[str, list[dict[str, Any]]] = {}
    for kind, make in SCALED_TEXTS.items():
        for size in sizes:
            path = folder / f"{kind.replace(' ', '-')}-{size}.txt"
            path.write_text(make(size))
            db = folder / f"{path.stem}.duckdb"
            budget = ["--max-seconds", "3600", "--max-memory", "4000", "--quiet"]
            measured = run([*FACTA, str(path), "--db", str(db), *budget])
            with duckdb.connect(str(db), read_only=True) as con:
                coded = con.execute("SELECT count(*) FROM articles WHERE status = 'coded'")
                whole = coded.fetchone()[0] == 1
                events = con.execute("SELECT count(*) FROM events").fetchone()[0]
            cpu = measured["cpu_seconds"] - base["cpu_seconds"]
            found.setdefault(kind, []).append(
                {
                    "chars": path.stat().st_size,
                    "coded": whole,
                    "events": events,
                    "cpu_beyond_startup_s": round(cpu, 2),
                    "cpu_s_per_100k_chars": round(cpu * 100_000 / path.stat().st_size, 2),
                    "peak_rss_mb": measured["peak_rss_mb"],
                }
            )
            print(json.dumps({kind: found[kind][-1]}), file=sys.stderr, flush=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=11, help="variants of each light kind")
    parser.add_argument("--heavy", type=int, default=3, help="variants of each heavy kind")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path, help="work here (default: a temporary directory)")
    parser.add_argument(
        "--scaling",
        type=int,
        nargs="*",
        default=[50_000, 200_000, 800_000],
        metavar="CHARS",
        help="sizes at which crowded texts are coded whole (none: skip)",
    )
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="facta-hostile-"))
    corpus = work / "in"
    manifest = write_hostile_corpus(corpus, copies=args.copies, heavy=args.heavy)
    db = work / "hostile.duckdb"
    command = [*FACTA, str(corpus), "--db", str(db), "--workers", str(args.workers)]
    first = run(command)
    found = stored(db)
    second = run(command)
    again = stored(db)
    singles = alone(one_of_each_kind(manifest), work)
    scaled = scaling(work, args.scaling) if args.scaling else {}
    make_readable(corpus)
    report = {
        "command": " ".join(
            ["facta code", str(corpus), "--db", str(db), "--workers", str(args.workers)]
        ),
        "load_average": os.getloadavg(),
        "cpus": os.cpu_count(),
        "inputs": len(manifest.expected),
        "exact_repeats": len(manifest.repeats),
        "run": {k: v for k, v in first.items() if k != "output"},
        "stored": {k: v for k, v in found.items() if k != "origins"},
        "unaccounted": manifest.unaccounted(found["origins"]),
        "second_run": {
            "exit": second["exit"],
            "tracebacks": second["tracebacks"],
            "seconds": second["seconds"],
            "added_articles": sum(again["articles"].values()) - sum(found["articles"].values()),
            "added_events": again["events"] - found["events"],
            "added_failures": again["failures"] - found["failures"],
        },
        "slowest": sorted(singles, key=lambda r: r["cpu_seconds"], reverse=True)[:10],
        "largest": sorted(singles, key=lambda r: r["bytes"], reverse=True)[:10],
        "worst_alone": {
            "seconds": max(r["seconds"] for r in singles),
            "beyond_startup_s": max(r["beyond_startup_s"] for r in singles),
            "cpu_beyond_startup_s": max(r["cpu_beyond_startup_s"] for r in singles),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in singles),
            "tracebacks": sum(r["tracebacks"] for r in singles),
            "nonzero_exits": sum(r["exit"] != 0 for r in singles),
        },
    }
    report["scaling"] = scaled
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
