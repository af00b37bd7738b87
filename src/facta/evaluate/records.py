"""What every scorer shares: gold and predicted records read and normalised (actors as
country and sectors, CAMEO codes), one-to-one pairing of events, and counts turned into scores."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facta.errors import InputError
from facta.models import split_actor_code

LEVELS = ("root", "code", "dyad")


@dataclass(frozen=True)
class ActorKey:
    """An actor reduced to what scoring compares: country (or organisation) and sectors."""

    country: str | None
    sectors: tuple[str, ...]


@dataclass(frozen=True)
class ScoredEvent:
    """One gold or predicted event, normalised for matching."""

    code: str
    root: str
    source: ActorKey | None
    target: ActorKey | None
    record: dict[str, Any]
    judge_source: bool = True  # False when the gold leaves the actor out (not annotated)
    judge_target: bool = True


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a gold file, one a line; blank lines and `#` lines are skipped."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"Cannot read gold file {path}: {error.strerror}.") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number} is not valid JSON ({error.msg}).") from error
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number} is not a JSON object.")
        yield record


def parse_actor_code(code: str | None) -> ActorKey | None:
    """A gold actor code split into country and sectors: "IRQLEG" -> (IRQ, [LEG]),
    "IGOUNO" -> (IGOUNO, []), "REB" -> (None, [REB]), None -> None."""
    if not code:
        return None
    return ActorKey(*split_actor_code(code.strip().upper()))


def predicted_actor(actor: dict[str, Any] | str | None) -> ActorKey | None:
    """A predicted actor (CONTRACT record, or a bare code string) as an ActorKey."""
    if actor is None:
        return None
    if isinstance(actor, str):
        return parse_actor_code(actor)
    if "country" in actor or "sectors" in actor:
        return ActorKey(actor.get("country"), tuple(actor.get("sectors") or ()))
    return parse_actor_code(actor.get("code"))


def actor_matches(gold: ActorKey | None, predicted: ActorKey | None) -> bool:
    """The CONTRACT rule: countries must agree; gold sectors, when given, must all be among
    the predicted sectors; a gold actor with no sector accepts any sector. Unknown gold
    (None) accepts a prediction that names no country."""
    if gold is None:
        return predicted is None or predicted.country is None
    if predicted is None or predicted.country != gold.country:
        return False
    return set(gold.sectors) <= set(predicted.sectors)


def normalise_code(code: Any) -> str:
    """CAMEO codes as strings; a bare root ("19") means its unspecified code ("190")."""
    text = str(code).strip()
    if len(text) == 1:
        text = "0" + text
    return text + "0" if len(text) == 2 else text


def gold_event(record: dict[str, Any]) -> ScoredEvent:
    """A gold event; a missing "source"/"target" key means the actor is not annotated
    (any prediction will do), while null means the text names no actor."""
    code = normalise_code(record["cameo"]) if record.get("cameo") else ""
    return ScoredEvent(
        code,
        code[:2],
        parse_actor_code(record.get("source")),
        parse_actor_code(record.get("target")),
        record,
        judge_source="source" in record,
        judge_target="target" in record,
    )


def predicted_event(record: dict[str, Any]) -> ScoredEvent:
    code = normalise_code(record.get("cameo") or record.get("root") or "")
    root = normalise_code(record.get("root") or code)[:2]
    return ScoredEvent(
        code,
        root,
        predicted_actor(record.get("source")),
        predicted_actor(record.get("target")),
        record,
    )


def level_matches(level: str, gold: ScoredEvent, predicted: ScoredEvent) -> bool:
    if level == "root":
        return gold.root == predicted.root
    if level == "code":
        # Judged to the precision the gold gives: gold 035 accepts 0356, gold 0356 rejects 035.
        return bool(gold.code) and predicted.code.startswith(gold.code)
    return (
        gold.root == predicted.root
        and (not gold.judge_source or actor_matches(gold.source, predicted.source))
        and (not gold.judge_target or actor_matches(gold.target, predicted.target))
    )


def maximum_matching(
    golds: list[ScoredEvent],
    predictions: list[ScoredEvent],
    matches: Callable[[ScoredEvent, ScoredEvent], bool],
    taken: set[int] | None = None,
) -> dict[int, int]:
    """Largest one-to-one pairing gold index -> prediction index (augmenting paths);
    predictions in `taken` are not used. Sentences hold a handful of events, so this is cheap."""
    taken = taken or set()
    owner: dict[int, int] = {}

    def place(gold_index: int, seen: set[int]) -> bool:
        for index, prediction in enumerate(predictions):
            if index in taken or index in seen or not matches(golds[gold_index], prediction):
                continue
            seen.add(index)
            if index not in owner or place(owner[index], seen):
                owner[index] = gold_index
                return True
        return False

    for gold_index in range(len(golds)):
        place(gold_index, set())
    return {gold_index: index for index, gold_index in owner.items()}


def paired_events(golds: list[ScoredEvent], predictions: list[ScoredEvent]) -> dict[int, int]:
    """Which prediction stands for which gold event when judging modality and attribution:
    pairs that agree on actors and root first, then the rest by root alone."""
    pairs = maximum_matching(golds, predictions, lambda g, p: level_matches("dyad", g, p))
    rest = [i for i in range(len(golds)) if i not in pairs]
    more = maximum_matching(
        [golds[i] for i in rest],
        predictions,
        lambda g, p: level_matches("root", g, p),
        taken=set(pairs.values()),
    )
    pairs.update({rest[i]: index for i, index in more.items()})
    return pairs


class Tally:
    """True positives, predicted and gold counts, turned into precision, recall and F1."""

    def __init__(self) -> None:
        self.matched = 0
        self.predicted = 0
        self.gold = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float | int]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
        }


def ratio(correct: int, total: int) -> dict[str, float | int]:
    return {
        "correct": correct,
        "total": total,
        "accuracy": round(correct / total, 4) if total else 0.0,
    }
