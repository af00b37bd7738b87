"""Score the event qualifiers (modality, attribution) on the gold events that annotate them,
through the full pipeline: each gold event is paired with the coder's event for it.

Two views: "found" counts only gold events the coder produced (the qualifiers' own accuracy);
"end_to_end" counts a missed event as wrong (what `facta eval` reports). Dates are not
annotated in the gold, so they are not scored here.

"attribution.present" checks that a source is given exactly when the gold has one (speaker,
anonymity, or the words of a named source the actor stage cannot code, gold "text");
"attribution.named" checks those words are in the predicted source's text; "attribution" itself
judges speaker and anonymity, as `facta eval` does.

Usage:
  python eval/qualify_eval.py                          # eval/gold/events_dev.jsonl
  python eval/qualify_eval.py eval/gold/qualify_probe.jsonl
  python eval/qualify_eval.py eval/gold/qualify_fresh.jsonl
  python eval/qualify_eval.py eval/gold/qualify_fresh2.jsonl  # wire forms, scored once first
  python eval/qualify_eval.py --errors                 # also print every disagreement
  python eval/qualify_eval.py --json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from facta import default_pipeline
from facta.evaluate import (
    MODALITY_FLAGS,
    ScoredEvent,
    actor_matches,
    attribution_of,
    gold_event,
    level_matches,
    maximum_matching,
    modality_of,
    parse_actor_code,
    predicted_event,
    ratio,
    read_jsonl,
)
from facta.models import Article, stable_id

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "gold" / "events_dev.jsonl"


def annotated(item: dict[str, Any]) -> bool:
    return any("modality" in event or "attribution" in event for event in item.get("events") or [])


def code_sentence(text: str, date: str | None) -> list[dict[str, Any]]:
    article = Article(id=stable_id(text, date), text=text, published=date)
    analysis = next(default_pipeline().analyse([article]))
    return [event.to_dict() for event in analysis.events]


def qualifier_pairs(golds: list[ScoredEvent], predictions: list[ScoredEvent]) -> dict[int, int]:
    """Which prediction stands for which gold event: pairs that agree on actors and root first,
    then on source and root ("Iran and Saudi Arabia pledged..." with no target found keeps
    Iran's pledge with Iran's), then the rest by root alone."""
    pairs: dict[int, int] = {}

    def source_and_root(gold: ScoredEvent, predicted: ScoredEvent) -> bool:
        return gold.root == predicted.root and (
            not gold.judge_source or actor_matches(gold.source, predicted.source)
        )

    def by_root(gold: ScoredEvent, predicted: ScoredEvent) -> bool:
        return level_matches("root", gold, predicted)

    def by_dyad(gold: ScoredEvent, predicted: ScoredEvent) -> bool:
        return level_matches("dyad", gold, predicted)

    for matches in (by_dyad, source_and_root, by_root):
        rest = [i for i in range(len(golds)) if i not in pairs]
        found = maximum_matching(
            [golds[i] for i in rest], predictions, matches, taken=set(pairs.values())
        )
        pairs.update({rest[i]: index for i, index in found.items()})
    return pairs


def trigger_text(record: dict[str, Any]) -> str | None:
    evidence = record.get("evidence") or {}
    span = evidence.get("trigger")
    return evidence["text"][span[0] : span[1]] if span and evidence.get("text") else None


class Scores:
    """Counts for both views; `errors` keeps one line per disagreement."""

    def __init__(self) -> None:
        self.found: Counter[str] = Counter()
        self.end_to_end: Counter[str] = Counter()
        self.errors: list[dict[str, Any]] = []

    def count(self, name: str, correct: bool, found: bool) -> None:
        for counts, include in ((self.end_to_end, True), (self.found, found)):
            if include:
                counts[name + ".total"] += 1
                counts[name + ".correct"] += int(correct)

    def judge(self, item: dict[str, Any], gold: dict[str, Any], predicted: dict[str, Any] | None):
        found = predicted is not None
        error: dict[str, Any] = {}
        if "modality" in gold:
            expected = modality_of(gold)
            got = modality_of(predicted) if predicted else None
            self.count("modality", got == expected, found)
            for flag in MODALITY_FLAGS:
                self.count(
                    f"modality.{flag}", got is not None and got[flag] == expected[flag], found
                )
            if found and got != expected:
                error["modality"] = {"gold": expected, "predicted": got}
        if "attribution" in gold:
            expected_anonymous = bool(gold["attribution"].get("anonymous", False))
            expected_speaker = parse_actor_code(gold["attribution"].get("speaker"))
            anonymous, speaker = attribution_of(predicted) if predicted else (None, None)
            speaker_right = found and actor_matches(expected_speaker, speaker)
            self.count("attribution.anonymous", anonymous == expected_anonymous, found)
            self.count("attribution.speaker", speaker_right, found)
            self.count("attribution", speaker_right and anonymous == expected_anonymous, found)
            # speaker and anonymity alone cannot see a source invented for a plain assertion;
            # a named source with no actor code ("said Ahmed Rashid, an analyst") gives "text"
            named = gold["attribution"].get("text")
            expected_source = expected_anonymous or expected_speaker is not None or bool(named)
            given = (predicted or {}).get("attribution") or {}
            has_source = bool(given.get("cue"))
            if named:
                written = str(given.get("text") or "").lower()
                self.count("attribution.named", found and named.lower() in written, found)
            self.count("attribution.present", found and has_source == expected_source, found)
            agree = speaker_right and anonymous == expected_anonymous
            if found and not (agree and has_source == expected_source):
                error["attribution"] = {
                    "gold": gold["attribution"],
                    "predicted": (predicted or {}).get("attribution"),
                }
        self.count("events_found", found, True)
        if error or not found:
            error.update(
                id=item["id"],
                text=item["text"],
                cameo=gold.get("cameo"),
                trigger=trigger_text(predicted) if predicted else None,
                found=found,
            )
            self.errors.append(error)

    def report(self) -> dict[str, Any]:
        def view(counts: Counter[str]) -> dict[str, Any]:
            names = sorted({key.rsplit(".", 1)[0] for key in counts})
            return {
                name: ratio(counts[name + ".correct"], counts[name + ".total"]) for name in names
            }

        return {"found": view(self.found), "end_to_end": view(self.end_to_end)}


def evaluate_qualifiers(gold_path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    scores = Scores()
    sentences = 0
    for item in read_jsonl(gold_path):
        if not annotated(item):
            continue
        sentences += 1
        golds = [gold_event(event) for event in item["events"]]
        predictions = [
            predicted_event(record) for record in code_sentence(item["text"], item.get("date"))
        ]
        pairs = qualifier_pairs(golds, predictions)
        for index, gold in enumerate(golds):
            if "modality" in gold.record or "attribution" in gold.record:
                chosen = predictions[pairs[index]].record if index in pairs else None
                scores.judge(item, gold.record, chosen)
    return {"gold": str(gold_path), "sentences": sentences, **scores.report()}, scores.errors


def print_report(report: dict[str, Any]) -> None:
    print(f"{report['gold']}: {report['sentences']} sentences with annotated qualifiers")
    found = report["end_to_end"].get("events_found", {})
    print(f"events found by the coder: {found.get('correct', 0)}/{found.get('total', 0)}")
    print(f"{'measure':28} {'found only':>14} {'end to end':>14}")
    for name in sorted(report["end_to_end"]):
        if name == "events_found":
            continue
        cells = []
        for view in ("found", "end_to_end"):
            score = report[view].get(name)
            cells.append(
                f"{score['correct']}/{score['total']} {score['accuracy']:.2f}" if score else "-"
            )
        print(f"{name:28} {cells[0]:>14} {cells[1]:>14}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEV), help="event gold file (JSONL)")
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args(argv)
    report, errors = evaluate_qualifiers(Path(options.gold))
    if options.json:
        print(json.dumps({**report, "errors": errors} if options.errors else report, indent=2))
        return 0
    print_report(report)
    if options.errors:
        for error in errors:
            print(json.dumps(error, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
