"""What actors say they will do or want others to do: intents (03x), appeals (02x) and
demands (10x), and the words that only look like them."""

from __future__ import annotations

import facta


def roots(text: str) -> list[str]:
    return [e.root for e in facta.code_text(text, date="2016-03-07")]


def test_a_question_put_to_someone_is_no_appeal():
    assert "02" not in roots("The reporter asked the minister whether the army would withdraw.")
    assert "02" not in roots('Asked by the BBC whether he would resign, Kenyatta said: "Never."')
    assert "02" in roots("The Kenyan president asked the opposition to end the protests.")


def test_an_act_a_whether_clause_weighs_is_not_done():
    text = "EU ministers meet in Oslo to decide whether they should impose sanctions on Belarus."
    assert "16" not in roots(text)
    text = "Asked whether he expected the senators to oppose the bill, Reid said he did not know."
    assert "12" not in roots(text)
    assert "16" in roots("EU ministers imposed sanctions on Belarus on Monday.")


def test_an_adjective_paired_with_an_ing_word_is_no_invitation():
    text = "Our clinics in Nairobi are safe and inviting for patients, a Kenyan official said."
    assert "02" not in roots(text)


def test_a_denied_readiness_is_no_pledge():
    [event] = facta.code_text(
        "Senator Walsh said he was not ready to endorse Governor Brandt.", date="2016-03-07"
    )
    assert event.cameo == "051" and event.modality.negated


def test_advice_to_act_is_an_appeal():
    [appeal] = facta.code_text(
        "The Kenyan president advised the opposition leader to seek a ruling from the court.",
        date="2016-03-07",
    )
    assert appeal.root == "02"


def test_an_intent_with_no_codable_act_needs_someone_it_is_made_to():
    assert "03" not in roots(
        "Tanzania aims to double its trade with Kenya by 2020, the minister said."
    )
    assert "03" not in roots(
        "Thousands of Somalis are ready to move towards Kenya, an aid worker said."
    )
    assert "03" in roots("Tanzania promised Kenya to streamline its customs rules.")


def test_lobbying_for_support_is_an_appeal_for_support():
    [appeal] = facta.code_text(
        "Ethiopia has lobbied for support for its claim to the dam.", date="2016-03-07"
    )
    assert appeal.cameo == "022"


def test_echoing_a_call_is_an_appeal():
    [appeal] = facta.code_text(
        "Brazil echoed the call for a ceasefire on Sunday.", date="2016-03-07"
    )
    assert appeal.root == "02"


def test_hoping_another_side_will_act_is_an_appeal_to_it():
    [appeal] = facta.code_text(
        "Kenyan opposition leaders said they hoped the government would lift the curfew.",
        date="2016-03-07",
    )
    assert appeal.root == "02" and appeal.target.code == "KENGOV"
    [hope] = facta.code_text(
        "The premier hoped that the talks would bear fruit.", date="2016-03-07"
    )
    assert hope.cameo == "013"


def test_compelling_a_side_to_act_is_a_demand():
    [demand] = facta.code_text(
        "The Kenyan court compelled the ministry to release the documents.", date="2016-03-07"
    )
    assert demand.root == "10"


def test_challenging_a_leader_for_the_leadership_demands_a_change_of_leader():
    events = facta.code_text(
        "Kenyan opposition lawmaker Jane Wanjiru challenged Raila Odinga for the leadership "
        "of the party.",
        date="2016-03-07",
    )
    assert [e.cameo for e in events] == ["1041"]


def test_insisting_that_something_happened_is_a_claim_not_a_demand():
    told = facta.code_text(
        "The Kenyan minister insisted that the army had withdrawn from Somalia.", date="2016-03-07"
    )
    assert told and not any(e.root == "10" for e in told)
    [demand] = facta.code_text(
        "The Kenyan minister insisted that the army withdraw from Somalia.", date="2016-03-07"
    )
    assert demand.root == "10"


def test_an_appeal_to_unnamed_countries_does_not_target_what_they_are_asked_to_back():
    [appeal] = facta.code_text(
        "Brazil has been lobbying African and other countries to back the judges' statement.",
        date="2016-03-07",
    )
    assert appeal.root == "02" and appeal.target is None


def test_an_offer_is_not_made_to_the_place_it_is_offered_in():
    text = "Kenyan insurers already offer some medical coverage in Uganda, the association said."
    assert "03" not in roots(text)


def test_a_quoted_paragraph_speaks_for_the_teller_of_the_paragraph_before():
    text = (
        "Canadian Prime Minister Justin Smith told reporters in Ottawa that trade in the Arctic "
        "had been built on peace.\n\n"
        '"So that is why, with respect to the Arctic, we urge all claimants to settle '
        'territorial disputes peacefully."'
    )
    [appeal] = facta.code_text(text, date="2016-03-07")
    assert appeal.cameo == "027" and appeal.source.code == "CANGOV"


def test_a_wish_to_meet_is_an_intent_to_meet_and_other_wishes_are_no_event(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian king": "BGRGOV"}
    text = "The Ruritanian premier hoped to meet with the Bordurian king."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "036")}
    text = "The Ruritanian premier wants to win the vote against the Bordurian king."
    assert triples(text, actors) == set()
    text = "The Ruritanian premier plans to meet the Bordurian king in the spring."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "040")}


def test_an_appeal_made_by_phone_asks_the_one_phoned(triples):
    actors = {
        "The Ruritanian premier": "ROUGOV",
        "the Bordurian king": "BGRGOV",
        "Syldavia": "SYL",
    }
    text = "The Ruritanian premier phoned the Bordurian king to urge tougher sanctions on Syldavia."
    assert ("ROUGOV", "BGRGOV", "020") in triples(text, actors)


def test_urging_restraint_is_an_appeal_and_showing_it_is_a_deed(triples):
    envoy, army = {"The Ruritanian envoy": "ROUGOV"}, {"The Bordurian army": "BGRMIL"}
    text = "The Ruritanian envoy urged restraint after the clashes."
    assert triples(text, envoy) == {("ROUGOV", None, "0256")}
    text = "The Bordurian army showed restraint after the clashes."
    assert triples(text, army) == {("BGRMIL", None, "087")}


def test_a_call_for_a_leader_to_quit_is_a_demand_like_a_call_for_his_resignation(triples):
    actors = {"The Ruritanian envoy": "ROUGOV", "the Bordurian king": "BGRGOV"}
    text = "The Ruritanian envoy called for the Bordurian king to resign."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "1041")}
    text = "The Ruritanian envoy called on the Bordurian king to resign."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "0241")}
