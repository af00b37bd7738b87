"""Scoring a geocoder on place mentions: the country, and the place itself (within 25 km or
the same name), overall and per feature kind."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facta.analysis_state import Analysis
from facta.evaluate.records import ratio, read_jsonl

Geocoder = Callable[[str, str, str | None], dict[str, Any] | None]

PLACE_TOLERANCE_KM = 25.0
NAME_PREFIXES = frozenset({"al", "el", "as", "ad", "an", "ar", "at", "az", "ash", "the"})
NAME_SUFFIXES = frozenset({"province", "governorate", "state", "region", "city", "district"})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6371 km)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def name_key(name: Any) -> str:
    """A place name folded for comparison: "Al-Anbar Province" and "Anbar" give "anbar"."""
    text = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", text.lower().replace("'", "")).split()
    if words and words[0] in NAME_PREFIXES and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return "".join(words)


def place_right(gold: dict[str, Any], found: dict[str, Any] | None) -> bool:
    """Right when the countries agree and the place lies within 25 km or has the same name
    (folded: case, accents, an "al-" prefix and a "province"/"state" suffix do not count)."""
    if found is None or found.get("country") != gold.get("country"):
        return False
    if name_key(found.get("name")) == name_key(gold["name"]):
        return True
    if found.get("lat") is None or found.get("lon") is None:
        return False
    return distance_km(gold["lat"], gold["lon"], found["lat"], found["lon"]) <= PLACE_TOLERANCE_KM


def evaluate_places(gold_path: str | Path, geocoder: Geocoder) -> dict[str, Any]:
    """Score `geocoder(text, place_as_written, dateline)` on places.jsonl: country accuracy
    and place accuracy (same country, and within 25 km or the same name), overall and per
    feature kind."""
    totals: dict[str, Counter[str]] = {}
    errors: list[dict[str, Any]] = []
    for item in read_jsonl(gold_path):
        found = geocoder(item["text"], item["place"], item.get("dateline"))
        country_right = (found or {}).get("country") == item.get("country")
        right = place_right(item, found)
        for bucket in ("all", item.get("feature") or "unknown"):
            counts = totals.setdefault(bucket, Counter())
            counts["total"] += 1
            counts["country"] += int(country_right)
            counts["place"] += int(right)
        if not right:
            errors.append(
                {
                    "id": item.get("id"),
                    "place": item["place"],
                    "gold": item["name"],
                    "gold_country": item.get("country"),
                    "found": found,
                }
            )
    every = totals.get("all", Counter())
    return {
        "kind": "places",
        "gold": str(gold_path),
        "mentions": every["total"],
        "country": ratio(every["country"], every["total"]),
        "place": ratio(every["place"], every["total"]),
        "per_feature": {
            name: {
                "total": counts["total"],
                "country": ratio(counts["country"], counts["total"]),
                "place": ratio(counts["place"], counts["total"]),
            }
            for name, counts in sorted(totals.items())
            if name != "all"
        },
        "errors": errors,
    }


def facta_geocoder(model: str | None = None) -> Geocoder:
    """facta's Places stage as a geocoder for `evaluate_places`: the sentence (after its
    dateline, "PLACE - text") goes through the pipeline, and the answer is the place found
    on the first occurrence of the place as written."""
    from facta import default_pipeline
    from facta.ingest.identity import make_article

    def geocoder(text: str, place: str, dateline: str | None) -> dict[str, Any] | None:
        body = f"{dateline} - {text}" if dateline else text
        article = make_article(text=body, title=None, published=None, source=None, origin="eval")
        analysis = next(default_pipeline(model).analyse([article]))
        return place_found(analysis, body, text, place)

    return geocoder


def place_found(analysis: Analysis, body: str, text: str, place: str) -> dict[str, Any] | None:
    """The place facta found on the first occurrence of `place` in `text`, the end of `body`
    (the sentence after its dateline)."""
    start = len(body) - len(text) + max(text.find(place), 0)
    for mention in analysis.places:
        span = analysis.doc[mention.start : mention.end]
        if span.start_char < start + len(place) and span.end_char > start:
            return mention.place.to_dict()
    return None
