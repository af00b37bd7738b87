"""Cooperative events (CAMEO 04, 05, 06): thanks, support won from others, apologies to no one
named, trips told after a copula, and what is not cooperation (trips at home, stances)."""

from __future__ import annotations

from facta.analysis_state import PlaceMention
from facta.models import Place


def test_being_grateful_to_someone_thanks_them(triples):
    text = '"Ruritania is deeply grateful to the people of Borduria for their help," he said.'
    assert ("ROU", "BGR", "051") in triples(
        text, {"Ruritania": "ROU", "the people of Borduria": "BGR"}
    )


def test_support_won_from_others_is_given_by_them(triples):
    text = "The Ruritanian president won the support of Borduria for his plan."
    assert triples(text, {"The Ruritanian president": "ROUGOV", "Borduria": "BGR"}) == {
        ("BGR", "ROUGOV", "051")
    }
    text = "The prime minister secured the backing of the farmers' union on Friday."
    assert triples(text, {"The prime minister": "ROUGOV", "the farmers' union": "ROULAB"}) == {
        ("ROULAB", "ROUGOV", "051")
    }


def test_an_apology_to_no_one_named_is_still_an_apology(triples):
    text = "The Ruritanian premier apologised for the delays at the border on Monday."
    assert triples(text, {"The Ruritanian premier": "ROUGOV"}) == {("ROUGOV", None, "055")}


def test_a_trip_after_a_copula_is_the_subjects(triples):
    text = "The envoy was in Tirana for two days before flying on to Skopje for talks."
    assert ("IGOUNO", "MKD", "042") in triples(
        text, {"The envoy": "IGOUNO", "Tirana": "ALB", "Skopje": "MKD"}
    )


def test_a_visit_to_a_place_at_home_is_no_visit(parsed, coder):
    text = "The Ruritanian president visited a hospital in Novigrad on Tuesday."
    analysis = parsed(text, {"The Ruritanian president": "ROUGOV"})
    start = text.index("Novigrad")
    span = analysis.doc.char_span(start, start + len("Novigrad"))
    analysis.places = [PlaceMention(span.start, span.end, Place(name="Novigrad", country="ROU"))]
    assert coder.code(analysis).events == []


def test_support_as_the_subject_of_a_comment_is_a_stance_not_an_act(triples):
    text = "Bordurian support for the rebels is a source of friction in the region."
    assert triples(text, {"Bordurian": "BGR", "the rebels": "ROUREB"}) == set()
    text = "Borduria expressed its support for the rebels."
    assert triples(text, {"Borduria": "BGR", "the rebels": "ROUREB"}) == {("BGR", "ROUREB", "051")}


def test_saying_someone_is_praiseworthy_praises_them(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian mediator": "BGRGOV"}
    text = "The Ruritanian premier said the Bordurian mediator was a hero."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "051")}
    text = "The Ruritanian premier said the Bordurian mediator was one of the wisest men alive."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "051")}
    text = '"The decision of the Bordurian mediator is the right one," the premier said.'
    assert triples(text, {"the premier": "ROUGOV", "the Bordurian mediator": "BGRGOV"}) == {
        ("ROUGOV", "BGRGOV", "051")
    }


def test_approval_words_elsewhere_in_a_reported_clause_praise_no_one(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian mediator": "BGRGOV"}
    text = "The Ruritanian premier said the Bordurian mediator was not a hero."
    assert triples(text, actors) == set()
    text = (
        "The Ruritanian premier said the Bordurian mediator was the right venue for a discussion."
    )
    assert triples(text, actors) == set()
    text = "The Ruritanian premier said the Bordurian mediator took the right road to the coast."
    assert triples(text, actors) == set()


def test_calling_someone_names_is_no_phone_call(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian leaders": "BGRGOV"}
    text = "The Ruritanian premier called the Bordurian leaders on Friday."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "041")}
    text = 'The Ruritanian premier called the Bordurian leaders "professional agitators".'
    assert triples(text, actors) == set()


def test_working_with_someone_to_do_something_is_material_cooperation(triples):
    text = "The Ruritanian ministry was working with Bordurian police to find the missing men."
    assert triples(text, {"The Ruritanian ministry": "ROUGOV", "Bordurian police": "BGRCOP"}) == {
        ("ROUGOV", "BGRCOP", "060")
    }
    text = "The Ruritanian ministry will work with the Bordurian agency on the plan."
    assert triples(
        text, {"The Ruritanian ministry": "ROUGOV", "the Bordurian agency": "BGRGOV"}
    ) == {("ROUGOV", "BGRGOV", "050")}


def test_thanks_given_on_a_visit_are_coded_with_the_visit(triples):
    text = "The Ruritanian president flew to Borduria to praise the Bordurian army."
    actors = {
        "The Ruritanian president": "ROUGOV",
        "Borduria": "BGR",
        "the Bordurian army": "BGRMIL",
    }
    assert triples(text, actors) == {("ROUGOV", "BGR", "042"), ("ROUGOV", "BGRMIL", "051")}


