"""`facta code PATH...`: ingest and code articles into the store."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
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

from facta.cli.options import add_db, add_pipeline, budget_number, pipeline_options
from facta.errors import InputError

if TYPE_CHECKING:
    from facta.runner import RunSummary

DEFAULT_EVERY_MINUTES = 5.0
MAX_ROUND_FAILURES = 5  # named after a round of a watch; the store's 'failures' table has all


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
    parser.add_argument(
        "--date", help="publication date (ISO 8601: 2008-05-14) for articles that carry none"
    )
    parser.add_argument(
        "--limit", type=positive, metavar="N", help="stop after the first N articles"
    )
    parser.add_argument(
        "--log-every",
        type=positive,
        default=100,
        metavar="N",
        help="when stderr is not a terminal (nohup, cron), a progress line every N articles "
        "(default 100)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress or summary table")
    parser.add_argument(
        "--watch",
        action="store_true",
        help="keep the store current: code what is new in the PATHs (files, folders, http(s) "
        "URLs of feeds or pages), look again every --every minutes, until Ctrl-C",
    )
    parser.add_argument(
        "--every",
        type=minutes,
        metavar="MINUTES",
        help=f"with --watch: minutes between looks (default {DEFAULT_EVERY_MINUTES:g})",
    )
    add_pipeline(parser)
    parser.set_defaults(run=run)


def positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1.")
    return number


minutes = budget_number(float, "a number of minutes")


def choose_workers(requested: int, total: int | None) -> int:
    if requested > 0:
        return requested
    if total is not None and total < 200:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def run(args: argparse.Namespace) -> int:
    from facta.runner import check_date, code_paths, estimate_total

    try:
        check_date(args.date)
        check_sources(args)
    except InputError as error:
        print(f"facta code: {error}", file=sys.stderr)
        return 2
    if args.watch:
        return watch(args)
    console = stderr_console()
    total = estimate_total(args.paths)
    if total is not None and args.limit:
        total = min(total, args.limit)
    workers = choose_workers(args.workers, total)

    stop = threading.Event()

    def code(on_progress: Callable[[int, int], None] | None = None) -> RunSummary:
        return code_paths(
            args.paths,
            args.db,
            pipeline_options(args),
            workers,
            on_progress,
            args.date,
            args.dask,
            args.limit,
            stop,
        )

    with stop_on_terminate(stop):
        if args.quiet:
            summary = code()
        elif not console.is_terminal:
            summary = code(progress_lines(args.log_every))
        else:
            summary = code_with_bar(code, console, total)
    if not args.quiet:
        print_summary(summary, args.db, console)
        if summary.counts["articles_seen"] == 0 and summary.counts["failures"] == 0:
            console.print(
                f"  no articles found in {' '.join(args.paths)}: facta reads .txt, .html/.htm, "
                ".jsonl[.gz], .rss/.atom/.xml and .warc[.gz] files.",
                highlight=False,
                markup=False,
                soft_wrap=True,
            )
    return 0


def check_sources(args: argparse.Namespace) -> None:
    """URLs and --every go with --watch; standard input and --limit do not."""
    from facta.watch import is_url

    if args.every is not None and not args.watch:
        raise InputError("--every goes with --watch (facta code PATH... --watch --every MINUTES).")
    if args.watch and "-" in args.paths:
        raise InputError("standard input cannot be watched; name files, folders or feed URLs.")
    if args.watch and args.limit:
        raise InputError("--limit does not go with --watch: a watch codes whatever is new.")
    url = next((name for name in args.paths if is_url(name)), None)
    if url and not args.watch:
        raise InputError(
            f"{url} is a web address: code it once with 'facta fetch URL', or keep coding "
            "what is new in it with --watch."
        )


def watch(args: argparse.Namespace) -> int:
    """Rounds of coding until Ctrl-C or SIGTERM: one line a round, and exit 0 when stopped."""
    from facta.watch import Watch

    stop = threading.Event()
    every = args.every or DEFAULT_EVERY_MINUTES
    console = stderr_console()
    watcher = Watch(
        args.paths,
        args.db,
        60 * every,
        pipeline_options(args),
        lambda articles: choose_workers(args.workers, articles),
        args.date,
        stop,
        lambda: None if args.quiet or console.is_terminal else progress_lines(args.log_every),
    )

    def report(summary: RunSummary | None) -> None:
        if args.quiet:
            return
        print(round_line(summary, every), file=sys.stderr, flush=True)
        for failure in summary.failures[:MAX_ROUND_FAILURES] if summary else ():
            print(f"  failed: {failure.origin}: {failure.reason}", file=sys.stderr, flush=True)

    # a stop within a round ends the round with KeyboardInterrupt: the watch is over, as asked
    with stop_on_terminate(stop), suppress(KeyboardInterrupt):
        watcher.run(report)
    print(
        "facta code: stopped watching; everything coded so far is in the store "
        "(the same command goes on from there).",
        file=sys.stderr,
    )
    return 0


def round_line(summary: RunSummary | None, every: float) -> str:
    """One round of a watch in one line."""
    stamp = time.strftime("%H:%M:%S")
    then = f"looking again in {every:g} min"
    if summary is None:
        return f"facta code: {stamp} nothing new; {then}."
    counts = summary.counts
    failed = counts["failures"]
    failures = f", {failed} failure{'s' if failed > 1 else ''}" if failed else ""
    return (
        f"facta code: {stamp} {counts['coded']} new articles coded, {counts['events']} events"
        f" ({counts['already_stored']} already in the store{failures}); {then}."
    )


def stderr_console() -> Console:
    """Rich output on stderr; in a log file (not a terminal) lines are never wrapped."""
    console = Console(stderr=True)
    return console if console.is_terminal else Console(stderr=True, width=200)


@contextmanager
def stop_on_terminate(stop: threading.Event) -> Iterator[None]:
    """SIGTERM (and Ctrl-C) end a run between batches: worker processes are shut down and
    their semaphores released, and the batches written so far stay in the store. (Raising in
    the handler could land inside a DuckDB query, which turns it into another error.)"""

    def request_stop(signum: int, frame: object) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt  # a second Ctrl-C: do not wait for the batches in flight
        stop.set()

    previous = {
        number: signal.signal(number, request_stop) for number in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def progress_lines(every: int) -> Callable[[int, int], None]:
    """A progress callback writing one plain line to stderr every `every` articles."""
    started = time.perf_counter()
    done = 0

    def log(count: int, events: int) -> None:
        nonlocal done
        before, done = done, done + count
        if done // every > before // every:
            rate = done / max(time.perf_counter() - started, 1e-9)
            print(
                f"facta code: {done} articles, {events} events, {rate:.1f} articles/s",
                file=sys.stderr,
                flush=True,
            )

    return log


def code_with_bar(
    code: Callable[[Callable[[int, int], None] | None], RunSummary],
    console: Console,
    total: int | None,
) -> RunSummary:
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

        return code(advance)


def print_summary(summary: RunSummary, db: str, console: Console) -> None:
    counts = summary.counts
    # names, reasons and URLs are printed as they are: "[/x]" in one is no Rich markup
    console.print(f"facta {summary.command} → {db}", soft_wrap=True, highlight=False, markup=False)
    table = Table(show_header=False)
    rate = counts["coded"] / summary.seconds if summary.seconds else 0.0
    rows = [
        ("articles read", counts["articles_seen"]),
        ("already in the store", counts["already_stored"]),
        ("coded", counts["coded"]),
        ("near-duplicates linked", counts["duplicates"]),
        ("skipped (not English)", counts["skipped"]),
        ("failures", counts["failures"]),
        ("undated (no date at all)", counts.get("undated", 0)),
        ("events", counts["events"]),
        ("seconds", f"{summary.seconds:.1f}"),
        ("articles/s", f"{rate:.1f}"),
        ("words/s", f"{summary.words / summary.seconds:.0f}" if summary.seconds else "0"),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)
    for failure in summary.failures:
        console.print(
            f"  failed: {failure.origin}: {failure.reason}",
            highlight=False,
            soft_wrap=True,
            markup=False,
        )
    if counts["failures"] > len(summary.failures):
        console.print(
            f"  … and {counts['failures'] - len(summary.failures)} more (table 'failures' in the store)"
        )
    for origin in summary.undated:
        console.print(
            f"  undated: {origin}: no publication date and no date in the text; its events "
            "are left out of time series (give one with --date)",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    if counts.get("undated", 0) > len(summary.undated):
        console.print(f"  … and {counts['undated'] - len(summary.undated)} more undated articles")
    sys.stderr.flush()
