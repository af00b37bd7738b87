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
    found = violence("Three Kenyan guards died in an Ethiopian air strike on the camp.")
    assert found and all(source == "ETHMIL" for _, source, _ in found)
    assert all(target is not None and target.startswith("KEN") for _, _, target in found)


def test_those_who_died_in_a_blast_no_one_claimed_are_never_its_doers():
    found = violence("Two Dutch tourists died in the explosion near the harbour in Mombasa.")
    assert all(source != "NLDCVL" for _, source, _ in found)


def test_a_speaker_who_refers_to_strikes_that_killed_is_not_the_killer():
    text = (
        '"They will pay for this," Canadian Foreign Minister Jane Doe said, referring to air '
        "strikes that hit a school in Kandahar last month, killing pupils and teachers."
    )
    assert all(source != "CANGOV" for _, source, _ in violence(text))


def test_an_attack_whose_outcome_trails_a_copula_is_the_killer_not_the_copula_subject():
    text = (
        "Police were on alert across Kenya on Monday after the attack by a gunman at a busy "
        "market in Nairobi, killing two Dutch tourists and a Kenyan guard."
    )
    found = violence(text)
    assert ("1823", "REB", "NLDCVL") in found
    assert all(source != "KENCOP" for _, source, _ in found)


def test_an_armed_force_moving_in_on_a_place_uses_force():
    for text, doer in (
        ("Ukrainian troops entered the centre of Debaltseve on Tuesday.", "UKRMIL"),
        ("Rebels pushed deeper into the province on Monday.", "REB"),
        ("Army columns were advancing along the coast road toward Sirte.", "LBYMIL"),
    ):
        assert [(cameo, source) for cameo, source, _ in violence(text)] == [("190", doer)]


def test_unarmed_people_moving_in_on_a_place_use_no_force():
    assert violence("Pilgrims entered the old quarter of Jerusalem on Friday.") == []
    assert violence("Protesters surrounded the parliament building in Kiev.") == []
    assert violence("The bill advanced through the Senate committee on Tuesday.") == []


def test_a_move_in_on_a_place_keeps_the_killing_it_led_to():
    found = violence("Bangladeshi commandos entered the farmhouse, killing four militants.")
    assert ("190", "BGDMIL", "REB") in found


def test_the_one_a_bare_participle_describes_is_shot_not_shooting():
    text = (
        "A Montana deputy, shot during a long standoff, has died from his wounds, officials said."
    )
    found = violence(text)
    assert found and all(source is None for _, source, _ in found)


def test_people_wounded_after_with_are_victims_not_attackers():
    text = (
        "Police were on alert across Kenya on Monday after the raid by gunmen on a market in "
        "Nairobi, with dozens more people wounded in the blast."
    )
    assert all(source != "KENCVL" for _, source, _ in violence(text))


def test_the_subject_of_a_participle_in_a_small_clause_is_its_victim():
    text = "Officials said the attack made him the second officer killed in the line of duty."
    assert all(source is None or source == "REB" for _, source, _ in violence(text))


def test_a_past_tense_taken_for_a_participle_keeps_its_doer():
    text = "Armed police sealed off the market street where a dozen ambulances had gathered."
    assert [source for _, source, _ in violence(text)] == ["COP"]


def test_the_subject_of_a_clause_after_after_is_found_when_the_parser_splits_it():
    text = (
        "Refugees fled north after the Turkish army, backed by American air strikes, advanced "
        "against Kurdish forces near the border."
    )
    assert [(cameo, source) for cameo, source, _ in violence(text)] == [("190", "TURMIL")]


def test_a_swat_officer_is_police():
    found = violence("The suspect was fatally shot by a Houston SWAT officer on Sunday.")
    assert [source for _, source, _ in found] == ["USACOP"]
