"""'The North' and 'the South' stand for the countries the story names that way
(compass.tsv)."""

from __future__ import annotations

from actor_helpers import actor_at


def test_the_north_and_the_south_are_the_countries_the_story_named(analyse) -> None:
    analysis = analyse(
        "North Korea tested a rocket engine on Friday, South Korea said. The North also jammed "
        "radio signals near the border, and the South protested."
    )
    assert actor_at(analysis, "North", 2).code == "PRK"
    assert actor_at(analysis, "South", 2).code == "KOR"


def test_a_compass_word_in_a_name_or_with_no_such_country_stands_for_no_one(analyse) -> None:
    analysis = analyse(
        "Sudan closed its border on Monday. The North Atlantic storm forced ships into port, "
        "and the South was flooded."
    )
    assert actor_at(analysis, "North") is None
    assert actor_at(analysis, "South") is None
