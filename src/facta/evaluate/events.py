"""Scoring a coder on event gold: CAMEO codes at three levels (root, code, dyad), PLOVER
types, and the qualifiers (modality, attribution, promise) of the events it pairs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facta.evaluate.records import (
    LEVELS,
    ActorKey,
    ScoredEvent,
    Tally,
    actor_matches,
    gold_event,
    level_matches,
    maximum_matching,
    normalise_code,
    paired_events,
    parse_actor_code,
    predicted_actor,
    predicted_event,
    ratio,
    read_jsonl,
)

Coder = Callable[[str, str | None], list[dict[str, Any]]]

MODALITY_FLAGS = ("negated", "future", "hypothetical")


def modality_of(record: dict[str, Any]) -> dict[str, bool]:
    given = record.get("modality") or {}
    return {flag: bool(given.get(flag, False)) for flag in MODALITY_FLAGS}


def attribution_of(record: dict[str, Any]) -> tuple[bool, ActorKey | None]:
    given = record.get("attribution") or {}
    return bool(given.get("anonymous", False)), predicted_actor(given.get("speaker"))


def promised_of(record: dict[str, Any]) -> tuple[str, str] | None:
    given = record.get("promised")
    if not given or not given.get("cameo"):
        return None
    return normalise_code(given["cameo"])[:2], str(given.get("polarity", "do"))


class QualifierTally:
    """Modality, attribution and promise accuracy over the gold events that give them."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def judge(self, gold: dict[str, Any], predicted: dict[str, Any] | None) -> None:
        if "modality" in gold:
            expected = modality_of(gold)
            found = modality_of(predicted) if predicted else None
            self.count("modality", found == expected)
            for flag in MODALITY_FLAGS:
                self.count(f"modality.{flag}", found is not None and found[flag] == expected[flag])
        if "attribution" in gold:
            expected_anonymous = bool(gold["attribution"].get("anonymous", False))
            expected_speaker = parse_actor_code(gold["attribution"].get("speaker"))
            anonymous, speaker = attribution_of(predicted) if predicted else (None, None)
            speaker_right = predicted is not None and actor_matches(expected_speaker, speaker)
            self.count("attribution.anonymous", anonymous == expected_anonymous)
            self.count("attribution.speaker", speaker_right)
            self.count("attribution", speaker_right and anonymous == expected_anonymous)
        if "promised" in gold:
            found = promised_of(predicted) if predicted else None
            self.count("promised", found == promised_of(gold))

    def count(self, name: str, correct: bool) -> None:
        self.counts[name + ".total"] += 1
        self.counts[name + ".correct"] += int(correct)

    def scores(self) -> dict[str, dict[str, float | int]]:
        names = sorted({key.rsplit(".", 1)[0] for key in self.counts})
        return {
            name: ratio(self.counts[name + ".correct"], self.counts[name + ".total"])
            for name in names
        }


def plover_type(record: dict[str, Any]) -> str | None:
    value = record.get("plover")
    if isinstance(value, dict):
        value = value.get("type")
    return str(value).upper() if value else None


