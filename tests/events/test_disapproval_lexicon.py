"""Breadth of the disapproval lexicon (CAMEO root 11): phrasal verbs, verb + noun phrases,
adjectives with a preposition and legal phrases, each pinned by its particle, preposition or
object so that the plain verb keeps its other senses."""

from __future__ import annotations

import pytest

ACTORS = {"The Ruritanian senator": "ROULEG", "the Bordurian minister": "BGRGOV"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ruritanian senator spoke out against the Bordurian minister.", "111"),
        ("The Ruritanian senator railed against the Bordurian minister.", "111"),
        ("The Ruritanian senator tore into the Bordurian minister over the canal.", "111"),
        ("The Ruritanian senator hit back at the Bordurian minister.", "111"),
        ("The Ruritanian senator took a swipe at the Bordurian minister.", "111"),
        ("The Ruritanian senator questioned the Bordurian minister's judgment.", "111"),
        ("The Ruritanian senator took issue with the Bordurian minister.", "110"),
        ("The Ruritanian senator took exception to the Bordurian minister's joke.", "110"),
        ("The Ruritanian senator was unhappy with the Bordurian minister.", "110"),
        ("The Ruritanian senator laid the blame on the Bordurian minister.", "112"),
        ("The Ruritanian senator sought an injunction against the Bordurian minister.", "115"),
        ("The Ruritanian senator took legal action against the Bordurian minister.", "115"),
        ("The Ruritanian senator pressed charges against the Bordurian minister.", "115"),
        ("The Ruritanian senator dragged the Bordurian minister to court.", "115"),
    ],
)
def test_phrasal_and_light_verb_forms_of_disapproval(triples, text, expected):
    assert ("ROULEG", "BGRGOV", expected) in triples(text, ACTORS)


def test_the_pinning_word_keeps_the_other_senses(triples):
    actors = {"Ruritanian troops": "ROUMIL", "the Bordurian rebels": "BGRREB"}
    found = triples("Ruritanian troops fired back at the Bordurian rebels.", actors)
    assert not {t for t in found if t[2].startswith("11")}
    found = triples("The Ruritanian senator took a swipe at the Bordurian minister.", ACTORS)
    assert "110" not in {cameo for _, _, cameo in found}  # not read as "take issue"


def test_accusations_of_kinds_of_wrongdoing_take_their_subcode(triples):
    actors = {"The Ruritanian ministry": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian ministry accused Borduria of nepotism."
    assert ("ROUGOV", "BGR", "1121") in triples(text, actors)
    text = "The Ruritanian ministry accused Borduria of hacking."
    assert ("ROUGOV", "BGR", "1125") in triples(text, actors)


def test_insulting_names_and_denied_fitness_are_criticism(triples):
    assert ("ROULEG", "BGRGOV", "111") in triples(
        "The Ruritanian senator called the Bordurian minister a coward.", ACTORS
    )
    assert ("ROULEG", "BGRGOV", "111") in triples(
        "The Ruritanian senator said the Bordurian minister was not qualified to lead.", ACTORS
    )


def test_nouns_of_discontent_and_of_suits(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    assert ("ROU", "BGR", "110") in triples("Ruritania's displeasure with Borduria grew.", actors)
    assert ("ROU", "BGR", "115") in triples(
        "Ruritania's class action against Borduria was heard on Monday.", actors
    )
