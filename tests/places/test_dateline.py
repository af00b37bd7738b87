"""Datelines: found at the start of the body (after a title), resolved, and not re-counted."""

from facta.places.dateline import find_dateline


def test_dateline_forms():
    assert find_dateline("BAGHDAD, May 13 — Gunmen fired on a convoy.").place == "BAGHDAD"
    assert find_dateline("NAIROBI (Reuters) - Kenya said on Monday.").place == "NAIROBI"
    tehran = find_dateline("TEHRAN, Iran (AP) — Officials said.")
    assert (tehran.place, tehran.qualifier) == ("TEHRAN", "Iran")


def test_ordinary_openings_are_not_datelines():
    assert find_dateline("Iran shifts attention to brokering peace in Iraq") is None
    assert find_dateline("It was - as they say - a long night.") is None


def test_dateline_after_title_resolves_and_sets_context(analyse):
    analysis = analyse(
        "Talks resume next week\n\nGEORGETOWN, Guyana, March 3 (Wire) — Officials in Georgetown "
        "met envoys on Monday."
    )
    assert analysis.dateline is not None
    assert analysis.dateline.place.country == "GUY"
    assert analysis.doc[analysis.dateline.start : analysis.dateline.end].text == "GEORGETOWN"
    # the dateline's own words are not listed again as places in the body
    assert [m.place.country for m in analysis.places] == ["GUY"]


def test_dateline_passed_separately(geocoder):
    places = geocoder.geocode("Shares fell sharply in early trading.", dateline="TOKYO, March 3 -")
    assert [(p.name, p.country) for p in places] == [("Tokyo", "JPN")]


def test_upper_case_dateline_city(analyse):
    analysis = analyse("WASHINGTON, March 10 — The Treasury announced new measures.")
    assert analysis.dateline.place.name == "Washington"
    assert analysis.dateline.place.country == "USA"


def test_title_case_dateline_only_at_the_start():
    assert find_dateline("Baghdad - Rockets hit the airport.").place == "Baghdad"
    assert find_dateline("Officials said\n\nBaghdad - rockets hit.") is None


def test_dateline_given_in_title_case(geocoder):
    places = geocoder.geocode("Rockets hit the airport at dawn.", dateline="Kabul")
    assert [(p.name, p.country) for p in places][0] == ("Kabul", "AFG")


def test_a_story_filed_from_two_places_takes_the_first():
    from facta.places.dateline import find_dateline

    assert find_dateline("GENEVA/BEIRUT (Wire) - Talks began.").place == "GENEVA"
    both = find_dateline("CULIACAN, Mexico/WASHINGTON (Wire) - Efforts stalled.")
    assert (both.place, both.qualifier) == ("CULIACAN", "Mexico")


def test_the_reporters_city_is_not_where_other_countries_act():
    import facta

    [launch] = facta.code_text(
        "TOKYO (Reuters) - North Korea fired a ballistic missile on Saturday, officials said.",
        date="2016-07-09",
    )
    assert launch.location.country == "PRK"
    text = (
        "AMMAN (Reuters) - Syrian troops shelled rebel districts of Homs on Friday. "
        "Fighting raged in Homs and Hama, and the army later fired on villages, activists said."
    )
    later = facta.code_text(text, date="2016-07-09")[-1]
    assert later.location.country == "SYR"
    [talks] = facta.code_text(
        "WASHINGTON (Reuters) - U.S. officials met their Mexican counterparts on Friday.",
        date="2016-07-09",
    )
    assert talks.location.country == "USA"  # the reporter's city names one of the sides
