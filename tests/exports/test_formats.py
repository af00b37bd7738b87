"""Each export format read back with the tools its users load it with: pandas, DuckDB, json."""

from __future__ import annotations

import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from event_fixtures import REJECTED

from facta.codebook import lookup
from facta.exports import (
    GDELT_COLUMNS,
    GDELT_DUCKDB_TYPES,
    GDELT_PANDAS_DTYPES,
    ICEWS_COLUMNS,
    EventFilter,
    ExportError,
    write_events,
)
from facta.exports.query import FLAT_COLUMNS
from facta.store import Store

ASSERTED_IDS = {
    "00000000000000a1",
    "00000000000000a2",
    "00000000000000b1",
    "00000000000000b2",
    "00000000000000b5",
    "00000000000000b6",
}


def export(store: Store, fmt: str, filters: EventFilter | None = None) -> str:
    buffer = io.StringIO()
    write_events(store, fmt, buffer, filters)
    return buffer.getvalue()


def read_gdelt(path: Path) -> pd.DataFrame:
    return pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=list(GDELT_COLUMNS),
        dtype=GDELT_PANDAS_DTYPES,
        quoting=3,
        keep_default_na=False,
        na_values={name: [""] for name, kind in GDELT_PANDAS_DTYPES.items() if kind != "string"},
    )


def test_gdelt_has_61_columns_in_gdelt_order():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_gdelt_loads_with_pandas_and_agrees_with_the_codebook(store, tmp_path):
    path = tmp_path / "events.gdelt.tsv"
    assert write_events(store, "gdelt", path) == 6
    frame = read_gdelt(path)
    assert frame.shape == (6, 61)
    assert str(frame["SQLDATE"].dtype) == "Int64" and frame["GoldsteinScale"].dtype == float
    for row in frame.itertuples():
        info = lookup(row.EventCode)
        assert row.EventRootCode == info.root == row.EventCode[:2]
        assert row.EventBaseCode == row.EventCode[:3]
        assert row.QuadClass == info.quad_class
        assert row.GoldsteinScale == info.goldstein
    attack = frame[frame["EventCode"] == "190"].iloc[0]
    assert attack["SQLDATE"] == 20080505 and attack["MonthYear"] == 200805
    assert attack["Actor1Code"] == "IRNMIL" and attack["Actor1Type1Code"] == "MIL"
    assert attack["Actor2CountryCode"] == "IRQ"
    assert attack["ActionGeo_CountryCode"] == "IZ"  # GDELT geography uses FIPS codes
    assert attack["ActionGeo_FeatureID"] == "98182" and attack["ActionGeo_Type"] == 4
    aid = frame[frame["EventCode"] == "070"].iloc[0]
    assert (aid["Actor1KnownGroupCode"], aid["Actor1Type1Code"]) == ("UNO", "IGO")


def test_gdelt_counts_near_duplicates_as_articles_and_sources(store, tmp_path):
    path = tmp_path / "events.tsv"
    write_events(store, "gdelt", path)
    frame = read_gdelt(path).set_index("EventCode")
    # a1 has two near-duplicates, one from another publisher
    assert frame.loc["190", ["NumArticles", "NumSources", "NumMentions"]].tolist() == [3, 2, 3]
    assert frame.loc["036", ["NumArticles", "NumSources", "NumMentions"]].tolist() == [1, 1, 1]


def test_gdelt_loads_with_duckdb_column_types(store, tmp_path):
    path = tmp_path / "events.tsv"
    write_events(store, "gdelt", path)
    rows = duckdb.sql(
        "SELECT EventCode, QuadClass, SQLDATE FROM read_csv(?, delim='\t', header=false, "
        "quote='', columns=?) ORDER BY SQLDATE",
        params=[str(path), GDELT_DUCKDB_TYPES],
    ).fetchall()
    assert rows[0] == ("190", 4, 20080505)
    assert len(rows) == 6


def test_tabs_in_text_do_not_break_columns(store):
    lines = export(store, "icews").splitlines()
    assert all(len(line.split("\t")) == len(ICEWS_COLUMNS) for line in lines)


def test_icews_has_its_header_and_names(store):
    frame = pd.read_csv(io.StringIO(export(store, "icews")), sep="\t", dtype=str)
    assert tuple(frame.columns) == ICEWS_COLUMNS
    attack = frame[frame["CAMEO Code"] == "190"].iloc[0]
    assert attack["Source Country"] == "Iran" and attack["Source Sectors"] == "Military"
    assert attack["Event Text"] == lookup("190").name
    assert (attack["City"], attack["Country"], attack["Sentence Number"]) == (
        "Baghdad",
        "Iraq",
        "1",
    )


def test_jsonl_is_the_contract_record_without_rejected_or_unasserted_events(store):
    records = [json.loads(line) for line in export(store, "jsonl").splitlines()]
    assert {record["event_id"] for record in records} == ASSERTED_IDS
    assert REJECTED not in {record["event_id"] for record in records}
    assert set(records[0]) >= {
        "event_id",
        "source",
        "target",
        "cameo",
        "quad_class",
        "goldstein",
        "plover",
        "modality",
        "attribution",
        "evidence",
    }


def test_plover_records_carry_type_mode_and_actors(store):
    records = [json.loads(line) for line in export(store, "plover").splitlines()]
    accuse = next(r for r in records if r["cameo"] == "112")
    assert (accuse["event"], accuse["mode"]) == ("ACCUSE", "disapprove")
    assert (accuse["actor1_code"], accuse["actor2_code"]) == ("USAGOV", "IRNGOV")
    assert accuse["anonymous_source"] is True and accuse["date"] == "2008-05-06"


def test_csv_and_parquet_hold_the_same_rows(store, tmp_path):
    frame = pd.read_csv(io.StringIO(export(store, "csv")), dtype={"cameo": str})
    write_events(store, "parquet", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet")
    assert list(frame["event_id"]) == table.column("event_id").to_pylist()
    assert table.column("source_sectors").to_pylist()[0] == ["MIL"]
    assert frame.loc[0, "source_sectors"] == "MIL"


def test_csv_header_names_every_flat_column_even_with_no_events(store, tmp_path):
    assert export(store, "csv", EventFilter(cameo="99")).splitlines() == [",".join(FLAT_COLUMNS)]
    write_events(store, "parquet", tmp_path / "events.parquet")  # the query's own column names
    assert tuple(pq.read_schema(tmp_path / "events.parquet").names) == FLAT_COLUMNS


def test_parquet_first_on_a_freshly_opened_store(store_path, tmp_path):
    with Store(store_path, read_only=True) as fresh:
        assert write_events(fresh, "parquet", tmp_path / "first.parquet") == 6
    assert pq.read_table(tmp_path / "first.parquet").num_rows == 6


def test_parquet_to_stdout_is_refused(store):
    with pytest.raises(ExportError, match="-o FILE"):
        write_events(store, "parquet", None)


def test_unknown_format_is_refused(store):
    with pytest.raises(ExportError, match="unknown format"):
        write_events(store, "xml", io.StringIO())
