"""Finding and resolving places in our own sentences, with the real model and gazetteer."""

from __future__ import annotations


def resolved(geocoder, text: str, dateline: str | None = None) -> dict[str, tuple]:
    return {p.text: (p.name, p.country, p.feature) for p in geocoder.geocode(text, dateline)}


def test_news_spellings_resolve_to_one_place(geocoder):
    found = resolved(geocoder, "Troops moved from al-Fallujah toward Kiev and Basrah last week.")
    assert found["al-Fallujah"][1] == "IRQ"
    assert found["Kiev"][:2] == ("Kyiv", "UKR")
    assert found["Basrah"][:2] == ("Basrah", "IRQ")


def test_possessive_names_two_places(geocoder):
    found = resolved(geocoder, "A truce held in Baghdad's Sadr City on Tuesday.")
    assert found["Baghdad"][:2] == ("Baghdad", "IRQ")
    assert found["Sadr City"] == ("Sadr City", "IRQ", "district")


def test_supplement_places_have_coordinates(geocoder):
    places = geocoder.geocode(
        "Rockets hit the Green Zone while tankers waited in the Strait of Hormuz "
        "and exiles stayed at Camp Ashraf."
    )
    by_name = {place.name: place for place in places}
    assert by_name["Green Zone"].feature == "site"
    assert by_name["Camp Ashraf"].country == "IRQ"
    assert by_name["Strait of Hormuz"].feature == "water"
    assert all(place.lat is not None for place in by_name.values())


def test_tripoli_follows_the_story(geocoder):
    lebanese = resolved(geocoder, "Lebanon's army deployed after gunfire in Tripoli.")
    libyan = resolved(geocoder, "Militias in Libya fought for the airport in Tripoli.")
    assert lebanese["Tripoli"][1] == "LBN"
    assert libyan["Tripoli"][1] == "LBY"


def test_country_or_small_town_by_context(geocoder):
    middle_east = resolved(geocoder, "Israel and Lebanon exchanged fire across the border.")
    local = resolved(geocoder, "The school board of Lebanon, Pennsylvania, voted on Monday.")
    assert middle_east["Lebanon"][1:] == ("LBN", "country")
    assert local["Lebanon"][1:] == ("USA", "city")


def test_georgia_state_or_country(geocoder):
    american = resolved(geocoder, "Voters in Georgia queued for hours in Atlanta and Savannah.")
    caucasian = resolved(geocoder, "Russia and Georgia traded blame over South Ossetia.")
    assert american["Georgia"][1:] == ("USA", "admin1")
    assert caucasian["Georgia"][1:] == ("GEO", "country")


def test_famous_city_beats_small_namesake_in_a_us_story(geocoder):
    found = resolved(
        geocoder,
        "Officials in Washington said the shares, listed in London, fell in New York trading.",
    )
    assert found["London"][1] == "GBR"


def test_people_are_not_places(geocoder):
    found = resolved(
        geocoder,
        "US Ambassador Ryan Crocker met Iraqi leaders. Crocker said the talks in Baghdad went well.",
    )
    assert "Crocker" not in found
    assert found["Baghdad"][1] == "IRQ"


def test_no_places_in_placeless_text(geocoder):
    assert geocoder.geocode("The committee will meet again next week to discuss the budget.") == []


def test_extra_supplement_file_adds_places(tmp_path):
    from facta.places import Geocoder

    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "# my own places\nQuarry Hill Depot\tQuarry depot\tGBR\tsite\t51.1\t-1.2\t\t\n",
        encoding="utf-8",
    )
    found = {
        p.name: p
        for p in Geocoder(extra_files=(str(extra),)).geocode(
            "Protesters blocked the gates of Quarry Hill Depot overnight."
        )
    }
    assert found["Quarry Hill Depot"].country == "GBR"
    assert found["Quarry Hill Depot"].lat == 51.1


def test_malformed_supplement_is_reported(tmp_path):
    import pytest

    from facta.errors import KnowledgeError
    from facta.places import Geocoder

    bad = tmp_path / "bad.tsv"
    bad.write_text("Somewhere\t\tXX\tvillage\tnorth\t\t\t\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="bad.tsv:1"):
        Geocoder(extra_files=(str(bad),))


def test_months_and_institutions_after_in_are_not_places(geocoder):
    assert geocoder.geocode("He told Congress in March that talks would resume in May.") == []


def test_demonyms_tell_the_country(geocoder):
    found = resolved(geocoder, "Ukrainian drones struck Odessa overnight.")
    assert found["Odessa"][1] == "UKR"


def test_region_abbreviation_in_a_dateline(geocoder):
    places = geocoder.geocode(
        "The bank raised its dividend.", dateline="CAMBRIDGE, Mass., March 2 -"
    )
    assert (places[0].name, places[0].country, places[0].admin1) == (
        "Cambridge",
        "USA",
        "Massachusetts",
    )
