"""`plot_dyad`: a dyad series as a PNG or SVG chart, cooperation above zero, conflict below.

Stacked bars count events of both directions; lines give each direction's mean Goldstein
value on a second axis; dashed vertical lines mark pledges when given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from facta.errors import FactaError

BAR_DAYS = {"day": 0.8, "week": 5.5, "month": 24.0}
STACKS = (  # column, label, colour, sign
    ("material_cooperation", "material cooperation", "#1b7837", 1),
    ("verbal_cooperation", "verbal cooperation", "#a6dba0", 1),
    ("verbal_conflict", "verbal conflict", "#f4a582", -1),
    ("material_conflict", "material conflict", "#b2182b", -1),
)
LINE_STYLES = ("#2c3e50", "#8e44ad")
Pledge = tuple[date | datetime | str, str]


class PlotError(FactaError):
    """The chart cannot be drawn or written."""


def _stacked_bars(axes: Axes, series: pd.DataFrame, width: float) -> None:
    totals = series.groupby("period")[[column for column, *_ in STACKS]].sum()
    up = down = pd.Series(0, index=totals.index)
    for column, label, colour, sign in STACKS:
        values = totals[column] * sign
        bottom = up if sign > 0 else down
        axes.bar(
            totals.index,
            values,
            width=width,
            bottom=bottom,
            color=colour,
            label=label,
            edgecolor="white",
            linewidth=0.4,
            align="edge",
        )  # a bar covers its period
        if sign > 0:
            up = up + values
        else:
            down = down + values
    axes.axhline(0, color="black", linewidth=0.8)
    axes.set_ylabel("events (cooperation up, conflict down)")
    limit = max(1, int(max(up.max(), -down.min())))
    axes.set_ylim(-limit * 1.15, limit * 1.15)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))


def _goldstein_lines(axes: Axes, series: pd.DataFrame, width: float) -> list[Line2D]:
    lines = []
    for colour, ((source, target), part) in zip(
        LINE_STYLES, series.groupby(["source", "target"], sort=False), strict=False
    ):
        part = part.dropna(subset=["goldstein_mean"])
        middle = part["period"] + pd.Timedelta(days=width / 2)
        (line,) = axes.plot(
            middle,
            part["goldstein_mean"],
            marker="o",
            markersize=4,
            color=colour,
            linewidth=1.5,
            label=f"mean Goldstein {source}→{target}",
        )
        lines.append(line)
    axes.set_ylim(-10.5, 10.5)
    axes.set_ylabel("mean Goldstein value")
    return lines


def _pledge_marks(axes: Axes, pledges: Sequence[Pledge]) -> None:
    for when, label in pledges:
        moment = pd.Timestamp(when)
        axes.axvline(moment, color="#555555", linestyle="--", linewidth=1)
        axes.annotate(
            label,
            xy=(moment, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -4),
            textcoords="offset points",
            rotation=90,
            va="top",
            fontsize=7,
            color="#333333",
        )


def plot_dyad(
    series: pd.DataFrame, path: str | Path, pledges: Sequence[Pledge] | None = None
) -> Path:
    """Draw `dyad_series(...)` to `path` (.png or .svg); pledges: (date, label) pairs."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise PlotError(f"{path}: the plot file must end in .png or .svg.")
    if series.empty:
        raise PlotError("no events between these actors to plot; check the codes or filters.")
    a, b = series.attrs.get("dyad", (series["source"].iloc[0], series["target"].iloc[0]))
    by = series.attrs.get("by", "week")
    figure = Figure(figsize=(11, 5.5), layout="constrained")  # no pyplot: no global state
    bars = figure.add_subplot()
    try:
        width = BAR_DAYS.get(by, 5.5)
        _stacked_bars(bars, series, width)
        lines = _goldstein_lines(bars.twinx(), series, width)
        _pledge_marks(bars, pledges or ())
        bars.xaxis.set_major_locator(mdates.AutoDateLocator())
        bars.xaxis.set_major_formatter(mdates.ConciseDateFormatter(bars.xaxis.get_major_locator()))
        handles, labels = bars.get_legend_handles_labels()
        figure.legend(
            handles + lines,
            labels + [line.get_label() for line in lines],
            loc="outside lower center",
            fontsize=8,
            ncols=3,
            frameon=False,
        )
        bars.set_title(f"{a} ↔ {b}: events per {by}, both directions")
        bars.grid(axis="y", alpha=0.3)
        figure.savefig(path, dpi=120)
    except OSError as error:
        raise PlotError(f"{path}: cannot write the plot ({error.strerror}).") from None
    return path
