"""An act on talks that name no sides is aimed at the other side the story puts in them
(events/talks_sides.py)."""

from __future__ import annotations

import facta


def _coded(text: str) -> set[tuple]:
    return {
        (e.cameo[:2], e.source and e.source.code, e.target and e.target.code)
        for e in facta.code_text(text, date="2016-03-01")
    }


def test_an_act_on_talks_that_name_no_sides_is_aimed_at_the_other_side_of_the_story():
    text = (
        "Sudan's government and rebels from Darfur resumed peace talks in Doha on Monday. "
        "The rebels warned on Tuesday that they would boycott the talks."
    )
    assert ("13", "SDNREB", "SDNGOV") in _coded(text)


def test_an_act_on_talks_with_two_sides_besides_the_doer_names_no_target():
    text = (
        "Envoys of Sudan, Chad and Uganda held talks on the border in Khartoum on Monday. "
        "Kenya threatened on Tuesday to boycott the talks."
    )
    assert all(t is None for root, _, t in _coded(text) if root == "13")
