"""Who did violence to whom: the attacker as source, the attacked (not the place where it
happened) as target, for verbs and attack nouns."""

from __future__ import annotations

import facta


def violence(text: str) -> list[tuple[str, str | None, str | None]]:
    found = []
    for event in facta.code_text(text, date="2016-03-07"):
        if event.root in {"18", "19", "20"}:
            coded = event.to_dict()
            source = (coded.get("source") or {}).get("code")
            target = (coded.get("target") or {}).get("code")
            found.append((event.cameo, source, target))
    return found


def test_an_exchange_of_fire_is_small_arms_fire_each_way():
    found = violence("A police officer exchanged fire with the gunman outside the bank in Denver.")
    assert ("193", "USACOP", "REB") in found
    assert ("193", "REB", "USACOP") in found


def test_whom_the_assault_a_capture_was_made_in_was_against_is_the_target():
    text = "Iraqi troops seized three villages in an offensive against Islamic State fighters."
    assert violence(text) == [("192", "IRQMIL", "REB")]


def test_strikes_on_a_country_that_killed_civilians_hit_its_civilians():
    text = "Turkish air strikes on Iraq killed 200 civilians last year, the group said."
    assert violence(text) == [("195", "TURMIL", "IRQCVL")]


def test_strikes_on_an_armed_group_keep_the_group_as_target():
    text = "An Israeli air strike on a Hamas base killed three militants."
    assert violence(text) == [("195", "ISRMIL", "PSEREB")]


def test_an_unattributed_attack_that_killed_is_by_unnamed_attackers_not_by_its_target():
    found = violence("An attack on a Turkish army convoy killed three soldiers near Van.")
    assert found and all(source == "REB" for _, source, _ in found)
    assert all(target == "TURMIL" for _, _, target in found)


def test_a_strike_against_a_camp_hits_who_runs_it_not_the_country_it_is_in():
    text = (
        "French jets bombed a desert base operated by al Qaeda in the Islamic Maghreb "
        "in northern Mali on Wednesday."
    )
    [(_, source, target)] = violence(text)
    assert (source, target) == ("FRAMIL", "REB")


def test_an_attack_on_a_bus_hits_the_people_it_carries():
    text = (
        "A suicide bomber wounded six in an attack on a bus carrying Indian construction workers."
    )
    [(_, source, target)] = violence(text)
    assert source == "REB" and target.startswith("IND")


def test_who_was_hurt_after_being_shot_is_the_target_not_the_place():
    text = (
        "A Texas state trooper was in critical condition after being shot at a Dallas "
        "gas station on Friday by a gunman."
    )
    [(_, source, target)] = violence(text)
    assert (source, target) == ("REB", "USACOP")


def test_one_killed_before_being_killed_by_police_is_their_target():
    text = "A gunman killed two people at a bar in Denver before being killed by police."
    assert any(source == "USACOP" and target == "REB" for _, source, target in violence(text))


def test_who_was_kidnapped_with_no_kidnapper_named_was_taken_by_unnamed_armed_men():
    assert violence("Two French aid workers were kidnapped near the border on Sunday.") == [
        ("181", "REB", "FRANGO")
    ]


def test_people_killed_in_an_attack_on_named_victims_are_those_victims_in_one_event():
    text = (
        "A suicide bomber killed at least 12 people and wounded six in an attack on a bus "
        "carrying Indian construction workers in the Afghan capital, Kabul, on Monday."
    )
    found = violence(text)
    assert len(found) == 1 and found[0][1] == "REB" and found[0][2].startswith("IND")


def test_those_who_died_in_a_strike_are_its_targets_and_the_strike_its_doer():
    found = violence("Four Malian herders died in a French air strike near the wells.")
    assert found and all(source == "FRAMIL" for _, source, _ in found)
    assert all(target is not None and target.startswith("MLI") for _, _, target in found)


