"""Per-article isolation: long texts are coded chunk by chunk with offsets of the whole text;
an article over its time or memory budget is a Failure, and the next article is coded."""

from __future__ import annotations

import time

import pytest

from facta.ingest.identity import make_article
from facta.isolation import Budget, code_articles
from facta.models import Failure
from facta.pipeline import Pipeline
from facta.store import ArticleResult

TOWNS = ["Harare", "Lusaka", "Nairobi", "Kinshasa", "Kampala", "Accra"]


def long_story(paragraphs: int) -> str:
    """One sentence a paragraph, each naming its own number: sentence i says 'day i'."""
    return "\n\n".join(
        f"Police in {TOWNS[i % len(TOWNS)]} arrested {i % 40 + 3} protesters on day {i} of "
        "the strike, officials said."
        for i in range(paragraphs)
    )


def test_a_long_text_is_coded_in_chunks_with_the_whole_texts_numbers(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = long_story(450)  # about 40,000 characters: two chunks
    monkeypatch.setattr(pipeline.nlp, "max_length", 30_000)  # spaCy refuses longer texts
    article = make_article(text=text, origin="long")
    (result,) = code_articles(pipeline, [article], Budget(seconds=120))
    assert isinstance(result, ArticleResult), result
    assert result.article.text == article.text
    for event in result.events:  # sentence i says 'day i', in every chunk
        assert f"day {event.sentence} " in event.evidence.text
    told = {number for e in result.events for number in (e.sentence, *e.mentions)}
    assert told == set(range(450))  # each arrest is one event or a retelling of one
    assert max(e.sentence for e in result.events) > 300  # events of the second chunk
    assert len({e.event_id for e in result.events}) == len(result.events)
    assert len(result.places) > 400
    assert all(article.text[start:end] in TOWNS for start, end, _place in result.places)


def test_an_article_over_its_time_budget_is_a_failure_and_the_next_is_coded(
    pipeline: Pipeline,
) -> None:
    slow = make_article(text=long_story(2_000), origin="slow")
    quick = make_article(text=long_story(3), origin="quick")
    started = time.thread_time()  # processor time: a busy machine slows the wall clock
    outcomes = code_articles(pipeline, [slow, quick], Budget(seconds=0.5))
    assert time.thread_time() - started < 5  # coding it all takes a minute
    assert isinstance(outcomes[0], Failure)
    assert outcomes[0].origin == "slow"
    assert outcomes[0].reason.startswith("coding took more than 0.5 s of processor time")
    assert "--max-seconds" in outcomes[0].reason
    assert isinstance(outcomes[1], ArticleResult)


class Hungry:
    """A stage that takes memory and keeps it, as a runaway stage would."""

    def __init__(self, stage):
        self.stage = stage
        self.held: list[bytearray] = []

    def find(self, analysis):
        if "hungry" in analysis.article.text:
            self.held.append(bytearray(200 * 1024 * 1024))
            self.held[-1][::4096] = b"x" * len(self.held[-1][::4096])  # touch every page
        return self.stage.find(analysis)

    def __getattr__(self, name):
        return getattr(self.stage, name)


def test_an_article_over_its_memory_budget_is_a_failure(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    hungry_stage = Hungry(pipeline.places)
    monkeypatch.setattr(pipeline, "places", hungry_stage)
    hungry = make_article(text="The hungry army shelled a village near Goma.", origin="hungry")
    plain = make_article(text="The army shelled a village near Sake.", origin="plain")
    outcomes = code_articles(pipeline, [hungry, plain], Budget(seconds=60, megabytes=100))
    assert isinstance(outcomes[0], Failure)
    assert outcomes[0].reason.startswith("coding needed more than 100 MB of memory")
    assert isinstance(outcomes[1], ArticleResult)
    hungry_stage.held.clear()


def test_a_long_article_is_never_parsed_with_others() -> None:
    from facta.isolation import parse_groups

    short = [make_article(text=long_story(2), origin=f"s{i}") for i in range(3)]
    long = make_article(text=long_story(400), origin="long")
    groups = [[a.origin for a in group] for group in parse_groups([*short[:2], long, short[2]])]
    assert groups == [["s0", "s1"], ["long"], ["s2"]]