def test_a_visit_to_a_thing_is_not_to_the_country_the_sentence_names(parsed, coder):
    text = "The Ruritanian minister, speaking in Manila, will visit the aircraft carrier on Friday."
    analysis = parsed(text, {"The Ruritanian minister": "ROUGOV"})
    start = text.index("Manila")
    span = analysis.doc.char_span(start, start + len("Manila"))
    analysis.places = [PlaceMention(span.start, span.end, Place(name="Manila", country="PHL"))]
    assert [e.cameo for e in coder.code(analysis).events] == []


def test_a_planned_meeting_is_the_meeting_in_the_future(coded):
    text = "The Ruritanian council plans to meet Bordurian executives next month."
    analysis = coded(text, {"The Ruritanian council": "ROUGOV", "Bordurian executives": "BGRBUS"})
    [event] = analysis.events
    assert (event.source.code, event.target.code, event.cameo) == ("ROUGOV", "BGRBUS", "040")
    assert event.modality.future
    text = "The Ruritanian premier promised to visit Borduria in May."
    analysis = coded(text, {"The Ruritanian premier": "ROUGOV", "Borduria": "BGR"})
    assert [e.cameo for e in analysis.events] == ["036"]  # a promise is made now


def test_a_machine_supporting_a_convoy_endorses_no_one(triples):
    actors = {"A Ruritanian helicopter": "ROUMIL", "the Bordurian convoy": "BGRGOV"}
    text = (
        "A Ruritanian helicopter that had been supporting the Bordurian convoy crashed on Monday."
    )
    assert triples(text, actors) == set()
    actors = {"The Ruritanian army": "ROUMIL", "the Bordurian government": "BGRGOV"}
    text = "The Ruritanian army is supporting the Bordurian government."
    assert triples(text, actors) == {("ROUMIL", "BGRGOV", "051")}


def test_what_is_said_by_phone_is_also_a_phone_call(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "the Bordurian leadership": "BGRGOV"}
    text = "The Ruritanian minister gave assurances by phone to the Bordurian leadership."
    assert ("ROUGOV", "BGRGOV", "041") in triples(text, actors)
    text = "The Ruritanian minister gave assurances to the Bordurian leadership."
    assert ("ROUGOV", "BGRGOV", "041") not in triples(text, actors)


def test_the_reporters_own_sources_are_no_consultation(triples):
    text = (
        "Ruritanian lawmakers and activists consulted for this article said talks would take years."
    )
    actors = {"Ruritanian lawmakers": "ROULEG", "activists": "ROUNGO"}
    assert {t for t in triples(text, actors) if t[2].startswith("04")} == set()


def test_a_protest_nobody_is_named_for_is_the_crowds(coded):
    text = "Ruritanian police detained two students during a protest in the capital."
    events = coded(text, {"Ruritanian police": "ROUCOP"}).events
    protest = [e for e in events if e.root == "14"]
    assert [(e.cameo, e.source.sectors) for e in protest] == [("141", ("CVL",))]
    assert any(e.cameo == "173" for e in events)  # the arrest is coded too
    # a campaign rally names no protest
    text = "The Ruritanian senator spoke at a campaign rally on Sunday."
    events = coded(text, {"The Ruritanian senator": "ROULEG"}).events
    assert [e for e in events if e.root == "14"] == []


def test_a_visit_another_act_is_set_in_is_coded_too(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "her": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian premier praised the harbour plan during her visit to Borduria."
    assert ("ROUGOV", "BGR", "042") in triples(text, actors)


def test_a_relative_clause_aside_on_the_party_told_is_its_own_act(triples):
    actors = {
        "The Bordurian minister": "BGRGOV",
        "the Ruritanian envoy": "ROUGOV",
        "Szohod": "BGR",
        "the smugglers": "CRM",
    }
    text = (
        "The Bordurian minister told the Ruritanian envoy, who is visiting Szohod, "
        "that the smugglers were to blame."
    )
    assert ("ROUGOV", "BGR", "042") in triples(text, actors)
    # on the object of a preposition: "travels from May 2, which will include ..."
    actors = {"The Bordurian king": "BGRGOV", "his": "BGRGOV", "Ruritania": "ROU"}
    text = (
        "The Bordurian king travels to the southern islands from June 3, which will "
        "include his first trip to Ruritania."
    )
    assert ("BGRGOV", "ROU", "042") in triples(text, actors)
    # a clause that only picks out whom is not told as an act of its own
    actors = {"The Bordurian minister": "BGRGOV", "the Ruritanian envoy": "ROUGOV", "Szohod": "BGR"}
    text = "The Bordurian minister forgave the Ruritanian envoy who had visited Szohod."
    assert ("ROUGOV", "BGR", "042") not in triples(text, actors)
