"""`write_events`: filtered events from a store to a file or stream, in one of six formats.

jsonl (the CONTRACT record), csv (flat columns), parquet, gdelt (GDELT 2.0 event table),
icews (ICEWS layout) and plover (PLOVER JSON lines).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import pyarrow.parquet as pq

from facta.errors import FactaError
from facta.exports.filters import EventFilter
from facta.exports.gdelt import gdelt_row
from facta.exports.icews import ICEWS_COLUMNS, icews_row, plover_record
from facta.exports.query import FLAT_COLUMNS, flat_query, flat_rows
from facta.store import Store

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "icews", "plover")
Output = str | Path | IO[str] | None


class ExportError(FactaError):
    """An export cannot be written (unknown format, parquet to a stream, unwritable file)."""


@contextmanager
def _text_output(out: Output) -> Iterator[IO[str]]:
    if out is None or out == "-":
        yield sys.stdout
    elif isinstance(out, str | Path):
        try:
            with open(out, "w", encoding="utf-8", newline="") as handle:
                yield handle
        except OSError as error:
            raise ExportError(f"{out}: cannot write the export ({error.strerror}).") from None
    else:
        yield out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ") if text else text


def _write_tsv(handle: IO[str], rows: Iterator[list[Any]], header: tuple[str, ...] | None) -> int:
    count = 0
    if header:
        handle.write("\t".join(header) + "\n")
    for row in rows:
        handle.write("\t".join(_cell(value) for value in row) + "\n")
        count += 1
    return count


def _write_csv(handle: IO[str], store: Store, filters: EventFilter) -> int:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(FLAT_COLUMNS)
    count = 0
    for row in flat_rows(store, filters):
        writer.writerow(_cell(row[name]) for name in FLAT_COLUMNS)
        count += 1
    return count


def _write_jsonl(handle: IO[str], records: Iterator[dict[str, Any]]) -> int:
    count = 0
    for record in records:
        handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def _write_parquet(store: Store, filters: EventFilter, out: Output) -> int:
    if not isinstance(out, str | Path) or str(out) == "-":
        raise ExportError("parquet needs a file: pass -o FILE.parquet.")
    sql, params = flat_query(filters)
    # a cursor of its own: DuckDB 2 refuses con.sql() while an execute() result is unread
    reader = store.con.cursor().sql(sql, params=params).to_arrow_reader(65536)
    count = 0
    try:
        with pq.ParquetWriter(str(out), reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                count += batch.num_rows
    except OSError as error:
        raise ExportError(f"{out}: cannot write the export ({error}).") from None
    return count


def write_events(
    store: Store, fmt: str, out: Output = None, filters: EventFilter | None = None
) -> int:
    """Write the events `filters` selects (default: asserted, not rejected) to `out` (a path,
    a text stream, or None/"-" for stdout); return how many were written."""
    filters = filters or EventFilter()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if fmt == "parquet":
        return _write_parquet(store, filters, out)
    writers: dict[str, Callable[[IO[str]], int]] = {
        "jsonl": lambda h: _write_jsonl(h, store.event_records(*filters.where())),
        "plover": lambda h: _write_jsonl(h, map(plover_record, flat_rows(store, filters))),
        "csv": lambda h: _write_csv(h, store, filters),
        "gdelt": lambda h: _write_tsv(h, map(gdelt_row, flat_rows(store, filters)), None),
        "icews": lambda h: _write_tsv(h, map(icews_row, flat_rows(store, filters)), ICEWS_COLUMNS),
    }
    with _text_output(out) as handle:
        return writers[fmt](handle)
