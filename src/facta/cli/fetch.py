"""`facta fetch URL...`: download pages or feeds (the only networked command) and code them."""

from __future__ import annotations

import argparse
import sys

from facta.cli.code import choose_workers, print_summary, stderr_console
from facta.cli.options import add_db, add_pipeline, pipeline_options


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("fetch", help="download web pages or RSS/Atom feeds and code them")
    parser.add_argument(
        "urls", nargs="+", metavar="URL", help="http(s) URLs of article pages or feeds"
    )
    add_db(parser)
    parser.add_argument(
        "--max-mb", type=float, default=5.0, help="refuse responses larger than this (default 5 MB)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        help="seconds a whole request may take, redirects included (default 20)",
    )
    parser.add_argument("--quiet", action="store_true", help="no summary table")
    add_pipeline(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from facta.ingest.fetch import fetch_articles
    from facta.runner import Coder
    from facta.store import Store

    items = fetch_articles(args.urls, int(args.max_mb * 1024 * 1024), args.timeout)
    with Store(args.db) as store:
        store.release()  # the coder opens it for each batch in turn
        coder = Coder(store, pipeline_options(args), choose_workers(0, len(args.urls)))
        summary = coder.run_items(items, args.urls, "fetch")
    if not args.quiet:
        print_summary(summary, args.db, stderr_console())
    if summary.counts["articles_seen"] == 0 and summary.counts["failures"]:
        print(
            f"facta fetch: none of the {len(args.urls)} URLs gave an article "
            f"({summary.counts['failures']} refused or failed; see above or the store's "
            "'failures' table).",
            file=sys.stderr,
        )
        return 1
    return 0
