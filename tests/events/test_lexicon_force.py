"""Lexicon breadth for the conflictual roots (12 to 20): rejections, threats, protests, force
postures, reduced relations, coercion, assaults and fighting, in the usual wordings of wire
reporters."""

from __future__ import annotations

import pytest

from facta.events.lexicon import inflections


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "The Ruritanian broadcaster resisted the gagging order of the Bordurian court.",
            {"The Ruritanian broadcaster": "ROUMED", "the Bordurian court": "BGRJUD"},
            "120",
        ),
        (
            "The Ruritanian appeals court overruled the district judge.",
            {"The Ruritanian appeals court": "ROUJUD", "the district judge": "ROUJUD"},
            "120",
        ),
        (
            "Ruritanian smugglers evaded the Bordurian embargo by sea.",
            {"Ruritanian smugglers": "ROUCRM", "Bordurian": "BGRGOV"},
            "128",
        ),
        (
            "Ruritanian nurses struck over unpaid wages.",
            {"Ruritanian nurses": "ROUHLH"},
            "143",
        ),
        (
            "Ruritanian gendarmes set up checkpoints around the market town.",
            {"Ruritanian gendarmes": "ROUCOP"},
            "153",
        ),
        (
            "The Ruritanian treasury added four Bordurian shipping firms to its blacklist.",
            {"The Ruritanian treasury": "ROUGOV", "four Bordurian shipping firms": "BGRBUS"},
            "163",
        ),
        (
            "Ruritanian prosecutors filed fraud charges against the Bordurian banker.",
            {"Ruritanian prosecutors": "ROUJUD", "the Bordurian banker": "BGRBUS"},
            "173",
        ),
        (
            "A Ruritanian military court tried the Bordurian colonel for espionage.",
            {"A Ruritanian military court": "ROUJUD", "the Bordurian colonel": "BGRMIL"},
            "173",
        ),
        (
            "The Ruritanian guard put down the mutiny within hours.",
            {"The Ruritanian guard": "ROUMIL"},
            "175",
        ),
        (
            "A Ruritanian gunman drove a van into a crowd of Bordurian shoppers.",
            {"A Ruritanian gunman": "ROUCRM", "Bordurian shoppers": "BGRCVL"},
            "180",
        ),
        (
            "Ruritanian bandits held the Bordurian bus driver at gunpoint.",
            {"Ruritanian bandits": "ROUCRM", "the Bordurian bus driver": "BGRCVL"},
            "181",
        ),
        (
            "Ruritanian militiamen besieged the Bordurian hill town for weeks.",
            {"Ruritanian militiamen": "ROUREB", "the Bordurian hill town": "BGR"},
            "191",
        ),
        (
            "The Ruritanian premier waved off the Bordurian union's demands.",
            {"The Ruritanian premier": "ROUGOV", "the Bordurian union": "BGRLAB"},
            "120",
        ),
        (
            "Ruritanian hardliners scuppered the fisheries accord.",
            {"Ruritanian hardliners": "ROULEG"},
            "127",
        ),
        (
            "Ruritanian villagers rose up against the Bordurian warlord.",
            {"Ruritanian villagers": "ROUCVL", "the Bordurian warlord": "BGRREB"},
            "140",
        ),
        (
            "Ruritanian troops drove the Bordurian militants out of the river town.",
            {"Ruritanian troops": "ROUMIL", "the Bordurian militants": "BGRREB"},
            "190",
        ),
        (
            "The Ruritanian junta purged hundreds of judges after the mutiny.",
            {"The Ruritanian junta": "ROUGOV", "hundreds of judges": "ROUJUD"},
            "172",
        ),
        (
            "Ruritanian militants carried out an arson attack on the Bordurian party's offices.",
            {"Ruritanian militants": "ROUREB", "the Bordurian party": "BGRPTY"},
            "1712",
        ),
        (
            "Ruritanian troops waylaid the Bordurian supply column in the hills.",
            {"Ruritanian troops": "ROUMIL", "the Bordurian supply column": "BGRMIL"},
            "190",
        ),
        (
            "The Ruritanian council reimposed its embargo on the Bordurian junta.",
            {"The Ruritanian council": "ROUGOV", "the Bordurian junta": "BGRGOV"},
            "163",
        ),
        (
            "Ruritanian police re-arrested the freed Bordurian dissident at the airport.",
            {"Ruritanian police": "ROUCOP", "the freed Bordurian dissident": "BGROPP"},
            "173",
        ),
        (
            "Ruritanian insurgents rocketed the Bordurian airbase overnight.",
            {"Ruritanian insurgents": "ROUREB", "the Bordurian airbase": "BGRMIL"},
            "194",
        ),
    ],
)
def test_conflict_wordings_get_their_codes(triples, text, actors, expected):
    assert expected in {cameo for _, _, cameo in triples(text, actors)}


