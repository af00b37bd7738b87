"""The event lexicon files: inflections, counts, user files and clear errors for bad entries."""

from __future__ import annotations

import pytest

from facta.errors import KnowledgeError
from facta.events.lexicon import inflections, load_lexicon, word_classes


def test_inflections_of_regular_verbs_and_nouns():
    assert inflections("attack") >= {"attack", "attacks", "attacked", "attacking"}
    assert inflections("criticize") >= {"criticized", "criticizes", "criticizing"}
    assert inflections("deny") >= {"denies", "denied", "denying"}
    assert inflections("ban") >= {"banned", "banning", "bans"}
    assert inflections("commit") >= {"committed", "committing", "commits"}  # stressed last syllable
    assert inflections("clash", noun=True) == {"clash", "clashes"}


def test_shipped_lexicon_is_large_and_covers_every_root():
    lexicon = load_lexicon()
    assert lexicon.patterns >= 2500
    roots = {e.cameo[:2] for entries in lexicon.verbs.values() for e in entries}
    roots |= {e.cameo[:2] for entries in lexicon.nouns.values() for e in entries}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}
    assert "launch" in lexicon.light_verbs and "launched" in lexicon.light_verbs
    assert "touchdown" in lexicon.discard_sentence


def test_rule_names_the_entry_and_its_constraints():
    rules = {e.rule for e in load_lexicon().verbs["accused"]}
    assert "verbs.tsv:accuse -> 112" in rules
    assert "verbs.tsv:accuse+of|with|for+[corruption|…] -> 1121" in rules


def test_user_file_adds_verbs(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "# my verbs\nverbs\tparticle\tprep\tobject\tcameo\tframe\ttarget\texample\n"
        "stonewall\t-\t-\t-\t120\t-\t-\tThe ministry stonewalled the inspectors.\n"
    )
    lexicon = load_lexicon((str(extra),))
    assert lexicon.verbs["stonewalled"][0].rule == "mine.tsv:stonewall -> 120"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "verbs\tparticle\tprep\tobject\tcameo\tframe\ttarget\texample\nsnub\t-\t-\t-\t999\t-\t-\tx\n",
            "not a CAMEO code",
        ),
        ("colour\tshape\nred\tround\n", "unknown lexicon header"),
        (
            "verbs\tparticle\tprep\tobject\tcameo\tframe\ttarget\texample\nsnub\t-\t-\t-\t120\tmaybe\t-\tx\n",
            "unknown frame",
        ),
    ],
)
def test_bad_user_file_raises_a_clear_error(tmp_path, content, message):
    extra = tmp_path / "bad.tsv"
    extra.write_text(content)
    with pytest.raises(KnowledgeError, match=message):
        load_lexicon((str(extra),))


def test_missing_user_file_raises_a_clear_error(tmp_path):
    with pytest.raises(KnowledgeError, match="Cannot read lexicon file"):
        load_lexicon((str(tmp_path / "absent.tsv"),))


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "The Ruritanian navy eased the blockade of the Bordurian port.",
            {"The Ruritanian navy": "ROUMIL", "the Bordurian port": "BGR"},
            "0872",
        ),
        (
            "Ruritania's militia laid siege to the Bordurian town.",
            {"Ruritania's militia": "ROUREB", "the Bordurian town": "BGR"},
            "191",
        ),
        (
            "The Bordurian government hit Ruritania with new sanctions.",
            {"The Bordurian government": "BGRGOV", "Ruritania": "ROU"},
            "163",
        ),
        (
            "Ruritania broke off relations with Borduria.",
            {"Ruritania": "ROU", "Borduria": "BGR"},
            "161",
        ),
        (
            "The Bordurian rebels blew up a bridge on the main road.",
            {"The Bordurian rebels": "BGRREB"},
            "1712",
        ),
        (
            "The Ruritanian premier tendered his resignation.",
            {"The Ruritanian premier": "ROUGOV"},
            "0831",
        ),
        (
            "Borduria demanded autonomy for the northern province from Ruritania.",
            {"Borduria": "BGR", "Ruritania": "ROU"},
            "1044",
        ),
        (
            "The Bordurian army is investigating the airstrike on the market.",
            {"The Bordurian army": "BGRMIL"},
            "093",
        ),
        ("Bordurian teachers walked out over pay.", {"Bordurian teachers": "BGREDU"}, "143"),
        (
            "The Ruritanian guards shot the Bordurian smuggler dead.",
            {"The Ruritanian guards": "ROUCOP", "the Bordurian smuggler": "BGRCRM"},
            "190",  # a killing by regular forces is conventional force (regular_force.tsv)
        ),
    ],
)
def test_new_patterns_code_their_sub_codes(triples, text, actors, expected):
    assert expected in {cameo for _, _, cameo in triples(text, actors)}


