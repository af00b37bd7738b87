"""Development benchmark for the Events stage (not a test): root P/R/F1 and PLOVER accuracy.

Usage: python tests/events/bench_devsets.py GOLD.jsonl [--kind gold|gsr|manual] [--show N]
Actors come from facta.actors.ActorResolver when it finds mentions, else from a rough stand-in.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from importlib import resources

from facta.actors import ActorResolver
from facta.analysis_state import Analysis, Mention
from facta.events import EventCoder
from facta.models import Actor, Article
from facta.nlp import load_model

PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}


def rough_names() -> dict[str, tuple[str, str]]:
    """Lowercased actor names -> (country, sector) from the actor knowledge files."""
    names: dict[str, tuple[str, str]] = {}
    folder = resources.files("facta").joinpath("data/actors")
    for name in ("countries.tsv", "organisations.tsv", "groups.tsv", "sectors.tsv", "people.tsv"):
        for line in folder.joinpath(name).read_text().splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 4:
                continue
            for alias in cols[1].split("|"):
                key = alias.lstrip("=").lower()
                names.setdefault(key, (cols[2], cols[3]))
                names.setdefault(key + "s", (cols[2], cols[3]))
    return names


def rough_mentions(doc, names) -> list[Mention]:
    mentions = []
    for chunk in doc.noun_chunks:
        country, sectors = None, []
        for size in (3, 2, 1):
            for i in range(chunk.start, chunk.end - size + 1):
                hit = names.get(doc[i:i + size].text.lower())
                if hit:
                    if hit[0] != "-" and country is None:
                        country = hit[0]
                    if hit[1] != "-" and hit[1] not in sectors:
                        sectors.append(hit[1])
        if country is None and not sectors and not any(e.label_ in ("PERSON", "ORG", "NORP", "GPE")
                                                         for e in chunk.ents):
            continue
        code = (country or "") + "".join(sectors) or chunk.root.text
        actor = Actor(code=code, country=country, sectors=tuple(sectors), text=chunk.text,
                      entity=chunk.text.lower())
        mentions.append(Mention(chunk.start, chunk.end, actor, "name"))
    return mentions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("--kind", default="gold", choices=["gold", "gsr", "manual"])
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    nlp = load_model()
    resolver, coder, names = ActorResolver(), EventCoder(), rough_names()
    tp = fp = fn = 0
    plover_hits = plover_total = shown = 0
    per_root: Counter = Counter()
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        analysis = Analysis(Article(id=str(row.get("id")), text=row["text"],
                                    published=row.get("date")), doc)
        analysis = resolver.resolve(analysis)
        if not analysis.mentions:
            analysis.set_mentions(rough_mentions(doc, names))
        events = coder.code(analysis).events
        predicted = Counter(e.root for e in events)
        if args.kind == "gold":
            gold = Counter(e["cameo"][:2] for e in row["events"])
        elif args.kind == "manual":
            gold = Counter([row["code"][:2]])
        else:
            gold = Counter()
            plover_total += 1
            wanted = PLOVER_05.get(row["event"], row["event"])
            plover_hits += any(e.plover_type == wanted for e in events)
        if args.kind != "gsr":
            hit = sum((predicted & gold).values())
            tp, fp, fn = tp + hit, fp + sum(predicted.values()) - hit, fn + sum(gold.values()) - hit
            for root in (gold - predicted):
                per_root[("miss", root)] += 1
            for root in (predicted - gold):
                per_root[("extra", root)] += 1
            wrong = predicted != gold
        else:
            wrong = not any(e.plover_type == PLOVER_05.get(row["event"], row["event"]) for e in events)
        if wrong and shown < args.show:
            shown += 1
            print(f"- {row['text'][:200]}\n  gold {dict(gold) or row.get('event')} | got",
                  [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.rule)
                   for e in events])
    if args.kind == "gsr":
        print(f"PLOVER type found: {plover_hits}/{plover_total} = {plover_hits / plover_total:.3f}")
        return
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"root P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})")
    print("misses/extras by root:", sorted(per_root.items(), key=lambda kv: -kv[1])[:20])


if __name__ == "__main__":
    main()
