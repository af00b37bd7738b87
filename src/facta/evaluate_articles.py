"""Scoring facta on whole articles: gold that points into a corpus by article id and
character offsets (eval/gold/ARTICLES.md), events matched one to one within an article.

A gold event and a predicted one may pair when the predicted event's sentence overlaps the
gold event's anchor span and they agree at the level scored: root, full code, or root with
source and target (the actor rule of `facta.evaluate`). Dates, places, modality and
attribution are judged on the pairs of the root level (pairs agreeing on actors first).
Gold events marked `background` are scored apart: a prediction paired with one counts
neither for nor against the news figures.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from facta.errors import InputError
from facta.evaluate import (
    LEVELS,
    ScoredEvent,
    Tally,
    actor_matches,
    distance_km,
    gold_event,
    level_matches,
    maximum_matching,
    parse_actor_code,
    predicted_actor,
    predicted_event,
    ratio,
    read_jsonl,
    tally_roots,
)

ArticleCoder = Callable[[str, str | None], list[dict[str, Any]]]
PLACE_RADIUS_KM = 50.0
Span = tuple[int, int]


def load_corpus(path: str | Path) -> dict[str, dict[str, Any]]:
    """A JSONL(.gz) corpus by article id."""
    path = Path(path)
    try:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
    except (OSError, json.JSONDecodeError, EOFError) as error:
        raise InputError(f"Cannot read corpus {path}: {error}.") from error
    return {str(row.get("id")): row for row in rows if isinstance(row, dict)}


def is_article_gold(record: dict[str, Any]) -> bool:
    return "article_id" in record and "text" not in record


# --- locating predictions in the article -------------------------------------------------


def sentence_spans(text: str, records: list[dict[str, Any]]) -> list[Span | None]:
    """Where each predicted event's sentence lies in `text`: its evidence sentence found
    in order (whitespace may differ, as ingest normalises it); None when not found."""
    found: dict[int, Span | None] = {}
    cursor = 0
    order = sorted(range(len(records)), key=lambda i: records[i].get("sentence") or 0)
    for index in order:
        record = records[index]
        number = record.get("sentence")
        if number in found:
            continue
        sentence = ((record.get("evidence") or {}).get("text") or "").strip()
        span = locate(text, sentence, cursor) or locate(text, sentence, 0)
        found[number] = span
        if span:
            cursor = span[0]
    return [found.get(record.get("sentence")) for record in records]


def locate(text: str, sentence: str, start: int) -> Span | None:
    if not sentence:
        return None
    at = text.find(sentence, start)
    if at >= 0:
        return at, at + len(sentence)
    words = sentence.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.compile(pattern).search(text, start)
    return (match.start(), match.end()) if match else None


def overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


# --- judging one pair --------------------------------------------------------------------


def modality_label(record: dict[str, Any]) -> str:
    given = record.get("modality")
    if isinstance(given, str):
        return given
    flags = given or {}
    for flag in ("negated", "hypothetical", "future"):
        if flags.get(flag):
            return flag
    return "asserted"


def reported(record: dict[str, Any]) -> tuple[bool, bool]:
    """(reported by someone, anonymously) for a gold or a predicted record. A statement
    credited to its own doer ("Obama promised", attribution Obama) is the article's own
    assertion that it was made, as the gold codes it, not a report by someone else."""
    given = record.get("attribution") or {}
    if "reported" in given:
        return bool(given["reported"]), bool(given.get("anonymous"))
    told = bool(given.get("speaker") or given.get("text") or given.get("anonymous"))
    if told and len(given.get("chain") or []) <= 1 and own_statement(record, given):
        return False, False
    return told, bool(given.get("anonymous"))


def own_statement(record: dict[str, Any], given: dict[str, Any]) -> bool:
    speaker, source = given.get("speaker"), record.get("source")
    if not isinstance(speaker, dict) or not isinstance(source, dict):
        return False
    same_entity = speaker.get("entity") and speaker.get("entity") == source.get("entity")
    return bool(same_entity or (speaker.get("text") and speaker.get("text") == source.get("text")))


def same_day(gold: str, found: str | None) -> bool:
    """The predicted date agrees with the gold date to the precision the gold gives:
    gold "2016-09" (a month) accepts any day of September 2016."""
    return bool(found) and str(found)[: len(gold)] == gold


class PairJudge:
    """Date, place, modality and attribution accuracy over root-level pairs."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.extra_places = 0

    def count(self, name: str, correct: bool) -> None:
        self.counts[name + ".total"] += 1
        self.counts[name + ".correct"] += int(correct)

    def judge(self, gold: dict[str, Any], found: dict[str, Any]) -> None:
        self.count("code", found.get("cameo", "").startswith(str(gold.get("cameo") or "")))
        for side in ("source", "target"):
            if side in gold:
                expected = parse_actor_code(gold[side])
                self.count(side, actor_matches(expected, predicted_actor(found.get(side))))
        if gold.get("date"):
            right = same_day(str(gold["date"]), found.get("date"))
            self.count("date_day", right)
            self.count(f"date_day.{gold.get('date_basis') or 'text'}", right)
        self.judge_place(gold.get("place"), found.get("location"))
        if gold.get("modality"):
            self.count("modality", modality_label(found) == modality_label(gold))
        if gold.get("attribution"):
            told, anonymous = reported(gold)
            said, unnamed = reported(found)
            self.count("attribution", told == said and (not told or anonymous == unnamed))
            self.count("attribution.reported", told == said)

    def judge_place(self, gold: dict[str, Any] | None, found: dict[str, Any] | None) -> None:
        if not gold:
            self.extra_places += int(bool(found))
            return
        if gold.get("country"):
            self.count("place_country", bool(found) and found.get("country") == gold["country"])
        if gold.get("lat") is not None and gold.get("lon") is not None:
            near = (
                bool(found)
                and found.get("lat") is not None
                and distance_km(gold["lat"], gold["lon"], found["lat"], found["lon"])
                <= PLACE_RADIUS_KM
            )
            self.count("place_50km", near)

    def scores(self) -> dict[str, Any]:
        names = sorted({key.rsplit(".", 1)[0] for key in self.counts})
        out: dict[str, Any] = {
            name: ratio(self.counts[name + ".correct"], self.counts[name + ".total"])
            for name in names
        }
        out["place_without_gold_place"] = self.extra_places
        return out


