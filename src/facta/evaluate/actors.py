"""Scoring a resolver on actor phrases: country, country plus first sector, exact code, and
errors per gold sector."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facta.evaluate.records import ActorKey, parse_actor_code, predicted_actor, ratio, read_jsonl

Resolver = Callable[[str, str | None], dict[str, Any] | None]


def evaluate_actors(gold_path: str | Path, resolver: Resolver) -> dict[str, Any]:
    """Score `resolver(text, date)` on actor_phrases.jsonl: country accuracy, country plus
    first sector, exact code, and errors per gold first sector ("none" for no sector,
    "unknown" for gold null)."""
    country, first_sector, exact = Counter[str](), Counter[str](), Counter[str]()
    per_sector: dict[str, Counter[str]] = {}
    errors: list[dict[str, Any]] = []
    for item in read_jsonl(gold_path):
        gold = parse_actor_code(item.get("code"))
        found = predicted_actor(resolver(item["text"], item.get("date")))
        country_right, sector_right, exact_right = judge_actor(gold, found)
        for counter, right in (
            (country, country_right),
            (first_sector, sector_right),
            (exact, exact_right),
        ):
            counter["total"] += 1
            counter["correct"] += int(right)
        bucket = "unknown" if gold is None else (gold.sectors[0] if gold.sectors else "none")
        tally = per_sector.setdefault(bucket, Counter())
        tally["total"] += 1
        tally["errors"] += int(not sector_right)
        if not sector_right:
            errors.append({"text": item["text"], "gold": item.get("code"), "found": code_of(found)})
    return {
        "kind": "actors",
        "gold": str(gold_path),
        "phrases": country["total"],
        "country": ratio(country["correct"], country["total"]),
        "country_sector": ratio(first_sector["correct"], first_sector["total"]),
        "exact": ratio(exact["correct"], exact["total"]),
        "per_sector": {name: dict(counts) for name, counts in sorted(per_sector.items())},
        "errors": errors,
    }


def judge_actor(gold: ActorKey | None, found: ActorKey | None) -> tuple[bool, bool, bool]:
    """(country right, country and first sector right, whole code right); a gold with no
    sector asks for the country only."""
    country_right = gold_country(gold) == gold_country(found)
    sector_right = country_right and (
        gold is None
        or not gold.sectors
        or (found is not None and found.sectors[:1] == gold.sectors[:1])
    )
    exact_right = country_right and (gold.sectors if gold else ()) == (
        found.sectors if found else ()
    )
    return country_right, sector_right, exact_right


def gold_country(actor: ActorKey | None) -> str | None:
    return actor.country if actor else None


def code_of(actor: ActorKey | None) -> str | None:
    return None if actor is None else (actor.country or "") + "".join(actor.sectors) or None


def facta_resolver(model: str | None = None) -> Resolver:
    """facta.resolve_actor as a resolver for `evaluate_actors`."""
    from facta import resolve_actor

    def resolver(text: str, date: str | None) -> dict[str, Any] | None:
        actor = resolve_actor(text, date=date, model=model)
        return actor.to_dict() if actor else None

    return resolver
