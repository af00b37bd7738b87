"""`facta demo`: code the bundled sample corpus into a fresh store and show what came out."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.table import Table

from facta.cli.code import print_summary
from facta.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("demo", help="code the bundled sample corpus and show the results")
    parser.add_argument(
        "--db",
        default="facta-demo.duckdb",
        help="the store to (re)create (default ./facta-demo.duckdb)",
    )
    parser.add_argument("--model", help="an installed spaCy English pipeline")
    parser.set_defaults(run=run)


def sample_files() -> list[str]:
    from facta.bench import sample_corpus_path
    from facta.ingest.readers import is_supported

    root = sample_corpus_path()
    return [str(p) for p in sorted(root.rglob("*")) if p.is_file() and is_supported(p)]


def run(args: argparse.Namespace) -> int:
    from facta.pipeline import PipelineOptions
    from facta.runner import code_paths

    console = Console()
    db = Path(args.db)
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    files = sample_files()
    console.print(f"Coding the bundled sample corpus ({len(files)} files) into {db} …")
    summary = code_paths(files, db, PipelineOptions(model=args.model), workers=1)
    print_summary(summary, str(db), console)
    with Store(db, read_only=True) as store:
        show_events(store, console)
    console.print(
        f"\nExplore further: facta events --db {db} | facta dyad A B --db {db} | facta pledges --db {db} | facta serve --db {db}"
    )
    return 0


def show_events(store: Store, console: Console, limit: int = 40) -> None:
    rows = store.con.execute(
        "SELECT date, source_code, cameo, plover_type, target_code, negated, future, hypothetical, "
        "anonymous, location_name, rule FROM events ORDER BY date, article_id, sentence LIMIT ?",
        [limit],
    ).fetchall()
    table = Table(title=f"first {len(rows)} events (of {store.counts()['events']})")
    for column in ("date", "source", "CAMEO", "PLOVER", "target", "qualified", "place", "rule"):
        table.add_column(column)
    for date, source, cameo, plover, target, neg, fut, hyp, anon, place, rule in rows:
        flags = ",".join(
            n
            for n, v in (
                ("negated", neg),
                ("future", fut),
                ("hypothetical", hyp),
                ("anonymous", anon),
            )
            if v
        )
        table.add_row(
            str(date or ""),
            source or "—",
            cameo,
            plover or "",
            target or "—",
            flags,
            place or "",
            (rule or "")[:40],
        )
    console.print(table)
