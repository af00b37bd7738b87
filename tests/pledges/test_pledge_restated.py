"""A pledge reported twice — once by the country's name, once by its government — is one
pledge in the ledger, not two."""

from __future__ import annotations

from pledge_fixtures import IRAQ_GOV, RWANDA_GOV, make_event

from facta.models import Actor, Promised
from facta.pledges import ledger
from facta.store import Store

RWANDA = Actor("RWA", "RWA", (), "Rwanda", "Rwanda")
REOPEN = Promised("081", "EASE", "do", "reopen the border crossing")


def test_country_and_its_government_restating_a_pledge_make_one_pledge(build_store):
    first = make_event(
        "reopen-1",
        "2025-03-25",
        "0351",
        RWANDA,
        IRAQ_GOV,
        "Rwanda promised to reopen the border crossing.",
        promised=REOPEN,
    )
    again = make_event(
        "reopen-2",
        "2025-03-25",
        "0351",
        RWANDA_GOV,
        IRAQ_GOV,
        "Kigali promised to reopen the border crossing.",
        promised=REOPEN,
    )
    with Store(build_store(first, again), read_only=True) as store:
        records = ledger(store)
    assert len(records) == 1
    assert records[0]["event_id"] == "reopen-1" and records[0]["restated"] == ["reopen-2"]
