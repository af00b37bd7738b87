"""Targets the text names only through a plain noun: a person harmed ("shot a man"), or a
thing only one kind of body makes ("criticized the verdict": the court)."""

from __future__ import annotations

import facta


def dyads(text: str) -> list[tuple[str, str | None, str | None]]:
    found = []
    for event in facta.code_text(text, date="2016-03-07"):
        coded = event.to_dict()
        source = (coded.get("source") or {}).get("code")
        target = (coded.get("target") or {}).get("code")
        found.append((event.cameo, source, target))
    return found


def test_a_man_shot_by_police_is_a_civilian_of_the_story_country():
    found = dyads("Denver police shot a man outside a laundromat on Tuesday night.")
    assert ("193", "USACOP", "USACVL") in found


def test_teenagers_beaten_by_an_attacker_are_civilians():
    found = dyads("Two teenagers were beaten outside a Phoenix skate park by an attacker.")
    assert [f for f in found if f[0].startswith("18")] == [("182", "REB", "USACVL")]


def test_a_man_armed_with_a_weapon_is_a_suspect_not_a_civilian():
    found = dyads("Outside a Denver laundromat, police shot a man armed with a crossbow.")
    assert ("193", "USACOP", "USACRM") in found


def test_a_man_harmed_by_no_one_named_stays_uncoded():
    assert not [f for f in dyads("A man was shot outside a Denver laundromat.") if f[0] == "193"]


def test_a_man_arrested_is_not_taken_for_a_civilian():
    found = dyads("Denver police arrested a man outside a laundromat on Tuesday.")
    assert ("173", "USACOP", "USACVL") not in found


def test_criticism_of_a_verdict_is_aimed_at_the_court():
    found = dyads("The Denver mayor criticized the verdict on Tuesday.")
    assert ("111", "USAGOV", "USAJUD") in found


def test_rejecting_a_bill_rejects_the_legislature():
    found = dyads("Kenya's opposition rejected the bill on grazing fees.")
    assert [f for f in found if f[0].startswith("12")] == [("120", "KENOPP", "KENLEG")]


def test_a_body_reacting_to_its_own_kind_of_product_is_not_its_own_target():
    found = dyads("The Kenyan judge defended her ruling on grazing fees.")
    assert all(target != "KENJUD" for _, _, target in found)


def test_a_bare_ordinal_object_is_one_more_of_the_group_named_before():
    found = dyads(
        "Kenyan soldiers arrested three smugglers near Tsavo and shot a fourth on Sunday."
    )
    assert ("193", "KENMIL", "KENCRM") in found


def test_an_ordinal_with_its_own_noun_is_no_left_out_object():
    found = dyads("Kenyan soldiers arrested three smugglers near Tsavo and shot a fourth elephant.")
    assert ("193", "KENMIL", "KENCRM") not in found


def test_other_members_coordinated_with_a_known_doer_share_its_country():
    found = dyads(
        "The speaker of the Kenyan parliament and other lawmakers criticized the president."
    )
    assert all(source == "KENLEG" for _, source, _ in found)


def test_other_governments_named_as_targets_take_no_country_from_the_doer():
    found = dyads("Russia criticized Kenya and other governments.")
    assert ("111", "RUSGOV", "RUSGOV") not in found


def test_ministers_of_a_grouping_of_states_take_no_country_from_whom_they_criticize():
    found = dyads("The G20 finance ministers rebuked Venezuela on Friday.")
    assert found and all(source is None or source[:3] != "VEN" for _, source, _ in found)


def test_an_inquiry_into_people_looks_into_them_not_into_an_act_done_to_them():
    assert ("090", "KENLEG", "KENCOP") in dyads(
        "The Kenyan senate opened an inquiry into the police chief."
    )
    found = dyads("Kenya's ethics commission began an investigation into three county governors.")
    assert ("090", "KEN", "KENGOV") in found


def test_the_public_an_appeal_or_warning_addresses_is_civilians():
    found = dyads("Idaho state troopers appealed for the public's assistance after the crash.")
    assert ("023", "USACOP", "USACVL") in found
    found = dyads("The Idaho governor warned the public about wildfire smoke on Monday.")
    assert ("130", "USAGOV", "USACVL") in found


def test_the_public_as_a_subject_names_no_actor():
    assert dyads("The public was angry about the smoke, the Idaho governor said.") == []


def test_kin_and_passers_by_harmed_by_a_known_doer_are_civilians():
    found = dyads("A Tucson police officer shot a motorist on Friday.")
    assert ("193", "USACOP", "USACVL") in found


def test_whom_a_verb_prompts_to_act_is_the_doer_of_that_act():
    events = facta.code_text(
        "Gunmen attacked a bank in Nakuru on Monday, prompting Kenyan police to arrest four suspects.",
        date="2016-03-07",
    )
    assert {e.source.code for e in events if e.cameo == "173"} == {"KENCOP"}
