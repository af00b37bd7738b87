"""Filters select the events a user asks for, through the API and the command line."""

from __future__ import annotations

import io
import json

import pytest

from facta.cli.main import main
from facta.exports import EventFilter, FilterError, write_events


def ids(store, **filters) -> set[str]:
    buffer = io.StringIO()
    write_events(store, "jsonl", buffer, EventFilter(**filters))
    return {json.loads(line)["event_id"][-2:] for line in buffer.getvalue().splitlines()}


def test_actor_matches_country_code_and_prefix(store):
    assert ids(store, actor="IRN") == {"a1", "a2", "b1", "b2"}
    assert ids(store, actor="IRNMIL") == {"a1"}
    assert ids(store, actor="irq") == {"a1", "b5", "b6"}


def test_several_codes_joined_by_commas(store):
    assert ids(store, actor="IRNMIL,IGOUNO") == {"a1", "b5"}
    assert ids(store, dyad=("IRNMIL,IGO", "IRQ")) == {"a1", "b5"}


def test_source_target_and_dyad(store):
    assert ids(store, source="USA") == {"a2", "b2"}
    assert ids(store, dyad=("IRN", "USA")) == {"a2", "b1", "b2"}
    assert ids(store, source="IGO", target="IRQ") == {"b5"}


def test_cameo_prefix_and_quad_class(store):
    assert ids(store, cameo="19") == {"a1"}
    assert ids(store, cameo="03") == {"b1"}
    assert ids(store, quad_class=4) == {"a1", "b6"}


def test_date_range_is_inclusive(store):
    assert ids(store, since="2008-05-06", until="2008-05-14") == {"a2", "b5", "b1"}


def test_modality_asserted_by_default_and_included_on_request(store):
    assert "a3" not in ids(store) and "b3" not in ids(store)
    assert ids(store, include=("negated",)) - ids(store) == {"a3"}
    assert ids(store, include=("future",)) - ids(store) == {"b3"}
    assert ids(store, include=("all",)) - ids(store) == {"a3", "b3"}


def test_rejected_events_never_come_back(store):
    assert "b4" not in ids(store, include=("all",), actor="USA")


def test_attribution_country_and_place(store):
    assert ids(store, anonymous=True) == {"a2"}
    assert "a2" not in ids(store, anonymous=False)
    assert ids(store, country="IRQ") == {"a1", "b5", "b6"}
    assert ids(store, place="baghdad") == {"a1"}
    assert ids(store, place="99237") == {"b5"}


def test_bad_values_are_one_sentence_errors(store):
    with pytest.raises(FilterError, match="not a date"):
        ids(store, since="May 5")
    with pytest.raises(FilterError, match="unknown modality"):
        ids(store, include=("maybe",))
    with pytest.raises(FilterError, match="not a code"):
        ids(store, actor="US-GOV")


def test_filter_values_are_parameters_not_sql(store):
    assert ids(store, place="x' OR '1'='1") == set()


def test_cli_exports_filtered_csv_to_a_file(store_path, tmp_path, capsys):
    out = tmp_path / "out.csv"
    code = main(
        [
            "events",
            "--db",
            str(store_path),
            "--format",
            "csv",
            "-o",
            str(out),
            "--dyad",
            "IRN",
            "USA",
            "--include",
            "negated",
        ]
    )
    assert code == 0
    lines = out.read_text().splitlines()
    assert len(lines) == 1 + 4 and lines[0].startswith("event_id,")
    assert "4 events written" in capsys.readouterr().err


def test_cli_attribution_flags(store_path, capsys):
    assert main(["events", "--db", str(store_path), "--attributed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["event_id"][-2:] for line in lines] == ["a2"]
    assert main(["events", "--db", str(store_path), "--unattributed", "--not-anonymous"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_cli_bad_date_is_a_usage_error(store_path):
    with pytest.raises(SystemExit) as stop:
        main(["events", "--db", str(store_path), "--since", "2008-13-40"])
    assert stop.value.code == 2


def test_cli_missing_store_says_so(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no such store" in capsys.readouterr().err
