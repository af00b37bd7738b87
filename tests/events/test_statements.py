"""Statements on wire copy: declines to comment, predictions, concern, criticism read through
the clause a speech verb introduces, and the statements that are no event."""

from __future__ import annotations


def test_a_company_declining_to_comment_is_coded_but_not_its_business(triples):
    bank = {"The Ruritanian bank": "ROUBUS"}
    assert triples("The Ruritanian bank declined to comment on the fine.", bank) == {
        ("ROUBUS", None, "011")
    }
    assert triples("The Ruritanian bank denied the allegations of fraud.", bank) == {
        ("ROUBUS", None, "016")
    }
    rival = {**bank, "its Bordurian rival": "BGRBUS"}
    assert triples("The Ruritanian bank sued its Bordurian rival over the fees.", rival) == set()


def test_answering_verbs_decline_only_when_negated(triples):
    ministry = {"The Ruritanian ministry": "ROUGOV"}
    for text in (
        "The Ruritanian ministry did not comment on the arrests.",
        "The Ruritanian ministry did not give a motive for the raid.",
    ):
        assert triples(text, ministry) == {("ROUGOV", None, "011")}, text
    for text in (
        "The Ruritanian ministry commented on the arrests on Monday.",
        "The Ruritanian ministry did not return calls seeking comment.",  # silence, no refusal
    ):
        assert triples(text, ministry) == set(), text


def test_a_prediction_is_optimistic_unless_its_clause_tells_a_failure(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian premier predicted that Borduria would prevail in the vote."
    assert triples(text, actors) == {("ROUGOV", "BGR", "013")}
    text = "The Ruritanian premier predicted that the talks with Borduria would fail."
    assert triples(text, actors) == {("ROUGOV", "BGR", "012")}


def test_a_comment_said_not_to_be_made_is_no_event(triples):
    premier = {"The Ruritanian premier": "ROUGOV"}
    assert triples("The Ruritanian premier was optimistic about the talks.", premier) == {
        ("ROUGOV", None, "013")
    }
    assert triples("The Ruritanian premier was not worried about the sanctions.", premier) == set()
    assert triples("The Ruritanian premier did not deny the report.", premier) == set()


def test_whoever_is_asked_in_an_opening_participle_does_not_ask(triples):
    text = "Asked to comment on the strike, the Ruritanian defence minister said nothing."
    assert triples(text, {"the Ruritanian defence minister": "ROUGOV"}) == set()


def test_a_description_that_judges_is_criticism(triples):
    actors = {"The Ruritanian envoy": "ROUGOV", "the Bordurian proposal": "BGRGOV"}
    text = "The Ruritanian envoy described the Bordurian proposal as unacceptable."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "111")}
    text = "The Ruritanian envoy called the Bordurian proposal a hypocritical gesture."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "111")}
    text = "The Ruritanian envoy described the Bordurian proposal as detailed."
    assert triples(text, actors) == set()


def test_a_report_of_an_unsafe_act_criticises_its_doer(triples):
    actors = {"Bordurian jets": "BGRMIL", "the Ruritanian military": "ROUMIL"}
    text = "Bordurian jets carried out an unsafe intercept, the Ruritanian military said."
    assert ("ROUMIL", "BGRMIL", "111") in triples(text, actors)


def test_what_a_condition_names_is_not_coded(triples):
    actors = {
        "Ruritanian rebels": "ROUREB",
        "the Ruritanian government": "ROUGOV",
        "the Ruritanian army": "ROUMIL",
    }
    text = (
        "The Ruritanian rebels said they would lay down their arms if the Ruritanian government "
        "freed their leaders."
    )
    assert triples(text, {k: v for k, v in actors.items() if k in text}) == set()
    for text in (
        "Had the Ruritanian government asked the Ruritanian army for help, the Ruritanian rebels "
        "would have fled.",
        "The Ruritanian rebels would have surrendered had the Ruritanian government asked the "
        "Ruritanian army for help.",
    ):
        assert ("ROUGOV", "ROUMIL", "023") not in triples(text, actors), text


