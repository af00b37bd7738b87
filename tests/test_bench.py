"""`facta bench` on a few sample articles: both runs report, every stage is timed, and the
gazetteer's own footprint is measured in a fresh process (figures are reported, not judged)."""

from __future__ import annotations

from facta.bench import run_bench


def test_bench_reports_both_runs_stages_and_the_gazetteer_footprint():
    result = run_bench(limit=4, workers=1)
    assert result.articles == 4 and result.words > 0
    assert result.facta_words_per_s > 0 and result.spacy_words_per_s > 0
    assert set(result.stage_share) == {"parse", "actors", "places", "events", "locate"}
    assert result.events > 0
    assert result.gazetteer_cold_s is not None and result.gazetteer_cold_s > 0
    # A process with the gazetteer but no spaCy model stays far below one with the model.
    assert result.gazetteer_rss_mb is not None and 0 < result.gazetteer_rss_mb < result.peak_rss_mb
