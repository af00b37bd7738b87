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

    console = Console(width=max(Console().width, 120))
    db = Path(args.db)
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    files = sample_files()
    console.print(f"Coding the bundled sample corpus ({len(files)} files) into {db} …")
    summary = code_paths(files, db, PipelineOptions(model=args.model), workers=1)
    print_summary(summary, str(db), console)
    with Store(db, read_only=True) as store:
        show_events(store, console)
        show_pledges(store, console, str(db))
        show_turn(store, console)
    console.print(
        f"\nExplore further: facta events --db {db} | facta dyad CODMIL,CODGOV CODREB --db {db} "
        f"--plot dyad.png | facta pledges --db {db} | facta serve --db {db}"
    )
    return 0


def show_events(store: Store, console: Console, limit: int = 25) -> None:
    rows = store.con.execute(
        "SELECT date, source_code, cameo, plover_type, target_code, negated, future, "
        "hypothetical, anonymous, location_name FROM events WHERE NOT rejected "
        "ORDER BY date, article_id, sentence LIMIT ?",
        [limit],
    ).fetchall()
    table = Table(title=f"the first {len(rows)} events (of {store.counts()['events']})")
    for column in ("date", "source", "CAMEO", "PLOVER", "target", "qualified", "place"):
        table.add_column(column)
    for date, source, cameo, plover, target, neg, fut, hyp, anon, place in rows:
        flags = ("negated", neg), ("future", fut), ("hypothetical", hyp), ("anonymous", anon)
        table.add_row(
            str(date or ""),
            source or "—",
            cameo,
            plover or "",
            target or "—",
            ", ".join(name for name, value in flags if value),
            place or "",
        )
    console.print(table)


def show_pledges(store: Store, console: Console, db: str) -> None:
    from facta.cli.pledges import summary_table
    from facta.pledges import ledger

    console.print(summary_table(ledger(store), db))


def show_turn(store: Store, console: Console) -> None:
    """The storyline's main dyad before and after the cease-fire of 12 April 2025."""
    rows = store.con.execute(
        "SELECT date >= DATE '2025-04-12' AS after, "
        "count(*) FILTER (WHERE quad_class = 4), count(*) FILTER (WHERE quad_class = 3), "
        "count(*) FILTER (WHERE quad_class <= 2), round(sum(goldstein), 1) FROM events "
        "WHERE NOT rejected AND NOT (negated OR future OR hypothetical) AND date IS NOT NULL "
        "AND ((source_code LIKE 'COD%' AND source_code <> 'CODREB' AND target_code = 'CODREB') "
        "OR (source_code = 'CODREB' AND target_code LIKE 'COD%' AND target_code <> 'CODREB')) "
        "GROUP BY ALL ORDER BY after"
    ).fetchall()
    table = Table(title="Congo's state forces ↔ M23 around the 12 April cease-fire")
    for column in (
        "period",
        "material conflict",
        "verbal conflict",
        "cooperation",
        "Goldstein sum",
    ):
        table.add_column(column, justify="right")
    for after, material, verbal, cooperation, goldstein in rows:
        label = "after (7 weeks)" if after else "before (6 weeks)"
        table.add_row(label, str(material), str(verbal), str(cooperation), str(goldstein))
    console.print(table)
