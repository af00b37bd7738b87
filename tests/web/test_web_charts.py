"""Chart geometry and article highlighting, checked on small real inputs."""

from __future__ import annotations

from datetime import date

from facta.web import charts, highlight, queries


def test_axis_ticks_are_whole_numbers_covering_the_peak() -> None:
    assert charts.axis(1) == (1, [0, 1])
    top, ticks = charts.axis(37)
    assert top >= 37 and all(float(t).is_integer() for t in ticks) and ticks[-1] == top


def test_stacked_bars_stay_inside_the_plot() -> None:
    rows = [
        {"period": date(2025, 3, d), "q1": d % 3, "q2": 1, "q3": 0, "q4": d % 2}
        for d in range(1, 11)
    ]
    chart = charts.stacked_quads(rows, "day")
    assert len(chart.bars) == sum(1 for r in rows for q in (1, 2, 3, 4) if r[f"q{q}"])
    assert all(bar["y"] >= 0 and bar["y"] + bar["h"] <= chart.zero + 0.01 for bar in chart.bars)


def test_dyad_markers_fall_on_their_date() -> None:
    rows = [
        {"period": date(2025, 3, 3 + 7 * i), "q1": 1, "q2": 0, "q3": 1, "q4": 0} for i in range(4)
    ]
    chart = charts.dyad_chart(
        rows, [("2025-03-03", "first"), ("2025-03-27", "late"), ("2026-01-01", "outside")], "week"
    )
    assert [m["label"] for m in chart.markers] == ["first", "late"]
    assert chart.markers[0]["x"] < chart.markers[1]["x"]
    assert all(bar["y"] + bar["h"] <= chart.zero + 0.01 for bar in chart.bars if bar["quad"] <= 2)
    assert all(bar["y"] >= chart.zero - 0.01 for bar in chart.bars if bar["quad"] >= 3)


def test_map_frames_the_points_and_keeps_labels_apart() -> None:
    points = [
        {
            "name": name,
            "country": "COD",
            "lat": lat,
            "lon": lon,
            "events": n,
            "q1": n,
            "q2": 0,
            "q3": 0,
            "q4": 1,
        }
        for name, lat, lon, n in (
            ("Goma", -1.68, 29.23, 9),
            ("Sake", -1.57, 29.04, 3),
            ("Kinshasa", -4.32, 15.31, 5),
        )
    ]
    view = charts.map_view(points)
    for point in view.points:
        assert 0 < point["x"] < view.width and 0 < point["y"] < view.height
    goma, sake = view.points[0], view.points[1]
    assert goma["r"] > sake["r"] and goma["label"] and not sake["label"]  # too close to Goma
    assert any(c["name"] == "Kinshasa" for c in view.capitals)


def test_highlight_pieces_spell_the_text_exactly() -> None:
    text = "GOMA - Rebels attacked the army near Sake.\n\nTalks began in Nairobi."
    sentence = "Rebels attacked the army near Sake."
    events = [
        {
            "cameo": "190",
            "plover": {"type": "ASSAULT"},
            "source": {"code": "CODREB"},
            "target": {"code": "CODMIL"},
            "evidence": {
                "text": sentence,
                "trigger": [7, 15],
                "source": [0, 6],
                "target": [16, 24],
            },
        }
    ]
    places = [
        {
            "start_char": text.index("Sake"),
            "end_char": text.index("Sake") + 4,
            "name": "Sake",
            "country": "COD",
        },
        {"start_char": 10, "end_char": 14, "name": "overlaps the actor", "country": None},
    ]
    pieces = highlight.pieces(text, events, places)
    assert "".join(p.text for p in pieces) == text
    marked = [(p.text, p.kind) for p in pieces if p.kind]
    assert marked == [
        ("Rebels", "actor"),
        ("attacked", "trigger"),
        ("the army", "actor"),
        ("Sake", "place"),
    ]


def test_quiet_periods_are_filled_with_zeros() -> None:
    rows = [
        {"period": date(2025, 1, 1), "q1": 1, "q2": 0, "q3": 0, "q4": 0},
        {"period": date(2025, 4, 1), "q1": 0, "q2": 0, "q3": 2, "q4": 0},
    ]
    months = queries.zero_filled(rows, "month")
    assert [r["period"].month for r in months] == [1, 2, 3, 4]
    assert months[1]["q1"] == 0 and months[3]["q3"] == 2
    weeks = queries.zero_filled(
        [dict(rows[0], period=date(2025, 12, 29)), dict(rows[1], period=date(2026, 1, 12))], "week"
    )
    assert len(weeks) == 3
