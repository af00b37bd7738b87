"""Dyad series numbers on hand-made events, and the plot a user would open."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pandas as pd
import pytest

from facta.analysis import PlotError, dyad_series, plot_dyad
from facta.cli.main import main
from facta.exports import FilterError


def row(series: pd.DataFrame, period: str, source: str) -> pd.Series:
    match = series[(series["period"] == pd.Timestamp(period)) & (series["source"] == source)]
    assert len(match) == 1
    return match.iloc[0]


def test_weekly_series_counts_both_directions(store):
    series = dyad_series(store, "IRN", "USA", by="week")
    assert list(series["period"].dt.strftime("%Y-%m-%d").unique()) == ["2008-05-05", "2008-05-12"]
    accuse = row(series, "2008-05-05", "USA")  # USAGOV accuses IRNGOV (112: quad 3, -4)
    assert (accuse["target"], accuse["events"], accuse["verbal_conflict"]) == ("IRN", 1, 1)
    assert accuse["goldstein_sum"] == -4.0 and accuse["conflictual"] == 1
    quiet = row(series, "2008-05-05", "IRN")  # the negated attack is not counted
    assert quiet["events"] == 0 and pd.isna(quiet["goldstein_mean"])
    assert row(series, "2008-05-12", "IRN")["goldstein_sum"] == 2.5
    assert row(series, "2008-05-12", "USA")["verbal_cooperation"] == 1


def test_monthly_series_sums_and_averages(store):
    series = dyad_series(store, "USA", "IRN", by="month")
    us = row(series, "2008-05-01", "USA")
    assert (us["events"], us["cooperative"], us["conflictual"]) == (2, 1, 1)
    assert us["goldstein_sum"] == -1.0 and us["goldstein_mean"] == -0.5


def test_daily_series_fills_quiet_days_with_zeros(store):
    series = dyad_series(store, "IRN", "USA", by="day")
    assert len(series) == 2 * 10  # 6 to 15 May, two directions
    assert series["events"].sum() == 3


def test_include_adds_negated_and_future_events(store):
    series = dyad_series(store, "IRN", "USA", by="month", include=("negated", "future"))
    assert series["events"].sum() == 5


def test_full_code_narrows_the_dyad(store):
    assert dyad_series(store, "IRNMIL", "USA", by="week").empty
    assert dyad_series(store, "IRNMIL", "IRQ", by="week")["material_conflict"].sum() == 1


def test_comma_list_groups_actors_on_one_side(store):
    series = dyad_series(store, "IRNMIL,IGOUNO", "IRQ", by="month")
    forward = series[series["source"] == "IRNMIL,IGOUNO"].iloc[0]
    assert (forward["material_conflict"], forward["material_cooperation"]) == (1, 1)


def test_no_events_give_an_empty_typed_series(store, store_path, capsys):
    series = dyad_series(store, "CHN", "USA")
    assert series.empty and str(series["period"].dtype).startswith("datetime64")
    assert main(["dyad", "CHN", "USA", "--db", str(store_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_bad_period_is_refused(store):
    with pytest.raises(FilterError, match="day, week or month"):
        dyad_series(store, "IRN", "USA", by="year")


def test_plot_writes_real_png_and_svg(store, tmp_path):
    series = dyad_series(store, "IRN", "USA", by="day")
    png = plot_dyad(series, tmp_path / "dyad.png", pledges=[("2008-05-10", "IRN promise")])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    svg = plot_dyad(series, tmp_path / "dyad.svg")
    assert ElementTree.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_plot_refuses_other_suffixes_and_empty_series(store, tmp_path):
    with pytest.raises(PlotError, match=".png or .svg"):
        plot_dyad(dyad_series(store, "IRN", "USA"), tmp_path / "dyad.pdf")
    with pytest.raises(PlotError, match="no events"):
        plot_dyad(dyad_series(store, "CHN", "USA"), tmp_path / "dyad.png")


def test_cli_dyad_json_and_plot(store_path, tmp_path, capsys):
    plot = tmp_path / "d.png"
    code = main(
        [
            "dyad",
            "IRN",
            "USA",
            "--db",
            str(store_path),
            "--by",
            "month",
            "--json",
            "--plot",
            str(plot),
            "--mark",
            "2008-05-10:talks",
        ]
    )
    assert code == 0 and plot.exists()
    records = json.loads(capsys.readouterr().out)
    assert [(r["source"], r["events"]) for r in records] == [("IRN", 1), ("USA", 2)]
    assert records[0]["period"] == "2008-05-01"


def test_pledge_markers_are_dated_one_line_labels(store):
    from facta.analysis import pledge_markers

    markers = pledge_markers(store, "USA", "IRN")
    for when, label in markers:
        assert pd.Timestamp(when).year == 2008
        assert label == " ".join(label.split()) and len(label) <= 40