def test_filing_criminal_charges_is_legal_action_not_a_lawsuit(triples):
    found = triples(
        "Ruritanian prosecutors filed fraud charges against the Bordurian banker.",
        {"Ruritanian prosecutors": "ROUJUD", "the Bordurian banker": "BGRBUS"},
    )
    assert "115" not in {cameo for _, _, cameo in found}


def test_fighting_a_court_order_is_no_battle(triples):
    found = triples(
        "The Ruritanian broadcaster is fighting an injunction from the Bordurian judge.",
        {"The Ruritanian broadcaster": "ROUMED", "the Bordurian judge": "BGRJUD"},
    )
    assert ("ROUMED", "BGRJUD", "120") in found
    assert "190" not in {cameo for _, _, cameo in found}


def test_besieging_is_a_blockade_and_a_brawl_an_assault(triples):
    assert "191" in {
        c
        for _, _, c in triples(
            "Ruritanian rebels besieged the town.", {"Ruritanian rebels": "ROUREB"}
        )
    }
    found = triples(
        "A brawl between Ruritanian fans and Bordurian police broke out.",
        {"Ruritanian fans": "ROUCVL", "Bordurian police": "BGRCOP"},
    )
    assert "182" in {cameo for _, _, cameo in found}


def test_a_hyphenated_verb_doubles_its_last_consonant():
    assert "tear-gassed" in inflections("tear-gas")
    assert "machine-gunned" in inflections("machine-gun")


def test_tear_gassing_is_repression_not_a_chemical_attack(triples):
    found = triples(
        "The Ruritanian riot police tear-gassed the students on Monday.",
        {"The Ruritanian riot police": "ROUCOP", "the students": "ROUEDU"},
    )
    assert ("ROUCOP", "ROUEDU", "175") in found
    assert "2041" not in {cameo for _, _, cameo in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ruritanian convoy came under sniper fire near the pass.", "193"),
        ("The Ruritanian outpost came under rocket fire overnight.", "194"),
        ("The Ruritanian market town came under air attack at dawn.", "195"),
    ],
)
def test_coming_under_fire_names_the_weapon(triples, text, expected):
    subject = text.split(" came")[0]
    found = triples(text, {subject: "ROUMIL"})
    assert (None, "ROUMIL", expected) in found


def test_warning_of_protests_is_a_threat_of_dissent(triples):
    found = triples(
        "The Ruritanian farmers' union warned of fresh protests over the levy.",
        {"The Ruritanian farmers' union": "ROULAB"},
    )
    assert "133" in {cameo for _, _, cameo in found}


def test_threatening_a_strike_is_a_threat_of_dissent(triples):
    found = triples(
        "Ruritanian doctors threatened to go on strike over unpaid wages.",
        {"Ruritanian doctors": "ROUHLH"},
    )
    assert "133" in {cameo for _, _, cameo in found}


def test_a_siege_imposed_on_a_town_is_a_blockade_not_martial_law(triples):
    found = triples(
        "The Ruritanian army imposed a siege on the Bordurian border town.",
        {"The Ruritanian army": "ROUMIL", "the Bordurian border town": "BGR"},
    )
    codes = {cameo for _, _, cameo in found}
    assert "191" in codes and "1724" not in codes


def test_ruling_out_ones_own_step_rejects_no_one(triples):
    found = triples(
        "The Ruritanian cabinet ruled out a snap election this spring.",
        {"The Ruritanian cabinet": "ROUGOV"},
    )
    assert "120" not in {cameo for _, _, cameo in found}


def test_fighting_an_election_is_no_violence(triples):
    found = triples(
        "The Ruritanian government is fighting an election against the Bordurian alliance.",
        {"The Ruritanian government": "ROUGOV", "the Bordurian alliance": "IGOBGR"},
    )
    assert not {cameo for _, _, cameo in found if cameo.startswith("19")}


def test_threatening_a_good_endangers_it_and_threatens_no_one(triples):
    found = triples(
        "Ruritanian loggers threaten the survival of the Bordurian hill tribes.",
        {"Ruritanian loggers": "ROUBUS", "the Bordurian hill tribes": "BGRCVL"},
    )
    assert not {cameo for _, _, cameo in found if cameo.startswith("13")}
    found = triples(
        "Ruritanian militants threatened the Bordurian villagers with reprisals.",
        {"Ruritanian militants": "ROUREB", "the Bordurian villagers": "BGRCVL"},
    )
    assert {cameo for _, _, cameo in found if cameo.startswith("13")}


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian cabinet hit a snag with the Bordurian alliance.",
        "The Ruritanian premier fought off a challenge from the Bordurian alliance.",
    ],
)
def test_hitting_an_obstacle_or_fighting_off_a_challenge_is_no_violence(triples, text):
    subject = text.split(" hit")[0].split(" fought")[0]
    found = triples(text, {subject: "ROUGOV", "the Bordurian alliance": "IGOBGR"})
    assert not {cameo for _, _, cameo in found if cameo.startswith("19")}
