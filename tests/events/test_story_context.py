"""What the rest of the story gives an event: the author of an act told before under another
name, and the country of a story that names no place but its dateline."""

from __future__ import annotations

import facta


def test_a_reaction_to_curbs_aims_at_who_imposed_the_restrictions():
    text = (
        "The French trade ministry imposed export restrictions on Mali on Monday. "
        "The Malian government sharply criticized the curbs on Tuesday."
    )
    [criticism] = [e for e in facta.code_text(text, date="2016-03-09") if e.root == "11"]
    assert criticism.target is not None and criticism.target.country == "FRA"


def test_a_dateline_sets_the_story_when_no_other_place_is_named():
    text = (
        "TUCSON, Arizona (Wire) - A judge on Friday ordered the man held without bail. "
        "Officers arrested him on Thursday after a long chase."
    )
    events = facta.code_text(text, date="2016-05-07")
    doers = {e.source.code for e in events if e.source is not None}
    assert doers and all(code.startswith("USA") for code in doers)


def test_an_envoy_does_not_take_the_country_of_those_it_meets():
    [meeting] = [
        e
        for e in facta.code_text("The envoy met Iraqi leaders in Baghdad on Monday.", "2016-03-08")
        if e.root == "04"
    ]
    assert meeting.target is not None and meeting.target.country == "IRQ"
    assert meeting.source is None or meeting.source.country != "IRQ"
