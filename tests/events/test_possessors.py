"""Whose thing an act goes against: a possessive linked to the doer stands for the other
owner told before it (events/possessors.py)."""

from __future__ import annotations

import facta


def _coded(text: str) -> set[tuple]:
    return {
        (e.cameo[:2], e.source and e.source.code, e.target and e.target.code)
        for e in facta.code_text(text, date="2016-03-01")
    }


def test_a_plea_the_governor_rejects_is_the_convicts():
    text = (
        "Brazilian lawmaker Paulo Rocha was convicted of bribery last year. On Monday the "
        "state governor, Marcos Lima, rejected his plea for a pardon."
    )
    assert ("12", "BRAGOV", "BRALEG") in _coded(text)


def test_own_things_and_own_feelings_stay_the_doers():
    assert ("12", "TURGOV", None) in _coded("The Turkish president rejected his own party's plan.")
    found = _coded("China voiced its deep displeasure with the tariff, the ministry said.")
    assert all(target is None for root, _, target in found if root == "11")


def test_whom_a_clause_is_about_is_no_thing_acted_on():
    found = _coded(
        "Senator Klaus Weber spoke in Bonn on Monday. Later Merkel said her opponents were "
        "corrupt and dishonest."
    )
    assert all(root != "11" or target is None for root, _, target in found)


def test_a_party_adjective_on_what_is_rejected_names_the_party_the_story_names():
    text = (
        "Senate Democrats have pressed for an audit of the budget. On Monday Republicans in the "
        "Senate rejected the Democratic proposal for an audit."
    )
    assert ("12", "USALEGOPP", "USALEG") in _coded(text)


def test_a_party_adjective_the_story_never_names_as_a_group_is_no_target():
    text = "Republicans in the Senate rejected the Democratic proposal for an audit on Monday."
    assert all(target is None for root, _, target in _coded(text) if root == "12")
