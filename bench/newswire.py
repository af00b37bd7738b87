"""Synthetic wire stories of our own, as facta's JSONL input: short articles about named
governments, armed groups and places that facta codes into events, reproducible from a seed.

    .venv/bin/python bench/newswire.py 500 > stories.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ACTORS = (
    "Iran's foreign minister",
    "Iraqi officials",
    "American warplanes",
    "the Congolese army",
    "M23 rebels",
    "Rwanda",
    "the United Nations",
    "Kenya's president",
    "French diplomats",
    "Chinese officials",
    "the Ugandan government",
    "Russian troops",
    "Ukraine",
    "the European Union",
    "Turkish police",
    "Pakistani officials",
)
DEEDS = (
    "{a} met {b} on {day}.",
    "{a} accused {b} of backing the fighters.",
    "{a} criticised {b} over the arrests.",
    "{a} attacked positions held by {b} near {place}.",
    "{a} praised {b} for its restraint.",
    "{a} threatened to impose sanctions on {b}.",
    "{a} signed an agreement with {b} in {place}.",
    "{a} condemned {b} for the shelling of {place}.",
    "{a} promised to send aid to {b}.",
    "{a} denied that {b} had been invited to the talks.",
    "{a} expelled diplomats from {b} on {day}.",
    "{a} called on {b} to release the prisoners held in {place}.",
)
PLACES = ("Goma", "Baghdad", "Nairobi", "Kinshasa", "Geneva", "Tehran", "Kabul", "Ankara")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
FIRST_DAY = date(2025, 1, 6)


def story(number: int, rng: random.Random) -> dict[str, str]:
    """One article: a title, a date, a dateline and four to seven sentences."""
    place = rng.choice(PLACES)
    sentences = []
    for _ in range(rng.randint(4, 7)):
        first, second = rng.sample(ACTORS, 2)
        deed = rng.choice(DEEDS).format(
            a=first, b=second, place=rng.choice(PLACES), day=rng.choice(DAYS)
        )
        sentences.append(deed[0].upper() + deed[1:])
    # a sentence no other story has, so no two stories are near-duplicates of each other
    sentences.append(f"Dispatch {number} counted {rng.randint(2, 9000)} people at the scene.")
    return {
        "id": f"wire-{number:06d}",
        "title": f"Wire story {number} from {place}",
        "date": (FIRST_DAY + timedelta(days=number % 90)).isoformat(),
        "dateline": f"{place.upper()} —",
        "text": " ".join(sentences),
    }


def stories(count: int, seed: int = 14) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    for number in range(count):
        yield story(number, rng)


def write_stories(path: Path, count: int, seed: int = 14) -> Path:
    """`count` stories as JSONL at `path`."""
    with path.open("w", encoding="utf-8") as out:
        for item in stories(count, seed):
            out.write(json.dumps(item) + "\n")
    return path


if __name__ == "__main__":
    for item in stories(int(sys.argv[1]) if len(sys.argv) > 1 else 100):
        print(json.dumps(item))
