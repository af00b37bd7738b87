"""Benchmark: the countries facta's Places stage finds in Reuters-21578 stories against the
stories' "places" tags (country names set by Reuters indexers); prints precision and recall.

Usage: python bench/places_reuters.py /path/to/reuters21578.jsonl.gz [--limit 3000] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

from facta.analysis_state import Analysis
from facta.models import Article
from facta.nlp import load_model
from facta.places import Geocoder
from facta.places.names import keys

# Reuters tags whose country the gazetteer names differently (1987 names, joint tags).
TAG_COUNTRIES = {
    "congo": "COG",
    "yemen-demo-republic": "YEM",
    "yemen-arab-republic": "YEM",
    "us-virgin-islands": "VIR",
    "east-germany": "DEU",
    "west-germany": "DEU",
}


def tag_country(tag: str, geocoder: Geocoder) -> str | None:
    if tag in TAG_COUNTRIES:
        return TAG_COUNTRIES[tag]
    gazetteer = geocoder.gazetteer
    for key in keys(tag.replace("-", " ")):
        if key in gazetteer.country_by_key:
            return gazetteer.country_by_key[key].place.country
        for entry in gazetteer.lookup(key):
            if entry.place.feature == "country":
                return entry.place.country
    return None


def stories(path: Path, limit: int):
    """The first `limit` stories that have text and at least one place tag."""
    found = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if found >= limit:
                break
            record = json.loads(line)
            if record.get("text") and record.get("places"):
                found += 1
                yield record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument(
        "--limit", type=int, default=3000, help="first N stories with place tags (default 3000)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    geocoder = Geocoder()
    load_seconds = time.perf_counter() - started
    load_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    nlp = load_model()
    records = list(stories(args.corpus, args.limit))
    texts = [f"{(r.get('dateline') or '').strip()} {r['text']}".strip() for r in records]

    found_total = gold_total = right = 0
    unknown_tags: set[str] = set()
    find_seconds = 0.0
    for record, text, doc in zip(records, texts, nlp.pipe(texts, batch_size=64), strict=True):
        analysis = Analysis(article=Article(id=record["id"], text=text), doc=doc)
        clock = time.perf_counter()
        geocoder.find(analysis)
        find_seconds += time.perf_counter() - clock
        mentions = analysis.places + ([analysis.dateline] if analysis.dateline else [])
        found = {m.place.country for m in mentions if m.place.country}
        gold = set()
        for tag in record["places"]:
            country = tag_country(tag, geocoder)
            if country is None:
                unknown_tags.add(tag)
            else:
                gold.add(country)
        found_total += len(found)
        gold_total += len(gold)
        right += len(found & gold)

    precision = right / found_total if found_total else 0.0
    recall = right / gold_total if gold_total else 0.0
    result = {
        "stories": len(records),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if right else 0.0,
        "gazetteer_load_s": round(load_seconds, 3),
        "gazetteer_load_rss_mb": round(load_rss_mb, 1),
        "find_ms_per_story": round(1000 * find_seconds / max(len(records), 1), 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "unmapped_tags": sorted(unknown_tags),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for name, value in result.items():
            print(f"{name:>22}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
