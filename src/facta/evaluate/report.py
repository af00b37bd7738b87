"""Plain-text tables of scoring results (events, actors, places), as `facta eval` prints
them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from facta.evaluate.records import LEVELS


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
