"""Short phrases resolved on their own: ActorResolver.resolve_phrase."""

from __future__ import annotations

import pytest
from actor_helpers import actor_at


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("an American destroyer", "USAMIL"),
        ("four Saudi men", "SAU"),
        ("Iraqi officials", "IRQGOV"),
        ("seoul metropolitan police", "KORCOP"),
        ("Turkish warplanes", "TURMIL"),
        ("the Norwegian foreign minister", "NORGOV"),
        ("Kenyan lawmakers", "KENLEG"),
        ("a Nigerian court", "NGAJUD"),
        ("Peruvian riot police", "PERCOP"),
        ("Chilean students", "CHLEDU"),
        ("the Burmese junta", "MMRGOV"),
        ("Tehran", "IRNGOV"),
        ("Hezbollah fighters", "LBNREB"),
        ("the Pakistani Taliban", "PAKREB"),
        ("NATO", "IGONAT"),
        ("the U.N. Security Council", "IGOUNO"),
        ("Amnesty International", "NGOAMN"),
        ("the former Iraqi prime minister", "IRQELI"),
        ("Pakistani intelligence officials", "PAKSPY"),
        ("gunmen", "REB"),
    ],
)
def test_phrase_codes(resolver, nlp, phrase: str, code: str) -> None:
    actor = resolver.resolve_phrase(nlp, phrase)
    assert actor is not None
    assert actor.code == code


def test_ethnic_group_without_country(resolver, nlp) -> None:
    actor = resolver.resolve_phrase(nlp, "Shiite militiamen")
    assert (actor.code, actor.country, actor.group) == ("REB", None, "Shiite")


def test_armed_ethnic_group_takes_its_home_country(resolver, nlp) -> None:
    actor = resolver.resolve_phrase(nlp, "Kurdish rebels")
    assert (actor.code, actor.group) == ("TURREB", "Kurdish")


def test_transnational_group_has_no_country(resolver, nlp) -> None:
    actor = resolver.resolve_phrase(nlp, "fighters of the Islamic State")
    assert actor.country is None
    assert actor.sectors == ("REB",)


@pytest.mark.parametrize("phrase", ["the company", "a local man", "the weather"])
def test_unknown_phrases_stay_unknown(resolver, nlp, phrase: str) -> None:
    assert resolver.resolve_phrase(nlp, phrase) is None


def test_negated_demonym_does_not_set_country(resolver, nlp) -> None:
    actor = resolver.resolve_phrase(nlp, "an anti-American cleric")
    assert actor is not None
    assert actor.country is None and actor.sectors == ("REL",)


def test_actor_record_names_the_rule(resolver, nlp) -> None:
    record = resolver.resolve_phrase(nlp, "Iraqi officials").to_dict()
    assert record["code"] == "IRQGOV"
    assert "countries.tsv" in record["rule"] and "sectors.tsv" in record["rule"]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Norway's Department of Justice", "NORGOV"),  # not the US one of that name
        ("the Peruvian Justice Department", "PERGOV"),
        ("the Justice Department", "USAGOV"),
        ("Russia's Gazprom", "RUSBUS"),
        ("a spokeswoman for the Lakeview Medical Center", "HLH"),  # no advocacy "Center"
        ("all Peruvian agencies", "PERGOV"),  # a state's agencies; "aid agencies" stay NGO
        ("U.N. agencies", "IGOUNO"),
        ("the widow of a general", "CVL"),  # her own role, not her late husband's
    ],
)
def test_a_state_named_with_a_body_and_the_kind_of_body(resolver, nlp, phrase, code) -> None:
    assert resolver.resolve_phrase(nlp, phrase, "2019-05-01").code == code


def test_another_states_body_of_the_same_name_is_another_entity(analyse) -> None:
    story = (
        "The Justice Department opened an inquiry into the bank. Norway's Department of "
        "Justice welcomed the inquiry. The Justice Department said it would publish a report."
    )
    analysis = analyse(story, "2019-05-01")
    assert actor_at(analysis, "Department of Justice").code == "NORGOV"
    assert actor_at(analysis, "Justice Department", occurrence=2).code == "USAGOV"


def test_companies_named_by_their_trade_are_business(analyse) -> None:
    analysis = analyse(
        "The Swedish automaker spent the spring bargaining with Chilean regulators. A Swiss "
        "lender and two Japanese chipmakers criticized the tax."
    )
    assert actor_at(analysis, "Swedish automaker").code == "SWEBUS"
    assert actor_at(analysis, "Swiss lender").code == "CHEBUS"
    assert actor_at(analysis, "Japanese chipmakers").code == "JPNBUS"


def test_committees_of_a_congress_or_senate_are_the_legislature(analyse) -> None:
    analysis = analyse(
        "Two Brazilian congressional committees questioned the central bank governor on "
        "Tuesday. A Senate panel in Brazil summoned the finance minister."
    )
    assert actor_at(analysis, "congressional committees").code == "BRALEG"
    assert actor_at(analysis, "Senate panel").code == "BRALEG"


def test_a_capitalised_representative_before_a_name_is_a_legislator(analyse) -> None:
    analysis = analyse(
        "Republican Representative Ann Dobbs of Ohio criticized the plan on Monday. A "
        "representative of the Ohio company declined to comment."
    )
    assert actor_at(analysis, "Ann Dobbs").code == "USALEG"
    assert actor_at(analysis, "representative").code == "USABUS"


def test_an_envoy_named_with_two_bodies_speaks_for_the_first(analyse) -> None:
    analysis = analyse(
        "The U.N. Yemen envoy met rebel leaders in Muscat on Monday. The Omani Yemen mediator "
        "said the talks would resume."
    )
    assert actor_at(analysis, "U.N. Yemen envoy").country == "IGOUNO"
    assert actor_at(analysis, "Omani Yemen mediator").code == "OMNGOV"
