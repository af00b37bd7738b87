"""Throughput and memory: facta end to end beside bare spaCy `nlp.pipe` on the same texts.

Both runs use the same model and process count; facta's includes ingest, coding and store
writes into a temporary DuckDB file. A single-process pass also times each stage.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from itertools import islice
from pathlib import Path

from facta.ingest import iter_inputs
from facta.models import Article
from facta.nlp import load_model, model_name
from facta.pipeline import Pipeline, PipelineOptions
from facta.runner import code_paths


@dataclass
class BenchResult:
    corpus: str
    model: str
    workers: int
    articles: int
    words: int
    facta_seconds: float
    facta_words_per_s: float
    facta_articles_per_s: float
    spacy_seconds: float
    spacy_words_per_s: float
    spacy_articles_per_s: float
    ratio: float
    peak_rss_mb: float
    events: int
    stage_seconds: dict[str, float] = field(default_factory=dict)
    stage_share: dict[str, float] = field(default_factory=dict)
    gazetteer_load_s: float | None = None
    gazetteer_cold_s: float | None = None  # a fresh process: imports, index open, one lookup
    gazetteer_rss_mb: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def sample_corpus_path() -> Path:
    return Path(str(resources.files("facta") / "data" / "sample"))


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def load_articles(corpus: Path, limit: int | None) -> list[Article]:
    items: Iterator = (i for i in iter_inputs([str(corpus)]) if isinstance(i, Article))
    return list(islice(items, limit)) if limit else list(items)


def time_stages(
    articles: list[Article], options: PipelineOptions
) -> tuple[dict[str, float], float]:
    """Seconds spent in parsing and in each stage, one process; and the gazetteer load time."""
    started = time.perf_counter()
    pipeline = Pipeline(options)
    setup = time.perf_counter() - started
    from facta.places import Geocoder

    started = time.perf_counter()
    Geocoder(extra_files=options.gazetteer_files)
    gazetteer = time.perf_counter() - started
    seconds = {
        "parse": 0.0,
        "actors": 0.0,
        "places": 0.0,
        "events": 0.0,
        "locate": 0.0,
        "setup": setup,
    }
    from facta.analysis_state import Analysis

    clock = time.perf_counter()
    docs = pipeline.nlp.pipe((a.text for a in articles), batch_size=options.batch_size)
    for article, doc in zip(articles, docs, strict=True):
        now = time.perf_counter()
        seconds["parse"] += now - clock
        analysis = Analysis(article=article, doc=doc)
        for stage, step in (
            ("actors", pipeline.actors.resolve),
            ("places", pipeline.places.find),
            ("events", pipeline.events.code),
            ("locate", pipeline.places.locate_events),
        ):
            begin = time.perf_counter()
            analysis = step(analysis)
            seconds[stage] += time.perf_counter() - begin
        clock = time.perf_counter()
    return {k: round(v, 3) for k, v in seconds.items()}, round(gazetteer, 3)


# Peak memory from /proc (VmHWM): ru_maxrss would carry the forking parent's peak over exec.
GAZETTEER_PROBE = """
import re, resource, time
started = time.perf_counter()
from facta.places import Geocoder
from facta.places.resolve import Context, choose
choose(Geocoder().gazetteer, "Basra", Context())
try:
    status = open("/proc/self/status").read()
    peak = int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1)) / 1024
except (OSError, AttributeError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(time.perf_counter() - started, peak)
"""


def gazetteer_footprint() -> tuple[float | None, float | None]:
    """Seconds and peak resident memory (MB) of a fresh Python process that loads the
    gazetteer and resolves one name (interpreter and imports included, no spaCy model)."""
    done = subprocess.run(
        [sys.executable, "-c", GAZETTEER_PROBE], capture_output=True, text=True, check=False
    )
    try:
        seconds, peak = (float(value) for value in done.stdout.split()[-2:])
    except ValueError:
        return None, None
    return round(seconds, 2), round(peak, 1)


def write_jsonl(articles: list[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            record = {
                "id": a.id,
                "text": a.text,
                "title": a.title,
                "date": a.published,
                "source": a.source,
                "url": a.url,
            }
            out.write(json.dumps(record) + "\n")


def run_bench(
    corpus: str | None = None,
    limit: int | None = None,
    workers: int = 2,
    model: str | None = None,
    stages: bool = True,
) -> BenchResult:
    corpus_path = Path(corpus) if corpus else sample_corpus_path()
    articles = load_articles(corpus_path, limit)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    options = PipelineOptions(model=model)

    with tempfile.TemporaryDirectory(prefix="facta-bench-") as tmp:
        source = Path(tmp) / "input.jsonl"
        write_jsonl(articles, source)
        started = time.perf_counter()
        summary = code_paths([str(source)], Path(tmp) / "bench.duckdb", options, workers)
        facta_seconds = time.perf_counter() - started
    peak = peak_rss_mb()

    nlp = load_model(model)
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=options.batch_size, n_process=workers):
        pass
    spacy_seconds = time.perf_counter() - started

    stage_seconds: dict[str, float] = {}
    gazetteer = None
    cold: tuple[float | None, float | None] = (None, None)
    if stages:
        cold = gazetteer_footprint()
        stage_seconds, gazetteer = time_stages(articles[: min(len(articles), 300)], options)
    work = {k: v for k, v in stage_seconds.items() if k != "setup"}
    total = sum(work.values()) or 1.0
    return BenchResult(
        corpus=str(corpus_path),
        model=model_name(model),
        workers=workers,
        articles=len(articles),
        words=words,
        facta_seconds=round(facta_seconds, 2),
        facta_words_per_s=round(words / facta_seconds, 1),
        facta_articles_per_s=round(len(articles) / facta_seconds, 2),
        spacy_seconds=round(spacy_seconds, 2),
        spacy_words_per_s=round(words / spacy_seconds, 1),
        spacy_articles_per_s=round(len(articles) / spacy_seconds, 2),
        ratio=round(spacy_seconds / facta_seconds, 3),
        peak_rss_mb=round(peak, 1),
        events=summary.counts["events"],
        stage_seconds=stage_seconds,
        stage_share={k: round(v / total, 3) for k, v in work.items()},
        gazetteer_load_s=gazetteer,
        gazetteer_cold_s=cold[0],
        gazetteer_rss_mb=cold[1],
    )
