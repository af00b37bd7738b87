"""`facta events`: export the store's events as JSONL, CSV, Parquet, GDELT, ICEWS or PLOVER.

Also holds the filter options that `facta dyad`, `facta top` and `facta network` share.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from facta.cli.options import add_db
from facta.exports import FORMATS, EventFilter, write_events
from facta.exports.explain import why_none
from facta.exports.filters import FilterError, actor_pattern, parse_date
from facta.store import Store


def _checked(convert: Callable[[str], object]) -> Callable[[str], str]:
    """An argparse type that rejects a bad value as a usage error (exit 2)."""

    def check(value: str) -> str:
        try:
            convert(value)
        except FilterError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        return value

    return check


def modalities(value: str) -> tuple[str, ...]:
    """--include values: one or several joined by commas (future,negated)."""
    names = tuple(name.strip().lower() for name in value.split(",") if name.strip())
    choices = ("negated", "future", "hypothetical", "all")
    wrong = [name for name in names if name not in choices]
    if wrong or not names:
        raise argparse.ArgumentTypeError(
            f"{(wrong or [value])[0]!r} is not one of {', '.join(choices)} "
            "(join several with commas)."
        )
    return names


actor_code = _checked(actor_pattern)
iso_date = _checked(lambda value: parse_date(value, "the value"))
cameo_code = _checked(lambda value: EventFilter(cameo=value).where())


def add_filters(parser: argparse.ArgumentParser, actors: bool = True) -> None:
    group = parser.add_argument_group("filters (combined with AND)")
    if actors:
        group.add_argument(
            "--actor", type=actor_code, help="source or target code prefix: IRN, IRNMIL, IGOUNO"
        )
        group.add_argument("--source", type=actor_code, help="source code prefix")
        group.add_argument("--target", type=actor_code, help="target code prefix")
        group.add_argument(
            "--dyad", nargs=2, type=actor_code, metavar=("A", "B"), help="A→B and B→A events"
        )
    group.add_argument(
        "--cameo", type=cameo_code, help="CAMEO code or prefix: 19 (root), 190, 0311"
    )
    group.add_argument("--quad", type=int, choices=(1, 2, 3, 4), help="quad class")
    group.add_argument("--since", type=iso_date, help="first date, inclusive (YYYY-MM-DD)")
    group.add_argument("--until", type=iso_date, help="last date, inclusive (YYYY-MM-DD)")
    group.add_argument(
        "--country", type=actor_code, help="source, target or location country (ISO alpha-3)"
    )
    group.add_argument(
        "--include",
        action="append",
        default=[],
        type=modalities,
        metavar="negated,future,hypothetical,all",
        help="also keep events of these modalities (comma-separated or repeated); default: "
        "asserted events only",
    )
    sourcing = group.add_mutually_exclusive_group()
    sourcing.add_argument("--anonymous", action="store_true", help="anonymously sourced only")
    sourcing.add_argument("--not-anonymous", action="store_true", help="no anonymous sources")
    speech = group.add_mutually_exclusive_group()
    speech.add_argument(
        "--attributed", action="store_true", help='reported speech only ("officials said")'
    )
    speech.add_argument(
        "--unattributed", action="store_true", help="only events the article itself asserts"
    )
    group.add_argument("--place", help="location or province name, or a GeoNames id")


def filters_from(args: argparse.Namespace) -> EventFilter:
    anonymous = True if args.anonymous else False if args.not_anonymous else None
    attributed = True if args.attributed else False if args.unattributed else None
    return EventFilter(
        actor=getattr(args, "actor", None),
        source=getattr(args, "source", None),
        target=getattr(args, "target", None),
        dyad=tuple(args.dyad) if getattr(args, "dyad", None) else None,
        cameo=args.cameo,
        quad_class=args.quad,
        since=args.since,
        until=args.until,
        country=args.country,
        include=tuple(dict.fromkeys(name for names in args.include for name in names)),
        anonymous=anonymous,
        attributed=attributed,
        place=args.place,
    )


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "events", help="export events (JSONL, CSV, Parquet, GDELT, ICEWS, PLOVER)"
    )
    add_db(parser)
    parser.add_argument("--format", default="jsonl", choices=FORMATS, help="default: jsonl")
    parser.add_argument("-o", "--output", help="output file (default: stdout; parquet needs one)")
    add_filters(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    filters = filters_from(args)
    with Store(args.db, read_only=True) as store:
        count = write_events(store, args.format, args.output, filters)
        reasons = why_none(store, filters) if count == 0 else []
    if args.output:
        print(f"{count} events written to {args.output} ({args.format}).", file=sys.stderr)
    elif count == 0:
        print("facta events: 0 events matched.", file=sys.stderr)
    for reason in reasons:
        print(f"  {reason}", file=sys.stderr)
    return 0