@pytest.mark.parametrize(
    "text",
    [
        "The storm struck the Ruritanian coast on Sunday.",
        "The Ruritanian rupee hit a new low after the vote.",
        "The Bordurian sprinter beat the favourite in the final.",
    ],
)
def test_weather_markets_and_sports_are_not_events(triples, text):
    actors = {"Ruritanian": "ROU"} if "Ruritanian" in text else {"Bordurian": "BGR"}
    assert triples(text, actors) == set()


def test_grown_lexicon_counts():
    lexicon = load_lexicon()
    verb_rows = {e.rule.split(" -> ")[0] for entries in lexicon.verbs.values() for e in entries}
    assert lexicon.patterns >= 9000 and len(verb_rows) >= 1500
    assert "perpetrated" in lexicon.light_verbs
    assert {"hurricane", "quake"} <= lexicon.discard_subjects


def test_refusals_take_the_reject_code_of_what_is_refused():
    lexicon = load_lexicon()
    assert lexicon.frame_code("refuse", "0813", "do") == "1241"  # lift a curfew
    assert lexicon.frame_code("refuse", "057", "do") == "127"  # sign an accord
    assert lexicon.frame_code("refuse", "046", "do") == "125"  # negotiate
    assert lexicon.frame_code("refuse", "055", "do") is None  # apologise: the action, negated


def test_clause_markers_are_read_from_the_object_column():
    entries = load_lexicon().verbs["said"]
    markers = {o for e in entries for o in e.objects if o.startswith("@")}
    assert {"@must", "@should"} <= markers


def test_word_classes_of_the_structural_rules_are_read_from_their_file():
    classes = word_classes()
    assert "team" in classes["quantity"] and "during" in classes["circumstance_preposition"]
    assert {"receiving_verb", "protester", "time_marker"} <= classes.keys()


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Ruritania and Borduria agreed a ceasefire along the river.",
            {"Ruritania": "ROU", "Borduria": "BGR"},
            "0871",
        ),
        (
            "The Ruritanian government eased movement restrictions in the north.",
            {"The Ruritanian government": "ROUGOV"},
            "081",
        ),
        (
            "Borduria handed back the seized trawler to Ruritania.",
            {"Borduria": "BGR", "Ruritania": "ROU"},
            "0842",
        ),
        (
            "Bordurian soldiers opened fire on demonstrators in the capital.",
            {"Bordurian soldiers": "BGRMIL", "demonstrators": "BGRCVL"},
            "175",
        ),
        (
            "Two Ruritanian brigades took part in drills near the Bordurian border.",
            {"Two Ruritanian brigades": "ROUMIL", "Bordurian": "BGR"},
            "150",
        ),
        (
            "The Ruritanian army let fuel trucks enter the besieged Bordurian town.",
            {"The Ruritanian army": "ROUMIL", "Bordurian": "BGR"},
            "0863",
        ),
        (
            "Bordurian mourners clashed with police after the funeral.",
            {"Bordurian mourners": "BGRCVL", "police": "BGRCOP"},
            "145",
        ),
        (
            "The Bordurian junta refused to reinstate the ousted president.",
            {"The Bordurian junta": "BGRGOV"},
            "1231",
        ),
        (
            "The Ruritanian dockers' union called a strike over pensions.",
            {"The Ruritanian dockers' union": "ROULAB"},
            "143",
        ),
        (
            "The Bordurian court lifted the ban on opposition rallies.",
            {"The Bordurian court": "BGRJUD"},
            "0811",
        ),
        (
            "Ruritania eased restrictions on grain imports from Borduria.",
            {"Ruritania": "ROU", "Borduria": "BGR"},
            "085",
        ),
        (
            "Bordurian police allowed the opposition to hold a rally in the capital.",
            {"Bordurian police": "BGRCOP", "the opposition": "BGROPP"},
            "0811",
        ),
        (
            "Borduria said its army had raised its readiness posture on the border.",
            {"Borduria": "BGR", "its army": "BGRMIL"},
            "152",
        ),
    ],
)
def test_round_two_entries_code_their_sub_codes(triples, text, actors, expected):
    assert expected in {cameo for _, _, cameo in triples(text, actors)}


