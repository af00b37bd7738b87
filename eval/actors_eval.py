"""Score the actors stage on the actor gold sets: phrases (resolve_phrase) and mentions in
whole articles (resolve), with country, country+first-sector and exact accuracy.

Usage:
  python eval/actors_eval.py                       # every gold file that exists
  python eval/actors_eval.py --seed /work/shared/seed/000_4814d4cb36451429.txt --errors
  python eval/actors_eval.py --json
  python eval/actors_eval.py --speed 300 --corpus /work/shared/corpora/reuters21578.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from facta.actors import ActorResolver
from facta.analysis_state import ActorFact, Analysis
from facta.evaluate import (
    ActorKey,
    code_of,
    evaluate_actors,
    judge_actor,
    parse_actor_code,
    predicted_actor,
    read_jsonl,
)
from facta.ingest import iter_inputs
from facta.models import Article
from facta.nlp import load_model

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold"
SAMPLE = ROOT / "src" / "facta" / "data" / "sample"
SEED = Path("/work/shared/seed/000_4814d4cb36451429.txt")


def sample_articles(folder: Path) -> dict[str, Article]:
    """The sample corpus as ingested, by file name and by article id."""
    found: dict[str, Article] = {}
    for item in iter_inputs([str(folder)]):
        if isinstance(item, Article):
            origin = Path((item.origin or "").split(":")[0]).name
            found.setdefault(origin, item)
            found[item.id] = item
    return found


def gold_span(text: str, item: dict[str, Any]) -> tuple[int, int] | None:
    """Character span of the gold mention: its `start` when it fits, else the n-th occurrence."""
    wanted = item["text"]
    start = item.get("start")
    if isinstance(start, int) and text[start : start + len(wanted)] == wanted:
        return start, start + len(wanted)
    pattern = re.compile(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)")  # "he", not "the"
    found = list(pattern.finditer(text))
    occurrence = int(item.get("occurrence", 1))
    if occurrence > len(found):
        return None
    return found[occurrence - 1].span()


def predicted_for(analysis: Analysis, span: tuple[int, int]) -> dict[str, Any] | None:
    """The mention overlapping the gold span most (ties: the shorter mention)."""
    doc = analysis.doc
    best, best_key = None, None
    for mention in analysis.mentions:
        start = doc[mention.start].idx
        end = doc[mention.end - 1].idx + len(doc[mention.end - 1])
        overlap = min(end, span[1]) - max(start, span[0])
        if overlap <= 0:
            continue
        key = (overlap, -(end - start))
        if best_key is None or key > best_key:
            best, best_key = mention, key
    return best.actor.to_dict() if best else None


class Scores:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.per_sector: dict[str, Counter[str]] = {}
        self.errors: list[dict[str, Any]] = []

    def judge(self, gold: ActorKey | None, found: ActorKey | None, where: dict[str, Any]) -> None:
        country_right, sector_right, exact_right = judge_actor(gold, found)
        self.counts["total"] += 1
        self.counts["country"] += int(country_right)
        self.counts["country_sector"] += int(sector_right)
        self.counts["exact"] += int(exact_right)
        bucket = "unknown" if gold is None else (gold.sectors[0] if gold.sectors else "none")
        tally = self.per_sector.setdefault(bucket, Counter())
        tally["total"] += 1
        tally["errors"] += int(not sector_right)
        if not sector_right:
            self.errors.append({**where, "gold": code_of(gold), "found": code_of(found)})

    def report(self) -> dict[str, Any]:
        total = self.counts["total"] or 1
        return {
            "mentions": self.counts["total"],
            "country": round(self.counts["country"] / total, 3),
            "country_sector": round(self.counts["country_sector"] / total, 3),
            "exact": round(self.counts["exact"] / total, 3),
            "per_sector": {k: dict(v) for k, v in sorted(self.per_sector.items())},
            "errors": self.errors,
        }


def analyse_in_order(
    names: set[str],
    texts: dict[str, Article],
    resolver: ActorResolver,
    nlp: Any,
    remember: bool = True,
) -> dict[str, Analysis]:
    """Resolve the articles oldest first, each one's learned roles remembered for the next,
    as the pipeline does with its store."""
    order = sorted(
        (name for name in names if name in texts),
        key=lambda name: (texts[name].published or "", name),
    )
    analyses: dict[str, Analysis] = {}
    for name in order:
        article = texts[name]
        analysis = resolver.resolve(Analysis(article=article, doc=nlp(article.text)))
        for fact in analysis.learned if remember else ():
            resolver.memory.setdefault(fact.name, []).append(fact)
        analyses[name] = analysis
    return analyses


def score_mentions(
    gold_path: Path,
    texts: dict[str, Article],
    resolver: ActorResolver,
    nlp: Any,
    remember: bool = True,
) -> dict[str, Any]:
    scores = Scores()
    golds = list(read_jsonl(gold_path))
    analyses = analyse_in_order({item["doc"] for item in golds}, texts, resolver, nlp, remember)
    missing: set[str] = set()
    for item in golds:
        analysis = analyses.get(item["doc"])
        if analysis is None:
            missing.add(item["doc"])
            continue
        article = analysis.article
        span = gold_span(article.text, item)
        found = predicted_for(analysis, span) if span else None
        where = {"doc": item["doc"], "text": item["text"], "occurrence": item.get("occurrence")}
        scores.judge(parse_actor_code(item.get("code")), predicted_actor(found), where)
    result = {"gold": str(gold_path), **scores.report()}
    if missing:
        result["missing_docs"] = sorted(missing)
    return result


def speed(corpus: Path, limit: int, nlp: Any, resolver: ActorResolver) -> dict[str, Any]:
    """Seconds spent in nlp.pipe and in resolve() on the first `limit` texts of a JSONL corpus."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    texts: list[str] = []
    with opener(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            if text.strip():
                texts.append(text)
            if len(texts) >= limit:
                break
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parsing = time.perf_counter() - started
    started = time.perf_counter()
    for number, doc in enumerate(docs):
        article = Article(id=str(number), text=doc.text)
        resolver.resolve(Analysis(article=article, doc=doc))
    resolving = time.perf_counter() - started
    words = sum(len(doc) for doc in docs)
    return {
        "texts": len(docs),
        "tokens": words,
        "parse_s": round(parsing, 2),
        "resolve_s": round(resolving, 2),
        "resolve_share": round(resolving / parsing, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-memory",
        action="store_true",
        help="score each sample article alone, with no memory of the others",
    )
    parser.add_argument("--speed", type=int, metavar="N", help="time N corpus texts instead")
    parser.add_argument(
        "--corpus", type=Path, default=Path("/work/shared/corpora/reuters21578.jsonl.gz")
    )
    args = parser.parse_args(argv)
    nlp = load_model()
    resolver = ActorResolver()
    if args.speed:
        print(json.dumps(speed(args.corpus, args.speed, nlp, resolver)))
        return 0
    results: dict[str, Any] = {}
    phrases = args.gold / "actor_phrases.jsonl"
    if phrases.exists():

        def resolve(text: str, date: str | None) -> dict[str, Any] | None:
            actor = resolver.resolve_phrase(nlp, text, date)
            return actor.to_dict() if actor else None

        results["phrases"] = evaluate_actors(phrases, resolve)
    if (args.gold / "actors_sample.jsonl").exists() and args.sample.exists():
        memory: dict[str, list[ActorFact]] = {}
        results["sample"] = score_mentions(
            args.gold / "actors_sample.jsonl",
            sample_articles(args.sample),
            ActorResolver(memory=memory),
            nlp,
            remember=not args.no_memory,
        )
    if (args.gold / "actors_seed.jsonl").exists() and args.seed.exists():
        text = args.seed.read_text(encoding="utf-8")
        seed = {"seed": Article(id="seed", text=text, published="2008-05-14")}
        results["seed"] = score_mentions(args.gold / "actors_seed.jsonl", seed, resolver, nlp)
    if args.json:
        json.dump(results, sys.stdout, indent=1)
        print()
        return 0
    for name, result in results.items():
        country = result["country"]
        pair = result["country_sector"]
        exact = result["exact"]
        if isinstance(country, dict):  # facta.evaluate's ratio records
            country, pair, exact = country["accuracy"], pair["accuracy"], exact["accuracy"]
        count = result.get("mentions", result.get("phrases"))
        print(
            f"{name:8s} n={count:4d}  country {country:.3f}  country+sector {pair:.3f}"
            f"  exact {exact:.3f}"
        )
        errors_by = {k: v["errors"] for k, v in result["per_sector"].items() if v["errors"]}
        print(f"         errors by gold first sector: {errors_by}")
        if args.errors:
            for error in result["errors"]:
                print(f"         {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
