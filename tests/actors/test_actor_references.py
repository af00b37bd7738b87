"""Pronouns for states, organisations and groups (it, its, whose), possessed roles, the
group named in apposition, first person inside quotes, counterparts and sides."""

from __future__ import annotations

from actor_helpers import actor_at

import facta


def test_it_links_to_the_institution_that_spoke(analyse) -> None:
    analysis = analyse(
        "Norway's navy said it had rescued forty sailors. The fisheries ministry said it "
        "would pay for the repairs."
    )
    navy = actor_at(analysis, "navy")
    first = actor_at(analysis, "it")
    assert first.code == "NORMIL" and first.entity == navy.entity
    assert actor_at(analysis, "it", 2).entity == actor_at(analysis, "ministry").entity


def test_it_reaches_the_previous_sentence(analyse) -> None:
    analysis = analyse(
        "Chile recalled its envoy from Lima on Tuesday. It said the talks had failed."
    )
    assert actor_at(analysis, "It").code == "CHL"


def test_its_names_the_subject_not_the_nearest_country(analyse) -> None:
    analysis = analyse("Ghana said Togo would reopen its border crossings.")
    assert actor_at(analysis, "its").code == "TGO"
    analysis = analyse("Ghana asked Togo to reopen its border crossings.")
    assert actor_at(analysis, "its").code == "TGO"
    analysis = analyse("Ghana closed its border with Togo.")
    assert actor_at(analysis, "its").code == "GHA"


def test_it_about_a_thing_or_a_situation_stays_unlinked(analyse) -> None:
    analysis = analyse(
        "The treaty was signed by Peru in March. It will take effect next year, "
        "and it is likely that Bolivia will join."
    )
    assert actor_at(analysis, "It") is None
    assert actor_at(analysis, "it") is None


def test_it_skips_a_person_to_reach_the_group(analyse) -> None:
    analysis = analyse(
        "The rebel group MNLF, whose leader Amir Salic lives abroad, said it would free "
        "the hostages."
    )
    it = actor_at(analysis, "it")
    assert it is not None and "REB" in it.sectors


def test_possessed_role_takes_the_possessor_country(analyse) -> None:
    analysis = analyse(
        "Kenyan police arrested three men in Nairobi. M23 said its fighters had left "
        "the hill near Goma."
    )
    fighters = actor_at(analysis, "fighters")
    assert fighters.code == "CODREB"


def test_group_named_in_apposition_and_whose(analyse) -> None:
    analysis = analyse(
        "Iraqi troops guarded Camp Ashraf in Iraq. Baghdad wants the exiled group "
        "Mujahideen-e Khalq, some of whose militants live in Iraq, to leave the country."
    )
    assert actor_at(analysis, "exiled group").code == "IRNREB"
    assert actor_at(analysis, "Mujahideen-e Khalq").code == "IRNREB"
    assert actor_at(analysis, "militants").code == "IRNREB"


def test_plural_of_a_demonym_does_not_hide_a_country(resolver, nlp) -> None:
    assert resolver.resolve_phrase(nlp, "the Philippines").code == "PHL"


def test_we_in_a_quote_is_the_speakers_side_and_i_the_speaker(analyse) -> None:
    analysis = analyse(
        'Kenyan army spokesman Peter Otieno spoke in Garissa. "We will not cross the border," '
        'Otieno said. "I have told our commanders to wait."'
    )
    speaker = actor_at(analysis, "Peter Otieno")
    we = actor_at(analysis, "We")
    i = actor_at(analysis, "I")
    assert we.code == speaker.code == "KENMIL"
    assert i.entity == speaker.entity and we.entity != speaker.entity
    assert actor_at(analysis, "our").code == "KENMIL"


def test_we_takes_the_entity_of_the_institution_that_speaks(analyse) -> None:
    analysis = analyse('"We regret the decision," Peru\'s foreign ministry said on Monday.')
    we = actor_at(analysis, "We")
    assert we.code == "PERGOV"
    assert we.entity == actor_at(analysis, "foreign ministry").entity


def test_quote_after_a_colon_and_unattributed_quotes(analyse) -> None:
    analysis = analyse(
        'The Mozambican police chief said: "We arrested ten men." '
        'Fishermen gathered in the harbour. "We are hungry."'
    )
    assert actor_at(analysis, "We").code == "MOZCOP"
    assert actor_at(analysis, "We", 2) is None


def test_us_the_country_is_not_first_person(analyse) -> None:
    analysis = analyse('"The US will help," the Iraqi minister said.')
    assert actor_at(analysis, "US").code == "USA"


def test_counterpart_has_the_country_named_and_the_possessors_role(analyse) -> None:
    analysis = analyse("The Kenyan interior minister met his Ugandan counterpart in Busia.")
    assert actor_at(analysis, "Ugandan counterpart").code == "UGAGOV"
    analysis = analyse("Egypt's army chief met his Sudanese counterpart on Monday.")
    assert actor_at(analysis, "Sudanese counterpart").code == "SDNMIL"


