"""Tie phrases: the ledger finds them by their fixed words and then the pledger's names; it must
find exactly what one pattern of every phrase and name finds, phrase and place alike."""

from __future__ import annotations

import pytest
from pledge_fixtures import MILITIAS, US_MIL, make_event
from test_pledge_ledger import STOP_ATTACKS, only

from facta.pledges.knowledge import load_knowledge

NAMES = ["Iran", "Iranian", "the Iranian government", "IR"]
SENTENCES = [
    "Iran-backed militias attacked a US base outside Baghdad.",
    "Militias loyal to IRAN shelled the airport.",
    "Gunmen backed by the Iranian government fired rockets.",
    "Militias attacked a US base, and Iran-funded newspapers cheered the raid.",
    "Fighters allied with Iranians and Iraqi militias backed by Iran moved north.",
    "Militias attacked a US base outside Baghdad.",
    "Iran's proxies and Iran’s proxies struck twice; IR-backed units too.",
    "Miran-backed and Iranian-trained men, supplied by Iran.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_names_near_fixed_words_find_what_the_whole_pattern_finds(text):
    knowledge = load_knowledge()
    whole = knowledge.tie_pattern(NAMES)
    expected = [(m.start(), m.group(0)) for m in whole.finditer(text)]
    narrowed = knowledge.tie_pattern_for(NAMES, text)
    found = [(m.start(), m.group(0)) for m in narrowed.finditer(text)] if narrowed else []
    assert found == expected
    assert knowledge.has_tie(NAMES, text) == bool(expected)


def test_a_tie_phrase_before_the_group_counts_against_the_pledger(build_store):
    text = "Militias loyal to Iran attacked a US base outside Baghdad."
    tied = make_event(
        "tied", "2008-05-01", "190", MILITIAS, US_MIL, text, words=("Militias", "attacked")
    )
    record = only(build_store(STOP_ATTACKS, tied))
    assert record["status"] == "broken"
    assert 'by "loyal to Iran"' in record["evidence"][0]["why"]
