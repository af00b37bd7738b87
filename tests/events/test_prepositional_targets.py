"""Targets named by a preposition or a clause of a feeling or an event noun, or by a
participle describing the noun."""

from __future__ import annotations

import facta
from facta.models import Event


def _criticism(text: str) -> Event:
    [criticism] = [e for e in facta.code_text(text, date="2016-05-09") if e.root == "11"]
    return criticism


def test_distrust_of_someone_is_aimed_at_them():
    criticism = _criticism("The villagers expressed their distrust of the army.")
    assert criticism.target is not None and criticism.target.sectors == ("MIL",)


def test_criticism_directed_at_someone_is_aimed_at_them():
    criticism = _criticism(
        "Senator Warren cast blame widely, with her sharpest criticism directed at Senator Cruz."
    )
    assert criticism.target is not None and criticism.target.name == "Cruz"


def test_criticism_leveled_at_someone_is_aimed_at_them():
    criticism = _criticism("Senator Warren leveled sharp criticism at Senator Cruz.")
    assert criticism.target is not None and criticism.target.name == "Cruz"


def test_optimism_that_someone_will_act_is_aimed_at_them():
    [optimism] = [
        e
        for e in facta.code_text(
            "Senator Warren expressed optimism that Senator Cruz could settle the dispute.",
            date="2016-05-09",
        )
        if e.cameo == "013"
    ]
    assert optimism.target is not None and optimism.target.name == "Cruz"


def test_a_verb_with_its_own_addressee_does_not_share_the_next_verbs_object():
    text = "Putin spoke to Erdogan by telephone on Monday and praised Iranian officials."
    calls = [e for e in facta.code_text(text, date="2016-03-07") if e.cameo == "041"]
    assert [e.target.code for e in calls if e.target] == ["TURGOV"]


def test_two_verbs_joined_bare_share_their_object():
    found = facta.code_text("The United States will train and equip Kenyan troops.")
    assert any(e.target is not None and e.target.code == "KENMIL" for e in found)


def test_whom_a_denied_act_was_against_is_the_target_of_the_denial():
    found = facta.code_text("The Kenyan general denied conspiring against President Kenyatta.")
    assert [(e.cameo, e.target and e.target.code) for e in found] == [("016", "KENGOV")]


def test_whom_police_search_for_is_the_target_of_the_search():
    found = facta.code_text("Police combed the forest near Lyon for the escaped gunman.")
    assert [(e.cameo, e.target and e.target.code) for e in found] == [("091", "REB")]
