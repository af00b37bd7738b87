"""`facta top actors|dyads`: the most active actors or pairs of actors in the store."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from facta.cli.events import add_filters, filters_from
from facta.cli.options import add_db
from facta.store import Store

HEADINGS = {
    "cooperative": "coop",
    "conflictual": "conflict",
    "goldstein_sum": "Goldstein Σ",
    "goldstein_mean": "mean",
    "as_source": "as source",
    "as_target": "as target",
}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("top", help="most active actors or dyads")
    parser.add_argument("what", choices=("actors", "dyads"))
    add_db(parser)
    parser.add_argument("-n", type=int, default=20, help="how many rows (default 20)")
    parser.add_argument(
        "--level",
        default="code",
        choices=("code", "country"),
        help="rank full codes (IRNMIL) or countries/organisations (IRN)",
    )
    parser.add_argument("--undirected", action="store_true", help="dyads: A→B and B→A together")
    parser.add_argument("--json", action="store_true", help="print JSON records")
    add_filters(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from facta.analysis import top_actors, top_dyads  # pandas, matplotlib: only when asked

    filters = filters_from(args)
    with Store(args.db, read_only=True) as store:
        if args.what == "actors":
            frame = top_actors(store, args.n, filters, args.level)
        else:
            frame = top_dyads(store, args.n, filters, args.level, directed=not args.undirected)
    if args.json:
        print(frame.to_json(orient="records", force_ascii=False))
        return 0
    table = Table(title=f"top {args.what} ({args.level})")
    for column in frame.columns:
        table.add_column(
            HEADINGS.get(column, column),
            justify="left" if column in ("actor", "source", "target") else "right",
        )
    for row in frame.itertuples(index=False):
        table.add_row(*(f"{v:.2f}" if isinstance(v, float) else str(v) for v in row))
    Console().print(table)
    return 0
