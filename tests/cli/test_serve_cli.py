"""`facta serve` on a port already in use: one sentence, exit 1, and no banner before it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from facta.store import Store


def test_a_busy_port_is_one_line_and_exit_1(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "facta.cli.main", "serve", "--db", str(db)]
            + ["--port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 1
    assert done.stdout == ""  # no banner
    assert done.stderr.strip().splitlines() == [
        f"facta: port {port} on 127.0.0.1 is already in use; choose another with --port, "
        "or stop what holds it."
    ]
