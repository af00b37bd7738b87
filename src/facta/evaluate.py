"""Scoring facta against hand-written gold: events (CAMEO, PLOVER, modality, attribution),
actor phrases and place mentions. The library behind `facta eval`; see eval/gold/README.md.

Callables scored here:
- coder(text, date) -> list of event records in the CONTRACT shape (dicts with "cameo",
  "root", "source"/"target" as {"code", "country", "sectors"} or None, optional "plover",
  "modality", "attribution", "promised");
- resolver(text, date) -> {"code", "country", "sectors", ...} or None (unknown actor);
- geocoder(text, place_as_written, dateline) -> {"country", "name", "lat", "lon",
  "feature", ...} or None (not resolved).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facta.errors import InputError
from facta.models import split_actor_code

Coder = Callable[[str, str | None], list[dict[str, Any]]]
Resolver = Callable[[str, str | None], dict[str, Any] | None]
Geocoder = Callable[[str, str, str | None], dict[str, Any] | None]

LEVELS = ("root", "code", "dyad")
MODALITY_FLAGS = ("negated", "future", "hypothetical")
PLACE_TOLERANCE_KM = 25.0
NAME_PREFIXES = frozenset({"al", "el", "as", "ad", "an", "ar", "at", "az", "ash", "the"})
NAME_SUFFIXES = frozenset({"province", "governorate", "state", "region", "city", "district"})


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


# --- reading -----------------------------------------------------------------------------


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


# --- matching ----------------------------------------------------------------------------


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


# --- counting ----------------------------------------------------------------------------


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


# --- events ------------------------------------------------------------------------------


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


# --- actors ------------------------------------------------------------------------------


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
        country_right = gold_country(gold) == gold_country(found)
        sector_right = country_right and (
            gold is None
            or not gold.sectors
            or (found is not None and found.sectors[:1] == gold.sectors[:1])
        )
        exact_right = country_right and (gold.sectors if gold else ()) == (
            found.sectors if found else ()
        )
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


def gold_country(actor: ActorKey | None) -> str | None:
    return actor.country if actor else None


def code_of(actor: ActorKey | None) -> str | None:
    return None if actor is None else (actor.country or "") + "".join(actor.sectors) or None


# --- places ------------------------------------------------------------------------------


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


# --- report ------------------------------------------------------------------------------


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of any result of evaluate, evaluate_actors or evaluate_places."""
    kind = result.get("kind", "events")
    if kind == "actors":
        return "\n".join(actor_report(result))
    if kind == "places":
        return "\n".join(place_report(result))
    return "\n".join(event_report(result))


def score_cells(scores: dict[str, Any]) -> str:
    return f"{scores['precision']:6.3f} {scores['recall']:6.3f} {scores['f1']:6.3f}"


def level_table(result: dict[str, Any]) -> Iterable[str]:
    """The P/R/F1 table at the three levels, overall and per root (sentences or articles)."""
    header = "".join(f" | {name:^20}" for name in ("root code", "full code", "source+target+root"))
    yield f"{'':8}{'gold':>6}{'pred':>6}{header}"
    yield f"{'':20}" + " |      P      R     F1" * 3
    rows = [("overall", result["overall"])] + [
        (f"root {root}", levels) for root, levels in result["per_root"].items()
    ]
    for name, levels in rows:
        cells = "".join(f" | {score_cells(levels[level])}" for level in LEVELS)
        yield f"{name:8}{levels['root']['gold']:>6}{levels['root']['predicted']:>6}{cells}"


def event_report(result: dict[str, Any]) -> Iterable[str]:
    yield f"facta eval: {result['gold']} ({result['sentences']} sentences)"
    if result.get("plover_only_sentences"):
        yield f"{result['plover_only_sentences']} sentences have PLOVER gold only (no CAMEO code)"
    yield ""
    yield from level_table(result)
    none = result["no_event"]
    yield ""
    yield (
        f"no-event sentences: {none['sentences']}, with a predicted event: "
        f"{none['with_predictions']} ({none['predicted_events']} events)"
    )
    if result.get("plover"):
        plover = result["plover"]
        yield (
            f"PLOVER type: P {plover['precision']:.3f} R {plover['recall']:.3f} "
            f"F1 {plover['f1']:.3f}; sentences all right "
            f"{plover['sentence_accuracy']['correct']}/{plover['sentence_accuracy']['total']}; "
            f"type accuracy {plover['type_accuracy']['correct']}/{plover['type_accuracy']['total']} "
            f"= {plover['type_accuracy']['accuracy']:.3f}"
        )
    for name, scores in result["qualifiers"].items():
        yield f"{name:24} {scores['correct']:>4}/{scores['total']:<4} {scores['accuracy']:.3f}"


def actor_report(result: dict[str, Any]) -> Iterable[str]:
    yield f"actor phrases: {result['gold']} ({result['phrases']} phrases)"
    for name in ("country", "country_sector", "exact"):
        scores = result[name]
        yield f"{name:16} {scores['correct']:>4}/{scores['total']:<4} {scores['accuracy']:.3f}"
    yield "errors by gold sector (country + first sector):"
    for sector, counts in result["per_sector"].items():
        yield f"  {sector:8} {counts['errors']:>4} of {counts['total']}"


def place_report(result: dict[str, Any]) -> Iterable[str]:
    yield f"places: {result['gold']} ({result['mentions']} mentions)"
    yield f"{'feature':10}{'n':>5}{'country':>9}{'place':>9}"
    yield (
        f"{'all':10}{result['mentions']:>5}{result['country']['accuracy']:>9.3f}"
        f"{result['place']['accuracy']:>9.3f}"
    )
    for name, scores in result["per_feature"].items():
        yield (
            f"{name:10}{scores['total']:>5}{scores['country']['accuracy']:>9.3f}"
            f"{scores['place']['accuracy']:>9.3f}"
        )


# --- facta itself as coder, resolver and geocoder ----------------------------------------


def facta_coder(model: str | None = None) -> Coder:
    """facta.code_text as a coder for `evaluate`."""
    from facta import code_text

    def coder(text: str, date: str | None) -> list[dict[str, Any]]:
        return [event.to_dict() for event in code_text(text, date=date, model=model)]

    return coder


def facta_resolver(model: str | None = None) -> Resolver:
    """facta.resolve_actor as a resolver for `evaluate_actors`."""
    from facta import resolve_actor

    def resolver(text: str, date: str | None) -> dict[str, Any] | None:
        actor = resolve_actor(text, date=date, model=model)
        return actor.to_dict() if actor else None

    return resolver


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
        start = len(body) - len(text) + max(text.find(place), 0)
        for mention in analysis.places:
            span = analysis.doc[mention.start : mention.end]
            if span.start_char < start + len(place) and span.end_char > start:
                return mention.place.to_dict()
        return None

    return geocoder
