"""Cooperative events (CAMEO 04, 05, 06): thanks, support won from others, apologies to no one
named, trips told after a copula, and what is not cooperation (trips at home, stances)."""

from __future__ import annotations


def test_being_grateful_to_someone_thanks_them(triples):
    text = '"Ruritania is deeply grateful to the people of Borduria for their help," he said.'
    assert ("ROU", "BGR", "051") in triples(
        text, {"Ruritania": "ROU", "the people of Borduria": "BGR"}
    )