# --- scoring -----------------------------------------------------------------------------


def evaluate_articles(
    gold_path: str | Path, corpus: dict[str, dict[str, Any]], coder: ArticleCoder
) -> dict[str, Any]:
    """Code every gold article's text and score it. Returns {"kind": "articles",
    "articles", "overall": {level: P/R/F1}, "per_root", "pairs": {accuracies},
    "background": {...}, "per_article": [...]}."""
    overall = {level: Tally() for level in LEVELS}
    per_root: dict[str, dict[str, Tally]] = {}
    judge = PairJudge()
    background = Counter[str]()
    per_article = []
    for item in read_jsonl(gold_path):
        row = corpus.get(str(item.get("article_id")))
        if row is None:
            raise InputError(f"{gold_path}: article {item.get('article_id')} is not in the corpus")
        text = row["text"]
        records = coder(text, row.get("date") or item.get("date"))
        spans = sentence_spans(text, records)
        result = score_article(item, records, spans, overall, per_root, judge, background)
        per_article.append({"article_id": item["article_id"], **result})
    return {
        "kind": "articles",
        "gold": str(gold_path),
        "articles": len(per_article),
        "overall": {level: overall[level].scores() for level in LEVELS},
        "per_root": {
            root: {level: tallies[level].scores() for level in LEVELS}
            for root, tallies in sorted(per_root.items())
        },
        "pairs": judge.scores(),
        "background": dict(background),
        "per_article": per_article,
    }


