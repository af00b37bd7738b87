"""Convert the shared development sets (PLOVER gold standard records, CAMEO manual examples)
into facta's gold format, so `facta eval` and facta.evaluate can score them.

Usage: python eval/convert_devsets.py PATH [PATH ...] [-o OUT.jsonl]
Each PATH is plover_gsr_cameo.jsonl or cameo_manual_examples.jsonl (recognised by content).
PLOVER records give a PLOVER type, not a CAMEO code: their gold events carry "plover" and no
"cameo", so only PLOVER scores use them. CAMEO examples name no actors: their gold events
carry "cameo" and no "source"/"target" keys, so actors are not judged on them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from facta.models import SECTOR_CODES as SECTORS

# PLOVER 0.5 labels that later PLOVER versions renamed or merged.
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# Older CAMEO country codes that differ from ISO 3166-1 alpha-3.
COUNTRY_RENAMES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SECTOR_RENAMES = {"JRN": "MED", "CIV": "CVL"}
# The records code organisations only as "IGO"/"NGO"; the name tells which one.
ORGANISATION_NAMES = (
    ("red cross", "NGOIRC"),
    ("red crescent", "NGOIRC"),
    ("amnesty", "NGOAMN"),
    ("security council", "IGOUNO"),
    ("united nations", "IGOUNO"),
    ("u.n.", "IGOUNO"),
    ("un", "IGOUNO"),
    ("kofi annan", "IGOUNO"),
    ("international labor office", "IGOUNO"),
    ("european", "IGOEEC"),
    ("eu", "IGOEEC"),
    ("arab league", "IGOARL"),
    ("nato", "IGONAT"),
    ("osce", "IGOOSC"),
    ("iaea", "IGOIAE"),
    ("international atomic energy", "IGOIAE"),
    ("al-qaeda", "REB"),
)
UNKNOWN = object()  # an actor the record codes too vaguely to judge


def actor_code(actor: dict[str, Any]) -> str | None | object:
    """A record's actor as a facta code, or UNKNOWN when it cannot be told."""
    code = str(actor.get("code") or "").upper()
    if code in ("IGO", "NGO", "IMG", "ISM"):
        name = str(actor.get("actorText", "")).lower()
        for words, organisation in ORGANISATION_NAMES:
            if re.search(r"(?<![\w.])" + re.escape(words) + r"(?![\w])", name):
                return organisation
        return UNKNOWN
    if len(code) != 3:
        return UNKNOWN
    return COUNTRY_RENAMES.get(code, code) + "".join(sectors_of(actor.get("sector")))


def sectors_of(sector: Any) -> list[str]:
    text = str(sector or "")
    chunks = [text[i : i + 3].upper() for i in range(0, len(text), 3)]
    sectors = [SECTOR_RENAMES.get(chunk, chunk) for chunk in chunks]
    return [chunk for chunk in sectors if chunk in SECTORS]


def actors_of(value: Any) -> list[Any]:
    if not isinstance(value, list):
        return []
    return [actor_code(actor) for actor in value if isinstance(actor, dict)]


def gold_event(source: Any, target: Any, plover: str) -> dict[str, Any]:
    event: dict[str, Any] = {}
    if source is not UNKNOWN:
        event["source"] = source
    if target is not UNKNOWN:
        event["target"] = target
    event["plover"] = plover
    return event


def convert_plover(record: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER record: an event per source and target; "SRC/TAR" compounds with no
    target act on each other (A->B and B->A)."""
    plover = PLOVER_RENAMES.get(str(record["event"]).upper(), str(record["event"]).upper())
    sources = actors_of(record.get("source")) or [None]
    targets = actors_of(record.get("target"))
    info = record.get("textInfo")
    markup = str(info.get("markup", "") if isinstance(info, dict) else info or "")
    if not targets and len(sources) > 1 and "SRC/TAR" in markup:
        count = len(sources)
        pairs = [(sources[i], sources[j]) for i in range(count) for j in range(count) if i != j]
    else:
        pairs = [(source, target) for source in sources for target in (targets or [None])]
    gold: dict[str, Any] = {"id": record["id"], "text": record["text"]}
    if record.get("date"):
        gold["date"] = record["date"]
    gold["events"] = [gold_event(source, target, plover) for source, target in pairs]
    return gold


def convert_cameo_example(record: dict[str, Any], number: int) -> dict[str, Any]:
    return {
        "id": f"cameo-manual-{number:04d}",
        "text": record["text"],
        "events": [{"cameo": str(record["code"])}],
    }


def convert(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        number = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if "event" in record:
                yield convert_plover(record)
            elif "code" in record:
                number += 1
                yield convert_cameo_example(record, number)
            else:
                raise ValueError(f"{path}: a record is neither a PLOVER nor a CAMEO example.")


def half_of(record: dict[str, Any]) -> str:
    """A fixed split on the sentence text, so the same sentence coded twice (two records) stays
    in one half."""
    return "dev" if zlib.crc32(record["text"].strip().encode("utf-8")) % 2 == 0 else "held"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="devset JSONL files")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument(
        "--half",
        choices=("dev", "held"),
        help="keep one fixed half of the sentences (by a checksum of the text): tune on dev, "
        "report held as well",
    )
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.paths if not path.is_file()]
    if missing:
        parser.error(f"no such file: {', '.join(missing)}")
    records = [r for r in convert(args.paths) if not args.half or half_of(r) == args.half]
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in records]
    if args.output:
        args.output.write_text("".join(lines), encoding="utf-8")
    else:
        sys.stdout.writelines(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
