"""Events read across the sentences of one story: dates counted from the day told before,
and acts told again with fewer words."""

from __future__ import annotations

import facta


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.cameo[:2]: e.date for e in facta.code_text(text, date=published)}


def test_the_day_before_counts_from_the_day_the_story_told():
    text = (
        "On Tuesday, the Spanish foreign minister criticized Morocco over the border. "
        "The day before, the Algerian army threatened to close the border with Morocco."
    )
    dates = _dates(text, "2019-10-11")  # a Friday
    assert dates["11"] == "2019-10-08"
    assert dates["13"] == "2019-10-07"


def test_an_act_told_a_day_after_another_is_dated_back_from_it():
    text = (
        "Iran tested a ballistic missile on Thursday, its state media said. "
        "The test came two days after Israel threatened to strike Iranian bases in Syria."
    )
    [threat] = [e for e in facta.code_text(text, date="2019-10-11") if e.root == "13"]
    assert threat.date == "2019-10-08"


def test_days_later_are_counted_on_from_the_day_before():
    text = (
        "On Wednesday, Chile accused Peru of spying. The day before, Peru criticized Chile "
        "over fishing rights. Two days later, Bolivia condemned Peru."
    )
    events = facta.code_text(text, date="2019-10-11")
    [condemnation] = [e for e in events if e.source is not None and e.source.country == "BOL"]
    assert condemnation.date == "2019-10-10"


def test_an_hour_of_the_day_keeps_the_day_the_story_tells():
    text = (
        "Gunmen attacked a police station in the north of the country early on Sunday. "
        "Soldiers exchanged fire with the gunmen at about 2 a.m., the army said."
    )
    events = facta.code_text(text, date="2019-10-13")  # a Sunday
    assert events and all(e.date == "2019-10-13" for e in events)
