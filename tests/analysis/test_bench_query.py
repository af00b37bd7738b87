"""bench/query_10m.py still fits the store schema: a tiny synthetic store, every query run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).parents[2] / "bench" / "query_10m.py"


def test_bench_builds_a_small_store_and_times_every_query(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH.parent))  # as `python bench/query_10m.py` runs it
    spec = importlib.util.spec_from_file_location("query_10m", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path / "bench.duckdb"
    bench.build(path, 20_000)
    report = bench.measure(path)
    assert report["events_in_store"] == 20_000
    assert report["top_actors_rows"] == len(bench.ACTORS)
    assert report["dyad_week_rows"] > 0 and report["export_gdelt_write_rows"] > 0
