"""Choosing one gazetteer record for a name as written, from what the article tells us:
its dateline, the countries and regions it names, the place's size and kind.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from facta.models import Place
from facta.places.gazetteer import Entry, Gazetteer
from facta.places.names import fold, query_keys, site_core, strip_article, without_descriptor

REGION_FEATURES = frozenset({"admin1", "admin2"})
# Towns, and the sites and districts named after a town ("Toronto plant"): these have a
# population to compare with their namesakes'.
TOWN_FEATURES = frozenset({"city", "site", "district"})
MINIMUM_SCORE = 5.0
REGION_WITH_EXTENT = 11.0  # the value of a city of about 300,000
FAMOUS_CITY = 1_000_000  # a city this big is itself under its other names too ("New York")
UNKNOWN_POPULATION = 1000
COUNTRY_BONUS = 8.0  # the article names the place's country (through another name)
EXTRA_VOUCHER = 2.0  # for each further name that does, up to two
DWARFED_RATIO = 100
DATELINE_DWARFED_RATIO = 5  # a dateline names a well-known city: context moves it less
CANDIDATE_MEMORY = 50_000  # names whose candidates a process keeps (the lookups keep as many)
# Context that comes only from people ("Iranian border guards", "American envoys") says who
# acts, not where: it moves a name only to a namesake at least this share of the largest.
PEOPLE_ONLY_RATIO = 10
# A country present only as an actor ("the United States said", "U.S. Secretary of State")
# is named in half of all world news: it moves a name only to a namesake nearly as large.
ACTOR_ONLY_RATIO = 3
# How far the top reading must lead every reading in another country to set the context
# (2.5 points: about 18 times the population, as Madrid, Spain, over Madrid, Colombia).
UNAMBIGUOUS_LEAD = 2.5


@dataclass
class Context:
    """What the article says about where it is: countries and US-style first-level regions,
    each with the folded names that vouched for it (a name never vouches for itself)."""

    countries: dict[str, set[str]] = field(default_factory=dict)
    regions: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    dateline_country: str | None = None

    def add(self, place: Place, name: str) -> None:
        if place.country:
            self.countries.setdefault(place.country, set()).add(name)
        if place.country and place.admin1:
            self.regions.setdefault((place.country, place.admin1), set()).add(name)

    def add_country(self, country: str, voucher: str) -> None:
        self.countries.setdefault(country, set()).add(voucher)

    def has_country(self, country: str | None, name: str) -> bool:
        return bool(self.countries.get(country or "", set()) - {name})

    def country_weight(self, country: str | None, name: str) -> float:
        """What the article's naming of a country is worth to a place in it: more for each
        other name that vouches for it (a story about Costa Rica names it more than once)."""
        vouchers = len(self.countries.get(country or "", set()) - {name})
        return 0.0 if vouchers == 0 else COUNTRY_BONUS + EXTRA_VOUCHER * min(vouchers - 1, 2)

    def people_only(self, country: str | None) -> bool:
        """Whether only actors and demonyms, no place name, vouch for the country."""
        vouchers = self.countries.get(country or "", set())
        return bool(vouchers) and all(v in {"\x00actor", "\x00demonym"} for v in vouchers)

    def actors_only(self, country: str | None) -> bool:
        """Whether the country is named only as an actor: no place and no demonym vouch."""
        return self.countries.get(country or "", set()) == {"\x00actor"}

    def has_region(self, place: Place, name: str) -> bool:
        vouchers = self.regions.get((place.country or "", place.admin1 or ""), set())
        return bool(vouchers - {name})


def candidates(gazetteer: Gazetteer, text: str) -> tuple[list[Entry], bool]:
    """Every record the name may mean, and whether the text named a region ("Anbar province");
    read once per name and process (the scans ask for the same names again and again)."""
    found = gazetteer.candidates.get(text)
    if found is None:
        if len(gazetteer.candidates) > CANDIDATE_MEMORY:
            gazetteer.candidates.clear()
        found = gazetteer.candidates[text] = _candidates(gazetteer, text)
    return found


def _candidates(gazetteer: Gazetteer, text: str) -> tuple[list[Entry], bool]:
    bare, region_named = without_descriptor(text)
    # "Donetsk region" may be filed whole (a curated region), before the city "Donetsk".
    for key in query_keys(text) if region_named else ():
        found = [entry for entry in gazetteer.lookup(key) if entry.place.feature != "city"]
        if found:
            return found, region_named
    for key in query_keys(bare):
        found = gazetteer.lookup(key)
        if found:
            return found, region_named
    core = site_core(bare)
    if core is not None:
        inner, _ = candidates(gazetteer, core[0])
        if any(entry.place.feature == "country" for entry in inner):
            return [], False  # "the U.S. market", "a Russian base": not a named site
        # The site lies at (or within a few km of) the place it is named after.
        return [
            replace(entry, place=replace(entry.place, name=bare, feature=core[1], geonameid=None))
            for entry in inner
            if entry.place.feature not in {"country", "admin1", "admin2", "region", "water"}
        ], False
    return [], region_named


def score(
    entry: Entry,
    name: str,
    context: Context,
    region_named: bool,
    qualifier: Place | None,
    largest: int = 0,
    dwarfed_ratio: int = DWARFED_RATIO,
    region_cue: bool = False,
    capitals: dict[str, int] | None = None,
) -> float:
    """Prominence, plus what the article says. A town dwarfed by a namesake city ("London",
    Ohio beside London) gains nothing from its country being mentioned, only from its region;
    a town named like its country's capital (`capitals`: country -> the capital's population)
    gains nothing from its region either ("Washington" in a story about Indiana is the
    capital, not Washington, Indiana; "Washington, Ind." still is)."""
    place = entry.place
    # A town the gazetteer gives no population ("Ar Ra'i") counts as a small one, not as none.
    people = entry.population or UNKNOWN_POPULATION
    capital = (capitals or {}).get(place.country or "", 0)
    namesake = place.feature in TOWN_FEATURES and people < capital
    # Another spelling of a place ("Kiev") counts for famous places, not for local namesakes.
    # (A region has no population of its own to compare: only towns are dwarfed.)
    dwarfed = (entry.alternate and entry.population < FAMOUS_CITY) or (
        place.feature in TOWN_FEATURES
        and (
            people * dwarfed_ratio < largest
            or (context.people_only(place.country) and people * PEOPLE_ONLY_RATIO < largest)
            or (context.actors_only(place.country) and people * ACTOR_ONLY_RATIO < largest)
            or (not entry.alternate and respelt(place.name, name))
        )
    )
    if entry.curated:
        value = 26.0
    elif place.feature == "country":
        value = 12.0 if region_cue else 30.0
    elif place.feature in REGION_FEATURES:
        value = 18.0 if region_named or region_cue else 9.0
        if place.feature == "admin1" and place.lat is not None and not region_named:
            # A state with a known extent (the US states) is as prominent as a large city:
            # "Colorado" is the state before a Brazilian town of 20,000.
            value = max(value, REGION_WITH_EXTENT)
    else:
        # GeoNames gives some towns no population (0): count them as small, not as nothing.
        value = 2 * math.log10(max(entry.population, UNKNOWN_POPULATION))
    if entry.alternate:
        value -= 1.5  # exonyms ("Odessa", "Peking") are alternates too
    elif respelt(place.name, name):
        value -= 0.5  # "Shanxi" is Shanxi before Shaanxi, though one key holds both
    if place.lat is None:
        value -= 2
    if not dwarfed:
        value += context.country_weight(place.country, name)
    if not dwarfed and place.country and place.country == context.dateline_country:
        value += 4
    famous = entry.population >= FAMOUS_CITY
    if (
        place.admin1
        and not namesake
        and (famous or not entry.alternate)
        and context.has_region(place, name)
    ):
        value += 15
    if _contained(place, qualifier) and not entry.alternate:
        value += 40
    return value


def respelt(official: str, name: str) -> bool:
    """Whether a name reached a town only through a looser spelling ("Iran" meets "Iraan" once
    doubled letters are collapsed): such a match gains nothing from the article's context."""
    written = {name, strip_article(name)}
    folded = fold(official)
    spelt = {folded, strip_article(folded)}
    joined = {key.replace(" ", "") for key in written}
    return written.isdisjoint(spelt) and joined.isdisjoint(key.replace(" ", "") for key in spelt)


