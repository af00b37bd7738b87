"""`facta actors list` shows the code it learned: a later role-only fact keeps the country."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facta.analysis_state import ActorFact
from facta.store import Store


def test_list_keeps_the_learned_country(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.import_actor_facts(
            [
                ActorFact(
                    "Claudine Uwase", "RWA", ("GOV",), "a1", "2025-03-01", "Rwanda's minister"
                ),
                ActorFact("Claudine Uwase", None, ("GOV",), "a2", "2025-03-25", "the minister"),
            ]
        )
    done = subprocess.run(
        [sys.executable, "-m", "facta.cli.main", "actors", "list", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if "Claudine Uwase" in line)
    assert "RWAGOV" in row
