"""Shared pieces of the synthetic stores the benchmarks build: the CAMEO codes (three digits
or more) as a temporary table `bench_codes` that generated events join on."""

from __future__ import annotations

from typing import Any

from facta.codebook import CodeInfo, codebook


def event_codes() -> list[CodeInfo]:
    """Every CAMEO code of three digits or more, in codebook order."""
    return [info for info in codebook().values() if len(info.code) >= 3]


def create_code_table(con: Any) -> list[CodeInfo]:
    """Create TEMP TABLE bench_codes (i, code, root, quad_class, goldstein, plover_type,
    plover_mode) on a DuckDB connection; returns the codes in row order."""
    book = event_codes()
    con.execute(
        "CREATE TEMP TABLE bench_codes (i INTEGER, code VARCHAR, root VARCHAR, "
        "quad_class TINYINT, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR)"
    )
    con.executemany(
        "INSERT INTO bench_codes VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            [i, b.code, b.root, b.quad_class, b.goldstein, b.plover_type, b.plover_mode]
            for i, b in enumerate(book)
        ],
    )
    return book
