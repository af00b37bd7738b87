"""How far two human coders agree on the same articles: one annotator's article gold scored
against another's with the very scorer `facta eval` uses, so the figures read as a ceiling
for facta's own on those articles.

    python eval/agreement.py FIRST.jsonl SECOND.jsonl --corpus CORPUS [--json]

The first file is the reference; the second annotator's events stand where facta's would,
each read from the sentence that holds its anchor (facta's events carry their sentence, so
both are matched the same way). Its background events are marked background, as facta marks
its own. Root F1 and root+source+target F1 do not depend on which file comes first.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from facta.errors import InputError
from facta.evaluate import read_jsonl
from facta.evaluate_articles import article_report, evaluate_articles, load_corpus

# A sentence ends at ., ! or ? (and any closing quote) before a space and a capital or an
# opening quote, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“A-Z])|\n+")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds the span start..end (as far as it reaches)."""
    begin = 0
    for found in _SENTENCE_END.finditer(text, 0, start):
        begin = found.end()
    stop = _SENTENCE_END.search(text, end)
    return text[begin : stop.start() if stop else len(text)]


def as_prediction(event: dict[str, Any], text: str) -> dict[str, Any]:
    """An annotated event in the shape of a facta event record, as the scorer reads it."""
    start, end = event["span"]
    sentence = sentence_around(text, start, end)
    attribution = event.get("attribution") or {}
    return {
        "sentence": text.find(sentence),
        "evidence": {"text": sentence},
        "cameo": event.get("cameo"),
        "source": event.get("source"),
        "target": event.get("target"),
        "date": event.get("date"),
        "location": event.get("place"),
        "modality": event.get("modality") or "asserted",
        "attribution": {
            "reported": bool(attribution.get("reported")),
            "anonymous": bool(attribution.get("anonymous")),
        },
        "background": bool(event.get("background")),
    }


def second_coder(second: Path, corpus: dict[str, dict[str, Any]]):
    """A coder that answers, for each article text, the second annotator's events."""
    by_text: dict[str, list[dict[str, Any]]] = {}
    for item in read_jsonl(second):
        row = corpus.get(str(item.get("article_id")))
        if row is None:
            raise InputError(f"{second}: article {item.get('article_id')} is not in the corpus")
        text = row["text"]
        events = [event for event in item.get("events") or [] if event.get("cameo")]
        by_text[text] = [as_prediction(event, text) for event in events]

    def coder(text: str, date: str | None) -> list[dict[str, Any]]:
        return by_text.get(text, [])

    return coder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="reference annotation (article gold)")
    parser.add_argument("second", type=Path, help="second annotation of the same articles")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--json", action="store_true", help="the full result as JSON")
    args = parser.parse_args(argv)
    try:
        corpus = load_corpus(args.corpus)
        result = evaluate_articles(args.first, corpus, second_coder(args.second, corpus))
    except InputError as error:
        print(f"agreement: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        lines = list(article_report(result))
        lines[0] = f"agreement: {args.second} against {args.first} ({result['articles']} articles)"
        print("\n".join(lines).replace("coded by facta", "coded by the second"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
