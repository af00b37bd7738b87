"""Article-level gold on a corpus we may not copy: pick articles, turn anchors into offsets.

Gold for `../shared/corpora/reuters2016_dev.jsonl.gz` may not hold its sentences, so an
annotator works in a scratch file outside the repository, writing short exact quotes as
anchors, and this script turns every quote into character offsets and drops the text.

    python eval/article_gold.py select CORPUS --part dev|test [--n N]    # ids, one a line
    python eval/article_gold.py show CORPUS ID                           # the text, with offsets
    python eval/article_gold.py anchor WORK.jsonl --corpus CORPUS -o GOLD.jsonl

Scratch line (one article):
  {"article_id": "r16-…", "events": [{"quote": "exact text inside one sentence",
   "trigger": "exact word(s) inside quote", "source": "USAGOV", "source_text": "…",
   "target": "IRN", "target_text": "…", "cameo": "112", "date": "2016-01-09",
   "date_precision": "day", "date_basis": "text|publication", "place": {"country": "SYR",
   "lat": 36.2, "lon": 37.2} | null, "place_text": "…", "modality": "asserted", "attribution":
   {"reported": true, "anonymous": false, "speaker": "USAGOV"}, "background": false}]}
Every `*_text` and `quote` must occur verbatim in the article; `*_text` is looked for in the
quote first, then in the whole article (first occurrence at or after the quote).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

MAX_WORDS = 900  # longer stories are left out of the sample (stated in eval/gold/README.md)
PARTS = {"dev": (0, 60), "test": (60, 90), "test2": (90, 130), "dev2": (130, 170)}
SPAN_FIELDS = ("trigger", "source_text", "target_text", "place_text")


def load_corpus(path: str | Path) -> dict[str, dict[str, Any]]:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle if line.strip())
        return {row["id"]: row for row in rows}


def sample(corpus: dict[str, dict[str, Any]], part: str) -> list[str]:
    """A fixed random order (sha1 of the id) over stories of at most MAX_WORDS words."""
    ids = [i for i, row in corpus.items() if len(row["text"].split()) <= MAX_WORDS]
    ids.sort(key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    start, end = PARTS[part]
    return ids[start:end]


def find(text: str, needle: str, start: int = 0) -> int:
    return text.find(needle, start) if needle else -1


def anchor_event(text: str, event: dict[str, Any], where: str) -> dict[str, Any]:
    quote = event.get("quote") or ""
    at = find(text, quote)
    if at < 0:
        raise ValueError(f"{where}: quote not found: {quote[:60]!r}")
    if find(text, quote, at + 1) >= 0 and event.get("occurrence") is None:
        pass  # first occurrence taken; "occurrence": n picks another
    for _ in range(int(event.get("occurrence") or 1) - 1):
        at = find(text, quote, at + 1)
        if at < 0:
            raise ValueError(f"{where}: occurrence out of range")
    out: dict[str, Any] = {"span": [at, at + len(quote)]}
    for field in SPAN_FIELDS:
        needle = event.get(field)
        if not needle:
            continue
        inner = quote.find(needle)
        if inner >= 0:
            begin = at + inner
        else:
            begin = find(text, needle, at)
            if begin < 0:
                begin = find(text, needle)
            if begin < 0:
                raise ValueError(f"{where}: {field} not found: {needle[:60]!r}")
        name = field.removesuffix("_text") + ("_span" if field != "trigger" else "")
        out[name] = [begin, begin + len(needle)]
    for key, value in event.items():
        if key not in SPAN_FIELDS and key not in ("quote", "occurrence", "note"):
            out[key] = value
    return out


def anchor(work: Path, corpus: dict[str, dict[str, Any]], name: str) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(work.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        row = corpus.get(item["article_id"])
        if row is None:
            raise ValueError(f"{work}:{number}: no article {item['article_id']}")
        events = [
            anchor_event(row["text"], event, f"{work}:{number} event {k}")
            for k, event in enumerate(item.get("events", []))
        ]
        records.append(
            {
                "article_id": item["article_id"],
                "corpus": name,
                "date": row.get("date"),
                "events": events,
            }
        )
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    pick = sub.add_parser("select")
    pick.add_argument("corpus")
    pick.add_argument("--part", choices=sorted(PARTS), required=True)
    show = sub.add_parser("show")
    show.add_argument("corpus")
    show.add_argument("id")
    conv = sub.add_parser("anchor")
    conv.add_argument("work", nargs="+", type=Path)
    conv.add_argument("--corpus", required=True)
    conv.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    if args.command == "select":
        print("\n".join(sample(corpus, args.part)))
    elif args.command == "show":
        row = corpus[args.id]
        print(f"id={row['id']} date={row.get('date')} title={row.get('title')!r}")
        print(row["text"])
    else:
        name = Path(args.corpus).name.split(".")[0]
        try:
            records = [r for work in args.work for r in anchor(work, corpus, name)]
        except (ValueError, KeyError, json.JSONDecodeError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        lines = [json.dumps(r, ensure_ascii=False) for r in records]
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
        count = sum(len(r["events"]) for r in records)
        print(f"{len(records)} articles, {count} events -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
