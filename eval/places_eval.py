"""Scores facta's Places stage on eval/gold/places.jsonl: country accuracy and place accuracy
(same country, and within 25 km or the same name), overall and per feature kind.

Usage: python eval/places_eval.py [eval/gold/places.jsonl] [--pipeline] [--json] [--errors]
By default only parsing and the Places stage run; --pipeline runs every stage first (the actor
mentions then keep people's names out of the places).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from facta.analysis_state import Analysis
from facta.evaluate import evaluate_places, facta_geocoder, format_report, place_found
from facta.models import Article
from facta.nlp import load_model
from facta.places import Geocoder

GOLD = Path(__file__).resolve().parent / "gold" / "places.jsonl"


def stage_geocoder(places: Geocoder):
    """The Places stage alone on the parsed sentence (dateline first, "PLACE - text")."""
    nlp = load_model()

    def geocode(text: str, place: str, dateline: str | None) -> dict[str, Any] | None:
        body = f"{dateline} - {text}" if dateline else text
        analysis = places.find(Analysis(article=Article(id="eval", text=body), doc=nlp(body)))
        return place_found(analysis, body, text, place)

    return geocode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--pipeline", action="store_true", help="run every stage, not only Places")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    parser.add_argument("--errors", action="store_true", help="list the items scored wrong")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    geocoder = facta_geocoder() if args.pipeline else stage_geocoder(Geocoder())
    result = evaluate_places(args.gold, geocoder)
    result["seconds"] = round(time.perf_counter() - started, 1)
    if not args.errors:
        result.pop("errors", None)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_report({**result, "errors": result.get("errors", [])}))
        for error in result.get("errors", []):
            print(json.dumps(error, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
