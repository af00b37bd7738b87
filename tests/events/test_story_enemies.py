"""An armed force's fight that names no one is against the armed group the story names."""

from __future__ import annotations

import facta


def fights(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.cameo, e.source and e.source.code, e.target and e.target.code)
        for e in facta.code_text(text, date="2016-03-07")
        if e.root == "19"
    ]


def test_an_advance_into_a_town_is_against_the_militants_named_before():
    text = (
        "Islamist militants have held the market town of Bakora since spring. "
        "On Tuesday Malian troops advanced into Bakora."
    )
    assert ("190", "MLIMIL", "REB") in fights(text)


def test_a_seizure_is_against_the_militants_of_the_same_sentence():
    text = (
        "The Ugandan army seized a hill near the lake on Tuesday, days after militants had dug in."
    )
    [(_, source, target)] = fights(text)
    assert source == "UGAMIL" and target is not None and target.endswith("REB")


def test_police_returning_fire_fight_the_gunman_told_before():
    text = "A gunman fired at a patrol car in Dortmund on Monday. German police returned fire."
    assert ("193", "DEUCOP", "REB") in fights(text)


def test_no_armed_group_in_the_story_leaves_the_fight_without_a_target():
    text = "Malian troops advanced into the market town of Bakora on Tuesday."
    assert all(t is None or not t.endswith("REB") for _, _, t in fights(text))


def test_an_armys_bombing_told_by_militants_is_against_them():
    found = fights(
        "Militants near Homs said on Monday that the Syrian army had stepped up its bombing."
    )
    assert any(s == "SYRMIL" and t is not None and t.endswith("REB") for _, s, t in found)
