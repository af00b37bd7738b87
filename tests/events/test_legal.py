"""Police, courts and investigations: who arrests, tries, sues or investigates whom."""

from dataclasses import replace

import facta


def _coded(text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.cameo, e.source and e.source.code, e.target and e.target.code)
        for e in facta.code_text(text, date="2016-05-10")
    }


def test_an_investigation_a_teller_reports_as_going_on_is_the_tellers_own():
    found = _coded(
        "A gunman wounded two guards in Denver on Sunday. "
        "The Denver sheriff's office said the investigation was ongoing."
    )
    assert ("091", "USACOP", None) in found
    found = _coded("Nothing was stolen. The investigation is continuing, Ohio police said.")
    assert ("091", "USACOP", None) in found


def test_an_ongoing_fight_is_not_the_tellers_act():
    assert _coded("The fighting is continuing, the Syrian army said.") == set()


def test_a_lawsuit_seeking_damages_from_a_company_sues_the_company():
    found = _coded(
        "Two Canadian families filed a lawsuit on Tuesday seeking $50 million in damages "
        "from Google Inc."
    )
    assert ("115", "CANCVL", "USABUS") in found


def test_people_held_along_with_the_subject_of_a_passive_arrest_are_held_too():
    found = _coded(
        "Kuwaiti media said three Germans were detained on Friday and another two on Sunday, "
        "along with six Iraqis, an Egyptian and a citizen of Jordan."
    )
    assert {t for cameo, _, t in found if cameo == "173"} >= {"DEU", "IRQCVL", "EGY", "JORCVL"}


def test_a_passive_arrest_that_names_no_agent_has_no_source():
    found = _coded("Two Germans were arrested in Kuwait on Friday.")
    assert {(s, t) for cameo, s, t in found if cameo == "173"} == {(None, "DEU")}


def test_a_passive_inquiry_a_teller_reports_is_the_tellers_own():
    found = _coded(
        "A French fighter jet went down near Dijon, the French air force said, adding that "
        "what brought it down was being investigated."
    )
    assert ("090", "FRAMIL", None) in found


def test_investigating_an_assault_or_a_conspiracy_is_a_criminal_inquiry():
    found = _coded("Police in Ohio were investigating an assault on a bus driver on Sunday.")
    assert {cameo for cameo, _, _ in found} == {"091"}


def test_a_court_ordering_that_a_suspect_be_held_detains_him():
    found = _coded("A Hamburg court ordered on Friday that Peter Muller, 40, be held for 14 days.")
    assert ("173", "DEUJUD", "DEUCRM") in found
    assert not any(cameo.startswith("10") for cameo, _, _ in found)  # no demand


def test_an_unnamed_suspect_arrested_by_no_named_agent_is_of_the_state_holding_him():
    # unlike an unnamed gunman (the source, who keeps no country), the one a state holds is
    # that state's suspect
    found = _coded("A man was arrested in Ohio on Saturday after the shooting.")
    assert ("173", None, "USACRM") in found


def test_a_person_presumed_a_civilian_denied_bail_is_a_suspect(parsed, coder):
    # the code's row of implied_agents.tsv (1243: a court, a suspect) reads "was denied bail"
    analysis = parsed("John Kessler, 45, was denied bail on Monday.", {"John Kessler": "USACVL"})
    analysis.set_mentions(
        [replace(m, actor=replace(m.actor, presumed=True)) for m in analysis.mentions]
    )
    [refusal] = coder.code(analysis).events
    assert (refusal.cameo, refusal.target.sectors) == ("1243", ("CRM",))


def test_one_the_clause_calls_accused_is_a_suspect():
    found = _coded(
        "OMAHA (Wire) - Nebraska prosecutors will seek a prison term for a man accused of "
        "setting fire to three barns."
    )
    assert ("173", "USAJUD", "USACRM") in found


def test_a_court_setting_a_sentencing_or_trial_date_tries_the_defendant():
    found = _coded(
        "BOISE, Idaho (Reuters) - Judge Mary Jones in Boise set Tom Brown's sentencing for May 3."
    )
    assert any(cameo == "173" and s == "USAJUD" for cameo, s, _ in found)
    found = _coded(
        "BOISE, Idaho (Reuters) - A June trial date was set for two former advisers of the "
        "governor, Jim Lee and Sara Kent."
    )
    assert ("173", None, "USAELI") in found
    assert _coded("The committee set a date for the vote.") == set()


def test_a_passive_with_no_agent_and_no_one_it_is_done_to_is_not_coded():
    text = "While the details of the shooting are still being investigated, more can be done."
    assert _coded(text) == set()


def test_a_court_that_overturns_another_courts_ruling_acts_on_that_court():
    found = _coded(
        "WASHINGTON (Reuters) - The Supreme Court overturned an appeals court ruling in favor "
        "of the company."
    )
    assert ("120", "USAJUD", "USAJUD") in found


