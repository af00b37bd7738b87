"""Entries whose subject suffers the event: "came under fire from X"."""

import facta


def test_came_under_attack_codes_the_attacker_as_source_and_subject_as_target():
    (event,) = facta.code_text(
        "A Kenyan army convoy came under attack from al-Shabaab fighters near Mandera.",
        date="2025-03-04",
    )
    assert (event.cameo, event.source.code, event.target.code) == ("190", "SOMREB", "KENMIL")
    assert event.rule.startswith("verbs.tsv:come+under")
