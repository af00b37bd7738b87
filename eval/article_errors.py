"""Print what facta got right and wrong on article gold, with the corpus text read at run
time (never stored): for each article, its gold events and facta's events side by side.

    facta eval GOLD --corpus CORPUS --json > /tmp/result.json
    python eval/article_errors.py /tmp/result.json --corpus CORPUS [--id ID] [--missed]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from facta.evaluate_articles import load_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("result")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--id", help="one article only")
    parser.add_argument("--missed", action="store_true", help="only unmatched events")
    args = parser.parse_args(argv)
    result = json.loads(Path(args.result).read_text(encoding="utf-8"))
    corpus = load_corpus(args.corpus)
    for article in result["per_article"]:
        if args.id and article["article_id"] != args.id:
            continue
        text = corpus[article["article_id"]]["text"]
        print(
            f"=== {article['article_id']} gold {article['gold']} pred {article['predicted']}"
            f" matched {article['matched']}"
        )
        for event in article["gold_events"]:
            if args.missed and "dyad" in event["matched"]:
                continue
            start, end = event["span"]
            mark = ",".join(event["matched"]) or "MISSED"
            print(
                f"  G {event['cameo']:5} {event['source']!s:9} -> {event['target']!s:9} "
                f"{event['date']} [{mark}] {text[start:end]!r}"
            )
        for event in article["predicted_events"]:
            if args.missed and event["paired"] is not None:
                continue
            span = event["sentence_span"]
            snippet = text[span[0] : span[1]][:160] if span else "?"
            print(
                f"  P {event['cameo']:5} {event['source']!s:9} -> {event['target']!s:9} "
                f"{event['date']} pair={event['paired']} {event['rule']} | {snippet!r}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
