"""`facta code PATH...`: ingest and code articles into the store."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from facta.cli.options import add_db, add_pipeline, pipeline_options

if TYPE_CHECKING:
    from facta.runner import RunSummary


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("code", help="ingest and code articles into the store")
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or directories (.txt, .html, .jsonl[.gz], .rss/.xml, .warc[.gz]) or - for JSONL on stdin",
    )
    add_db(parser)
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="processes (default: 1 for small inputs, else the number of cores)",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        nargs="?",
        const="local",
        help="run on Dask: a scheduler address (tcp://host:8786), or no value for a local cluster",
    )
    parser.add_argument("--date", help="publication date (ISO 8601) for articles that carry none")
    parser.add_argument("--quiet", action="store_true", help="no progress bar or summary table")
    add_pipeline(parser)
    parser.set_defaults(run=run)


def choose_workers(requested: int, total: int | None) -> int:
    if requested > 0:
        return requested
    if total is not None and total < 200:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def run(args: argparse.Namespace) -> int:
    from facta.runner import code_paths, estimate_total

    console = Console(stderr=True)
    total = estimate_total(args.paths)
    workers = choose_workers(args.workers, total)

    def code(on_progress=None):  # noqa: ANN001, ANN202 (a local helper)
        return code_paths(
            args.paths, args.db, pipeline_options(args), workers, on_progress, args.date, args.dask
        )

    if args.quiet or not console.is_terminal:
        summary = code()
    else:
        columns = (
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s · {task.fields[events]} events"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
        )
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("code", total=total, rate=0.0, events=0)

            def advance(done: int, events: int) -> None:
                elapsed = progress.tasks[0].elapsed or 1e-9
                completed = progress.tasks[0].completed + done
                progress.update(task, advance=done, events=events, rate=completed / elapsed)

            summary = code(advance)
    if not args.quiet:
        print_summary(summary, args.db, console)
    return 0


def print_summary(summary: RunSummary, db: str, console: Console) -> None:
    counts = summary.counts
    table = Table(title=f"facta code → {db}", show_header=False)
    rate = counts["coded"] / summary.seconds if summary.seconds else 0.0
    rows = [
        ("articles read", counts["articles_seen"]),
        ("already in the store", counts["already_stored"]),
        ("coded", counts["coded"]),
        ("near-duplicates linked", counts["duplicates"]),
        ("skipped (not English)", counts["skipped"]),
        ("failures", counts["failures"]),
        ("events", counts["events"]),
        ("seconds", f"{summary.seconds:.1f}"),
        ("articles/s", f"{rate:.1f}"),
        ("words/s", f"{summary.words / summary.seconds:.0f}" if summary.seconds else "0"),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)
    for failure in summary.failures:
        console.print(f"  failed: {failure.origin}: {failure.reason}", highlight=False)
    if counts["failures"] > len(summary.failures):
        console.print(
            f"  … and {counts['failures'] - len(summary.failures)} more (table 'failures' in the store)"
        )
    sys.stderr.flush()