def test_quoted_words_a_speech_verb_gives_no_clause_are_what_it_says(triples):
    actors = {"Borduria": "BGR", "the Ruritanian senator": "ROULEG"}
    text = '"Pitiful that Borduria rewards the rebels with a visit," said the Ruritanian senator.'
    assert triples(text, actors) == {("ROULEG", "BGR", "111")}
    text = '"Borduria rewards the rebels with a visit," said the Ruritanian senator of the sham.'
    assert triples(text, actors) == set()


def test_insisting_on_what_is_demands_nothing(triples):
    actors = {"The Ruritanian government": "ROUGOV", "the rebels": "ROUREB"}
    text = "The Ruritanian government insists that the violence is homegrown."
    assert triples(text, {"The Ruritanian government": "ROUGOV"}) == set()
    text = "The Ruritanian government insisted that the rebels leave the city."
    assert triples(text, actors) == {("ROUGOV", "ROUREB", "100")}


def test_more_ways_of_giving_no_comment(triples):
    ministry = {"The Ruritanian ministry": "ROUGOV"}
    for text in (
        "The Ruritanian ministry had no immediate comment.",
        "The Ruritanian ministry did not elaborate.",
    ):
        assert triples(text, ministry) == {("ROUGOV", None, "011")}, text
    for text in (
        "The Ruritanian ministry was not available for comment.",
        "The Ruritanian ministry did not answer calls seeking comment.",
        "The Ruritanian ministry did not immediately comment on the report.",
        "The Ruritanian ministry was not immediately available to comment.",
    ):
        assert triples(text, ministry) == set(), text  # not answering is no explicit refusal
    assert triples("The Ruritanian ministry made a comment on the report.", ministry) == set()


def test_a_finding_that_denies_worth_is_criticism(triples):
    actors = {"The Ruritanian regulator": "ROUGOV", "the Bordurian bank": "BGRBUS"}
    text = "The Ruritanian regulator found the Bordurian bank's plan not credible."
    assert triples(text, actors) == {("ROUGOV", "BGRBUS", "111")}
    text = "The Ruritanian regulator found the Bordurian bank's plan credible."
    assert triples(text, actors) == set()


def test_a_subordinate_clause_is_not_what_the_speaker_judges(triples):
    regulator = {"The Ruritanian regulator": "ROUGOV"}
    text = "The Ruritanian regulator said the plan was sound, while critics found it absurd."
    assert triples(text, regulator) == set()
    text = "The Ruritanian regulator said the plan was absurd, while critics found it sound."
    assert triples(text, regulator) == {("ROUGOV", None, "111")}


def test_an_answer_given_reports_nothing_away(triples):
    actors = {"Police": "ROUCOP", "the gunman": "ROUCRM", "50 people": "ROUCVL"}
    text = "Police identified the gunman who killed 50 people at the market."
    assert triples(text, actors) == {("ROUCRM", "ROUCVL", "1823")}


def test_the_act_a_criticism_judges_is_coded_too(triples):
    actors = {
        "Bordurian jets": "BGRMIL",
        "a Ruritanian convoy": "ROUMIL",
        "the Ruritanian army": "ROUMIL",
    }
    text = "Bordurian jets carried out an unsafe attack on a Ruritanian convoy, the Ruritanian army said."
    found = triples(text, actors)
    assert ("ROUMIL", "BGRMIL", "111") in found
    assert ("BGRMIL", "ROUMIL", "190") in found


def test_calling_a_claim_false_is_a_denial(triples):
    ministry = {"The Ruritanian ministry": "ROUGOV"}
    for text in (
        "The Ruritanian ministry said the reports of a coup were false.",
        "The Ruritanian ministry called the charges baseless.",
    ):
        assert triples(text, ministry) == {("ROUGOV", None, "016")}, text
    assert triples("The Ruritanian ministry said the report was not false.", ministry) == set()


