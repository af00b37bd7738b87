"""Verb patterns of CAMEO roots 04-10 that wire copy uses in many wordings: praise heaped on
someone, deals cut or worked out, ground given, pressure stepped up, detainees transferred."""

from __future__ import annotations


def test_praise_heaped_on_someone_is_praise_of_them(triples):
    text = "The Ruritanian premier heaped praise on the Bordurian foreign minister."
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian foreign minister": "BGRGOV"}
    assert ("ROUGOV", "BGRGOV", "051") in triples(text, actors)


def test_crediting_someone_with_a_deed_is_praise(triples):
    text = "The Ruritanian president credited Borduria with restoring calm in the valley."
    actors = {"The Ruritanian president": "ROUGOV", "Borduria": "BGR"}
    assert ("ROUGOV", "BGR", "051") in triples(text, actors)


def test_a_deal_cut_or_worked_out_with_someone_is_an_agreement(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    assert ("ROU", "BGR", "057") in triples(
        "Ruritania cut a deal with Borduria on fishing.", actors
    )
    text = "Ruritania worked out an agreement with Borduria on river water."
    assert ("ROU", "BGR", "057") in triples(text, actors)


def test_an_apology_accepted_is_forgiveness(triples):
    text = "The Ruritanian junta accepted the apology of the Bordurian ambassador."
    actors = {"The Ruritanian junta": "ROUMIL", "the Bordurian ambassador": "BGRGOV"}
    assert ("ROUMIL", "BGRGOV", "056") in triples(text, actors)


def test_giving_ground_and_softening_a_stance_are_yielding(triples):
    text = "The rebels gave ground to the Ruritanian government on land reform."
    actors = {"The rebels": "REB", "the Ruritanian government": "ROUGOV"}
    assert ("REB", "ROUGOV", "080") in triples(text, actors)
    text = "The Ruritanian government softened its stance on the port."
    codes = {c for _, _, c in triples(text, {"The Ruritanian government": "ROUGOV"})}
    assert "080" in codes


def test_detainees_transferred_to_a_state_are_released_to_it(triples):
    text = "Ruritania transferred two detainees to Borduria on Sunday."
    assert ("ROU", "BGR", "0841") in triples(text, {"Ruritania": "ROU", "Borduria": "BGR"})


def test_a_lifted_court_order_eases_a_restriction(triples):
    text = "A Ruritanian judge lifted the order barring the farmers' march."
    codes = {c for _, _, c in triples(text, {"A Ruritanian judge": "ROUJUD"})}
    assert "081" in codes


def test_pressure_stepped_up_on_someone_is_a_demand(triples):
    text = "Ruritania stepped up pressure on Borduria to close the camps."
    found = triples(text, {"Ruritania": "ROU", "Borduria": "BGR"})
    assert any(s == "ROU" and t == "BGR" and c.startswith("10") for s, t, c in found)


def test_searching_for_a_gunman_investigates_a_crime(triples):
    text = "Ruritanian police searched the hills for the gunman on Monday."
    codes = {c for _, _, c in triples(text, {"Ruritanian police": "ROUCOP"})}
    assert "091" in codes


def test_a_particle_read_as_a_number_modifier_still_counts(triples):
    # "handed over 20 hostages": the parser takes "over 20" for "more than 20"
    text = "The militia handed over 20 hostages to Borduria on Friday."
    assert ("REB", "BGR", "0841") in triples(text, {"The militia": "REB", "Borduria": "BGR"})


def test_a_signed_truce_is_a_ceasefire_not_an_agreement(triples):
    text = "The Ruritanian army signed a truce with the rebels."
    found = triples(text, {"The Ruritanian army": "ROUMIL", "the rebels": "REB"})
    assert ("ROUMIL", "REB", "0871") in found


def test_returned_boats_and_scrapped_taxes_are_yielding(triples):
    text = "Ruritania returned the seized trawler to Borduria."
    assert ("ROU", "BGR", "0842") in triples(text, {"Ruritania": "ROU", "Borduria": "BGR"})
    text = "The Ruritanian government scrapped the fuel tax after the strikes."
    codes = {c for _, _, c in triples(text, {"The Ruritanian government": "ROUGOV"})}
    assert "0832" in codes


def test_buying_grain_from_a_state_is_trade(triples):
    text = "Ruritania bought wheat from Borduria last year."
    assert ("ROU", "BGR", "061") in triples(text, {"Ruritania": "ROU", "Borduria": "BGR"})


def test_documenting_abuses_investigates_them(triples):
    text = "Bordurian monitors documented abuses in the Ruritanian prisons."
    codes = {c for _, _, c in triples(text, {"Bordurian monitors": "BGR"})}
    assert "092" in codes


def test_talking_on_the_phone_is_a_phone_call(triples):
    text = "The Ruritanian premier talked with the Bordurian king on the phone on Monday."
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian king": "BGRGOV"}
    assert ("ROUGOV", "BGRGOV", "041") in triples(text, actors)


def test_pressure_on_someone_named_as_a_noun_is_a_demand(triples):
    text = "Ruritania's pressure on Borduria paid off in the end."
    assert ("ROU", "BGR", "100") in triples(text, {"Ruritania": "ROU", "Borduria": "BGR"})


def test_a_rescue_and_a_reversal_are_read_through_their_verbs(triples):
    text = "The Ruritanian navy's rescue of 300 stranded fishermen was praised."
    codes = {c for _, _, c in triples(text, {"The Ruritanian navy": "ROUMIL"})}
    assert "073" in codes
    text = "The Ruritanian cabinet's reversal of the fuel tax surprised the unions."
    codes = {c for _, _, c in triples(text, {"The Ruritanian cabinet": "ROUGOV"})}
    assert "0832" in codes


def test_fighting_alongside_an_army_is_military_cooperation(triples):
    text = "Ruritanian militias fought alongside Bordurian troops in the valley."
    actors = {"Ruritanian militias": "ROUREB", "Bordurian troops": "BGRMIL"}
    assert ("ROUREB", "BGRMIL", "062") in triples(text, actors)


def test_standing_with_a_state_is_support(triples):
    text = "Ruritania stands with Borduria after the floods."
    assert ("ROU", "BGR", "051") in triples(text, {"Ruritania": "ROU", "Borduria": "BGR"})


def test_an_offensive_called_off_is_de_escalation(triples):
    text = "The Ruritanian army called off its offensive against the rebels."
    actors = {"The Ruritanian army": "ROUMIL", "the rebels": "REB"}
    assert ("ROUMIL", "REB", "087") in triples(text, actors)


def test_leaving_the_office_at_noon_is_no_resignation(triples):
    text = "Ruritanian workers left the office at noon."
    assert not triples(text, {"Ruritanian workers": "ROULAB"})


def test_regret_for_ones_own_deed_is_an_apology_regret_over_anothers_is_not(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    text = "Ruritania expressed regret to Borduria for the border incident."
    assert ("ROU", "BGR", "055") in triples(text, actors)
    text = "Ruritania expressed regret over the Bordurian ruling."
    assert "055" not in {c for _, _, c in triples(text, actors)}


def test_backing_given_to_someone_is_support_and_financial_support_is_aid(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    assert ("ROU", "BGR", "051") in triples("Ruritania gave its backing to Borduria.", actors)
    text = "Ruritania provided financial support to Borduria after the floods."
    assert ("ROU", "BGR", "071") in triples(text, actors)


def test_arriving_in_a_capital_is_a_visit(triples):
    text = "The Ruritanian foreign minister arrived in Borduria on Sunday."
    actors = {"The Ruritanian foreign minister": "ROUGOV", "Borduria": "BGR"}
    assert ("ROUGOV", "BGR", "042") in triples(text, actors)


def test_a_defence_of_a_policy_and_a_manhunt_are_read_as_events(triples):
    text = "The Ruritanian minister's defence of the Bordurian policy surprised many."
    actors = {"The Ruritanian minister's": "ROUGOV", "Bordurian": "BGR"}
    assert "052" in {c for _, _, c in triples(text, actors)}
    text = "Ruritanian police launched a manhunt for the gunman."
    assert "091" in {c for _, _, c in triples(text, {"Ruritanian police": "ROUCOP"})}


def test_a_round_table_of_many_states_is_not_coded_pair_by_pair(triples):
    text = "Ruritania, Borduria, Syldavia, Latveria and Genovia met on Monday."
    actors = {
        "Ruritania": "ROU",
        "Borduria": "BGR",
        "Syldavia": "SYC",
        "Latveria": "LVA",
        "Genovia": "GEO",
    }
    found = triples(text, actors)
    assert len(found) == 4
    assert {s for s, _, _ in found} == {"ROU"}
    text = "Ruritania, Borduria and Syldavia met on Monday."
    found = triples(text, {k: v for k, v in actors.items() if k in text})
    assert len(found) == 6  # three sides still meet one another in pairs


def test_a_modal_guessing_at_a_state_of_mind_is_no_demand(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian minister said Borduria must withdraw its gunboats."
    assert any(c.startswith("10") for _, _, c in triples(text, actors))
    for text in (
        "The Ruritanian minister said Borduria must know that the border is closed.",
        "The Ruritanian minister said Borduria must have known about the plot.",
        "The Ruritanian minister said Borduria must be weighing its options.",
    ):
        assert not any(c.startswith("10") for _, _, c in triples(text, actors))


def test_requiring_is_a_demand_only_of_someone_to_act(triples):
    actors = {"Ruritanian regulators": "ROUGOV", "the Bordurian firm": "BGRBUS"}
    text = "Ruritanian regulators required the Bordurian firm to pay a fine."
    assert ("ROUGOV", "BGRBUS", "100") in triples(text, actors)
    text = "Beating the smugglers will require more patrols from the Bordurian firm."
    found = triples(text, {"the Bordurian firm": "BGRBUS"})
    assert not any(c.startswith("10") for _, _, c in found)


def test_coming_out_for_and_stumping_for_a_candidate(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian candidate": "BGRELI"}
    text = "The Ruritanian premier came out for the Bordurian candidate."
    assert ("ROUGOV", "BGRELI", "051") in triples(text, actors)
    text = "The Ruritanian premier stumped for the Bordurian candidate."
    assert ("ROUGOV", "BGRELI", "053") in triples(text, actors)


def test_a_released_video_is_made_public_not_set_free(triples):
    text = "A video released by the Ruritanian army showed the raid."
    codes = {c for _, _, c in triples(text, {"the Ruritanian army": "ROUMIL"})}
    assert "0841" not in codes
    text = "The Ruritanian army released two Bordurian fishermen."
    found = triples(text, {"The Ruritanian army": "ROUMIL", "Bordurian fishermen": "BGRCVL"})
    assert ("ROUMIL", "BGRCVL", "0841") in found


def test_valuing_a_partners_friendship_is_praise(triples):
    text = "Ruritania cherishes Borduria's friendship, the premier said."
    assert ("ROU", "BGR", "051") in triples(text, {"Ruritania": "ROU", "Borduria": "BGR"})