def test_fighting_a_social_ill_is_no_attack(triples):
    text = "Ruritania sent troops to the border to fight drug smuggling."
    assert "190" not in {cameo for _, _, cameo in triples(text, {"Ruritania": "ROU"})}


def test_arms_received_from_a_supplier_are_military_aid_to_the_receiver(triples):
    text = "Ruritania received a first batch of fighter jets from Borduria."
    assert triples(text, {"Ruritania": "ROU", "Borduria": "BGR"}) == {("BGR", "ROU", "072")}


def test_suspending_participation_reduces_relations(triples):
    text = "Ruritania suspended its participation in the Bordurian-led border commission."
    assert {cameo for _, _, cameo in triples(text, {"Ruritania": "ROU"})} >= {"160"}


def test_nominalisations_name_the_verb_they_are_read_through(tmp_path):
    shipped = load_lexicon()
    assert shipped.nominals["suspensions"] == "suspend"
    assert shipped.nominals["expulsion"] == "expel"
    extra = tmp_path / "mine.tsv"
    extra.write_text("nominal\tverb\texample\nstoppage\thalt\tThe stoppage of aid.\n")
    assert load_lexicon((str(extra),)).nominals["stoppages"] == "halt"


def test_every_nominalisation_has_verb_entries_that_name_an_object():
    lexicon = load_lexicon()
    for noun, verb in lexicon.nominals.items():
        entries = [e for e in lexicon.verbs.get(verb, []) if e.lemma == verb]
        assert any(e.objects and not e.marker for e in entries), (noun, verb)


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Ruritania opened a trade office in the Bordurian capital.",
            {"Ruritania": "ROU", "Bordurian": "BGR"},
            "061",
        ),
        (
            "Ruritania and Borduria agreed to settle their trade in local currencies.",
            {"Ruritania": "ROU", "Borduria": "BGR"},
            "061",
        ),
        (
            "The Ruritanian agency passed details of the plot to Bordurian officials.",
            {"The Ruritanian agency": "ROUSPY", "Bordurian officials": "BGRGOV"},
            "064",
        ),
        (
            "Ruritania transferred a suspected spy to Bordurian prosecutors.",
            {"Ruritania": "ROU", "Bordurian prosecutors": "BGRJUD"},
            "063",
        ),
        (
            "The Ruritanian and Bordurian navies wrapped up a week of joint exercises.",
            {"The Ruritanian and Bordurian navies": "ROUMIL"},
            "062",
        ),
        (
            "The Ruritanian president had a phone conversation with the Bordurian king.",
            {"The Ruritanian president": "ROUGOV", "the Bordurian king": "BGRGOV"},
            "041",
        ),
        (
            "Mauritanian envoys shuttled between Ruritania and Borduria for a week.",
            {"Mauritanian envoys": "MRTGOV", "Ruritania": "ROU", "Borduria": "BGR"},
            "045",
        ),
        (
            "Ruritania and Borduria agreed to pool intelligence on smuggling gangs.",
            {"Ruritania": "ROU", "Borduria": "BGR"},
            "064",
        ),
        (
            "Ruritania provided satellite images to Borduria.",
            {"Ruritania": "ROU", "Borduria": "BGR"},
            "064",
        ),
        (
            "Ruritania and Borduria will build a joint oil pipeline.",
            {"Ruritania": "ROU", "Borduria": "BGR"},
            "061",
        ),
        (
            "Ruritanian hackers defaced the Bordurian ministry's website.",
            {"Ruritanian hackers": "ROU", "the Bordurian ministry": "BGRGOV"},
            "176",
        ),
        (
            "Ruritanian troops torched the village and drove out its inhabitants.",
            {"Ruritanian troops": "ROUMIL"},
            "201",
        ),
        (
            "Ruritanian troops carried out a campaign of ethnic cleansing in the valley.",
            {"Ruritanian troops": "ROUMIL"},
            "203",
        ),
        (
            "Ruritanian militias killed 4,000 villagers in a series of raids.",
            {"Ruritanian militias": "ROUREB", "villagers": "ROUCVL"},
            "202",
        ),
    ],
)
def test_round_three_entries_code_their_sub_codes(triples, text, actors, expected):
    assert expected in {cameo for _, _, cameo in triples(text, actors)}


