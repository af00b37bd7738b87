"""Wire phrasings of public statements, appeals and intents (CAMEO 01, 02, 03) from the
codebook sweep of verbs.tsv: each test names the phrase class it covers."""

from __future__ import annotations

import pytest

ROU = {"The Ruritanian envoy": "ROUGOV"}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Ruritanian envoy declined to speculate on the motive.", "011"),
        ("The Ruritanian envoy played down hopes of an early deal.", "012"),
        ("The Ruritanian envoy has tempered expectations for the summit.", "012"),
        ("The Ruritanian envoy warned of a looming water shortage.", "012"),
        ("The Ruritanian envoy painted a grim picture of the harvest.", "012"),
        ("The Ruritanian envoy expressed unease about the tariff plan.", "012"),
        ("The Ruritanian envoy downplayed worries about the currency.", "013"),
        ("The Ruritanian envoy struck an upbeat note on the talks.", "013"),
        ("The Ruritanian envoy painted a rosy picture of the economy.", "013"),
        ("The Ruritanian envoy was bullish about the harvest.", "013"),
        ("The Ruritanian envoy is studying a proposal to build a second bridge.", "014"),
        ("The Ruritanian envoy is open to the idea of a joint patrol.", "014"),
        ("The Ruritanian envoy is considering an appeal against the ruling.", "014"),
        ("The Ruritanian envoy owned up to the blunder.", "015"),
        ("The Ruritanian envoy shouldered the blame for the delays.", "015"),
        ("The Ruritanian envoy brushed off accusations of bias.", "016"),
        ("The Ruritanian envoy maintained his innocence.", "016"),
        ("The Ruritanian envoy sounded a cautious note on the harvest.", "012"),
        ("The Ruritanian envoy expressed faith in the ceasefire.", "013"),
        ("The Ruritanian envoy admitted liability for the derailment.", "015"),
        ("The Ruritanian envoy counselled patience.", "020"),
        ("The Ruritanian envoy announced a new road safety programme.", "010"),
        ("The Ruritanian envoy declared victory in the regional vote.", "010"),
    ],
)
def test_comment_phrases_without_an_addressee(triples, text, cameo):
    assert triples(text, ROU) == {("ROUGOV", None, cameo)}, text


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Ruritanian envoy noted progress in the talks with Borduria.", "013"),
        ("The Ruritanian envoy stood in solidarity with Borduria.", "018"),
        ("The Ruritanian envoy empathized with Borduria.", "018"),
        ("The Ruritanian envoy expressed agreement with Borduria.", "019"),
        ("The Ruritanian envoy courted investment from Borduria.", "0211"),
        ("The Ruritanian envoy courted support from Borduria.", "022"),
        ("The Ruritanian envoy accepted an invitation from Borduria.", "036"),
        ("The Ruritanian envoy is open to talks with Borduria.", "036"),
        ("The Ruritanian envoy is ready for talks with Borduria.", "036"),
        ("The Ruritanian envoy offered his good offices to Borduria.", "039"),
        ("The Ruritanian envoy sought the approval of Borduria for the treaty.", "022"),
        ("The Ruritanian envoy extended an olive branch to Borduria.", "030"),
    ],
)
def test_phrases_that_name_whom_they_concern(triples, text, cameo):
    actors = {**ROU, "Borduria": "BGR"}
    assert triples(text, actors) == {("ROUGOV", "BGR", cameo)}, text


def test_looking_forward_to_a_meeting_is_an_intent_to_meet(triples):
    actors = {**ROU, "the Bordurian premier": "BGRGOV"}
    text = "The Ruritanian envoy looks forward to meeting the Bordurian premier."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "036")}


def test_a_wish_to_meet_is_an_intent_to_meet(triples):
    actors = {**ROU, "the Bordurian premier": "BGRGOV"}
    text = "The Ruritanian envoy would like to meet the Bordurian premier."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "036")}


