"""Which actors stand for one another in the ledger: the same actor, the same state, or a
proxy tied to the pledger by the evidence sentence ("Iran-backed militias").
"""

from __future__ import annotations

from typing import Any

from facta.pledges.knowledge import Knowledge

Record = dict[str, Any]


def same_side(pledger: Record | None, other: Record | None, knowledge: Knowledge) -> str | None:
    """Why `other` acts for `pledger` ("same actor", "same state"), or None when it does not."""
    if not pledger or not other or not other.get("code"):
        return None
    if pledger.get("code") == other.get("code"):
        return f"same actor {other['code']}"
    country = pledger.get("country")
    if not country or country != other.get("country"):
        return None
    state = set(knowledge.cues["state_sectors"])
    if set(pledger.get("sectors") or ()) <= state and set(other.get("sectors") or ()) <= state:
        return f"same state {country} ({other['code']} for {pledger['code']})"
    return None


def names_of(actor: Record, knowledge: Knowledge) -> list[str]:
    """Every way a sentence may name the actor: its own words, its name, its country's names."""
    names = [actor.get("name") or "", actor.get("text") or ""]
    names.extend(knowledge.names.get(actor.get("country") or "", ()))
    return [n for n in names if n]


def tie(pledger: Record, event: Record, knowledge: Knowledge) -> str | None:
    """The tie phrase that makes the event's source act for the pledger, next to the source."""
    evidence = event.get("evidence") or {}
    text = evidence.get("text") or ""
    if not text or event.get("source") is None:
        return None
    pattern = knowledge.tie_pattern_for(names_of(pledger, knowledge), text)
    if pattern is None:
        return None
    span = evidence.get("source") or evidence.get("trigger")
    reach = int(knowledge.cues["tie_distance_chars"])
    for match in pattern.finditer(text):
        if span is None or (match.start() <= span[1] + reach and match.end() >= span[0] - reach):
            return match.group(0)
    return None
