"""The people file: leaders named without a role get their country and sector; a title in
the text wins; another person with the same surname is not the leader."""

from __future__ import annotations

import pytest
from actor_helpers import actor_at

import facta


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Chancellor Olaf Scholz", "DEUGOV"),
        ("Moon Jae-in", "KORGOV"),
        ("Sergei Lavrov", "RUSGOV"),
        ("Jens Stoltenberg", "IGONAT"),
        ("Yahya Sinwar", "PSEREB"),
    ],
)
def test_leaders_named_without_a_country(phrase: str, code: str) -> None:
    assert facta.resolve_actor(phrase, date="2021-06-01").code == code


def test_the_role_held_on_the_day_wins() -> None:
    assert facta.resolve_actor("Hemedti", date="2024-01-01").code == "SDNREB"  # at war, 2023 on
    assert facta.resolve_actor("Hemedti", date="2021-06-01").code in {"SDNGOV", "SDNMIL"}
    assert facta.resolve_actor("Donald Trump", date="2014-05-10").code == "USA"  # not yet
    assert facta.resolve_actor("Donald Trump", date="2016-05-10").code == "USAOPP"  # candidate
    assert facta.resolve_actor("Donald Trump", date="2018-05-10").code == "USAGOV"


def test_a_title_in_the_text_wins_over_the_file() -> None:
    assert facta.resolve_actor("former Prime Minister Nawaz Sharif").code == "PAKELI"
    assert facta.resolve_actor("General Abdel Fattah al-Burhan").code == "SDNMIL"


def test_bare_surnames_of_listed_leaders_in_a_story(analyse) -> None:
    analysis = analyse("Moon met Kim Jong Un at the border, and Scholz called Macron.")
    assert actor_at(analysis, "Moon").code == "KORGOV"
    assert actor_at(analysis, "Scholz").code == "DEUGOV"


def test_same_surname_with_another_first_name_is_someone_else(analyse) -> None:
    analysis = analyse("Tariq Zardari met reporters in Lahore on Monday.")
    assert actor_at(analysis, "Tariq Zardari") is None


def test_short_name_parts_and_shared_surnames_name_no_one(resolver) -> None:
    people = resolver.knowledge.people
    assert "in" not in people and "un" not in people  # "Moon Jae-in", "Kim Jong Un"
    assert "ahmed" not in people  # "Abiy Ahmed|Abiy": Abiy names him alone
    assert people["moon"].name == "Moon Jae-in"
    assert "jr." not in people and people["marcos"].name == "Ferdinand Marcos Jr."


def test_surnames_that_are_english_words_need_their_capital(analyse) -> None:
    analysis = analyse("The stamp costs 50 pence, and the gallant crew kept a tusk. Pence left.")
    assert actor_at(analysis, "pence") is None
    assert actor_at(analysis, "tusk") is None
    assert actor_at(analysis, "Pence").code == "USAGOV"
    analysis = analyse("Fighters hid in the bush. Bush and Trump spoke later.")
    assert actor_at(analysis, "bush") is None
    assert actor_at(analysis, "Bush").code == "USAGOV"


def test_a_surname_alone_needs_its_country_in_the_story_or_a_leader_in_office(analyse) -> None:
    story = "Two officers shot Brown outside a bus station in Richmond, Virginia, on Thursday."
    assert actor_at(analyse(story, "2016-03-31"), "Brown") is None  # not Gordon Brown
    assert actor_at(analyse("Merkel spoke on Monday.", "2012-05-01"), "Merkel").code == "DEUGOV"


def test_a_weak_role_word_yields_to_what_is_known_of_the_person() -> None:
    [event] = facta.code_text(
        "Republican leader Donald Trump criticized the plan on Monday.", date="2016-03-07"
    )
    assert event.source.code == "USAOPP"  # the candidate out of power, not a GOV "leader"


def test_a_person_named_in_full_is_no_body_sharing_her_surname(analyse) -> None:
    story = (
        "Maria Wagner, a retired nurse from Graz, opened a bakery last spring. Wagner said "
        "sales were strong."
    )
    analysis = analyse(story, "2023-03-01")
    assert actor_at(analysis, "Maria Wagner").code == "HLH"  # the nurse, not the Russian group
    assert actor_at(analysis, "Wagner", occurrence=2).code == "HLH"
    assert (
        actor_at(analyse("Wagner fighters shelled a village.", "2023-03-01"), "Wagner").country
        == "RUS"
    )


def test_a_party_member_in_office_that_day_governs(analyse) -> None:
    """A party the files take for the opposition does not outrank an office the dated roles
    give for the day: a regional first minister of a party in opposition nationally."""
    analysis = analyse(
        "The Scottish National Party's Nicola Sturgeon praised the fishermen of Aberdeen.",
        date="2019-05-02",
    )
    assert actor_at(analysis, "Nicola Sturgeon").code == "GBRGOV"


def test_the_text_calling_a_person_opposition_keeps_it(analyse) -> None:
    analysis = analyse(
        "Opposition leader Nicola Sturgeon praised the fishermen of Aberdeen.", date="2019-05-02"
    )
    assert actor_at(analysis, "Nicola Sturgeon").code == "GBROPP"
