"""Exports: the events of a store as JSONL, CSV, Parquet, GDELT 2.0, ICEWS or PLOVER.

`write_events(store, fmt, out, EventFilter(...))`; column meanings are in docs/exports.md.
"""

from facta.exports.filters import EventFilter, FilterError
from facta.exports.gdelt import GDELT_COLUMNS, GDELT_DUCKDB_TYPES, GDELT_PANDAS_DTYPES
from facta.exports.icews import ICEWS_COLUMNS
from facta.exports.writer import FORMATS, ExportError, write_events

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "GDELT_DUCKDB_TYPES",
    "GDELT_PANDAS_DTYPES",
    "ICEWS_COLUMNS",
    "EventFilter",
    "ExportError",
    "FilterError",
    "write_events",
]
