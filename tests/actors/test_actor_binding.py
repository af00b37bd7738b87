"""Pronouns inside their own clause: an object pronoun is never its clause's subject, said or
understood; a reflexive is that subject."""

from __future__ import annotations

from actor_helpers import actor_at

import facta


def test_object_pronoun_after_a_purpose_infinitive_is_the_other_person() -> None:
    events = facta.code_text(
        "The Argentine president called his Brazilian counterpart to congratulate him.",
        date="2023-11-20",
    )
    targets = {event.target.text: event.target.code for event in events if event.target}
    assert targets.get("him") == "BRAGOV"
    assert all(event.source.code == "ARGGOV" for event in events if event.source)


def test_object_pronoun_skips_the_subject_of_a_coordinated_verb(analyse) -> None:
    analysis = analyse("President Ana Costa met Foreign Minister Pedro Ruiz and thanked him.")
    assert actor_at(analysis, "him").entity == actor_at(analysis, "Pedro Ruiz").entity


def test_object_pronoun_in_the_next_sentence_skips_its_subject(analyse) -> None:
    analysis = analyse(
        "Kenyan President Daniel Mwangi met Chancellor Anna Berg on Monday. "
        "He thanked her for the visit."
    )
    assert actor_at(analysis, "He").entity == actor_at(analysis, "Daniel Mwangi").entity
    assert actor_at(analysis, "her").entity == actor_at(analysis, "Anna Berg").entity


def test_object_control_verb_makes_its_object_the_understood_subject(analyse) -> None:
    analysis = analyse("President Ana Costa asked Minister Pedro Ruiz to call him.")
    assert actor_at(analysis, "him").entity == actor_at(analysis, "Ana Costa").entity


def test_reflexive_is_the_subject_or_the_controlled_object(analyse) -> None:
    analysis = analyse("The Kenyan president asked the Ugandan minister to defend himself.")
    assert actor_at(analysis, "himself").code == "UGAGOV"
    analysis = analyse("President Ana Costa of Peru praised herself.")
    assert actor_at(analysis, "herself").entity == actor_at(analysis, "Ana Costa").entity


def test_plural_object_pronoun_skips_the_subject_of_its_verb(analyse) -> None:
    analysis = analyse("Israeli troops detained Palestinian protesters and beat them.")
    assert actor_at(analysis, "them").code == "PSECVL"
    analysis = analyse("Iranian officials said American diplomats had insulted them.")
    assert actor_at(analysis, "them").code == "IRNGOV"


def test_an_object_pronoun_prefers_the_subject_over_a_prepositions_object(analyse) -> None:
    """ "Roe left after talks with Doe, while elders urged him": Roe, the one the sentence
    is about, not Doe, named only inside a prepositional phrase."""
    analysis = analyse(
        "Senator Ade Okafor left the hall after talks with President Jane Roe, "
        "while party elders urged him to quit the race."
    )
    assert actor_at(analysis, "him").sectors == ("LEG",)
    analysis = analyse("Governor Ade Okafor called his Ghanaian counterpart to congratulate him.")
    assert actor_at(analysis, "him").code == "GHAGOV"
