"""The ICEWS event layout (tab-separated with a header row) and the PLOVER JSON record.

docs/exports.md says what facta writes in each column or field.
"""

from __future__ import annotations

from typing import Any

from facta.codebook import codebook
from facta.exports.gdelt import numeric_id
from facta.exports.geography import country_name, sector_name

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)
CITY_FEATURES = frozenset({"city", "district", "site"})
PLOVER_VERSION = "PLOVER 0.8 draft (facta export)"


def _side(row: dict[str, Any], side: str) -> list[str]:
    code = row[f"{side}_code"]
    if not code:
        return ["", "", ""]
    country = row[f"{side}_country"] or ""
    sectors = list(row[f"{side}_sectors"] or [])
    if len(country) == 6:  # an organisation: its type is its sector, it has no country
        sectors.insert(0, country[:3])
    name = row[f"{side}_name"] or row[f"{side}_text"] or code
    return [name, ",".join(sector_name(s) for s in sectors), country_name(country)]


def icews_row(row: dict[str, Any]) -> list[Any]:
    """One flat event (exports.query) as the 20 ICEWS values, in ICEWS's order."""
    cameo = row["cameo"] or ""
    info = codebook().get(cameo)
    day = row["date"] or row["pub_date"]
    feature = row["location_feature"]
    return [
        numeric_id(row["event_id"]),
        day.isoformat() if day else "",
        *_side(row, "source"),
        info.name if info else "",
        cameo,
        row["goldstein"],
        *_side(row, "target"),
        row["article_id"],
        (row["sentence"] or 0) + 1,
        row["publisher"] or "",
        row["location_name"] if feature in CITY_FEATURES else "",
        "",
        row["admin1"] or "",
        country_name(row["location_country"]),
        row["lat"],
        row["lon"],
    ]


def _plover_actor(row: dict[str, Any], side: str, prefix: str) -> dict[str, Any]:
    return {
        side: row[f"{prefix}_text"] or row[f"{prefix}_name"],
        f"{side}_code": row[f"{prefix}_code"],
        f"{side}_name": row[f"{prefix}_name"],
        f"{side}_country": row[f"{prefix}_country"],
        f"{side}_sectors": list(row[f"{prefix}_sectors"] or []),
    }


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One flat event (exports.query) as a PLOVER event record."""
    day = row["date"] or row["pub_date"]
    location = None
    if row["location_name"] or row["location_country"]:
        location = {
            "name": row["location_name"],
            "country": row["location_country"],
            "admin1": row["admin1"],
            "feature": row["location_feature"],
            "lat": row["lat"],
            "lon": row["lon"],
            "geonameid": row["geonameid"],
        }
    return {
        "id": row["event_id"],
        "date": day.isoformat() if day else None,
        "date_precision": row["date_precision"],
        "event": row["plover_type"],
        "mode": row["plover_mode"],
        "context": list(row["plover_context"] or []),
        **_plover_actor(row, "actor1", "source"),
        **_plover_actor(row, "actor2", "target"),
        "location": location,
        "text": (row["evidence"] or "").strip() or None,
        "negated": bool(row["negated"]),
        "future": bool(row["future"]),
        "hypothetical": bool(row["hypothetical"]),
        "anonymous_source": bool(row["anonymous"]),
        "attribution": row["attribution_text"],
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "story_id": row["article_id"],
        "sentence": row["sentence"],
        "publisher": row["publisher"],
        "url": row["url"],
        "num_articles": row["num_articles"],
        "num_sources": row["num_sources"],
        "version": PLOVER_VERSION,
    }
