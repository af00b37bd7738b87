"""`facta network`: the actor network as GraphML or JSON (nodes, weighted directed edges)."""

from __future__ import annotations

import argparse
import json
import sys

from facta.cli.events import add_filters, filters_from
from facta.cli.options import add_db
from facta.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("network", help="the actor network (GraphML or JSON)")
    add_db(parser)
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="FILE.graphml or FILE.json (default: JSON on stdout)"
    )
    parser.add_argument(
        "--level",
        default="country",
        choices=("code", "country"),
        help="nodes are countries/organisations (default) or full codes",
    )
    add_filters(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from facta.analysis import network, to_json  # pandas, matplotlib: only when asked

    with Store(args.db, read_only=True) as store:
        graph = network(store, filters_from(args), args.level)
    if args.output:
        graph.write(args.output)
        print(
            f"{len(graph.nodes)} actors, {len(graph.edges)} edges written to {args.output}",
            file=sys.stderr,
        )
    else:
        print(json.dumps(to_json(graph), ensure_ascii=False))
    return 0
