"""Analysis over a store as pandas DataFrames: dyad series, top actors and dyads, network, plot.

Actor arguments match code prefixes: IRN matches IRN, IRNGOV, IRNMIL; IRNMIL only IRNMIL….
"""

from __future__ import annotations

from typing import Any

from facta.analysis.network import Network, NetworkError, network, to_json, write_graphml
from facta.analysis.plot import PlotError, plot_dyad
from facta.analysis.ranking import top_actors, top_dyads
from facta.analysis.series import dyad_series
from facta.store import Store


def pledge_markers(store: Store, a: str, b: str) -> list[tuple[str, str]]:
    """(date, label) for each pledge one of the two actors made to the other, from the
    pledge ledger when facta.pledges is installed; else no markers."""
    try:
        from facta.pledges import between, ledger
    except ImportError:
        return []
    return [(pledge["made"], _label(pledge)) for pledge in between(ledger(store), a, b)]


def _label(pledge: dict[str, Any]) -> str:
    from facta.text import promised_words, shorten

    actor = (pledge.get("actor") or {}).get("code") or "?"
    return shorten(
        f"{actor} {pledge.get('kind', 'pledge')}: {promised_words(pledge['promised'])}", 40
    )


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
