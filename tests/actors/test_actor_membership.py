"""A relative clause that places a person in a body gives the person the body's role
(membership.tsv)."""

from __future__ import annotations

from actor_helpers import actor_at


def test_a_person_who_sits_on_or_works_for_a_body_takes_its_role(analyse) -> None:
    analysis = analyse(
        "A woman who sits on Peru's constitutional court criticized the mining law on "
        "Monday. A teacher who works for the Peruvian interior ministry denied the report."
    )
    assert actor_at(analysis, "woman").code == "PERJUD"
    assert actor_at(analysis, "teacher").code == "PERGOV"


def test_a_relative_clause_of_another_verb_gives_no_role(analyse) -> None:
    analysis = analyse("A Peruvian woman who spoke to the constitutional court was injured.")
    assert actor_at(analysis, "woman").code == "PERCVL"
