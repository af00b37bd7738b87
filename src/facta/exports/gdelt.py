"""The GDELT 2.0 event table layout: 61 tab-separated columns, no header row.

docs/exports.md says what facta writes in each column and which ones it leaves empty.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from facta.exports.geography import country_name, fips_code

ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in ACTOR_FIELDS),
    *(f"Actor2{name}" for name in ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{name}" for name in GEO_FIELDS),
    *(f"Actor2Geo_{name}" for name in GEO_FIELDS),
    *(f"ActionGeo_{name}" for name in GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
_INTEGERS = {
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "IsRootEvent",
    "QuadClass",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "Actor1Geo_Type",
    "Actor2Geo_Type",
    "ActionGeo_Type",
    "DATEADDED",
}
_DOUBLES = {
    "FractionDate",
    "GoldsteinScale",
    "AvgTone",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "ActionGeo_Lat",
    "ActionGeo_Long",
}
# DuckDB types for read_csv(..., columns=GDELT_DUCKDB_TYPES); codes stay text ("010" != 10).
GDELT_DUCKDB_TYPES: dict[str, str] = {
    name: "BIGINT" if name in _INTEGERS else "DOUBLE" if name in _DOUBLES else "VARCHAR"
    for name in GDELT_COLUMNS
}
# pandas dtypes for read_csv(sep="\t", header=None, names=GDELT_COLUMNS, dtype=GDELT_PANDAS_DTYPES)
GDELT_PANDAS_DTYPES: dict[str, str] = {
    name: "Int64" if name in _INTEGERS else "float64" if name in _DOUBLES else "string"
    for name in GDELT_COLUMNS
}
LEAD_SENTENCES = 3  # events in the first sentences stand in for GDELT's lead paragraph


def numeric_id(event_id: str) -> int:
    """A positive 63-bit integer for facta's hex event id, stable across runs."""
    try:
        return int(event_id, 16) >> 1 if len(event_id) <= 16 else _hash_id(event_id)
    except ValueError:
        return _hash_id(event_id)


def _hash_id(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 1


PRONOUNS = frozenset(
    {"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it"}
    | {"its", "they", "them", "their", "who", "whom", "whose", "this", "that", "these", "those"}
)


def actor_name(
    name: str | None, text: str | None, country: str | None, sectors: list[str] | None
) -> str:
    """GDELT's ActorName: the actor's name, else the words the article used, but never a
    pronoun ("we", "their"): then what the code says ("DR Congo military")."""
    if name:
        return name.upper()
    if text and text.strip().lower() not in PRONOUNS:
        return text.upper()
    from facta.exports.geography import country_name, sector_name

    words = [country_name(country) or country or ""] + [sector_name(s) for s in sectors or []]
    return " ".join(word for word in words if word).upper()


def _actor(
    code: str | None, country: str | None, sectors: list[str] | None, name: str
) -> list[Any]:
    if not code:
        return [""] * len(ACTOR_FIELDS)
    sectors = list(sectors or [])
    country_code, known_group = country or "", ""
    if len(country_code) == 6:  # IGOUNO, NGOIRC: organisation type + known group
        sectors.insert(0, country_code[:3])
        country_code, known_group = "", country_code[3:]
    types = (sectors + ["", "", ""])[:3]
    return [code, name, country_code, known_group, "", "", "", *types]


def geo_type(country: str | None, feature: str | None) -> int:
    """GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if not feature or feature == "country":
        return 1
    if feature in ("admin1", "admin2", "region"):
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


def _action_geo(row: dict[str, Any]) -> list[Any]:
    country = row["location_country"]
    if not (row["location_name"] or country):
        return [0] + [""] * (len(GEO_FIELDS) - 1)
    kind = geo_type(country, row["location_feature"])
    parts = [row["location_name"], row["admin1"], country_name(country)]
    full = ", ".join(dict.fromkeys(part for part in parts if part))
    fips = fips_code(country)
    feature_id = row["geonameid"] if row["geonameid"] is not None else fips
    return [kind, full, fips, fips, "", row["lat"], row["lon"], feature_id]


def _dates(day: date | None) -> list[Any]:
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{fraction:.4f}"]


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """One flat event (exports.query) as the 61 GDELT values, in GDELT's order."""
    cameo = row["cameo"] or ""
    added: datetime | None = row["ingested_at"]
    return [
        numeric_id(row["event_id"]),
        *_dates(row["date"] or row["pub_date"]),
        *_actor(
            row["source_code"],
            row["source_country"],
            row["source_sectors"],
            actor_name(
                row["source_name"], row["source_text"], row["source_country"], row["source_sectors"]
            ),
        ),
        *_actor(
            row["target_code"],
            row["target_country"],
            row["target_sectors"],
            actor_name(
                row["target_name"], row["target_text"], row["target_country"], row["target_sectors"]
            ),
        ),
        1 if (row["sentence"] or 0) < LEAD_SENTENCES else 0,
        cameo,
        cameo[:3],
        row["root"] or cameo[:2],
        row["quad_class"],
        row["goldstein"],
        row["num_articles"],
        row["num_sources"],
        row["num_articles"],
        "",
        0,
        *[""] * (len(GEO_FIELDS) - 1),
        0,
        *[""] * (len(GEO_FIELDS) - 1),
        *_action_geo(row),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        row["url"] or "",
    ]
