"""Blocs, alliances, ethnic armed groups and Western governments: what they name, and when
they name nothing."""

from __future__ import annotations

import pytest
from actor_helpers import actor_at

import facta


@pytest.mark.parametrize("phrase", ["the bloc", "the alliance", "Christian groups"])
def test_words_that_point_back_name_nothing_alone(phrase: str) -> None:
    assert facta.resolve_actor(phrase, date="2021-03-01") is None


def test_parliamentary_bloc_is_the_legislature() -> None:
    assert facta.resolve_actor("a parliamentary bloc", date="2021-03-01").code == "LEG"


def test_bloc_points_back_to_the_organisation_named_before(analyse) -> None:
    analysis = analyse(
        "Niger and Mali left ECOWAS in January and accused the bloc of serving foreign powers."
    )
    assert actor_at(analysis, "bloc").code == "IGOECW"
    assert actor_at(analysis, "bloc").entity == actor_at(analysis, "ECOWAS").entity


def test_alliance_points_back_to_nato_not_to_the_un(analyse) -> None:
    analysis = analyse(
        "NATO leaders gathered in Vilnius on Tuesday. Moscow warned the alliance against "
        "sending more troops to the Baltic states."
    )
    assert actor_at(analysis, "alliance").code == "IGONAT"
    analysis = analyse("The UN criticised both sides. Moscow warned the alliance again.")
    assert actor_at(analysis, "alliance") is None


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Tamil groups", "LKAREB"), ("Kurdish fighters", "TURREB"), ("ethnic armed groups", "REB")],
)
def test_ethnic_armed_groups_take_the_home_country(phrase: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date="2021-03-01").code == code


def test_ethnic_fighters_in_a_story_set_where_they_live(analyse) -> None:
    analysis = analyse(
        "Iraqi troops clashed with Kurdish fighters near Kirkuk on Monday. Officials in "
        "Iraq said the fighting in Iraq had ended by nightfall."
    )
    assert actor_at(analysis, "Kurdish fighters").code == "IRQREB"


def test_western_governments_get_no_country(analyse) -> None:
    analysis = analyse(
        "Police in Belarus detained 40 protesters in Minsk. Western governments condemned "
        "the arrests, and a Western diplomat in Belarus called them unlawful."
    )
    assert actor_at(analysis, "Police").code == "BLRCOP"  # the story's country
    assert actor_at(analysis, "Western governments").code == "GOV"
    assert actor_at(analysis, "Western diplomat").country is None
    analysis = analyse("A European diplomat in Kigali said Rwanda had not replied.")
    assert actor_at(analysis, "European diplomat").code == "GOV"


def test_a_medical_team_sent_abroad_is_not_the_story_country(analyse) -> None:
    analysis = analyse(
        "An earthquake struck Afghanistan on Monday. Malaysia said it would send a medical "
        "team to help survivors in Afghanistan."
    )
    assert actor_at(analysis, "medical team").country != "AFG"


def test_possessive_anaphor_lends_its_owner(analyse) -> None:
    analysis = analyse(
        "M23 rebels seized Goma on Monday. The group's fighters then moved south, and "
        "the group's leader promised to stay."
    )
    assert actor_at(analysis, "group's fighters").code == "CODREB"
    assert actor_at(analysis, "group's leader").code == "CODREB"
    analysis = analyse("NATO met in Brussels. The alliance's foreign ministers spoke.")
    assert actor_at(analysis, "alliance's foreign ministers").country == "IGONAT"


def test_a_group_named_in_the_phrase_is_its_own_owner(analyse) -> None:
    analysis = analyse(
        "M23 rebels seized Goma on Monday. A blast was claimed by the Islamic State "
        "group's Central Africa branch."
    )
    assert actor_at(analysis, "Islamic State group").code == "REB"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("the Atlantic alliance", "IGONAT"), ("the 27-nation bloc", "IGOEEC")],
)
def test_descriptions_that_name_one_organisation(phrase: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date="2021-03-01").code == code


def test_the_rebels_are_the_armed_group_named_before(analyse) -> None:
    analysis = analyse(
        "Talks opened in Nairobi on Monday. Al-Shabaab attacked a base near Kismayo, and "
        "the militants later withdrew. The rebel group said nothing."
    )
    assert actor_at(analysis, "the militants").code == "SOMREB"
    assert actor_at(analysis, "The rebel group").code == "SOMREB"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Hamas's military commander", "PSEREB"), ("M23 forces", "CODREB")],
)
def test_armed_roles_of_a_rebel_group_are_rebels(phrase: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date="2021-03-01").code == code


def test_a_rebel_general_and_his_fighters_are_rebels(analyse) -> None:
    analysis = analyse(
        "M23 rebels shelled Sake on Monday. The rebel group's military commander, General "
        "Jean Bizimana, said his fighters would hold the town."
    )
    assert actor_at(analysis, "Jean Bizimana").code == "CODREB"
    assert actor_at(analysis, "his fighters").code == "CODREB"


def test_events_name_the_alliance_and_the_bloc_named_before() -> None:
    events = facta.code_text(
        "NATO leaders met in Vilnius on Tuesday. Russia warned the alliance against "
        "sending troops to Ukraine.",
        date="2023-07-12",
    )
    assert any(
        e.source
        and e.target
        and (e.source.code, e.target.code)
        == ("RUSGOV", "IGONAT")  # a state acts through its government
        for e in events
    )
    events = facta.code_text(
        "Niger and Mali left ECOWAS in January and accused the bloc of serving foreign powers.",
        date="2024-02-01",
    )
    accusations = [e for e in events if e.target and e.target.text == "bloc"]
    assert accusations and all(e.target.code == "IGOECW" for e in accusations)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Jamaat-ul-Mujahideen Bangladesh", "BGDREB"),
        ("the JMB", "BGDREB"),
        ("the Niger Delta Avengers", "NGAREB"),  # not a Honduran group of the Phoenix files
    ],
)
def test_armed_groups_by_their_news_names(phrase: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date="2016-06-01").code == code
