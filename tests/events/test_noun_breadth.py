"""Event nouns across CAMEO roots: curbs, a clampdown, regret, gratitude, clemency or an
extradition named by a noun, with the possessor as its doer; light verbs that make an event
noun their subject's act (slapping curbs on someone)."""

from __future__ import annotations


def test_curbs_and_a_clampdown_on_someone(triples):
    text = "The Ruritanian junta's curbs on foreign reporters angered editors."
    actors = {"The Ruritanian junta": "ROUMIL", "foreign reporters": "MED"}
    assert any(s == "ROUMIL" and c == "172" for s, _, c in triples(text, actors))
    text = "The Ruritanian police's clampdown on street vendors drew complaints."
    actors = {"The Ruritanian police": "ROUCOP", "street vendors": "ROUCVL"}
    assert ("ROUCOP", "ROUCVL", "175") in triples(text, actors)


def test_clemency_and_an_extradition_by_their_givers(triples):
    text = "The Bordurian governor's clemency for the jailed Ruritanian poet surprised many."
    actors = {"The Bordurian governor": "BGRGOV", "the jailed Ruritanian poet": "ROUCVL"}
    assert any(s == "BGRGOV" and c == "0841" for s, _, c in triples(text, actors))
    text = "Borduria's extradition of the smuggler to Ruritania took a week."
    actors = {"Borduria": "BGR", "Ruritania": "ROU", "the smuggler": "CRM"}
    assert any(s == "BGR" and c == "174" for s, _, c in triples(text, actors))


def test_regret_and_gratitude_of_a_possessor(triples):
    text = "The Ruritanian admiral's regret over the collision with a Bordurian trawler was plain."
    actors = {"The Ruritanian admiral": "ROUMIL", "a Bordurian trawler": "BGRCVL"}
    assert any(s == "ROUMIL" and c == "055" for s, _, c in triples(text, actors))
    text = "The Ruritanian mayor's gratitude to the Bordurian firefighters was warm."
    actors = {"The Ruritanian mayor": "ROUGOV", "the Bordurian firefighters": "BGRGOV"}
    assert ("ROUGOV", "BGRGOV", "051") in triples(text, actors)


def test_light_verbs_make_the_noun_the_subjects_act(triples):
    text = "The Ruritanian junta slapped curbs on the Bordurian fishermen."
    actors = {"The Ruritanian junta": "ROUMIL", "the Bordurian fishermen": "BGRCVL"}
    assert any(s == "ROUMIL" and c == "172" for s, _, c in triples(text, actors))


def test_a_pledge_or_offer_of_something_promises_that_thing(triples):
    text = "The emirate's pledge of food aid to Ruritania was welcomed."
    actors = {"The emirate": "ARE", "Ruritania": "ROU"}
    assert any(
        s == "ARE" and t == "ROU" and c.startswith("033") for s, t, c in triples(text, actors)
    )
    text = "The Bordurian offer of talks with Ruritania surprised observers."
    actors = {"Bordurian": "BGR", "Ruritania": "ROU"}
    assert ("BGR", "ROU", "036") in triples(text, actors)


def test_a_threat_of_sanctions_or_a_blockade_is_that_threat(triples):
    text = "Borduria's threat of sanctions against Ruritania grew louder."
    actors = {"Borduria": "BGR", "Ruritania": "ROU"}
    assert ("BGR", "ROU", "1312") in triples(text, actors)
    text = "The Bordurian navy's threat of a blockade of Ruritania grew."
    actors = {"The Bordurian navy": "BGRMIL", "Ruritania": "ROU"}
    assert ("BGRMIL", "ROU", "1381") in triples(text, actors)


def test_a_warning_of_sanctions_reads_like_warning_of_them(triples):
    text = "The Bordurian warning of sanctions against Ruritania was blunt."
    actors = {"Bordurian": "BGR", "Ruritania": "ROU"}
    assert ("BGR", "ROU", "1312") in triples(text, actors)


def test_charges_of_treason_and_allegations_of_graft_keep_their_sub_code(triples):
    text = "Bordurian charges of treason against the Ruritanian attache were dropped."
    actors = {"Bordurian": "BGR", "the Ruritanian attache": "ROUGOV"}
    assert ("BGR", "ROUGOV", "1125") in triples(text, actors)
    text = "Bordurian allegations of graft against the Ruritanian mayor multiplied."
    actors = {"Bordurian": "BGR", "the Ruritanian mayor": "ROUGOV"}
    assert ("BGR", "ROUGOV", "1121") in triples(text, actors)
