"""The town a story is set in, for an event placed only by a wider area: "in Florida" in a
story told from Orlando is in Orlando; a country fallback takes the story's main town there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from facta.analysis_state import Analysis
from facta.models import Place

AREA_FEATURES = frozenset({"country", "admin1", "admin2", "region"})
TOWN_FEATURES = frozenset({"city", "district", "site"})


def setting_town(analysis: Analysis, area: Place) -> Place | None:
    """The dateline's town when it lies in `area`, else the town in it the article names
    most (the first of those named as often); None when the article names none there."""
    if area.feature not in AREA_FEATURES or not area.country:
        return None
    dateline = analysis.dateline
    if dateline is not None and _within(dateline.place, area):
        return dateline.place
    towns = [m.place for m in analysis.places if _within(m.place, area)]
    counts = Counter((town.name, town.country) for town in towns)
    if not counts:
        return None
    most = max(counts.values())
    town = next(town for town in towns if counts[(town.name, town.country)] == most)
    return replace(town, text=None)


def _within(place: Place, area: Place) -> bool:
    if place.feature not in TOWN_FEATURES or place.country != area.country:
        return False
    return area.feature == "country" or (area.admin1 is not None and place.admin1 == area.admin1)
