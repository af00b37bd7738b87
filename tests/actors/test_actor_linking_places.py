"""Roles from the sentence around a mention: a fronted place ("In Nairobi, …"), an apposition."""

from __future__ import annotations

from actor_helpers import actor_at


def test_fronted_capital_gives_a_titled_official_its_country(analyse) -> None:
    analysis = analyse(
        "Talks on the border dispute resumed on Monday. In Nairobi, Foreign Minister "
        "Grace Wanjiru welcomed the move. In Kampala, government spokesman Peter Okello "
        "said Uganda was ready."
    )
    assert actor_at(analysis, "Grace Wanjiru").code == "KENGOV"
    assert actor_at(analysis, "Peter Okello").code == "UGAGOV"


def test_a_place_later_in_the_sentence_or_a_known_country_is_left_alone(analyse) -> None:
    analysis = analyse(
        "Foreign Minister Grace Wanjiru spoke to reporters in Nairobi on Monday. "
        "In Washington, Sergei Lavrov met his hosts."
    )
    assert "+in:" not in (actor_at(analysis, "Grace Wanjiru").rule or "")
    assert actor_at(analysis, "Sergei Lavrov").code == "RUSGOV"


def test_an_apposition_keeps_the_role_it_states(analyse) -> None:
    analysis = analyse(
        "The regional governor, Major General Samuel Otieno, ordered a curfew in Kisumu."
    )
    assert actor_at(analysis, "The regional governor").sectors[:1] == ("GOV",)
    assert actor_at(analysis, "Samuel Otieno").sectors[:1] == ("MIL",)
    assert (
        actor_at(analysis, "The regional governor").entity
        == actor_at(analysis, "Samuel Otieno").entity
    )


def test_a_division_named_after_another_country_stands_for_its_own(analyse) -> None:
    """divisions.tsv: the longer name wins ("New Mexico" is in the United States)."""
    analysis = analyse(
        "New Mexico police detained two smugglers. Police in New South Wales fined a trawler. "
        "Mexico's police chief resigned."
    )
    assert actor_at(analysis, "New Mexico police").country == "USA"
    assert actor_at(analysis, "Police in New South Wales").country == "AUS"
    assert actor_at(analysis, "Mexico's police chief").country == "MEX"


def test_a_capital_that_is_an_english_word_counts_only_with_its_capital_letter(analyse) -> None:
    analysis = analyse("Officials in Male said a male suspect was held in Addu.")
    assert actor_at(analysis, "Officials").country == "MDV"
    assert actor_at(analysis, "a male suspect").country is None


def test_a_country_named_like_a_us_state_is_the_state_in_an_american_story(analyse) -> None:
    american = analyse(
        "Voters in Ohio and Nevada backed the senator. Georgia police detained two marchers."
    )
    assert actor_at(american, "Georgia police").code == "USACOP"
    caucasus = analyse("Russia moved the fence again. Georgia police detained two herders.")
    assert actor_at(caucasus, "Georgia police").code == "GEOCOP"