def test_those_among_a_group_detained_are_detained():
    found = _coded(
        "LIMA (Reuters) - Four Chileans are among 15 suspects detained on smuggling charges "
        "in Peru since Monday."
    )
    assert {(s, t) for cameo, s, t in found if cameo == "173"} == {(None, "CHLCVL")}
    # a participle that only describes is still no event
    assert _coded("Police said 20 suspects detained on Friday were Syrian.") == set()


def test_an_inquiry_looks_into_the_doer_of_an_act_not_whom_it_was_done_to():
    found = _coded("Police in Ohio are investigating the attack on a bus driver.")
    assert {t for _, _, t in found} == {None}
    found = _coded(
        "The Spanish coast guard opened an investigation into the drowning of migrants near Cadiz."
    )
    assert {t for _, _, t in found} == {None}
    found = _coded(
        "Prosecutors are investigating the fatal shooting of a teenager by a police officer."
    )
    assert {t for _, _, t in found} == {"COP"}


def test_a_passive_takes_the_agent_a_clause_it_governs_names():
    found = _coded(
        "BOISE, Idaho (Reuters) - Two people were arrested on Friday with stolen rifles after "
        "police stopped them near the bridge."
    )
    assert ("173", "USACOP", "USACVL") in found


def test_an_inquiry_into_a_report_looks_into_whoever_the_report_says_acted():
    found = _coded(
        "Detectives in Nevada are investigating reports that Harold Quist sold forged permits "
        "to ranchers."
    )
    assert ("091", "USACOP", "USACRM") in found  # whose deeds police look into: a suspect


def test_an_inquiry_into_an_act_on_someone_looks_into_whoever_a_clause_says_did_it():
    found = _coded(
        "The sheriff's office in Reno is probing the beating of a cashier who was cornered by "
        "two robbers."
    )
    assert {t for _, _, t in found} == {"CRM"}


def test_suspects_the_text_does_not_name_are_of_the_state_holding_them():
    found = _coded("Police in Kansas arrested two suspects on Friday after a pharmacy was looted.")
    assert ("173", "USACOP", "USACRM") in found
    found = _coded("Sheriff's deputies in Kansas detained Walter Pruitt on Friday.")
    assert ("173", "USACOP", "USACRM") in found  # a named person keeps the story's country


def test_an_inquiry_by_police_is_a_criminal_investigation():
    found = _coded("Detectives in Leeds are investigating the fire at the warehouse.")
    assert {cameo for cameo, _, _ in found} == {"091"}
    found = _coded("Italian magistrates in Turin are investigating the collapse of the bridge.")
    assert "091" not in {cameo for cameo, _, _ in found}


def test_whom_prosecutors_accuse_is_a_suspect_of_a_crime():
    found = _coded("Prosecutors in Texas accused Carl Jensen of bribing two guards.")
    assert ("1121", "USAJUD", "USACRM") in found
    found = _coded("Prosecutors in Texas alleged that Carl Jensen had stabbed two prison guards.")
    assert ("1121", "USAJUD", "USACRM") in found


def test_an_arrest_verb_taking_a_thing_holds_no_one():
    assert (
        _coded("Officers in Lima captured fingerprint records of commuters without consent.")
        == set()
    )
    assert _coded("Peruvian police captured images of the smugglers' boats.") == set()
    found = _coded("Police in Lima captured two smugglers on Friday.")
    assert {cameo for cameo, _, _ in found} == {"173"}


def test_one_executed_by_the_state_with_no_agent_named_is_a_convict():
    # a method after "by" is how, not who; the implied state names no source (ARTICLES.md)
    found = _coded("Two convicted poisoners were executed by firing squad in Utah at dawn.")
    assert ("180", None, "USACRM") in found
    found = _coded("The militia executed two captured pilots near Mosul.")
    assert {cameo for cameo, _, _ in found} == {"180"}


def test_knocking_someone_to_the_ground_is_an_assault():
    found = _coded(
        "Outside a courthouse in Reno, Kyle Brandt knocked a state trooper to the ground."
    )
    assert {cameo for cameo, _, _ in found} == {"182"}
    assert _coded("The storm knocked the power lines to the ground in Reno.") == set()


def test_a_sentence_with_no_agent_named_is_a_courts_but_an_arrest_names_no_one():
    found = _coded("Carl Jensen, a former bank clerk, will be sentenced in Austin next spring.")
    assert ("173", "USAJUD", "USACRM") in found
    found = _coded("A nurse in Leeds was convicted on Monday of poisoning three patients.")
    assert {s for _, s, _ in found} == {"GBRJUD"}
    found = _coded("Carl Jensen was arrested in Austin on Sunday.")
    assert {s for _, s, _ in found} == {None}


def test_the_court_a_sentence_implies_is_of_where_it_sits_not_of_the_one_sentenced():
    found = _coded("A British tourist was sentenced in Dubai to a year in prison.")
    assert {s for _, s, _ in found} == {"AREJUD"}
