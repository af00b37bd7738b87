"""`facta pledges` on a small real store: the table, --json, --id, and clear errors."""

from __future__ import annotations

import json

from pledge_fixtures import IRAN_GOV, IRAN_MIL, IRAQ_GOV, MILITIAS, make_event

from facta.cli.main import main
from facta.models import Promised

PLEDGE = make_event(
    "pledge-arms",
    "2008-04-04",
    "0356",
    IRAN_MIL,
    IRAQ_GOV,
    "The Qods Force commander promised to stop arming groups in Iraq.",
    promised=Promised("072", "AID", "stop", "stop arming groups in Iraq"),
)
SHIPMENT = make_event(
    "arms",
    "2008-04-28",
    "072",
    IRAN_GOV,
    MILITIAS,
    "Iran shipped rifles to militias in Basra, officials said.",
)


def test_json_lists_contract_records(build_store, capsys):
    path = build_store(PLEDGE, SHIPMENT)
    assert main(["pledges", "--db", str(path), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in records] == ["broken"]
    record = records[0]
    for key in (
        "pledge_id",
        "event_id",
        "actor",
        "recipient",
        "made",
        "kind",
        "promised",
        "deadline",
        "attribution",
        "status",
        "evidence",
        "before_after",
    ):
        assert key in record
    assert record["promised"]["text"] == "stop arming groups in Iraq"


def test_table_and_filters(build_store, capsys):
    path = build_store(PLEDGE, SHIPMENT)
    assert main(["pledges", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "IRNMIL" in out and "broken" in out
    assert main(["pledges", "--db", str(path), "--status", "kept", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["pledges", "--db", str(path), "--window", "10", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "no_evidence"


def test_detail_view_shows_the_evidence_sentences(build_store, capsys):
    path = build_store(PLEDGE, SHIPMENT)
    main(["pledges", "--db", str(path), "--json"])
    pledge_id = json.loads(capsys.readouterr().out)[0]["pledge_id"]
    assert main(["pledges", "--db", str(path), "--id", pledge_id[:8]]) == 0
    out = capsys.readouterr().out
    assert "2008-04-28" in out and "shipped rifles" in out and "breaks" in out


def test_unknown_id_and_missing_store_fail_clearly(build_store, tmp_path, capsys):
    path = build_store(PLEDGE)
    assert main(["pledges", "--db", str(path), "--id", "nosuchid"]) == 1
    assert "no pledge with id nosuchid" in capsys.readouterr().err
    assert main(["pledges", "--db", str(tmp_path / "absent.duckdb")]) == 1
    assert "no such store" in capsys.readouterr().err
