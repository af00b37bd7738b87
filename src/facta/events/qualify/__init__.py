"""Event qualifiers: modality (negated, future, hypothetical), attribution and date of an event.

The event coder calls these once per event with the spaCy token of the event's predicate.
"""

from facta.events.qualify.attribution import find_attribution
from facta.events.qualify.dates import resolve_date
from facta.events.qualify.modality import assess_modality, states_a_condition

__all__ = ["assess_modality", "find_attribution", "resolve_date", "states_a_condition"]