def test_those_who_died_in_a_blast_no_one_claimed_are_never_its_doers():
    found = violence("Two Dutch tourists died in the explosion near the harbour in Mombasa.")
    assert all(source != "NLDCVL" for _, source, _ in found)


def test_a_speaker_who_cites_fire_that_injured_people_is_not_its_doer():
    text = (
        '"We will answer this," Chilean Admiral Tomas Reyes said, citing rocket fire that '
        "struck a ferry terminal in Valparaiso, injuring sailors."
    )
    found = violence(text)
    assert found and all(source is None for _, source, _ in found)


def test_an_attack_whose_outcome_trails_a_verb_of_staying_is_the_doer():
    text = (
        "Malian rangers stayed in their barracks in Bamako after the attack by insurgents on "
        "the depot, killing four cooks."
    )
    assert all(source == "REB" for _, source, _ in violence(text))


def test_an_armed_force_moving_in_on_a_place_uses_force():
    for text, doer in (
        ("Ukrainian troops entered the old quarter of Mariupol on Tuesday.", "UKRMIL"),
        ("Rebels pushed deeper into the province on Monday.", "REB"),
        ("Army columns were advancing along the coast road toward Sirte.", "LBYMIL"),
    ):
        assert [(cameo, source) for cameo, source, _ in violence(text)] == [("190", doer)]


def test_unarmed_people_moving_in_on_a_place_use_no_force():
    assert violence("Pilgrims entered the old quarter of Jerusalem on Friday.") == []
    assert violence("Protesters surrounded the parliament building in Kiev.") == []
    assert violence("The bill advanced through the Senate committee on Tuesday.") == []


def test_a_move_in_on_a_place_keeps_the_killing_it_led_to():
    found = violence(
        "Peruvian marines burst into the warehouse near Iquitos, killing three smugglers."
    )
    assert ("190", "PERMIL", "PERCRM") in found


def test_the_noun_a_bare_participle_describes_suffers_it():
    text = "A Chilean park ranger, shot during a siege at a mountain lodge, is in intensive care."
    assert all(source != "CHLMIL" for _, source, _ in violence(text))


def test_people_hurt_after_with_are_victims_not_attackers():
    text = (
        "Trains stopped running in Lahore, with many Pakistani passengers hurt in the stampede "
        "and others wounded in the shooting."
    )
    assert all(source != "PAKCVL" for _, source, _ in violence(text))


def test_the_subject_of_a_participle_in_a_small_clause_is_its_victim():
    found = violence("The strike made him the third Chilean park ranger wounded this year.")
    assert all(source != "CHL" for _, source, _ in found)
    assert violence("The verdict made her the first judge attacked in the province.") == [
        ("190", None, "JUD")
    ]


def test_the_subject_of_a_clause_after_after_is_found_when_the_parser_splits_it():
    text = (
        "Ferry services stopped after the Chadian army, aided by French drones, pushed into "
        "the desert north of Faya."
    )
    assert [(cameo, source) for cameo, source, _ in violence(text)] == [("190", "TCDMIL")]


def test_a_swat_team_member_is_police():
    found = violence("A Phoenix SWAT team member shot the hostage taker on Tuesday.")
    assert [source for _, source, _ in found] == ["USACOP"]


def test_a_move_on_armed_people_by_an_unnamed_doer_is_still_force():
    text = (
        "Herders left the valley after the Sudanese army, helped by allied militias, advanced "
        "on rebel positions near Kadugli."
    )
    assert [(cameo, target) for cameo, _, target in violence(text)] == [("190", "REB")]


def test_a_suspect_a_state_acts_on_is_of_that_state():
    shot = facta.code_text(
        "An officer in Denver wounded the fleeing robber after a chase.", date="2016-03-07"
    )
    assert any(e.target is not None and e.target.code == "USACRM" for e in shot)
    held = facta.code_text("A teenager was detained in Leeds on Friday after a stabbing.")
    assert any(e.cameo == "173" and e.target and e.target.code == "GBRCRM" for e in held)
