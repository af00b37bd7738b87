"""The workbench while other processes use the store: pages see each new batch; the pledge
ledger (which reads every promise) is served at once, a little behind, rather than waited for,
and after a correction made in the workbench it reflects it; pages of a workbench with edits
read the store read-only, so exports run alongside them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from facta.web.workbench import Workbench


def code_one_more_article(store_path: Path, folder: Path) -> None:
    article = {
        "id": "later-1",
        "date": "2025-03-20",
        "text": "Rwanda promised to reopen the border crossing at Goma by Friday.",
    }
    source = folder / "later.jsonl"
    source.write_text(json.dumps(article) + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "facta.cli.main", "code", str(source), "--db", str(store_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_the_ledger_is_served_while_a_run_writes_and_waited_for_after_a_correction(
    store_path: Path, tmp_path: Path
):
    bench = Workbench(store_path, allow_edits=True)
    first = bench.pledge_ledger(wait=60)
    assert first
    before = bench.generation

    code_one_more_article(store_path, tmp_path)
    assert bench.generation != before
    assert bench.cached("articles", lambda s: s.counts()["articles"]) == 4
    assert bench.pledge_ledger(wait=0) is first  # at once, while a newer one is computed

    rejected = first[0]["event_id"]
    bench.write(lambda corrections: corrections.reject(rejected))
    after = bench.pledge_ledger(wait=60)
    assert after is not None and rejected not in [pledge["event_id"] for pledge in after]
    bench.close()


def test_pages_of_a_workbench_with_edits_leave_the_store_open_to_exports(store_path: Path):
    bench = Workbench(store_path, allow_edits=True)
    with bench.view():  # a page being computed
        export = subprocess.run(
            [sys.executable, "-m", "facta.cli.main", "events", "--db", str(store_path)],
            capture_output=True,
            text=True,
            env=dict(os.environ, FACTA_BUSY_WAIT="3"),
        )
    assert export.returncode == 0, export.stderr
    assert export.stdout.count("\n") >= 1