def test_a_named_storm_is_weather(triples):
    text = "Typhoon Gaemi hit the Ruritanian coast on Wednesday."
    assert triples(text, {"Ruritanian": "ROU"}) == set()


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "The Ruritanian committee subpoenaed the Bordurian banker.",
            {"The Ruritanian committee": "ROULEG", "the Bordurian banker": "BGRBUS"},
            "1013",
        ),
        (
            "The Ruritanian ministry will appeal the export restrictions imposed by Borduria.",
            {"The Ruritanian ministry": "ROUGOV", "Borduria": "BGR"},
            "0254",
        ),
        (
            "The Ruritanian government appealed the ruling.",
            {"The Ruritanian government": "ROUGOV"},
            "115",
        ),
        (
            "The Ruritanian judge accepted the banker's guilty plea.",
            {"The Ruritanian judge": "ROUJUD", "the banker": "ROUBUS"},
            "116",
        ),
        (
            "The Ruritanian mayor pleaded guilty to bribery.",
            {"The Ruritanian mayor": "ROUGOV"},
            "015",
        ),
        (
            "Ruritanian prosecutors will seek the death penalty for the bomber.",
            {"Ruritanian prosecutors": "ROUJUD", "the bomber": "ROUCRM"},
            "173",
        ),
        (
            "The Ruritanian judge denied bail to the suspect.",
            {"The Ruritanian judge": "ROUJUD", "the suspect": "ROUCRM"},
            "1243",
        ),
        (
            "Villagers sought refuge in Borduria.",
            {"Villagers": "ROUCVL", "Borduria": "BGR"},
            "0233",
        ),
        (
            "The Ruritanian police tightened security for the summit.",
            {"The Ruritanian police": "ROUCOP"},
            "151",
        ),
        (
            "Ruritanian warplanes staged a dangerous intercept of a Bordurian patrol plane.",
            {"Ruritanian warplanes": "ROUMIL", "a Bordurian patrol plane": "BGRMIL"},
            "150",
        ),
        (
            "Ruritania drew a sharp protest from Borduria.",
            {"Ruritania": "ROU", "Borduria": "BGR"},
            "111",
        ),
        (
            "The Ruritanian court struck down the emergency law.",
            {"The Ruritanian court": "ROUJUD"},
            "120",
        ),
        (
            "The Ruritanian ministry expressed disappointment with the Bordurian decision.",
            {"The Ruritanian ministry": "ROUGOV", "Bordurian": "BGR"},
            "110",
        ),
        (
            "The Ruritanian ministry sought more information from the Bordurian government.",
            {"The Ruritanian ministry": "ROUGOV", "the Bordurian government": "BGRGOV"},
            "0214",
        ),
        (
            "The Ruritanian senator called for a boycott against Borduria.",
            {"The Ruritanian senator": "ROULEG", "Borduria": "BGR"},
            "113",
        ),
        (
            "The Ruritanian ministry pushed back against allegations of fraud.",
            {"The Ruritanian ministry": "ROUGOV"},
            "016",
        ),
        (
            "The Ruritanian governor cautioned that the recovery would be slow.",
            {"The Ruritanian governor": "ROUGOV"},
            "012",
        ),
        (
            "Ruritanian police recovered three rifles from the house.",
            {"Ruritanian police": "ROUCOP"},
            "1711",
        ),
    ],
)
def test_round_four_entries_code_their_sub_codes(triples, text, actors, expected):
    assert expected in {cameo for _, _, cameo in triples(text, actors)}


