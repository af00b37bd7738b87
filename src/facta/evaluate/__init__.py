"""Scoring facta against hand-written gold: events (CAMEO, PLOVER, modality, attribution),
actor phrases and place mentions. The library behind `facta eval`; see eval/gold/README.md.

Callables scored here:
- coder(text, date) -> list of event records in the CONTRACT shape (dicts with "cameo",
  "root", "source"/"target" as {"code", "country", "sectors"} or None, optional "plover",
  "modality", "attribution", "promised");
- resolver(text, date) -> {"code", "country", "sectors", ...} or None (unknown actor);
- geocoder(text, place_as_written, dateline) -> {"country", "name", "lat", "lon",
  "feature", ...} or None (not resolved).

The scorers live in evaluate/events.py, actors.py and places.py, what they share in
records.py, the text tables in report.py; every public name is importable from here.
"""

from facta.evaluate.actors import (
    Resolver,
    code_of,
    evaluate_actors,
    facta_resolver,
    gold_country,
)
from facta.evaluate.events import (
    MODALITY_FLAGS,
    Coder,
    QualifierTally,
    attribution_of,
    evaluate,
    facta_coder,
    modality_of,
    plover_scores,
    plover_type,
    promised_of,
    score_level,
    score_plover,
    tally_roots,
)
from facta.evaluate.places import (
    NAME_PREFIXES,
    NAME_SUFFIXES,
    PLACE_TOLERANCE_KM,
    Geocoder,
    distance_km,
    evaluate_places,
    facta_geocoder,
    name_key,
    place_right,
)
from facta.evaluate.records import (
    LEVELS,
    ActorKey,
    ScoredEvent,
    Tally,
    actor_matches,
    gold_event,
    level_matches,
    maximum_matching,
    normalise_code,
    paired_events,
    parse_actor_code,
    predicted_actor,
    predicted_event,
    ratio,
    read_jsonl,
)
from facta.evaluate.report import (
    actor_report,
    event_report,
    format_report,
    level_table,
    place_report,
    score_cells,
)

__all__ = [
    "ActorKey",
    "Coder",
    "Geocoder",
    "LEVELS",
    "MODALITY_FLAGS",
    "NAME_PREFIXES",
    "NAME_SUFFIXES",
    "PLACE_TOLERANCE_KM",
    "QualifierTally",
    "Resolver",
    "ScoredEvent",
    "Tally",
    "actor_matches",
    "actor_report",
    "attribution_of",
    "code_of",
    "distance_km",
    "evaluate",
    "evaluate_actors",
    "evaluate_places",
    "event_report",
    "facta_coder",
    "facta_geocoder",
    "facta_resolver",
    "format_report",
    "gold_country",
    "gold_event",
    "level_matches",
    "level_table",
    "maximum_matching",
    "modality_of",
    "name_key",
    "normalise_code",
    "paired_events",
    "parse_actor_code",
    "place_report",
    "place_right",
    "plover_scores",
    "plover_type",
    "predicted_actor",
    "predicted_event",
    "promised_of",
    "ratio",
    "read_jsonl",
    "score_cells",
    "score_level",
    "score_plover",
    "tally_roots",
]