def test_saying_someone_is_to_blame_accuses_them(triples):
    actors = {"The Ruritanian ministry": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian ministry said Borduria was to blame for the violence."
    assert triples(text, actors) == {("ROUGOV", "BGR", "112")}


def test_a_feeling_one_is_left_with_is_a_comment(triples):
    lawmakers = {"Ruritanian lawmakers": "ROULEG"}
    text = "Ruritanian lawmakers were left concerned that the plan might not be sufficient."
    assert triples(text, lawmakers) == {("ROULEG", None, "012")}


def test_calling_for_someone_to_act_appeals_to_them(triples):
    actors = {"The Ruritanian envoy": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian envoy called for Borduria to withdraw its troops."
    assert {(s, t, c[:2]) for s, t, c in triples(text, actors)} == {("ROUGOV", "BGR", "02")}


def test_an_obligation_laid_on_no_actor_asks_no_one(triples):
    actors = {"The Ruritanian envoy": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian envoy said the talks must ensure that rights are upheld in Borduria."
    assert triples(text, actors) == set()
    text = "The Ruritanian envoy said Borduria must withdraw its troops."
    assert {(s, t, c[:2]) for s, t, c in triples(text, actors)} == {("ROUGOV", "BGR", "10")}


def test_a_denied_intent_refuses_the_act(triples):
    actors = {"The Ruritanian opposition": "ROUOPP", "the Ruritanian government": "ROUGOV"}
    text = "The Ruritanian opposition did not intend to negotiate with the Ruritanian government."
    assert triples(text, actors) == {("ROUOPP", "ROUGOV", "125")}
    text = "The Ruritanian opposition intended to negotiate with the Ruritanian government."
    assert triples(text, actors) == {("ROUOPP", "ROUGOV", "046")}  # the planned act, future


def test_a_standing_silence_is_no_decline(triples):
    ministry = {"The Ruritanian ministry": "ROUGOV"}
    text = "The Ruritanian ministry has not commented on reports of a prisoner exchange."
    assert triples(text, ministry) == set()
    text = "The Ruritanian ministry did not comment on reports of a prisoner exchange."
    assert triples(text, ministry) == {("ROUGOV", None, "011")}


def test_a_quoted_mood_with_no_one_it_bears_on_is_no_comment(triples):
    government = {"The Ruritanian government": "ROUGOV"}
    text = '"The Ruritanian government is very confident that things will go well," he said.'
    assert triples(text, government) == set()
    text = "The Ruritanian government is very confident that things will go well."
    assert triples(text, government) == {("ROUGOV", None, "013")}
    text = 'Aides to the Ruritanian premier were left "concerned" that the plan would fail.'
    assert triples(text, {"the Ruritanian premier": "ROUGOV", "Aides": "ROUGOV"}) != set()


def test_naming_someone_a_liar_is_criticism_and_declining_to_answer_a_decline():
    import facta

    [smear] = facta.code_text("The Egyptian minister called the opposition leader a liar.")
    assert smear.root == "11"
    [named] = facta.code_text("The Cairo newspaper referred to the senator as a demagogue.")
    assert named.root == "11"
    [silent] = facta.code_text("The Kenyan police chief declined to answer questions on Monday.")
    assert silent.cameo == "011"


def test_a_lament_is_pessimism_whatever_it_laments(triples):
    governor = {"The Ruritanian governor": "ROUGOV"}
    text = "The Ruritanian governor lamented the state of the mountain roads."
    assert triples(text, governor) == {("ROUGOV", None, "012")}


def test_who_acts_in_a_relative_clause_of_circumstance_did_not_make_the_noun(triples):
    actors = {"The Ruritanian governor": "ROUGOV", "Bordurian loggers": "BGRBUS"}
    text = (
        "The Ruritanian governor lamented the speed at which Bordurian loggers "
        "clear the old forest."
    )
    assert triples(text, actors) == {("ROUGOV", None, "012")}
    actors = {"The Ruritanian governor": "ROUGOV", "the Bordurian council": "BGRGOV"}
    text = "The Ruritanian governor condemned the scheme that the Bordurian council drew up."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "111")}


def test_releasing_a_proposal_is_no_statement_and_frees_no_one(triples):
    ministry = {"The Ruritanian treasury": "ROUGOV"}
    text = "The Ruritanian treasury unveiled its pension proposal on Monday."
    assert triples(text, ministry) == set()
    text = "The Ruritanian treasury released a draft of the new pension plan."
    assert triples(text, ministry) == set()
    text = "The Ruritanian treasury released the audit report on Monday."
    assert triples(text, ministry) == {("ROUGOV", None, "010")}


def test_an_admission_tells_of_the_tellers_own_side():
    import facta

    for text in (
        "The Peruvian ministry admitted that its jets had struck the market.",
        "The Peruvian minister conceded he had misled parliament.",
    ):
        assert [e.cameo for e in facta.code_text(text)] == ["015"], text
    text = "The Peruvian minister acknowledged that Chilean voters had grown wary of the deal."
    assert not facta.code_text(text)


def test_a_hope_or_fear_is_a_comment_only_when_its_holder_voices_it():
    import facta

    voiced = "The Chilean foreign minister said he was hopeful that Peru and Bolivia could agree."
    assert "013" in {e.cameo for e in facta.code_text(voiced)}
    for text in (
        "Ecuador's foreign ministry said the Colombian envoys were hopeful about a fishing treaty.",
        "Many Bolivian voters doubted that the Peruvian canal would ever open.",
        "Peruvian farmers, hoping the court rules for them, marched in Lima.",
    ):
        assert not {"012", "013"} & {e.cameo for e in facta.code_text(text)}, text
    # what an unvoiced fear foresees is not coded either
    text = "Many Bolivian miners feared the army would attack their camp."
    assert not facta.code_text(text)


def test_a_participle_and_its_conjoined_verb_are_the_speakers_own_acts(triples):
    actors = {
        "The Ruritanian envoy": "ROUGOV",
        "Bordurian militias": "BGRREB",
        "the Bordurian king": "BGRGOV",
    }
    text = (
        "The Ruritanian envoy deplored the flooding of the valley, accusing Bordurian militias"
        " of sabotage, and urged the Bordurian king to open an inquiry."
    )
    assert triples(text, actors) == {
        ("ROUGOV", None, "111"),
        ("ROUGOV", "BGRREB", "112"),
        ("ROUGOV", "BGRGOV", "020"),
    }


def test_describing_an_attack_as_terrorism_accuses_its_authors(triples):
    police = {"The Ruritanian police": "ROUCOP"}
    text = "The Ruritanian police described the stabbing as a terrorist attack."
    assert triples(text, police) == {("ROUCOP", None, "112")}
    text = "The Ruritanian police classified the fire as a terrorism incident."
    assert triples(text, police) == {("ROUCOP", None, "112")}


def test_a_source_asking_for_anonymity_makes_no_appeal(triples):
    text = "A Ruritanian official, who asked for anonymity, said the border would stay shut."
    assert all(code[:2] != "02" for *_, code in triples(text, {"A Ruritanian official": "ROUGOV"}))
    text = "The Ruritanian premier asked for aid after the floods."
    assert triples(text, {"The Ruritanian premier": "ROUGOV"}) == {("ROUGOV", None, "023")}


def test_a_conjunct_hung_deep_in_a_reported_clause_is_the_tellers_act(triples):
    actors = {"The Ruritanian Red Crescent": "ROUNGO", "the Bordurian border guards": "BGRCOP"}
    text = (
        "The Ruritanian Red Crescent said its clinic had shut when the power failed and"
        " accused the Bordurian border guards of cutting the line."
    )
    assert ("ROUNGO", "BGRCOP", "112") in triples(text, actors)
