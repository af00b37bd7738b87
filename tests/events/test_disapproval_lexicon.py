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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ruritanian senator cast doubt on the Bordurian minister's honesty.", "111"),
        ("The Ruritanian senator called out the Bordurian minister for his silence.", "111"),
        ("The Ruritanian senator lodged an objection with the Bordurian minister.", "114"),
        ("The Ruritanian senator tweeted that the Bordurian minister was a disgrace.", "111"),
        ("The Ruritanian senator lamented that the Bordurian minister had failed to act.", "111"),
        (
            "The Ruritanian senator contended that the Bordurian minister was behind the leak.",
            "112",
        ),
        ("The Ruritanian senator said the Bordurian minister was trying to scaremonger.", "111"),
        ("The Ruritanian senator said it was reckless behavior by the Bordurian minister.", "111"),
    ],
)
def test_more_ways_of_saying_criticism_and_blame(triples, text, expected):
    assert ("ROULEG", "BGRGOV", expected) in triples(text, ACTORS)


def test_tying_someone_to_an_attack_accuses_them(triples):
    actors = {"Ruritanian police": "ROUCOP", "Bordurian rebels": "BGRREB"}
    assert ("ROUCOP", "BGRREB", "112") in triples(
        "Ruritanian police linked Bordurian rebels to the bombing.", actors
    )
    assert ("ROUCOP", "BGRREB", "112") in triples(
        "Ruritanian police attributed the bombing to Bordurian rebels.", actors
    )


def test_coming_under_criticism_is_criticism_but_under_fire_from_rebels_is_fighting(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "the Bordurian senate": "BGRLEG"}
    text = "The Ruritanian minister came under criticism from the Bordurian senate."
    assert ("BGRLEG", "ROUGOV", "111") in triples(text, actors)
    actors = {"Ruritanian soldiers": "ROUMIL", "Bordurian rebels": "BGRREB"}
    text = "Ruritanian soldiers came under fire from Bordurian rebels."
    assert ("BGRREB", "ROUMIL", "190") in triples(text, actors)


def test_a_role_named_with_in_charge_of_is_no_accusation(triples):
    actors = {"The Ruritanian ministry": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian ministry, which is in charge of the border with Borduria, was silent."
    assert not {t for t in triples(text, actors) if t[2].startswith("11")}
    text = "The Ruritanian ministry's charges against Borduria were read out in the senate."
    assert ("ROUGOV", "BGR", "112") in triples(text, actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ruritanian senator was dismissive of the Bordurian minister's plan.", "111"),
        ("The Ruritanian senator singled out the Bordurian minister for criticism.", "111"),
        ("The Ruritanian senator voiced misgivings about the Bordurian minister.", "110"),
    ],
)
def test_adjectives_and_phrases_of_disapproval(triples, text, expected):
    assert ("ROULEG", "BGRGOV", expected) in triples(text, ACTORS)


def test_nouns_of_insult_complaint_and_legal_battle(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    assert ("ROU", "BGR", "111") in triples("Ruritania's insults against Borduria grew.", actors)
    assert ("ROU", "BGR", "114") in triples(
        "Ruritania's formal complaint to Borduria was delivered on Monday.", actors
    )
    assert ("ROU", "BGR", "115") in triples(
        "Ruritania's legal battle against Borduria dragged on.", actors
    )


def test_leveled_accusations_accuse_and_a_plain_conviction_finds_guilty(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    assert ("ROU", "BGR", "112") in triples(
        "Ruritania leveled accusations against Borduria over the dam.", actors
    )
    actors = {"A Ruritanian court": "ROUJUD", "two Bordurian pilots": "BGRMIL"}
    assert ("ROUJUD", "BGRMIL", "116") in triples(
        "A Ruritanian court convicted two Bordurian pilots of smuggling.", actors
    )


def test_an_attack_bearing_someones_hallmarks_blames_them(triples):
    actors = {"Ruritanian police": "ROUCOP", "Bordurian rebels": "BGRREB"}
    text = "Ruritanian police said the blast bore the hallmarks of Bordurian rebels."
    assert ("ROUCOP", "BGRREB", "112") in triples(text, actors)


def test_more_feelings_of_displeasure_are_disapproval(triples):
    actors = {"The Ruritanian senator": "ROULEG", "the Bordurian minister": "BGRGOV"}
    text = "The Ruritanian senator was baffled by the Bordurian minister's decision."
    assert ("ROULEG", "BGRGOV", "110") in triples(text, actors)
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    text = "The jokes told by Borduria irked Ruritania."
    assert ("ROU", "BGR", "110") in triples(text, actors)


def test_an_accusation_noun_targets_the_subject_of_its_that_clause(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR", "Kalmar": "KLM"}
    text = "Ruritania's accusation that Borduria had armed the rebels angered Kalmar."
    assert ("ROU", "BGR", "112") in triples(text, actors)


def test_a_rebuke_to_someone_is_aimed_at_them(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    text = "Ruritania issued a stinging rebuke to Borduria on Monday."
    assert ("ROU", "BGR", "111") in triples(text, actors)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania said the Bordurian statement was gross interference in its affairs.",
        "Ruritania said the Bordurian drills were an act of aggression.",
        "Ruritania said the Bordurian test was a clear violation of the treaty.",
    ],
)
def test_naming_a_deed_interference_aggression_or_a_violation_criticises(triples, text):
    actors = {"Ruritania": "ROU", "Bordurian": "BGR"}
    assert ("ROU", "BGR", "111") in triples(text, actors)
