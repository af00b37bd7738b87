"""Places standing as actors, disputed territories, and a country's people (CAMEO conventions)."""

from __future__ import annotations

import pytest
from actor_helpers import actor_at

import facta


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Aleppo", "SYR"),  # a city the tagger does not take for a place
        ("Xinjiang", "CHN"),
        ("Balochistan", "PAK"),
        ("Tehran", "IRNGOV"),  # a capital is its government
        ("Transnistria", "MDA"),  # a breakaway region: the state that claims it
        ("Northern Cyprus", "CYP"),
        ("the self-proclaimed Donetsk People's Republic", "UKRREB"),
    ],
)
def test_places_and_territories_stand_for_their_country(phrase: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date="2020-01-01").code == code


def test_a_common_word_that_is_also_a_town_names_nothing() -> None:
    assert facta.resolve_actor("the alliance", date="2020-01-01") is None


def test_a_countrys_people_are_its_civilians_but_the_syrians_are_its_side() -> None:
    assert facta.resolve_actor("Ukrainians").code == "UKRCVL"
    assert facta.resolve_actor("thousands of Syrians").code == "SYRCVL"
    assert facta.resolve_actor("Ukranians").code == "UKRCVL"  # misspelt, still the people
    assert facta.resolve_actor("the Syrians").code == "SYR"
    assert facta.resolve_actor("the suspect").code == "CRM"


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        ("the Taliban", "2019-01-01", "AFGREB"),
        ("the Taliban", "2022-01-01", "AFGGOV"),  # in power in Kabul from August 2021
        ("Likud", "2021-07-01", "ISROPP"),  # the Bennett-Lapid government
        ("Likud", "2023-01-15", "ISRGOV"),
        ("the PTI", "2023-01-01", "PAKOPP"),
        ("Gazprom", "2020-01-01", "RUSBUS"),
        ("the Justice Department", "2016-01-01", "USAGOV"),
        ("the Sinaloa cartel", "2016-01-01", "MEXCRM"),
    ],
)
def test_bodies_as_they_were_on_the_day(phrase: str, date: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date=date).code == code


def test_officers_in_a_police_story_are_police() -> None:
    text = "Police said Brown shot a trooper on Thursday. Other officers shot Brown."
    [shooting] = [e for e in facta.code_text(text, date="2016-04-01") if e.sentence == 1]
    assert shooting.source.sectors == ("COP",)
    [coup] = facta.code_text("Army officers seized the presidential palace.", date="2016-04-01")
    assert coup.source.sectors == ("MIL",)


def test_an_officer_named_in_a_police_story_is_police_like_the_other_officers(analyse) -> None:
    text = (
        "Police in Dayton said a driver hit two officers at a checkpoint on Friday. Officer "
        "Dana Whitcomb was treated for a broken arm. The officers had stopped the car."
    )
    analysis = analyse(text, "2016-05-01")
    assert actor_at(analysis, "Dana Whitcomb").sectors == ("COP",)
    assert actor_at(analysis, "two officers").sectors == ("COP",)


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        ("Chicago police", "2016-01-01", "USACOP"),  # a city in the phrase gives the country
        ("a Syrian military source", "2016-01-01", "SYRMIL"),
        ("Ukrainian air defences", "2023-01-01", "UKRMIL"),
        ("Hezbollah leader Sheikh Naim Qassem", "2025-01-01", "LBNREB"),  # the group's office
        ("Boeing", "2020-01-01", "USABUS"),  # an undated default role is no office left open
    ],
)
def test_roles_read_from_the_phrase(phrase: str, date: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date=date).code == code


def test_a_surname_with_a_particle_links_back() -> None:
    text = (
        "The U.N. mediator Staffan de Mistura asked Damascus to send negotiators to Geneva. "
        "De Mistura then met the Syrian government delegation for two hours on Friday."
    )
    meeting = [e for e in facta.code_text(text, date="2016-01-29") if e.sentence == 1]
    assert [(e.source.code, e.target.code) for e in meeting] == [("IGOUNO", "SYRGOV")]


@pytest.mark.parametrize(
    "text", ["Police arrested Jordan Whitaker on Sunday.", "Chad Porter criticized the mayor."]
)
def test_a_country_opening_a_persons_name_is_a_given_name(text: str) -> None:
    events = facta.code_text(text, date="2016-03-10")
    codes = {actor.country for event in events for actor in (event.source, event.target) if actor}
    assert not codes & {"JOR", "TCD"}
    assert not any(event.location and event.location.country == "JOR" for event in events)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("defense attorney Liam O'Rourke", "JUD"),  # the apostrophe keeps the surname
        ("law enforcement officials", "COP"),
        ("a federal judge", "JUD"),
        ("five schoolchildren", "CVL"),
    ],
)
def test_roles_of_court_police_and_people(phrase: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date="2016-05-10").code == code


def test_a_surname_with_an_apostrophe_is_part_of_the_name() -> None:
    actor = facta.resolve_actor("Michael O'Connell", date="2016-05-10")
    assert actor is None or actor.country is None  # not a namesake called Michael abroad


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("the Northern Prairie Law Center", "NGO"),  # unknown names, by the body they end in
        ("the Lakeside Tribune", "MED"),
        ("the New Harvest Party", "OPP"),  # no knowledge puts it in power
    ],
)
def test_an_unknown_body_is_what_its_name_ends_in(phrase: str, sector: str) -> None:
    assert facta.resolve_actor(phrase, date="2016-05-10").sectors == (sector,)


def test_a_common_noun_is_no_body_name() -> None:
    assert facta.resolve_actor("a detention center", date="2016-05-10") is None


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("U.S.-backed forces", None),  # backed by the United States, not its own
        ("Iranian-trained militias", None),
        ("Saudi-led forces", "SAU"),  # led: the leader's own
    ],
)
def test_a_backer_is_not_the_country_of_those_it_backs(phrase: str, country: str | None) -> None:
    assert facta.resolve_actor(phrase, date="2016-05-10").country == country


def test_an_abbreviation_before_a_hyphen_is_a_word_of_its_own() -> None:
    [strike] = facta.code_text("U.S.-led air strikes killed 20 fighters near Mosul on Monday.")
    assert strike.source.country == "USA"
    assert strike.location is None or strike.location.country == "IRQ"
