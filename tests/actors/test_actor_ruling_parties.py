"""The ruling party of a one-party state is its government (ruling_parties.tsv); a party the
text calls ruling is the government's (sectors.tsv)."""

from __future__ import annotations

from actor_helpers import actor_at


def test_the_sole_party_of_a_one_party_state_is_its_government(analyse) -> None:
    analysis = analyse(
        "Vietnam opened a new port in Haiphong on Monday. Vietnam said trade would grow. "
        "The Communist Party welcomed the harbour and praised the dock workers."
    )
    assert actor_at(analysis, "Communist Party").code == "VNMGOV"


def test_a_party_of_the_same_name_elsewhere_stays_in_opposition(analyse) -> None:
    analysis = analyse(
        "Portugal opened a new port in Sines on Monday. Portugal said trade would grow. "
        "The Communist Party criticised the harbour and praised the dock workers."
    )
    assert actor_at(analysis, "Communist Party").code == "PRTOPP"


def test_a_party_called_ruling_is_the_government(analyse) -> None:
    analysis = analyse("Malawi's ruling party criticised the farmers' union on Tuesday.")
    assert actor_at(analysis, "ruling party").code == "MWIGOV"


def test_a_member_of_the_sole_party_acts_for_the_government(analyse) -> None:
    analysis = analyse(
        "Hanoi hosted the trade fair. Vietnam said it was pleased. Tran, a member of the "
        "Communist Party, praised the exhibitors on Monday."
    )
    assert actor_at(analysis, "Tran").code == "VNMGOV"


def test_a_party_name_inside_a_longer_name_is_not_that_party(analyse) -> None:
    analysis = analyse("The Popular Democratic Party praised the cocoa growers in Ghana on Friday.")
    actor = actor_at(analysis, "Democratic Party")
    assert actor is None or actor.country != "USA"


def test_a_place_before_a_party_name_is_no_part_of_it(analyse) -> None:
    analysis = analyse("The Nevada Democratic Party thanked the volunteers on Friday.")
    assert actor_at(analysis, "Democratic Party").country == "USA"
