"""`facta dyad A B`: how two actors treat each other over time, both directions."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from rich.console import Console
from rich.table import Table

from facta.cli.events import actor_code, add_filters, filters_from, iso_date
from facta.cli.options import add_db
from facta.exports.explain import why_none
from facta.store import Store


def plot_file(value: str) -> str:
    if not value.lower().endswith((".png", ".svg")):
        raise argparse.ArgumentTypeError(f"{value}: the plot file must end in .png or .svg.")
    return value


def mark(value: str) -> tuple[str, str]:
    when, _, label = value.partition(":")
    iso_date(when)
    return when, label.strip() or when


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("dyad", help="the relation between two actors over time")
    parser.add_argument(
        "a",
        metavar="A",
        type=actor_code,
        help="actor code or prefix (IRN, IRNMIL, IGOUNO), or several joined by commas",
    )
    parser.add_argument("b", metavar="B", type=actor_code, help="the other actor")
    add_db(parser)
    parser.add_argument("--by", default="week", choices=("day", "week", "month"))
    parser.add_argument(
        "--plot", metavar="FILE", type=plot_file, help="write a chart (.png or .svg)"
    )
    parser.add_argument(
        "--mark",
        action="append",
        default=[],
        type=mark,
        metavar="DATE:LABEL",
        help="a dated marker for the plot, e.g. 2025-04-12:cease-fire (repeatable)",
    )
    parser.add_argument("--json", action="store_true", help="print the series as JSON records")
    add_filters(parser, actors=False)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from facta.analysis import (  # pandas, matplotlib: only when asked
        dyad_series,
        pledge_markers,
        plot_dyad,
    )

    filters = filters_from(args)
    with Store(args.db, read_only=True) as store:
        series = dyad_series(store, args.a, args.b, by=args.by, filters=filters)
        reasons = (
            why_none(store, replace(filters, dyad=(args.a, args.b)), dated=True)
            if not (series["events"] > 0).any()
            else []
        )
        marks = [*args.mark, *(pledge_markers(store, args.a, args.b) if args.plot else [])]
    if args.plot:
        plot_dyad(series, args.plot, marks)
        print(f"plot written to {args.plot}", file=sys.stderr)
    if reasons:
        print(f"facta dyad: no dated events between {args.a} and {args.b}.", file=sys.stderr)
        for reason in reasons:
            print(f"  {reason}", file=sys.stderr)
    if args.json:
        records = series.assign(period=series["period"].dt.strftime("%Y-%m-%d"))
        print(records.to_json(orient="records", force_ascii=False))
        return 0
    if reasons:
        return 0
    active = series[series["events"] > 0]
    table = Table(title=f"{series.attrs['dyad'][0]} ↔ {series.attrs['dyad'][1]} per {args.by}")
    for column in ("period", "direction", "events", "coop", "conflict", "Goldstein sum", "mean"):
        table.add_column(column, justify="left" if column in ("period", "direction") else "right")
    for row in active.itertuples():
        table.add_row(
            row.period.strftime("%Y-%m-%d"),
            f"{row.source}→{row.target}",
            str(row.events),
            str(row.cooperative),
            str(row.conflictual),
            f"{row.goldstein_sum:+.1f}",
            f"{row.goldstein_mean:+.2f}",
        )
    Console().print(table)
    return 0
