"""`facta eval GOLD.jsonl`: code the gold sentences and score them (root, full code, dyad)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from facta.errors import InputError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("eval", help="score facta against a gold file")
    parser.add_argument(
        "gold", metavar="GOLD.jsonl", help="gold sentences (see README: gold format)"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--model", help="an installed spaCy English pipeline")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from facta import code_text
    from facta.evaluate import evaluate, format_report

    if not Path(args.gold).is_file():
        raise InputError(f"{args.gold}: no such gold file")

    def coder(text: str, date: str | None) -> list[dict]:
        return [event.to_dict() for event in code_text(text, date=date, model=args.model)]

    result = evaluate(args.gold, coder)
    print(json.dumps(result, indent=2) if args.json else format_report(result))
    return 0
