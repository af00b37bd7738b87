"""The actor network: actors as nodes, directed edges weighted by event count and Goldstein.

Written as GraphML (Gephi, Cytoscape, networkx, igraph read it) or as JSON nodes/links.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from facta.analysis.ranking import top_actors, top_dyads
from facta.errors import FactaError
from facta.exports.filters import EventFilter
from facta.store import Store

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


class NetworkError(FactaError):
    """The network cannot be written (unknown file type, unwritable path)."""


@dataclass(frozen=True)
class Network:
    nodes: (
        pd.DataFrame
    )  # actor, events, cooperative, conflictual, goldstein_*, as_source, as_target
    edges: pd.DataFrame  # source, target, events, cooperative, conflictual, goldstein_*

    def write(self, path: str | Path) -> None:
        """Write as GraphML (.graphml) or JSON (.json), chosen by the file's suffix."""
        suffix = Path(path).suffix.lower()
        if suffix not in (".graphml", ".json"):
            raise NetworkError(f"{path}: write the network to a .graphml or .json file.")
        try:
            if suffix == ".graphml":
                write_graphml(self, path)
            else:
                Path(path).write_text(json.dumps(to_json(self), indent=1), encoding="utf-8")
        except OSError as error:
            raise NetworkError(f"{path}: cannot write the network ({error.strerror}).") from None


def network(store: Store, filters: EventFilter | None = None, level: str = "country") -> Network:
    """Every actor and every directed pair the filtered events hold."""
    return Network(
        nodes=top_actors(store, None, filters, level),
        edges=top_dyads(store, None, filters, level, directed=True),
    )


def _plain(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


def to_json(graph: Network) -> dict[str, Any]:
    """{"nodes": [{"id": ..., ...}], "links": [{"source": ..., "target": ..., ...}]}."""
    nodes = [{"id": row.pop("actor"), **row} for row in graph.nodes.to_dict("records")]
    links = graph.edges.to_dict("records")
    return {
        "nodes": [{k: _plain(v) for k, v in node.items()} for node in nodes],
        "links": [{k: _plain(v) for k, v in link.items()} for link in links],
    }


def _graphml_type(series: pd.Series) -> str:
    if pd.api.types.is_integer_dtype(series):
        return "long"
    return "double" if pd.api.types.is_float_dtype(series) else "string"


def write_graphml(graph: Network, path: str | Path) -> None:
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    keys: dict[tuple[str, str], str] = {}
    for kind, frame, skip in (
        ("node", graph.nodes, {"actor"}),
        ("edge", graph.edges, {"source", "target"}),
    ):
        for column in frame.columns:
            if column in skip:
                continue
            key = f"{kind[0]}_{column}"
            keys[(kind, column)] = key
            ET.SubElement(
                root,
                f"{{{GRAPHML_NS}}}key",
                id=key,
                attrib={
                    "for": kind,
                    "attr.name": column,
                    "attr.type": _graphml_type(frame[column]),
                },
            )
    body = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", id="facta", edgedefault="directed")
    for record in graph.nodes.to_dict("records"):
        node = ET.SubElement(body, f"{{{GRAPHML_NS}}}node", id=str(record["actor"]))
        _data(node, record, keys, "node")
    for number, record in enumerate(graph.edges.to_dict("records")):
        edge = ET.SubElement(
            body,
            f"{{{GRAPHML_NS}}}edge",
            id=f"e{number}",
            source=str(record["source"]),
            target=str(record["target"]),
        )
        _data(edge, record, keys, "edge")
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _data(
    element: ET.Element, record: dict[str, Any], keys: dict[tuple[str, str], str], kind: str
) -> None:
    for column, value in record.items():
        key = keys.get((kind, column))
        value = _plain(value)
        if key and value is not None:
            ET.SubElement(element, f"{{{GRAPHML_NS}}}data", key=key).text = str(value)
