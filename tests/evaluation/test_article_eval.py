"""Article-level scoring (facta.evaluate_articles) on a small corpus and gold of our own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from facta.evaluate_articles import evaluate_articles, load_corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
CORPUS = FIXTURES / "corpus.jsonl"
GOLD = FIXTURES / "gold.jsonl"


def record(text: str, cameo: str, source: str | None, target: str | None, **extra: Any):
    def actor(code: str | None) -> dict | None:
        if code is None:
            return None
        country = None if code[:3] in {"REB", "CRM"} else code[:3]
        rest = code[3:] if country else code
        return {
            "code": code,
            "country": country,
            "sectors": [rest[i : i + 3] for i in range(0, len(rest), 3)],
        }

    return {
        "sentence": extra.pop("sentence", 0),
        "cameo": cameo,
        "root": cameo[:2],
        "source": actor(source),
        "target": actor(target),
        "evidence": {"text": text},
        **extra,
    }


def scripted(answers: dict[str, list[dict]]):
    texts = {row["text"]: key for key, row in load_corpus(CORPUS).items()}

    def coder(text: str, date: str | None) -> list[dict]:
        return answers[texts[text]]

    return coder


def test_events_pair_one_to_one_within_the_sentence_at_each_level():
    meeting = "KINSHASA (Wire) - Rwanda's foreign minister met his Burundian counterpart in Kinshasa on Monday."
    answers = {
        "t-1": [
            record(
                meeting,
                "040",
                "RWAGOV",
                "BDIGOV",
                date="2021-03-08",
                location={"country": "COD", "lat": -4.3, "lon": 15.3},
            ),
            record(meeting, "040", "RWAGOV", "BDIGOV"),  # a second copy: one pair only
            record(
                "The two sides agreed to reopen the border crossing.",
                "057",
                "RWA",
                None,
                sentence=1,
            ),
        ],
        "t-2": [
            record(
                "GOMA (Wire) - Rebels attacked an army base near Goma on Tuesday, the army said.",
                "190",
                "REB",
                "CODMIL",
                date="2021-03-01",
                attribution={"speaker": {"code": "CODMIL"}, "text": "the army"},
            ),
        ],
    }
    result = evaluate_articles(GOLD, load_corpus(CORPUS), scripted(answers))
    overall = result["overall"]
    assert (overall["root"]["gold"], overall["root"]["predicted"]) == (3, 4)
    assert overall["root"]["matched"] == 2  # 030 vs 057: same sentence, other root
    assert overall["dyad"]["matched"] == 2
    pairs = result["pairs"]
    assert pairs["date_day"]["correct"] == 1 and pairs["date_day"]["total"] == 2
    assert pairs["place_country"]["correct"] == 1 and pairs["place_50km"]["correct"] == 1
    assert pairs["attribution"]["correct"] == 2
    assert result["background"]["gold"] == 1 and result["background"]["found"] == 0


def test_a_prediction_of_a_background_event_counts_apart():
    answers = {
        "t-1": [],
        "t-2": [
            record(
                "The 2019 ceasefire collapsed in March that year.",
                "196",
                None,
                None,
                sentence=1,
                background=True,
            )
        ],
    }
    result = evaluate_articles(GOLD, load_corpus(CORPUS), scripted(answers))
    assert result["background"] == {"gold": 1, "found": 1, "marked": 1, "other_marked": 0}
    assert result["overall"]["root"]["predicted"] == 0


def test_a_prediction_in_another_sentence_does_not_match():
    answers = {
        "t-1": [
            record(
                "The two sides agreed to reopen the border crossing.",
                "040",
                "ROUGOV",
                "BGRGOV",
                sentence=1,
            )
        ],
        "t-2": [],
    }
    result = evaluate_articles(GOLD, load_corpus(CORPUS), scripted(answers))
    assert result["overall"]["root"]["matched"] == 0


def facta(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "facta.cli.main", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_facta_eval_scores_article_gold_end_to_end():
    done = facta("eval", str(GOLD), "--corpus", str(CORPUS), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["kind"] == "articles" and result["articles"] == 2
    found = [e for a in result["per_article"] for e in a["predicted_events"]]
    assert all("Reporting" not in json.dumps(e) for e in found)  # the trailer is not story
    assert result["overall"]["root"]["matched"] >= 2  # the meeting and the attack


@pytest.mark.parametrize("extra", [[], ["--corpus", "/nonexistent/corpus.jsonl"]])
def test_article_gold_without_its_corpus_is_a_one_line_error(extra):
    done = facta("eval", str(GOLD), *extra)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_statement_credited_to_its_own_doer_is_asserted_not_reported():
    from facta.evaluate_articles import reported

    obama = {"code": "USAGOV", "entity": "e1", "text": "Obama"}
    own = {"source": obama, "attribution": {"speaker": obama, "text": "Obama", "chain": ["Obama"]}}
    assert reported(own) == (False, False)
    told = {
        "speaker": {"code": "USAGOV", "entity": "e2"},
        "text": "a US official",
        "anonymous": True,
    }
    assert reported({"source": obama, "attribution": {**told, "chain": ["a US official"]}}) == (
        True,
        True,
    )
