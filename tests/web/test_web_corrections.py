"""Corrections from Python: each is an override row, changes the row and its record, undoes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facta.corrections import CorrectionError, Corrections, parse_actor_code
from facta.exports.filters import EventFilter
from facta.store import Store


def event_id(store: Store, cameo: str) -> str:
    return store.con.execute("SELECT event_id FROM events WHERE cameo = ?", [cameo]).fetchall()[0][
        0
    ]


def row(store: Store, eid: str) -> dict:
    names = (
        "cameo",
        "root",
        "quad_class",
        "goldstein",
        "plover_type",
        "source_code",
        "target_code",
        "rejected",
        "corrected",
        "record",
    )
    values = store.con.execute(
        f"SELECT {', '.join(names)} FROM events WHERE event_id = ?", [eid]
    ).fetchall()[0]
    found = dict(zip(names, values, strict=True))
    found["record"] = json.loads(found["record"])
    return found


def test_recode_rederives_the_codebook_fields_and_undo_restores_them(store_path: Path) -> None:
    with Store(store_path) as store:
        corrections = Corrections(store)
        eid = event_id(store, "112")
        before = row(store, eid)
        override = corrections.change_code(eid, "190", who="ana", why="it was an attack")
        after = row(store, eid)
        assert (after["cameo"], after["root"], after["quad_class"], after["goldstein"]) == (
            "190",
            "19",
            4,
            -8.0,
        )
        assert after["plover_type"] == "ASSAULT"
        assert after["record"]["cameo"] == "190" and after["record"]["plover"]["type"] == "ASSAULT"
        assert after["corrected"] is True
        [stored] = corrections.history(eid)
        assert (stored.who, stored.why, stored.old_value["cameo"]) == (
            "ana",
            "it was an attack",
            "112",
        )
        assert stored.summary() == ("112", "190")
        corrections.undo(override)
        assert row(store, eid) == before
        assert corrections.history(eid)[0].reverted_at is not None


def test_rejected_events_leave_exports_and_come_back_on_undo(store_path: Path) -> None:
    with Store(store_path) as store:
        corrections = Corrections(store)
        eid = event_id(store, "190")
        where, params = EventFilter(include=("all",)).where()
        count = len(list(store.event_records(where, params)))
        override = corrections.reject(eid, why="not an attack")
        assert len(list(store.event_records(where, params))) == count - 1
        corrections.undo(override)
        assert len(list(store.event_records(where, params))) == count


def test_actor_change_keeps_the_written_words(store_path: Path) -> None:
    with Store(store_path) as store:
        eid = event_id(store, "190")
        override = Corrections(store).change_actor(eid, "source", "RWAMIL")
        assert Corrections(store).find(override).summary() == ("CODREB", "RWAMIL")
        source = row(store, eid)["record"]["source"]
        assert (source["code"], source["country"], source["sectors"], source["text"]) == (
            "RWAMIL",
            "RWA",
            ["MIL"],
            "rebels",
        )
        assert row(store, eid)["source_code"] == "RWAMIL"


def test_merge_moves_every_event_of_a_code_and_undo_moves_them_back(store_path: Path) -> None:
    with Store(store_path) as store:
        corrections = Corrections(store)
        override = corrections.merge_actors("CODCVL", "CODOPP", who="ana")
        codes = store.con.execute(
            "SELECT count(*) FROM events WHERE source_code = 'CODOPP' OR target_code = 'CODOPP'"
        ).fetchall()[0][0]
        assert codes == 2
        corrections.undo(override)
        assert (
            store.con.execute(
                "SELECT count(*) FROM events WHERE source_code = 'CODCVL' OR target_code = 'CODCVL'"
            ).fetchall()[0][0]
            == 2
        )
        assert (
            store.con.execute("SELECT count(*) FROM events WHERE corrected").fetchall()[0][0] == 0
        )


def test_undo_goes_newest_first_on_one_field(store_path: Path) -> None:
    with Store(store_path) as store:
        corrections = Corrections(store)
        eid = event_id(store, "112")
        first = corrections.change_code(eid, "111")
        second = corrections.change_code(eid, "190")
        with pytest.raises(CorrectionError, match="undo that one first"):
            corrections.undo(first)
        corrections.undo(second)
        corrections.undo(first)
        assert row(store, eid)["cameo"] == "112"
        with pytest.raises(CorrectionError, match="already undone"):
            corrections.undo(first)


def test_bad_input_is_refused_with_a_sentence(store_path: Path) -> None:
    with Store(store_path) as store:
        corrections = Corrections(store)
        eid = event_id(store, "112")
        with pytest.raises(CorrectionError, match="not a CAMEO code"):
            corrections.change_code(eid, "999")
        with pytest.raises(CorrectionError, match="no event"):
            corrections.reject("nope")
        with pytest.raises(CorrectionError, match="not a sector"):
            corrections.change_actor(eid, "target", "IRNXYZ")
    with (
        Store(store_path, read_only=True) as store,
        pytest.raises(CorrectionError, match="read-only"),
    ):
        Corrections(store).reject(eid)


def test_actor_codes_parse_by_the_conventions() -> None:
    assert parse_actor_code("irnmil") == {
        "code": "IRNMIL",
        "country": "IRN",
        "sectors": ["MIL"],
        "name": None,
        "text": None,
    }
    assert parse_actor_code("IGOUNO")["country"] == "IGOUNO"
    assert parse_actor_code("REB")["country"] is None
    assert parse_actor_code("") is None
