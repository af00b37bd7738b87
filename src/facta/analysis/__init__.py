"""Analysis over a store as pandas DataFrames: dyad series, top actors and dyads, network, plot.

Actor arguments match code prefixes: IRN matches IRN, IRNGOV, IRNMIL; IRNMIL only IRNMIL….
"""

from __future__ import annotations

from typing import Any

from facta.analysis.network import Network, NetworkError, network, to_json, write_graphml
from facta.analysis.plot import PlotError, plot_dyad
from facta.analysis.ranking import top_actors, top_dyads
from facta.analysis.series import dyad_series
from facta.exports.filters import actor_pattern
from facta.store import Store


def pledge_markers(store: Store, a: str, b: str) -> list[tuple[str, str]]:
    """(date, label) for each pledge one of the two actors made to the other, from the
    pledge ledger when facta.pledges is installed; else no markers."""
    try:
        from facta.pledges import ledger
    except ImportError:
        return []
    codes_a, codes_b = actor_pattern(a).split(","), actor_pattern(b).split(",")
    markers = []
    for pledge in ledger(store):
        actor = (pledge.get("actor") or {}).get("code") or ""
        recipient = (pledge.get("recipient") or {}).get("code") or ""
        if pledge.get("made") and any(
            actor.startswith(x) and recipient.startswith(y)
            for one, other in ((codes_a, codes_b), (codes_b, codes_a))
            for x in one
            for y in other
        ):
            markers.append((pledge["made"], _label(pledge, actor)))
    return markers


def _label(pledge: dict[str, Any], actor: str) -> str:
    promised = (pledge.get("promised") or {}).get("text") or ""
    text = " ".join(f"{actor} {pledge.get('kind', 'pledge')}: {promised}".split())
    return text if len(text) <= 40 else text[:39] + "…"


__all__ = [
    "Network",
    "NetworkError",
    "PlotError",
    "dyad_series",
    "network",
    "plot_dyad",
    "pledge_markers",
    "to_json",
    "top_actors",
    "top_dyads",
    "write_graphml",
]