@pytest.mark.parametrize(
    ("text", "actors", "wrong"),
    [
        (
            "The reform struck down old barriers for women in the Ruritanian army.",
            {"the Ruritanian army": "ROUMIL"},
            "190",
        ),
        (
            "The Ruritanian ministry released the guidelines on Monday.",
            {"The Ruritanian ministry": "ROUGOV"},
            "0841",
        ),
        ("The Ruritanian pilot ejected safely.", {"The Ruritanian pilot": "ROUMIL"}, "174"),
        (
            "The Ruritanian deputy succumbed to his wounds.",
            {"The Ruritanian deputy": "ROUCOP"},
            "080",
        ),
    ],
)
def test_round_four_narrowed_entries_no_longer_fire(triples, text, actors, wrong):
    assert wrong not in {cameo for _, _, cameo in triples(text, actors)}


def test_found_guilty_is_a_conviction_by_a_court():
    import facta

    [verdict] = facta.code_text(
        "Jones was found guilty on Friday of conspiring to join a militia abroad."
    )
    assert (verdict.cameo, verdict.source.sectors) == ("116", ("JUD",))


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "The Ruritanian navy test-fired a ballistic missile from a submarine.",
            {"The Ruritanian navy": "ROUMIL"},
            "150",
        ),
        (
            "The Ruritanian militia carried rifles through the town square.",
            {"The Ruritanian militia": "ROUREB"},
            "150",
        ),
        (
            "The Ruritanian army ferried rifles to the Bordurian rebels.",
            {"The Ruritanian army": "ROUMIL", "the Bordurian rebels": "BGRREB"},
            "072",
        ),
        (
            "The Ruritanian guards returned fire at the Bordurian smugglers.",
            {"The Ruritanian guards": "ROUMIL", "the Bordurian smugglers": "BGRCRM"},
            "193",
        ),
        (
            "The Ruritanian envoy gave assurances to the Bordurian delegation.",
            {"The Ruritanian envoy": "ROUGOV", "the Bordurian delegation": "BGRGOV"},
            "030",
        ),
        (
            "Ruritanian police cordoned off the old district.",
            {"Ruritanian police": "ROUCOP"},
            "191",
        ),
    ],
)
def test_round_five_entries_code_their_sub_codes(triples, text, actors, expected):
    assert expected in {cameo for _, _, cameo in triples(text, actors)}


def test_a_ballistic_missile_test_is_not_a_shelling(triples):
    found = triples(
        "The Ruritanian navy fired a ballistic missile on Saturday.",
        {"The Ruritanian navy": "ROUMIL"},
    )
    assert "194" not in {cameo for _, _, cameo in found}


