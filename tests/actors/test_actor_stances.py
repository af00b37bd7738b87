"""Stance words after a prefix ("pro-government") name a side, not the actor (stances.tsv)."""

from __future__ import annotations

from actor_helpers import actor_at


def test_armed_men_for_the_government_are_its_auxiliaries_not_rebels(analyse) -> None:
    analysis = analyse("Pro-government militiamen in Yemen shelled a market in Taiz on Sunday.")
    assert actor_at(analysis, "militiamen").code == "YEMMIL"


def test_protesters_against_the_government_are_not_the_government(analyse) -> None:
    analysis = analyse("Thousands of anti-government protesters marched in Caracas, Venezuela.")
    assert "GOV" not in actor_at(analysis, "protesters").sectors
    assert "CVL" in actor_at(analysis, "protesters").sectors
