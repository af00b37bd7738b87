"""`facta eval GOLD.jsonl`: code a gold file and score it — sentences' events, whole
articles' events, actor phrases or places.

The kind of gold is read from its first record (`article_id` without `text`: articles of
the corpus named by --corpus; `events`, `place`, or an actor `code`), or given with --kind.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from facta.errors import InputError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("eval", help="score facta against a gold file")
    parser.add_argument("gold", metavar="GOLD.jsonl", help="gold file (see README: gold format)")
    parser.add_argument(
        "--kind",
        choices=("events", "articles", "actors", "places"),
        help="what the gold file scores (default: guessed)",
    )
    parser.add_argument(
        "--corpus",
        metavar="FILE.jsonl[.gz]",
        help="for article gold: the corpus its article ids and offsets point into",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--model", help="an installed spaCy English pipeline")
    parser.set_defaults(run=run)


def guess_kind(path: Path) -> str:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(f"{path}: the first record is not JSON") from None
                if "article_id" in first and "text" not in first:
                    return "articles"
                if "events" in first:
                    return "events"
                if "place" in first:
                    return "places"
                if "code" in first:
                    return "actors"
                break
    raise InputError(f"{path}: cannot tell what this gold file scores; pass --kind")


def run(args: argparse.Namespace) -> int:
    from facta import evaluate as scoring

    gold = Path(args.gold)
    if not gold.is_file():
        raise InputError(f"{args.gold}: no such gold file")
    kind = args.kind or guess_kind(gold)
    if kind == "articles":
        from facta import evaluate_articles as articles

        if not args.corpus:
            raise InputError(f"{gold} is article gold: name its corpus with --corpus FILE")
        if not Path(args.corpus).is_file():
            raise InputError(f"{args.corpus}: no such corpus file")
        corpus = articles.load_corpus(args.corpus)
        result = articles.evaluate_articles(gold, corpus, articles.facta_article_coder(args.model))
        text = "\n".join(articles.article_report(result))
        print(json.dumps(result, indent=2) if args.json else text)
        return 0
    if kind == "events":
        result = scoring.evaluate(gold, scoring.facta_coder(args.model))
    elif kind == "actors":
        result = scoring.evaluate_actors(gold, scoring.facta_resolver(args.model))
    else:
        result = scoring.evaluate_places(gold, scoring.facta_geocoder(args.model))
    print(json.dumps(result, indent=2) if args.json else scoring.format_report(result))
    return 0