def _contained(place: Place, qualifier: Place | None) -> bool:
    """Whether "X, Y" reads as X inside Y. A country followed by a country is a list
    ("Iraq, Iran and the US"), so only a region can qualify a country-sized name."""
    if qualifier is None or qualifier.country != place.country or place.feature == "country":
        return False
    # Outside the US our cities carry no region name, so the country has to do.
    return qualifier.feature == "country" or place.admin1 in (None, qualifier.admin1)


def choose(
    gazetteer: Gazetteer,
    text: str,
    context: Context,
    qualifier: Place | None = None,
    dwarfed_ratio: int = DWARFED_RATIO,
    region_cue: bool = False,
) -> Place | None:
    """The most likely place for `text` in this context, or None when nothing fits well.
    `region_cue`: the sentence speaks of a state or province ("the state's governor"), which
    turns a name that is both a country and a region ("Georgia") to the region."""
    found, region_named = candidates(gazetteer, text)
    if not found:
        return None
    features = {entry.place.feature for entry in found}
    region_cue = region_cue and "country" in features and "admin1" in features
    name = fold(text)
    largest = (
        max(entry.population for entry in found if entry.place.feature in TOWN_FEATURES)
        if any(entry.place.feature in TOWN_FEATURES for entry in found)
        else 0
    )

    capitals = {
        e.place.country: e.population
        for e in found
        if e.place.country and gazetteer.is_capital(e.place)
    }

    def weight(entry: Entry) -> float:
        return score(
            entry,
            name,
            context,
            region_named,
            qualifier,
            largest,
            dwarfed_ratio,
            region_cue,
            capitals,
        )

    best = max(found, key=weight)
    if weight(best) < MINIMUM_SCORE:
        return None
    return replace(best.place, text=text)


def unambiguous(gazetteer: Gazetteer, text: str) -> Place | None:
    """A first-pass reading used to build the context: a country, a curated entry, or a record
    that clearly outweighs every rival with another country."""
    found, region_named = candidates(gazetteer, text)
    if not found:
        return None
    empty = Context()
    name = fold(text)
    ranked = sorted(found, key=lambda entry: -score(entry, name, empty, region_named, None))
    top = ranked[0]
    top_score = score(top, name, empty, region_named, None)
    rivals = [e for e in ranked[1:] if e.place.country != top.place.country]
    if top_score < MINIMUM_SCORE:
        return None
    if rivals and top_score - score(rivals[0], name, empty, region_named, None) < UNAMBIGUOUS_LEAD:
        return None
    return top.place
