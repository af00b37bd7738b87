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
