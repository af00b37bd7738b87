"""Whom an act is aimed at when the sentence tells it indirectly: a group told by its kind is
another actor than a named one it is urged by or acts on; "X was to blame" blames X."""

from __future__ import annotations

import facta
from facta.models import Event


def _appeal(text: str) -> Event:
    [appeal] = [e for e in facta.code_text(text, date="2016-05-09") if e.root == "02"]
    return appeal


def test_a_group_urged_to_act_is_another_actor_than_the_named_one_urging():
    appeal = _appeal("The Shining Path on Sunday urged Peruvian guerrillas to step up their raids.")
    assert appeal.target is not None and appeal.target.code == "PERREB"


def test_the_actors_own_fighters_urged_to_act_are_no_target():
    appeal = _appeal("The Shining Path on Sunday urged its cadres to step up their raids.")
    assert appeal.target is None


def test_a_group_of_a_kind_acts_on_a_person_named_apart_from_it():
    events = facta.code_text(
        "Three Kenyan governors said they would campaign against President Daniel Mwangi.",
        date="2016-05-09",
    )
    [campaign] = [e for e in events if e.root == "11"]
    assert campaign.target is not None and campaign.target.name == "Daniel Mwangi"


def test_a_group_said_to_be_to_blame_is_blamed_by_the_teller():
    events = facta.code_text("The Kenyan police believe al Shabaab was to blame.", "2016-05-09")
    [blame] = [e for e in events if e.cameo == "112"]
    assert blame.source is not None and blame.source.code == "KENCOP"
    assert blame.target is not None and blame.target.code == "SOMREB"


def test_the_private_sector_is_business():
    events = facta.code_text(
        "NAIROBI (Wire) - Kenyan officials called for closer cooperation with the private sector.",
        "2016-05-09",
    )
    [appeal] = [e for e in events if e.root == "02"]
    assert appeal.target is not None and appeal.target.code == "KENBUS"


def test_a_group_listed_with_a_person_among_those_who_met_is_on_their_side():
    events = facta.code_text(
        "Kenyan President Daniel Mwangi, other senior Kenyan officials and Ugandan army chief"
        " Peter Okello met in June.",
        date="2016-08-01",
    )
    pairs = {(e.source.code, e.target.code) for e in events if e.source and e.target}
    assert ("KENGOV", "UGAMIL") in pairs
    assert ("KENGOV", "KENGOV") not in pairs


def test_a_region_or_city_addressed_stands_for_its_government():
    # a place named as whom an appeal, refusal or lawsuit is aimed at is a body, even at home
    texts = [
        "President Xi urged Hunan on Monday to cut red tape for farmers.",
        "A Kenyan judge on Monday denied a request by Mombasa to close the port.",
        "Senator Tom Hale asked the state of Ohio on Monday to recount the ballots.",
        # the owner of what is refused, the subject of what is asked
        "A federal judge on Monday rejected Oregon's plea to halt the logging ban.",
        "Senator Tom Hale on Monday requested that Nevada recount the ballots.",
    ]
    targets = []
    for text in texts:
        events = facta.code_text(text, date="2016-05-09")
        targets += [e.target.code if e.target else None for e in events if e.root in ("02", "12")]
    assert targets == ["CHNGOV", "KENGOV", "USAGOV", "USAGOV", "USAGOV"]


def test_a_place_where_an_appeal_is_made_is_no_addressee():
    events = facta.code_text("In Ohio, the senator urged voters to turn out.", date="2016-05-09")
    assert [e.target.code if e.target else None for e in events if e.root == "02"] != ["USAGOV"]


def test_declining_to_comment_on_someone_addresses_no_one():
    found = facta.code_text(
        "The ministry declined comment on whether talks would resume in Spain.",
        date="2016-03-07",
    )
    assert [(e.cameo, e.target) for e in found if e.cameo == "011"] == [("011", None)]


def test_a_statement_made_in_a_speech_before_someone_addresses_them():
    letter = facta.code_text("The senator criticized the plan in a letter to Chancellor Merkel.")
    assert [e.target and e.target.code for e in letter if e.cameo == "111"] == ["DEUGOV"]


def test_a_speech_before_a_time_addresses_no_one():
    found = facta.code_text("The senator criticized the plan in a speech before the vote.")
    assert all(e.target is None for e in found if e.cameo == "111")
