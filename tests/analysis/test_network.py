"""Top actors, top dyads and the network, on hand-made events."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest

from facta.analysis import NetworkError, network, top_actors, top_dyads
from facta.cli.main import main
from facta.exports import EventFilter

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def test_top_actors_counts_both_roles(store):
    frame = top_actors(store, n=2)
    assert set(frame["actor"]) == {"IRNGOV", "USAGOV"}
    us = frame.set_index("actor").loc["USAGOV"]
    assert (us["events"], us["as_source"], us["as_target"]) == (3, 2, 1)


def test_top_actors_by_country_folds_sectors(store):
    frame = top_actors(store, n=None, level="country").set_index("actor")
    assert frame.loc["IRN", "events"] == 4  # IRNMIL once, IRNGOV three times
    assert frame.loc["IGOUNO", "events"] == 1 and frame.loc["REB", "events"] == 1


def test_top_dyads_directed_and_undirected(store):
    directed = top_dyads(store, n=None, level="country")
    pairs = {(r.source, r.target): r.events for r in directed.itertuples()}
    assert pairs[("USA", "IRN")] == 2 and pairs[("IRN", "USA")] == 1
    undirected = top_dyads(store, n=1, level="country", directed=False)
    assert undirected.iloc[0][["source", "target", "events"]].tolist() == ["IRN", "USA", 3]


def test_filters_apply_to_rankings(store):
    frame = top_actors(store, filters=EventFilter(quad_class=4))
    assert set(frame["actor"]) == {"IRNMIL", "IRQ", "REB", "IRQCVL"}


def test_graphml_parses_with_weights(store, tmp_path):
    path = tmp_path / "net.graphml"
    network(store).write(path)
    root = ElementTree.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{GRAPHML}key")}
    nodes = {n.get("id") for n in root.iter(f"{GRAPHML}node")}
    assert {"IRN", "USA", "IRQ", "IGOUNO", "REB"} <= nodes
    edges = {
        (e.get("source"), e.get("target")): {keys[d.get("key")]: d.text for d in e}
        for e in root.iter(f"{GRAPHML}edge")
    }
    assert edges[("USA", "IRN")]["events"] == "2"
    assert float(edges[("USA", "IRN")]["goldstein_sum"]) == -1.0


def test_json_network_and_cli(store_path, tmp_path, capsys):
    assert main(["network", "--db", str(store_path), "--level", "code"]) == 0
    graph = json.loads(capsys.readouterr().out)
    assert {"IRNMIL", "IRNGOV"} <= {node["id"] for node in graph["nodes"]}
    assert all({"source", "target", "events"} <= set(link) for link in graph["links"])
    out = tmp_path / "net.json"
    assert main(["network", "--db", str(store_path), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["nodes"]


def test_network_file_type_is_checked(store, tmp_path):
    with pytest.raises(NetworkError, match=".graphml or .json"):
        network(store).write(tmp_path / "net.gexf")


def test_cli_top_json(store_path, capsys):
    assert (
        main(
            [
                "top",
                "dyads",
                "--db",
                str(store_path),
                "--level",
                "country",
                "--json",
                "-n",
                "1",
                "--undirected",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)[0]["events"] == 3
