"""The workbench tells the same story as the command line: the dyad chart marks the pledges
`facta dyad --plot` marks, counts say which modalities they hold, the ledger shows who reports
each pledge and which are overdue, and the map draws only real points."""

from __future__ import annotations

import re
from pathlib import Path

from starlette.testclient import TestClient

from facta.analysis import pledge_markers
from facta.store import Store
from facta.web import charts


def test_dyad_page_marks_the_pledges_the_plot_marks(reader: TestClient, store_path: Path):
    with Store(store_path, read_only=True) as store:
        plotted = pledge_markers(store, "COD,CODGOV", "RWA")
    assert plotted
    reader.get("/pledges")  # the ledger is computed
    page = reader.get("/dyad?a=COD,CODGOV&b=RWA&by=day").text
    assert page.count('<g class="pledge">') == len(plotted)
    assert f"{len(plotted)} pledges marked" in page


def test_overview_and_events_say_all_versus_asserted(reader: TestClient):
    overview = reader.get("/").text
    assert re.search(r"<b>6</b><span>events in all modalities: <a[^>]*>5 asserted</a>", overview)
    assert "1 negated, future or hypothetical" in overview
    table = reader.get("/events").text
    assert "5 match" in table and "Asserted events only" in table
    assert "6 in all modalities" in table


def test_pledge_ledger_has_according_to_overdue_and_one_stop(reader: TestClient):
    bench = reader.app.state.bench
    records = bench.pledge_ledger(wait=30)
    assert records
    page = reader.get("/pledges").text
    assert "<th>According to</th>" in page and "the article itself" in page
    assert "Congo" in page  # the recipient's own words beside its code
    record = dict(records[0], overdue=True, deadline="2025-03-27")
    record["promised"] = dict(record["promised"], polarity="stop", text="stop arming groups")
    record["attribution"] = {"text": "a US official", "anonymous": True}
    bench._ledger = (bench.generation, [record])
    page = reader.get("/pledges").text
    assert "2025-03-27" in page and 'class="flag overdue"' in page
    assert "a US official (anonymous)" in page
    assert "stop arming groups" in page and "stop stop" not in page


def test_map_draws_points_only_and_lists_countries(reader: TestClient):
    page = reader.get("/map").text
    assert page.count('class="point"') == 3  # Goma, Sake, Kinshasa
    points = page[page.index('<svg class="map"') : page.index("</svg>")]
    assert "Rwanda" not in points.replace("Rwanda (capital", "")  # not a dot
    areas = page[page.index('<table class="areas">') :]
    assert "/events?place=Rwanda" in areas and "country" in areas


def test_world_view_is_whole_when_places_are_far_apart():
    far = [
        {"name": n, "country": c, "lat": lat, "lon": lon, "events": 2, "q1": 2, "q2": 0}
        | {"q3": 0, "q4": 0}
        for n, c, lat, lon in (("Washington", "USA", 38.9, -77.0), ("Goma", "COD", -1.7, 29.2))
    ]
    view = charts.map_view(far)
    assert (view.west, view.east) == (-180.0, 180.0)
    assert view.south <= -55 and view.north >= 80 and view.height < 520
    for capital in view.capitals:
        if capital["label"]:
            assert capital["x"] + 5 + len(capital["name"]) * 6.5 <= view.width
