"""`facta bench`: throughput and memory of facta beside bare spaCy parsing."""

from __future__ import annotations

import argparse
import json
import os

from rich.console import Console
from rich.table import Table


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("bench", help="throughput and memory, beside bare spaCy")
    parser.add_argument(
        "--corpus", help="JSONL(.gz) articles or a directory (default: the bundled sample)"
    )
    parser.add_argument("--limit", type=int, help="use the first N articles")
    parser.add_argument(
        "--workers",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="processes for both runs (default 2)",
    )
    parser.add_argument("--model", help="an installed spaCy English pipeline")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage timing pass")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from facta.bench import run_bench

    result = run_bench(args.corpus, args.limit, args.workers, args.model, stages=not args.no_stages)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
        return 0
    table = Table(
        title=f"facta bench: {result.articles} articles, {result.words} words, {result.workers} processes"
    )
    table.add_column("")
    table.add_column("seconds", justify="right")
    table.add_column("words/s", justify="right")
    table.add_column("articles/s", justify="right")
    table.add_row(
        "facta end to end",
        str(result.facta_seconds),
        f"{result.facta_words_per_s:.0f}",
        f"{result.facta_articles_per_s:.1f}",
    )
    table.add_row(
        "bare spaCy nlp.pipe",
        str(result.spacy_seconds),
        f"{result.spacy_words_per_s:.0f}",
        f"{result.spacy_articles_per_s:.1f}",
    )
    console = Console()
    console.print(table)
    console.print(
        f"ratio facta ÷ spaCy: {result.ratio:.2f}   peak RSS: {result.peak_rss_mb:.0f} MB   events: {result.events}"
    )
    if result.stage_seconds:
        shares = ", ".join(f"{k} {v:.0%}" for k, v in result.stage_share.items())
        console.print(f"time per stage (one process, ≤300 articles): {shares}")
        console.print(
            f"gazetteer load: {result.gazetteer_load_s} s in the pipeline's process; a fresh "
            f"process with only the gazetteer: {result.gazetteer_cold_s} s, "
            f"{result.gazetteer_rss_mb} MB resident"
        )
    return 0
