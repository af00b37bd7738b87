"""Crowds and unnamed groups of people as actors: protesters, strikers, relatives, prisoners."""

from __future__ import annotations

import pytest
from actor_helpers import actor_at

import facta
from facta.models import SECTOR_CODES


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Bus drivers in Lisbon", "PRTLAB"),
        ("Residents of Beirut", "LBNCVL"),  # a capital after "of" places them
        ("refugees from Kabul", "AFGREF"),
        ("Rioters", "CVL"),
        ("Thousands of people", "CVL"),
        ("tens of thousands of people", "CVL"),
        ("Dozens of relatives", "CVL"),
        ("Hundreds of students", "EDU"),
        ("a crowd of students", "EDU"),  # a gathering takes its members' role
        ("a mob of Lebanese protesters", "LBNCVL"),
        ("an angry crowd", "CVL"),
        ("Angry farmers", "CVL"),
        ("women", "CVL"),
        ("families of the missing", "CVL"),
        ("Lebanese protesters", "LBNCVL"),
        ("taxi drivers", "LAB"),
        ("nurses", "HLH"),
        ("Palestinian prisoners", "PSE"),
        ("Hundreds of Palestinian prisoners", "PSE"),
        ("displaced families", "REF"),  # the telling role first, CVL after it
        ("four Saudi men", "SAU"),
        ("Hundreds of survivors", "CVL"),
        ("dockers", "LAB"),
        ("local officials", "GOV"),  # "local" as a modifier is no civilian
    ],
)
def test_people_phrases(phrase: str, code: str) -> None:
    actor = facta.resolve_actor(phrase, date="2024-03-01")
    assert actor is not None
    assert actor.code.startswith(code)
    assert actor.country == (code[:3] if code[:3] not in SECTOR_CODES else None)


@pytest.mark.parametrize("phrase", ["The prisoners", "detainees", "hunger strikers", "two men"])
def test_people_with_no_sector_need_a_country(phrase: str) -> None:
    assert facta.resolve_actor(phrase, date="2024-03-01") is None


def test_people_nouns_as_modifiers_name_no_actor(analyse) -> None:
    analysis = analyse("Moscow and Kyiv agreed on a prisoner swap to end a people-smuggling case.")
    texts = {analysis.doc[m.start : m.end].text.lower() for m in analysis.mentions}
    assert not any("prisoner" in text or "people" in text for text in texts)


def test_prisoners_take_the_story_country(analyse) -> None:
    text = (
        "Turkey's justice ministry said conditions in jails in Turkey had improved. "
        "The prisoners began a hunger strike on Monday."
    )
    actor = actor_at(analyse(text), "prisoners")
    assert actor is not None
    assert actor.code == "TUR"
    assert actor.rule is not None and "context:TUR" in actor.rule


def source_of(text: str) -> str | None:
    events = facta.code_text(text, date="2024-03-01")
    assert events, text
    return events[0].source.code if events[0].source else None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Bus drivers in Lisbon staged a strike on Monday.", "PRTLAB"),
        ("Thousands of people marched through Nairobi.", "KENCVL"),
        ("Dozens of relatives gathered outside the ministry.", "CVL"),
        ("Rioters torched cars in the capital.", "CVL"),
        ("Women marched in Kabul.", "AFGCVL"),
    ],
)
def test_crowds_are_event_sources(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    ["Fans celebrated in the streets of Buenos Aires.", "Shoppers crowded the malls."],
)
def test_crowd_decoys_stay_without_events(text: str) -> None:
    assert facta.code_text(text, date="2024-03-01") == []


def test_crowd_of_students_is_the_event_source() -> None:
    assert source_of("A crowd of students stormed the ministry in Dhaka.") == "BGDEDU"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("three climate activists", "CVL"),
        ("Kenyan activists", "KENCVL"),
        ("Kenyan opposition activists", "KENOPP"),
        ("Kenyan human rights activists", "KENNGO"),
    ],
)
def test_a_bare_activist_is_a_civilian(phrase: str, code: str) -> None:
    """What the activist is for decides: opposition, rights; a bare activist is a citizen."""
    assert facta.resolve_actor(phrase, date="2016-05-01").code == code


def test_critics_of_a_person_are_not_that_person(analyse) -> None:
    """ "critics of President X", "a Y critic": the ones who criticise (CVL), of X's country."""
    assert facta.resolve_actor("critics of President Ruto", date="2016-03-12").code == "KENCVL"
    assert facta.resolve_actor("a Museveni critic", date="2016-03-12").code == "UGACVL"
    analysis = analyse("Alexei Navalny, a Kremlin critic, spoke in Moscow.", date="2016-03-12")
    assert actor_at(analysis, "Alexei Navalny").code == "RUSOPP"  # his known role, not a critic's


def test_people_who_flee_are_refugees(analyse) -> None:
    """ "villagers found shelter", "families fleeing the drought": refugees, not civilians."""
    analysis = analyse("Hundreds of Turkana villagers found shelter in a church near Lodwar.")
    assert actor_at(analysis, "villagers").sectors == ("REF",)
    analysis = analyse("The governor promised to house 800 families fleeing the drought.")
    assert actor_at(analysis, "families").sectors == ("REF",)
    analysis = analyse("Thousands of Eritreans marched in Asmara on Monday.")
    assert actor_at(analysis, "Eritreans").sectors == ("CVL",)