def test_determination_to_restore_ties_is_an_intent(triples):
    actors = {**ROU, "Borduria": "BGR"}
    text = "The Ruritanian envoy is determined to restore ties with Borduria."
    assert triples(text, actors) == {("ROUGOV", "BGR", "032")}


def test_a_recommendation_that_another_should_act_is_an_appeal(triples):
    actors = {**ROU, "Borduria": "BGR"}
    text = "The Ruritanian envoy recommended that Borduria should reopen the border crossing."
    assert triples(text, actors) == {("ROUGOV", "BGR", "0251")}


def test_a_guilty_plea_acknowledges_the_offence(triples):
    clerk = {"The Ruritanian clerk": "ROUGOV"}
    text = "The Ruritanian clerk's guilty plea to forgery surprised the court."
    assert triples(text, clerk) == {("ROUGOV", None, "015")}


def test_phrases_in_another_sense_are_no_statement(triples):
    actors = {**ROU, "Borduria": "BGR"}
    for text in (
        "The Ruritanian envoy spoke to reporters, declining to be named.",
        "The Ruritanian envoy disputed the claim of Borduria to the islands.",
        "The Ruritanian envoy was happy with the new office.",
    ):
        named = {phrase: code for phrase, code in actors.items() if phrase in text}
        assert not {t for t in triples(text, named) if t[2][:2] in ("01", "03")}, text


def test_agreeing_to_cooperate_is_an_intent_to_cooperate(triples):
    actors = {**ROU, "Borduria": "BGR"}
    assert triples("The Ruritanian envoy agreed to cooperate with Borduria.", actors) == {
        ("ROUGOV", "BGR", "030")
    }
    text = "The Ruritanian envoy agreed to hold joint naval drills with Borduria."
    assert "0312" in {cameo for _, _, cameo in triples(text, actors)}
    text = "The Ruritanian envoy agreed to release the Bordurian fishermen."
    fishermen = {**ROU, "the Bordurian fishermen": "BGRCVL"}
    assert triples(text, fishermen) == {("ROUGOV", "BGRCVL", "0841")}  # the act itself


def test_a_denial_in_a_relative_clause_is_made_by_its_subject(triples):
    actors = {"Borduria": "BGR", "the mayor": "ROUGOV", "the Ruritanian cabinet": "ROUGOV"}
    text = "Borduria accused the mayor of bribery, which the Ruritanian cabinet denies."
    assert {(s, c) for s, _, c in triples(text, actors)} == {("BGR", "112"), ("ROUGOV", "016")}


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian envoy said his ministry had nothing to do with the leak.",
        "The Ruritanian envoy said his ministry was not involved in the raid.",
        "The Ruritanian envoy insisted his ministry played no role in the attack.",
        "The Ruritanian envoy said his ministry was not responsible for it.",
    ],
)
def test_a_part_in_a_deed_said_not_to_be_taken_is_a_denial(triples, text):
    assert ("ROUGOV", None, "016") in triples(text, ROU), text


def test_a_part_denied_in_no_deed_is_no_denial(triples):
    text = "The Ruritanian envoy said his ministry had nothing to do with the newspaper."
    assert not {t for t in triples(text, ROU) if t[2] == "016"}


def test_a_statement_is_coded_by_what_its_participle_says(triples):
    actors = {"The Ruritanian army": "ROUMIL", "Borduria": "BGR"}
    text = "The Ruritanian army issued a statement condemning the raids by Borduria."
    assert triples(text, actors) == {("ROUMIL", "BGR", "111")}
    army = {"The Ruritanian army": "ROUMIL"}
    text = "The Ruritanian army released a statement denying any role in the blast."
    assert triples(text, army) == {("ROUMIL", None, "016")}
    text = "The Ruritanian army issued a statement on the floods."
    assert triples(text, army) == {("ROUMIL", None, "010")}  # no content told: the issuing
