"""A reaction to a thing the story told earlier is aimed at the one it said made the thing."""

from __future__ import annotations

import facta
from facta.models import Event


def _criticism(text: str) -> Event:
    [criticism] = [e for e in facta.code_text(text, date="2016-05-09") if e.root == "11"]
    return criticism


def test_criticizing_a_ruling_aims_at_the_court_that_gave_it():
    criticism = _criticism(
        "The Supreme Court struck down the fishing quota in a narrow ruling on Monday. "
        "Governor Baker welcomed the ruling. Senator Warren criticized the ruling."
    )
    assert criticism.target is not None and criticism.target.sectors == ("JUD",)


def test_a_vote_called_a_fraud_aims_at_the_government_holding_the_elections():
    criticism = _criticism(
        "The Kenyan government will hold elections in three provinces on Sunday. "
        "The opposition called the vote a fraud."
    )
    assert criticism.target is not None and criticism.target.code == "KENGOV"


def test_a_rule_named_with_its_ministry_gives_the_ministry_as_target():
    criticism = _criticism(
        "Herders in Chad are angry about a new Chadian Agriculture Ministry rule on grazing. "
        "A herders' union condemned the rule on Friday."
    )
    assert criticism.target is not None and criticism.target.code == "TCDGOV"


def test_a_thing_the_story_gives_no_maker_is_aimed_at_the_kind_of_body_that_makes_it():
    # makers.tsv: a ruling is a court's, of the critic's country
    criticism = _criticism(
        "Senator Baker spoke about the ruling on Monday. Senator Warren criticized the ruling."
    )
    assert criticism.target is not None and criticism.target.code == "USAJUD"


def test_a_thing_no_body_alone_makes_leaves_the_target_empty():
    criticism = _criticism(
        "Senator Baker spoke about the plan on Monday. Senator Warren criticized the plan."
    )
    assert criticism.target is None