def test_side_with_a_country_is_its_government_and_without_is_nobody(analyse) -> None:
    analysis = analyse(
        "Both sides signed the accord, although the Burundian side asked for more time. "
        "He then met his counterpart."
    )
    assert actor_at(analysis, "Burundian side").code == "BDIGOV"
    assert actor_at(analysis, "sides") is None
    assert actor_at(analysis, "counterpart") is None


def test_a_mission_is_an_organisation_that_it_refers_to(analyse) -> None:
    analysis = analyse(
        "The African Union mission in Somalia said its troops had cleared two villages near "
        "Baidoa. It asked donors for more helicopters."
    )
    mission = actor_at(analysis, "African Union mission")
    assert mission.code == "IGOAFU"
    assert actor_at(analysis, "its").entity == mission.entity
    assert actor_at(analysis, "It").entity == mission.entity


def test_she_prefers_the_agent_of_a_passive(analyse) -> None:
    analysis = analyse(
        "Former AU envoy Grace Mensah praised the talks on Sunday. Peru's delegation was "
        "led by Foreign Minister Rosa Quispe, who signed the text. She called it fair."
    )
    assert actor_at(analysis, "She").entity == actor_at(analysis, "Rosa Quispe").entity


def test_bare_role_coordinated_with_a_countrys_role_shares_the_country(analyse) -> None:
    analysis = analyse("The bishops urged Peru's government and opposition to talk.")
    assert actor_at(analysis, "opposition").code == "PEROPP"
    analysis = analyse("Iraqi troops and the police searched the market.")
    assert actor_at(analysis, "police").country is None


def test_capital_as_a_party_after_between_or_with(analyse) -> None:
    analysis = analyse(
        "Qatar mediated between Washington and Tehran. Talks with Beijing stalled, "
        "and the envoy flew to Beijing."
    )
    assert actor_at(analysis, "Washington").code == "USAGOV"
    assert actor_at(analysis, "Tehran").code == "IRNGOV"
    assert actor_at(analysis, "Beijing").code == "CHNGOV"
    assert actor_at(analysis, "Beijing", 2) is None


def test_it_never_takes_one_of_coordinated_subjects(analyse) -> None:
    analysis = analyse(
        "Chile and Peru accused Bolivia, through its envoy, of stalling. "
        "Chile and Peru said it was time to act."
    )
    assert actor_at(analysis, "its").code == "BOL"
    assert actor_at(analysis, "said it") is None


def test_quote_attributed_in_the_next_sentence_only_by_a_bare_reporting_verb(analyse) -> None:
    analysis = analyse(
        'Fighting went on near Juba. "We hold the bridge." The South Sudanese '
        "army spokesman said so on Friday."
    )
    assert actor_at(analysis, "We").code == "SSDMIL"
    analysis = analyse(
        'Fighting went on near Juba. "We hold the bridge." The South Sudanese '
        "army spokesman said the rebels had fled."
    )
    assert actor_at(analysis, "We") is None


def test_forces_owned_by_a_rebel_speaker_are_the_rebels():
    import facta

    (event,) = facta.code_text(
        '"Our fighters will not attack the camp," said Jean Bosco, a spokesman for the M23 rebels.',
        date="2025-04-09",
    )
    assert event.source.code == "CODREB" and event.modality.negated and event.modality.future


def test_a_role_of_an_unknown_name_takes_what_the_name_is_said_to_be() -> None:
    # "the Ladies in Blue" is unknown; "dissident group" inside its phrase says what it is
    phrase = "Rosa Vidal, leader of the Ladies in Blue dissident group"
    assert facta.resolve_actor(phrase, date="2016-03-10").code == "OPP"


def test_the_party_points_back_to_a_party_whatever_its_name(analyse) -> None:
    analysis = analyse(
        "Leaders of ZANU-PF gathered in Bulawayo on Sunday. The party later thanked the farmers."
    )
    assert actor_at(analysis, "The party").code == "ZWEGOV"


def test_the_party_does_not_point_back_to_an_armed_group(analyse) -> None:
    analysis = analyse(
        "Fighters of the Lord's Resistance Army raided a village on Sunday. The party later "
        "thanked the farmers."
    )
    assert actor_at(analysis, "The party") is None


def test_an_envoy_at_a_body_from_a_state_is_that_states() -> None:
    """ "a U.N. ambassador from Peru" is Peru's envoy at the U.N.; "the U.N. envoy for Syria"
    and "the special envoy of the U.N." stay the U.N.'s."""
    assert facta.resolve_actor("the U.N. ambassador from Peru").code == "PERGOV"
    assert facta.resolve_actor("the AU envoy from Nigeria").code == "NGAGOV"
    assert facta.resolve_actor("the U.N. envoy for Syria").country == "IGOUNO"