def evaluate(gold_path: str | Path, coder: Coder) -> dict[str, Any]:
    """Code every gold text with `coder` and score it (see the module docstring).

    Returns {"kind": "events", "sentences", "overall": {level: scores}, "per_root":
    {root: {level: scores}}, "no_event": {...}, "plover": {...} or None, "qualifiers":
    {...}} where level is "root" (root code), "code" (full code) or "dyad"
    (source + target + root), and scores hold matched, predicted, gold, precision, recall, f1.
    Sentences whose gold events give a PLOVER type but no CAMEO code (converted PLOVER
    records) count only towards "plover"; "plover_only_sentences" says how many there were.
    """
    overall = {level: Tally() for level in LEVELS}
    per_root: dict[str, dict[str, Tally]] = {}
    plover = Tally()
    plover_sentences = Counter[str]()
    qualifiers = QualifierTally()
    no_event = Counter[str]()
    sentences = plover_only = 0
    for item in read_jsonl(gold_path):
        sentences += 1
        golds = [gold_event(event) for event in item.get("events") or []]
        predictions = [predicted_event(event) for event in coder(item["text"], item.get("date"))]
        score_plover(golds, predictions, plover, plover_sentences)
        if any(not gold.code for gold in golds):
            plover_only += 1  # PLOVER records carry no CAMEO code to score
            continue
        for level in LEVELS:
            score_level(level, golds, predictions, overall[level], per_root)
        pairs = paired_events(golds, predictions)
        for index, gold in enumerate(golds):
            chosen = predictions[pairs[index]].record if index in pairs else None
            qualifiers.judge(gold.record, chosen)
        if not golds:
            no_event["sentences"] += 1
            no_event["with_predictions"] += int(bool(predictions))
            no_event["predicted_events"] += len(predictions)
    return {
        "kind": "events",
        "gold": str(gold_path),
        "sentences": sentences,
        "plover_only_sentences": plover_only,
        "overall": {level: overall[level].scores() for level in LEVELS},
        "per_root": {
            root: {level: tallies[level].scores() for level in LEVELS}
            for root, tallies in sorted(per_root.items())
        },
        "no_event": dict(no_event)
        or {"sentences": 0, "with_predictions": 0, "predicted_events": 0},
        "plover": plover_scores(plover, plover_sentences),
        "qualifiers": qualifiers.scores(),
    }


def score_level(
    level: str,
    golds: list[ScoredEvent],
    predictions: list[ScoredEvent],
    overall: Tally,
    per_root: dict[str, dict[str, Tally]],
) -> None:
    pairs = maximum_matching(golds, predictions, lambda g, p: level_matches(level, g, p))
    overall.add(len(pairs), len(predictions), len(golds))
    tally_roots(level, golds, predictions, pairs, per_root)


def tally_roots(
    level: str,
    golds: list[ScoredEvent],
    predictions: list[ScoredEvent],
    pairs: dict[int, int],
    per_root: dict[str, dict[str, Tally]],
) -> None:
    """Count gold events under their root, predictions under theirs, pairs under the gold's."""

    def tally(root: str) -> Tally:
        return per_root.setdefault(root, {name: Tally() for name in LEVELS})[level]

    for gold in golds:
        tally(gold.root).add(0, 0, 1)
    for prediction in predictions:
        tally(prediction.root).add(0, 1, 0)
    for gold_index in pairs:
        tally(golds[gold_index].root).add(1, 0, 0)


def score_plover(
    golds: list[ScoredEvent],
    predictions: list[ScoredEvent],
    tally: Tally,
    sentences: Counter[str],
) -> None:
    """PLOVER types are scored only on sentences whose gold events all give one."""
    expected = [plover_type(gold.record) for gold in golds]
    if not expected or None in expected:
        return
    found = [kind for kind in (plover_type(p.record) for p in predictions) if kind]
    matched = sum((Counter(expected) & Counter(found)).values())
    tally.add(matched, len(found), len(expected))
    sentences["total"] += 1
    sentences["correct"] += int(Counter(expected) == Counter(found))
    sentences["typed"] += int(set(expected) <= set(found))


def plover_scores(tally: Tally, sentences: Counter[str]) -> dict[str, Any] | None:
    if not sentences["total"]:
        return None
    return {
        **tally.scores(),
        "sentence_accuracy": ratio(sentences["correct"], sentences["total"]),
        "type_accuracy": ratio(sentences["typed"], sentences["total"]),
    }


def facta_coder(model: str | None = None) -> Coder:
    """facta.code_text as a coder for `evaluate`."""
    from facta import code_text

    def coder(text: str, date: str | None) -> list[dict[str, Any]]:
        return [event.to_dict() for event in code_text(text, date=date, model=model)]

    return coder
