"""Tests of facta.evaluate with hand-made predictions whose scores were worked out by hand,
and checks that the shipped gold files are well formed."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from facta.errors import InputError
from facta.evaluate import (
    actor_matches,
    distance_km,
    evaluate,
    evaluate_actors,
    evaluate_places,
    format_report,
    parse_actor_code,
    place_right,
)

GOLD_DIR = Path(__file__).resolve().parents[1] / "eval" / "gold"


def actor(code: str | None, country: str | None, *sectors: str) -> dict[str, Any]:
    return {"code": code, "country": country, "sectors": list(sectors)}


def event(source: dict | None, target: dict | None, cameo: str, **extra: Any) -> dict[str, Any]:
    return {"source": source, "target": target, "cameo": cameo, "root": cameo[:2], **extra}


NO_MODALITY = {"negated": False, "future": False, "hypothetical": False}

# Six sentences, six gold events, six predicted events. Worked out by hand:
# root level 5 matched, full code 4, source+target+root 3.
GOLD_EVENTS = [
    {
        "id": "t-1",
        "text": "Washington accused Tehran of arming militias.",
        "events": [
            {
                "source": "USAGOV",
                "target": "IRN",
                "cameo": "112",
                "modality": NO_MODALITY,
                "attribution": {"anonymous": True, "speaker": "USAGOV"},
                "promised": {"cameo": "07", "polarity": "stop"},
            }
        ],
    },
    {
        "id": "t-2",
        "text": "Russian and Ukrainian troops clashed near the border.",
        "events": [
            {"source": "RUS", "target": "UKR", "cameo": "190"},
            {"source": "UKR", "target": "RUS", "cameo": "19"},
        ],
    },
    {
        "id": "t-3",
        "text": "Iraqi officials accused Iran of meddling.",
        "events": [
            {
                "source": "IRQGOV",
                "target": "IRN",
                "cameo": "112",
                "attribution": {"anonymous": False, "speaker": "IRQGOV"},
            }
        ],
    },
    {"id": "t-4", "text": "The Bulldogs attacked the Crimson Tide all afternoon.", "events": []},
    {
        "id": "t-5",
        "text": "The UN will urge Ethiopia to pull back its troops.",
        "date": "2020-01-02",
        "events": [
            {
                "source": "IGOUNO",
                "target": "ETH",
                "cameo": "025",
                "modality": {"negated": False, "future": True, "hypothetical": False},
            }
        ],
    },
    {
        "id": "t-6",
        "text": "A suicide bomber struck a police station.",
        "events": [{"source": "REB", "target": "SOMCOP", "cameo": "180"}],
    },
]

PREDICTIONS = {
    "t-1": [
        event(
            actor("USAGOV", "USA", "GOV"),
            actor("IRN", "IRN"),
            "112",
            modality=NO_MODALITY,
            attribution={"speaker": actor("USAGOV", "USA", "GOV"), "anonymous": True},
            promised={"cameo": "072", "polarity": "stop"},
        )
    ],
    "t-2": [
        event(actor("RUSMIL", "RUS", "MIL"), actor("UKR", "UKR"), "193"),
        event(actor("RUS", "RUS"), actor("GEO", "GEO"), "190"),
    ],
    "t-3": [
        event(
            actor("IRQMIL", "IRQ", "MIL"),
            actor("IRN", "IRN"),
            "112",
            attribution={"speaker": None, "anonymous": False},
        )
    ],
    "t-4": [event(actor("CHN", "CHN"), actor("USA", "USA"), "111")],
    "t-5": [],
    "t-6": [event(actor("REB", None, "REB"), actor("SOMCOP", "SOM", "COP"), "180")],
}


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture
def event_result(tmp_path: Path) -> dict[str, Any]:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD_EVENTS)
    by_text = {item["text"]: PREDICTIONS[item["id"]] for item in GOLD_EVENTS}
    seen_dates: list[str | None] = []

    def coder(text: str, date: str | None) -> list[dict[str, Any]]:
        seen_dates.append(date)
        return by_text[text]

    result = evaluate(gold, coder)
    result["seen_dates"] = seen_dates
    return result


def test_overall_scores_at_three_levels(event_result: dict[str, Any]) -> None:
    overall = event_result["overall"]
    assert event_result["sentences"] == 6
    assert (overall["root"]["matched"], overall["root"]["predicted"], overall["root"]["gold"]) == (
        5,
        6,
        6,
    )
    assert overall["root"]["precision"] == pytest.approx(5 / 6, abs=1e-4)
    assert overall["root"]["f1"] == pytest.approx(5 / 6, abs=1e-4)
    assert overall["code"]["matched"] == 4
    assert overall["code"]["recall"] == pytest.approx(4 / 6, abs=1e-4)
    assert overall["dyad"]["matched"] == 3
    assert overall["dyad"]["f1"] == pytest.approx(0.5)


def test_full_code_is_judged_to_the_precision_of_the_gold(tmp_path: Path) -> None:
    gold = write_jsonl(
        tmp_path / "codes.jsonl",
        [
            {
                "id": "a",
                "text": "one",
                "events": [{"source": "IRN", "target": None, "cameo": "035"}],
            },
            {
                "id": "b",
                "text": "two",
                "events": [{"source": "IRN", "target": None, "cameo": "0356"}],
            },
            {
                "id": "c",
                "text": "three",
                "events": [{"source": "IRN", "target": None, "cameo": "19"}],
            },
        ],
    )
    predictions = {
        "one": [event(actor("IRN", "IRN"), None, "0356")],
        "two": [event(actor("IRN", "IRN"), None, "035")],
        "three": [event(actor("IRN", "IRN"), None, "193")],
    }
    result = evaluate(gold, lambda text, date: predictions[text])
    assert result["overall"]["root"]["matched"] == 3
    assert result["overall"]["code"]["matched"] == 1


def test_coder_receives_the_gold_date(event_result: dict[str, Any]) -> None:
    assert event_result["seen_dates"] == [None, None, None, None, "2020-01-02", None]


def test_per_root_rows_count_false_alarms_and_misses(event_result: dict[str, Any]) -> None:
    per_root = event_result["per_root"]
    assert set(per_root) == {"02", "11", "18", "19"}
    accuse = per_root["11"]
    assert (accuse["root"]["matched"], accuse["root"]["predicted"], accuse["root"]["gold"]) == (
        2,
        3,
        2,
    )
    assert accuse["root"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert accuse["dyad"]["matched"] == 1
    assert accuse["dyad"]["recall"] == pytest.approx(0.5)
    fight = per_root["19"]
    assert [fight[level]["matched"] for level in ("root", "code", "dyad")] == [2, 1, 1]
    assert per_root["02"]["root"] == {
        "matched": 0,
        "predicted": 0,
        "gold": 1,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }


def test_no_event_sentences_count_predictions_as_false_alarms(event_result: dict[str, Any]) -> None:
    assert event_result["no_event"] == {
        "sentences": 1,
        "with_predictions": 1,
        "predicted_events": 1,
    }


def test_modality_attribution_and_promises_count_unmatched_as_wrong(
    event_result: dict[str, Any],
) -> None:
    qualifiers = event_result["qualifiers"]
    assert (qualifiers["modality"]["correct"], qualifiers["modality"]["total"]) == (1, 2)
    assert (qualifiers["modality.future"]["correct"], qualifiers["modality.future"]["total"]) == (
        1,
        2,
    )
    assert qualifiers["attribution.anonymous"]["accuracy"] == 1.0
    assert (
        qualifiers["attribution.speaker"]["correct"],
        qualifiers["attribution.speaker"]["total"],
    ) == (1, 2)
    assert qualifiers["attribution"]["accuracy"] == 0.5
    assert qualifiers["promised"] == {"correct": 1, "total": 1, "accuracy": 1.0}


def test_sector_rule_of_the_contract() -> None:
    assert actor_matches(parse_actor_code("USA"), parse_actor_code("USAGOV"))
    assert actor_matches(parse_actor_code("USAGOV"), parse_actor_code("USAGOVMIL"))
    assert not actor_matches(parse_actor_code("USAMIL"), parse_actor_code("USAGOV"))
    assert not actor_matches(parse_actor_code("IRQ"), parse_actor_code("IRN"))
    assert actor_matches(None, None)
    assert actor_matches(None, parse_actor_code("REB"))
    assert not actor_matches(parse_actor_code("REB"), None)
    assert not actor_matches(parse_actor_code("REB"), parse_actor_code("SOMREB"))


def test_actor_codes_split_into_country_and_sectors() -> None:
    assert parse_actor_code("IRQLEG") == parse_actor_code("irqleg")
    assert parse_actor_code("IGOUNO").country == "IGOUNO"
    assert parse_actor_code("IGONATMIL").sectors == ("MIL",)
    assert parse_actor_code("REB").country is None
    assert parse_actor_code("KORCOPGOV").sectors == ("COP", "GOV")
    assert parse_actor_code(None) is None


def test_plover_types_scored_when_gold_gives_them(tmp_path: Path) -> None:
    gold = write_jsonl(
        tmp_path / "plover.jsonl",
        [
            {
                "id": "a",
                "text": "one",
                "events": [{"source": "USA", "target": "IRN", "cameo": "112", "plover": "ACCUSE"}],
            },
            {
                "id": "b",
                "text": "two",
                "events": [{"source": "KEN", "target": None, "cameo": "141", "plover": "PROTEST"}],
            },
        ],
    )
    predictions = {
        "one": [
            event(None, None, "112", plover={"type": "ACCUSE"}),
            event(None, None, "111", plover={"type": "ACCUSE"}),
        ],
        "two": [event(None, None, "100", plover={"type": "REQUEST"})],
    }
    plover = evaluate(gold, lambda text, date: predictions[text])["plover"]
    assert (plover["matched"], plover["predicted"], plover["gold"]) == (1, 3, 2)
    assert plover["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert plover["sentence_accuracy"] == {"correct": 0, "total": 2, "accuracy": 0.0}


def test_report_has_a_row_per_root(event_result: dict[str, Any]) -> None:
    report = format_report(event_result)
    rows = {
        line.split()[0] + (" " + line.split()[1] if line.startswith("root") else ""): line
        for line in report.splitlines()
        if line.startswith(("overall", "root "))
    }
    assert set(rows) == {"overall", "root 02", "root 11", "root 18", "root 19"}
    assert rows["overall"].split()[1:3] == ["6", "6"]
    assert "0.833" in rows["overall"] and "0.500" in rows["overall"]
    assert "with a predicted event: 1" in report


def test_actor_phrases_scored_by_country_and_first_sector(tmp_path: Path) -> None:
    gold = write_jsonl(
        tmp_path / "actors.jsonl",
        [
            {"text": "American warplanes", "code": "USAMIL", "country": "USA", "sectors": ["MIL"]},
            {"text": "the company", "code": None, "country": None, "sectors": []},
            {"text": "gunmen", "code": "REB", "country": None, "sectors": ["REB"]},
            {"text": "Washington", "code": "USA", "country": "USA", "sectors": []},
            {"text": "Iraqi lawmakers", "code": "IRQLEG", "country": "IRQ", "sectors": ["LEG"]},
        ],
    )
    answers = {
        "American warplanes": actor("USAMIL", "USA", "MIL"),
        "the company": actor("BUS", None, "BUS"),
        "gunmen": None,
        "Washington": actor("USAGOV", "USA", "GOV"),
        "Iraqi lawmakers": actor("IRQGOV", "IRQ", "GOV"),
    }
    result = evaluate_actors(gold, lambda text, date: answers[text])
    assert result["country"] == {"correct": 5, "total": 5, "accuracy": 1.0}
    assert result["country_sector"]["correct"] == 3
    assert result["exact"]["correct"] == 1
    assert result["per_sector"]["REB"] == {"total": 1, "errors": 1}
    assert result["per_sector"]["none"] == {"total": 1, "errors": 0}
    assert {error["text"] for error in result["errors"]} == {"gunmen", "Iraqi lawmakers"}
    assert "country_sector      3/5" in format_report(result)


def test_places_scored_by_distance_or_name(tmp_path: Path) -> None:
    gold = write_jsonl(
        tmp_path / "places.jsonl",
        [
            {
                "id": "p1",
                "text": "x",
                "place": "Basrah",
                "country": "IRQ",
                "name": "Basra",
                "feature": "city",
                "lat": 30.51,
                "lon": 47.81,
            },
            {
                "id": "p2",
                "text": "x",
                "place": "Lebanon",
                "country": "USA",
                "name": "Lebanon",
                "feature": "city",
                "lat": 40.34,
                "lon": -76.41,
                "dateline": "LEBANON, Pa.",
            },
            {
                "id": "p3",
                "text": "x",
                "place": "Tripoli",
                "country": "LBY",
                "name": "Tripoli",
                "feature": "city",
                "lat": 32.89,
                "lon": 13.19,
            },
            {
                "id": "p4",
                "text": "x",
                "place": "Mosul",
                "country": "IRQ",
                "name": "Mosul",
                "feature": "city",
                "lat": 36.34,
                "lon": 43.13,
            },
            {
                "id": "p5",
                "text": "x",
                "place": "Persian Gulf",
                "country": None,
                "name": "Persian Gulf",
                "feature": "water",
                "lat": 26.5,
                "lon": 52.0,
            },
        ],
    )
    answers = {
        "Basrah": {"country": "IRQ", "name": "Al Basrah", "lat": 30.50, "lon": 47.78},
        "Lebanon": {"country": "LBN", "name": "Lebanon", "lat": 33.9, "lon": 35.9},
        "Tripoli": {"country": "LBY", "name": "tripoli", "lat": None, "lon": None},
        "Mosul": {"country": "IRQ", "name": "Baghdad", "lat": 33.34, "lon": 44.40},
        "Persian Gulf": None,
    }
    datelines: list[str | None] = []

    def geocoder(text: str, place: str, dateline: str | None) -> dict[str, Any] | None:
        datelines.append(dateline)
        return answers[place]

    result = evaluate_places(gold, geocoder)
    assert datelines[1] == "LEBANON, Pa."
    assert result["country"]["correct"] == 4
    assert result["place"]["correct"] == 2
    assert result["per_feature"]["water"]["place"]["correct"] == 0
    assert result["per_feature"]["city"]["place"] == {"correct": 2, "total": 4, "accuracy": 0.5}
    assert [error["id"] for error in result["errors"]] == ["p2", "p4", "p5"]


def test_distance_baghdad_to_basra() -> None:
    assert 430 < distance_km(33.34, 44.40, 30.51, 47.81) < 470
    assert distance_km(10.0, 20.0, 10.0, 20.0) == 0.0


def test_unreadable_gold_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": "fine", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.jsonl:2"):
        evaluate(broken, lambda text, date: [])
    with pytest.raises(InputError, match="Cannot read"):
        evaluate(tmp_path / "missing.jsonl", lambda text, date: [])


# --- the shipped gold files --------------------------------------------------------------


def load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines()]


def test_event_gold_covers_every_root_in_both_halves() -> None:
    dev, test = load("events_dev.jsonl"), load("events_test.jsonl")
    assert len(dev) + len(test) >= 360
    assert not {item["id"] for item in dev} & {item["id"] for item in test}
    for half in (dev, test):
        roots = {event["cameo"][:2] for item in half for event in item["events"]}
        assert roots == {f"{root:02d}" for root in range(1, 21)}
    sentences_per_root = Counter(
        root for item in dev + test for root in {e["cameo"][:2] for e in item["events"]}
    )
    assert min(sentences_per_root.values()) >= 12
    assert sum(1 for item in dev + test if not item["events"]) >= 50


def test_every_gold_file_scores_against_an_empty_coder() -> None:
    result = evaluate(GOLD_DIR / "events_dev.jsonl", lambda text, date: [])
    assert result["overall"]["root"]["gold"] > 100
    assert result["overall"]["root"]["recall"] == 0.0
    actors = evaluate_actors(GOLD_DIR / "actor_phrases.jsonl", lambda text, date: None)
    assert actors["phrases"] >= 120
    unknown = sum(1 for item in load("actor_phrases.jsonl") if item["code"] is None)
    assert actors["country"]["correct"] == unknown + sum(
        1 for item in load("actor_phrases.jsonl") if item["code"] and item["country"] is None
    )
    places = evaluate_places(GOLD_DIR / "places.jsonl", lambda text, place, dateline: None)
    assert places["mentions"] >= 160
    assert places["place"]["correct"] == 0


def test_plover_only_and_unannotated_actors(tmp_path: Path) -> None:
    gold = write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            {"id": "a", "text": "one", "events": [{"source": "KEN", "plover": "PROTEST"}]},
            {"id": "b", "text": "two", "events": [{"cameo": "0411"}]},
        ],
    )
    predictions = {
        "one": [event(actor("KENCVL", "KEN", "CVL"), None, "141", plover={"type": "PROTEST"})],
        "two": [event(actor("CHN", "CHN"), actor("USA", "USA"), "0411")],
    }
    result = evaluate(gold, lambda text, date: predictions[text])
    assert result["plover_only_sentences"] == 1
    assert result["plover"]["matched"] == 1
    # Only sentence "two" counts at the CAMEO levels; its actors are not annotated.
    assert [result["overall"][level]["matched"] for level in ("root", "code", "dyad")] == [1, 1, 1]
    assert result["overall"]["root"]["predicted"] == 1
    assert "1 sentences have PLOVER gold only" in format_report(result)


def load_converter() -> Any:
    path = Path(__file__).resolve().parents[1] / "eval" / "convert_devsets.py"
    spec = importlib.util.spec_from_file_location("convert_devsets", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_devset_converter_maps_plover_labels_and_actors(tmp_path: Path) -> None:
    plover = write_jsonl(
        tmp_path / "plover.jsonl",
        [
            {
                "id": "P-1",
                "date": "2001-02-03",
                "event": "DEMAND",
                "text": "Chilean and Peruvian ministers demanded calm.",
                "source": [
                    {"actorText": "Chilean", "code": "CHL", "sector": "GOV"},
                    {"actorText": "Peruvian", "code": "PER", "sector": "GOV"},
                ],
                "target": "",
                "textInfo": {"markup": "(SRC/TAR: Chilean) and (SRC/TAR: Peruvian) ministers"},
            },
            {
                "id": "P-2",
                "event": "FIGHT",
                "text": "U.N. troops fought gunmen near Tokyo.",
                "source": [{"actorText": "U.N. troops", "code": "IGO", "sector": "MIL"}],
                "target": [{"actorText": "Tokyo", "code": "JAP", "sector": "JRNCIV"}],
            },
            {
                "id": "P-3",
                "event": "INVESTIGATE",
                "text": "A forum looked into it.",
                "source": [{"actorText": "a forum", "code": "NGO"}],
                "target": None,
            },
        ],
    )
    examples = write_jsonl(tmp_path / "cameo.jsonl", [{"code": "0411", "text": "They phoned."}])
    out = tmp_path / "out.jsonl"
    assert load_converter().main([str(plover), str(examples), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records[0]["date"] == "2001-02-03"
    assert records[0]["events"] == [
        {"source": "CHLGOV", "target": "PERGOV", "plover": "REQUEST"},
        {"source": "PERGOV", "target": "CHLGOV", "plover": "REQUEST"},
    ]
    assert records[1]["events"] == [
        {"source": "IGOUNO", "target": "JPNMEDCVL", "plover": "ASSAULT"}
    ]
    assert records[2]["events"] == [{"target": None, "plover": "ACCUSE"}]
    assert records[3] == {
        "id": "cameo-manual-0001",
        "text": "They phoned.",
        "events": [{"cameo": "0411"}],
    }


def test_place_names_fold_prefixes_accents_and_suffixes() -> None:
    anbar = {"country": "IRQ", "name": "Al Anbar", "lat": 33.0, "lon": 42.0}
    far_anbar = {"country": "IRQ", "name": "Anbar Province", "lat": 32.0, "lon": 43.5}
    assert place_right(anbar, far_anbar)
    assert not place_right(anbar, {**far_anbar, "country": "SYR"})
    dusseldorf = {"country": "DEU", "name": "Düsseldorf", "lat": 51.23, "lon": 6.78}
    assert place_right(
        dusseldorf, {"country": "DEU", "name": "Dusseldorf", "lat": None, "lon": None}
    )
    basra = {"country": "IRQ", "name": "Basra", "lat": 30.51, "lon": 47.81}
    assert not place_right(basra, {"country": "IRQ", "name": "Baghdad", "lat": 33.34, "lon": 44.4})


@pytest.fixture(scope="session")
def facta_answers() -> tuple[Any, Any]:
    """facta's own resolver and geocoder; loads the spaCy model once for the session."""
    from facta.evaluate import facta_geocoder, facta_resolver

    return facta_resolver(), facta_geocoder()


def test_facta_adapters_give_the_shapes_the_scorers_read(facta_answers: tuple[Any, Any]) -> None:
    resolver, geocoder = facta_answers
    found = resolver("Iraqi lawmakers", "2008-05-14")
    assert found is not None and found["country"] == "IRQ"
    assert resolver("the company", None) is None
    place = geocoder("Mortar rounds landed near a market in Baghdad.", "Baghdad", None)
    assert place is not None and place["country"] == "IRQ"
    assert distance_km(place["lat"], place["lon"], 33.34, 44.40) < 25