def test_commandeering_a_flight_is_a_hijacking_not_a_confiscation(triples):
    found = triples(
        "The Ruritanian gunman commandeered a domestic flight with 60 passengers.",
        {"The Ruritanian gunman": "ROUCRM"},
    )
    codes = {cameo for _, _, cameo in found}
    assert "181" in codes and "1711" not in codes


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "The Ruritanian senator attacked the news media over its coverage of the vote.",
            {"The Ruritanian senator": "ROULEG", "the news media": "ROUMED"},
            ("ROULEG", "ROUMED", "111"),
        ),
        (
            "The Ruritanian president spoke with his Bordurian counterpart about the dam.",
            {"The Ruritanian president": "ROUGOV", "his Bordurian counterpart": "BGRGOV"},
            ("ROUGOV", "BGRGOV", "040"),
        ),
        (
            "Ruritanian students jeered the Bordurian minister outside the hall.",
            {"Ruritanian students": "ROUEDU", "the Bordurian minister": "BGRGOV"},
            ("ROUEDU", "BGRGOV", "110"),
        ),
        (
            "The Ruritanian ministry imposed export restrictions on the Bordurian firm.",
            {"The Ruritanian ministry": "ROUGOV", "the Bordurian firm": "BGRBUS"},
            ("ROUGOV", "BGRBUS", "163"),
        ),
        (
            "The Ruritanian envoy called the Bordurian proposal a breakthrough.",
            {"The Ruritanian envoy": "ROUGOV", "Bordurian": "BGRGOV"},
            ("ROUGOV", "BGRGOV", "051"),
        ),
    ],
)
def test_round_six_entries_code_who_did_what_to_whom(triples, text, actors, expected):
    assert expected in triples(text, actors)


def test_facing_trial_is_legal_action_against_the_subject(triples):
    found = triples(
        "The former Ruritanian governor faces trial on bribery charges next month.",
        {"The former Ruritanian governor": "ROUELI"},
    )
    assert (None, "ROUELI", "173") in found


def test_speaking_to_reporters_is_no_consultation(triples):
    found = triples(
        "The Ruritanian minister spoke with reporters after the vote.",
        {"The Ruritanian minister": "ROUGOV", "reporters": "ROUMED"},
    )
    assert "040" not in {cameo for _, _, cameo in found}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "Two Ruritanian officers were subpoenaed to testify before the grand jury.",
            {"Two Ruritanian officers": "ROUCOP"},
            ("1013", ("JUD",)),
        ),
        (
            "The Ruritanian governor was impeached over the budget scandal.",
            {"The Ruritanian governor": "ROUGOV"},
            ("115", ("LEG",)),
        ),
        (
            "The Ruritanian mayor is being investigated for bribery.",
            {"The Ruritanian mayor": "ROUGOV"},
            ("091", ("COP",)),
        ),
    ],
)
def test_passives_with_no_agent_imply_their_doer(coded, text, actors, expected):
    events = coded(text, actors).events
    assert expected in {(e.cameo, e.source.sectors if e.source else None) for e in events}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "The Ruritanian opposition agreed to attend the peace talks in Geneva.",
            {"The Ruritanian opposition": "ROUOPP"},
            "036",
        ),
        (
            "A Ruritanian court ordered the two smugglers to be held in custody for a week.",
            {"A Ruritanian court": "ROUJUD"},
            "173",
        ),
        (
            "The Ruritanian prosecutor ordered the arrest of forty Bordurian activists.",
            {"The Ruritanian prosecutor": "ROUJUD", "forty Bordurian activists": "BGROPP"},
            "173",
        ),
    ],
)
def test_agreeing_to_meet_is_intent_and_ordering_detention_is_detention(
    triples, text, actors, expected
):
    codes = {cameo for _, _, cameo in triples(text, actors)}
    assert expected in codes and "100" not in codes


def test_leaving_someone_in_power_is_no_resignation(triples):
    found = triples(
        "The Ruritanian plan would leave the president in power until the election.",
        {"The Ruritanian plan": "ROUGOV", "the president": "ROUGOV"},
    )
    assert "0831" not in {cameo for _, _, cameo in found}


def test_leaving_a_post_is_still_a_resignation(triples):
    found = triples(
        "The Ruritanian premier left his post after the vote.",
        {"The Ruritanian premier": "ROUGOV"},
    )
    assert "0831" in {cameo for _, _, cameo in found}