def score_article(
    item: dict[str, Any],
    records: list[dict[str, Any]],
    spans: list[Span | None],
    overall: dict[str, Tally],
    per_root: dict[str, dict[str, Tally]],
    judge: PairJudge,
    background: Counter[str],
) -> dict[str, Any]:
    gold_records = [event for event in item.get("events") or [] if event.get("cameo")]
    news = [event for event in gold_records if not event.get("background")]
    old = [event for event in gold_records if event.get("background")]
    predictions = [predicted_event(record) for record in records]

    def near(gold: ScoredEvent, index: int) -> bool:
        return overlaps(tuple(gold.record["span"]), spans[index])

    # Predictions that stand for a background event leave the news figures.
    old_events = [gold_event(event) for event in old]
    old_pairs = match(old_events, predictions, "root", near)
    background["gold"] += len(old)
    background["found"] += len(old_pairs)
    marked = {i for i, p in enumerate(predictions) if p.record.get("background")}
    background["marked"] += len(marked & set(old_pairs.values()))
    background["other_marked"] += len(marked - set(old_pairs.values()))
    kept = [i for i in range(len(predictions)) if i not in set(old_pairs.values()) | marked]
    golds = [gold_event(event) for event in news]
    chosen = [predictions[i] for i in kept]
    chosen_spans = [spans[i] for i in kept]

    def close(gold: ScoredEvent, index: int) -> bool:
        return overlaps(tuple(gold.record["span"]), chosen_spans[index])

    figures = {}
    matched_at: dict[int, list[str]] = {}
    for level in LEVELS:
        pairs = match(golds, chosen, level, close)
        overall[level].add(len(pairs), len(chosen), len(golds))
        tally_roots(level, golds, chosen, pairs, per_root)
        figures[level] = len(pairs)
        for gold_index in pairs:
            matched_at.setdefault(gold_index, []).append(level)
    pairing = paired(golds, chosen, close)
    for gold_index, index in pairing.items():
        judge.judge(golds[gold_index].record, chosen[index].record)
    partner = {index: gold_index for gold_index, index in pairing.items()}
    return {
        "gold": len(golds),
        "predicted": len(chosen),
        "matched": figures,
        "gold_events": [
            {**outline(g.record), "span": g.record["span"], "matched": matched_at.get(k, [])}
            for k, g in enumerate(golds)
        ],
        "predicted_events": [
            {**outline(p.record), "sentence_span": chosen_spans[k], "paired": partner.get(k)}
            for k, p in enumerate(chosen)
        ],
    }


def outline(record: dict[str, Any]) -> dict[str, Any]:
    def code(actor: Any) -> Any:
        return actor.get("code") if isinstance(actor, dict) else actor

    return {
        "cameo": record.get("cameo"),
        "source": code(record.get("source")),
        "target": code(record.get("target")),
        "date": record.get("date"),
        "place": place_name(record.get("place") or record.get("location")),
        "rule": record.get("rule"),
        "modality": modality_label(record),
        "reported": reported(record)[0],
    }


def place_name(place: Any) -> str | None:
    """ "Aleppo (SYR)": a place as the error listing shows it."""
    if not isinstance(place, dict):
        return None
    return f"{place.get('name') or '?'} ({place.get('country') or '?'})"


def match(
    golds: list[ScoredEvent],
    predictions: list[ScoredEvent],
    level: str,
    near: Callable[[ScoredEvent, int], bool],
    taken: set[int] | None = None,
) -> dict[int, int]:
    index_of = {id(p): i for i, p in enumerate(predictions)}
    return maximum_matching(
        golds,
        predictions,
        lambda g, p: near(g, index_of[id(p)]) and level_matches(level, g, p),
        taken=taken,
    )


def paired(
    golds: list[ScoredEvent],
    predictions: list[ScoredEvent],
    near: Callable[[ScoredEvent, int], bool],
) -> dict[int, int]:
    """Pairs agreeing on actors and root first, then the rest by root alone."""
    pairs = match(golds, predictions, "dyad", near)
    rest = [i for i in range(len(golds)) if i not in pairs]
    more = match([golds[i] for i in rest], predictions, "root", near, set(pairs.values()))
    pairs.update({rest[i]: index for i, index in more.items()})
    return pairs


# --- report ------------------------------------------------------------------------------


def article_report(result: dict[str, Any]) -> Iterable[str]:
    from facta.evaluate import level_table

    yield f"facta eval: {result['gold']} ({result['articles']} articles)"
    yield ""
    yield from level_table(result)
    yield ""
    yield "on matched events (root level):"
    for name, scores in result["pairs"].items():
        if isinstance(scores, dict):
            yield f"  {name:26} {scores['correct']:>4}/{scores['total']:<4} {scores['accuracy']:.3f}"
    yield f"  predicted place where gold has none: {result['pairs']['place_without_gold_place']}"
    old = result["background"]
    yield (
        f"background gold events: {old.get('gold', 0)}, coded by facta: {old.get('found', 0)} "
        f"(marked background: {old.get('marked', 0)}); other predictions marked background: "
        f"{old.get('other_marked', 0)}"
    )


def facta_article_coder(model: str | None = None) -> ArticleCoder:
    """facta.code_text on a whole article, as `evaluate_articles` calls it."""
    from facta.evaluate import facta_coder

    return facta_coder(model)
