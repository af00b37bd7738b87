"""`facta ARGS...` that also reports how long it took to get its turns at the store (opening
included, about 15 ms a turn; the rest is waiting for other processes), as the last line on
stderr: `turns N seconds S`.

    .venv/bin/python bench/turn_waits.py code stories.jsonl --db news.duckdb --quiet
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any


def main() -> int:
    import facta.store as store
    from facta.cli.main import main as facta

    spent = [0.0, 0]
    connect = store.connect

    def timed(path: Path, read_only: bool, wait: float | None = None) -> Any:
        started = time.perf_counter()
        try:
            return connect(path, read_only, wait)
        finally:
            spent[0] += time.perf_counter() - started
            spent[1] += 1

    store.connect = timed
    try:
        return facta(sys.argv[1:])
    finally:
        print(f"turns {spent[1]} seconds {spent[0]:.3f}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
