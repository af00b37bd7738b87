"""Evaluative speech: what a speaker says of someone, read for the judging words of
data/lexicon/evaluations.tsv (criticism 111, praise 051)."""

from __future__ import annotations

import facta
from facta.events.lexicon import evaluations


def test_evaluations_file_gives_words_by_polarity_and_reach():
    table = evaluations()
    assert "sham" in table["negative", "said"]
    assert "dangerous" in table["negative", "predicate"]
    assert "good news" in table["positive", "predicate"]
    assert "dangerous" not in table["negative", "said"]


def test_a_judging_predicate_of_what_is_said_criticises_its_subject(triples):
    actors = {"The Ruritanian senator": "ROULEG", "the Bordurian army": "BGRMIL"}
    text = "The Ruritanian senator said the Bordurian army's plan was dangerous and reckless."
    assert ("ROULEG", "BGRMIL", "111") in triples(text, actors)
    text = "The Ruritanian senator said the Bordurian army's plan was a train wreck."
    assert ("ROULEG", "BGRMIL", "111") in triples(text, actors)


def test_a_judging_word_outside_the_predicate_reports_a_fact(triples):
    actors = {"Ruritanian police": "ROUCOP", "the Bordurian smugglers": "BGRCRM"}
    text = "Ruritanian police said the Bordurian smugglers carried illegal weapons."
    assert not {t for t in triples(text, actors) if t[2] == "111"}
    actors = {"Ruritania": "ROU", "the Bordurian army": "BGRMIL"}
    text = "Ruritania said the Bordurian army was massing troops ahead of a major offensive."
    assert not {t for t in triples(text, actors) if t[2] == "111"}
    actors = {"The Ruritanian senator": "ROULEG", "the Bordurian army": "BGRMIL"}
    text = "The Ruritanian senator said the Bordurian army's plan was not dangerous."
    assert not {t for t in triples(text, actors) if t[2] == "111"}


def test_a_reported_failure_criticises_the_one_who_failed(triples):
    actors = {"The Ruritanian union": "ROULAB", "the Bordurian government": "BGRGOV"}
    text = "The Ruritanian union said the Bordurian government had failed to protect its workers."
    assert ("ROULAB", "BGRGOV", "111") in triples(text, actors)
    text = "The Ruritanian union said the Bordurian government lacked any oversight of the mines."
    assert ("ROULAB", "BGRGOV", "111") in triples(text, actors)
    text = "The Ruritanian union said the talks had been undermined by the Bordurian government."
    assert not {t for t in triples(text, actors) if t[2] == "111"}


def test_a_naming_verb_praises_through_its_description(triples):
    actors = {"The Ruritanian opposition": "ROUOPP", "the Bordurian court": "BGRJUD"}
    text = "The Ruritanian opposition described the Bordurian court's verdict as good news."
    assert ("ROUOPP", "BGRJUD", "051") in triples(text, actors)
    text = "The Ruritanian opposition described the Bordurian court's verdict as a step forward."
    assert ("ROUOPP", "BGRJUD", "051") in triples(text, actors)
    text = "The Ruritanian opposition called the verdict of the Bordurian court a disaster."
    assert ("ROUOPP", "BGRJUD", "111") in triples(text, actors)


def test_a_judging_phrase_in_a_quotation_is_criticism(triples):
    actors = {"the Ruritanian opposition leader": "ROUOPP"}
    text = '"We are building a police state," said the Ruritanian opposition leader.'
    assert ("ROUOPP", None, "111") in triples(text, actors)


def test_a_hope_said_not_to_be_held_is_pessimism(triples):
    actors = {"The Ruritanian opposition": "ROUOPP"}
    text = "The Ruritanian opposition is not optimistic about the coming peace talks."
    assert triples(text, actors) == {("ROUOPP", None, "012")}
    text = "The Ruritanian opposition is optimistic about the coming peace talks."
    assert triples(text, actors) == {("ROUOPP", None, "013")}
    text = "The Ruritanian opposition said it was not worried about the coming peace talks."
    assert triples(text, actors) == set()


def test_a_judged_thing_names_its_author_as_the_target(triples):
    actors = {"The Ruritanian senator": "ROULEG", "the Bordurian army": "BGRMIL"}
    text = "The Ruritanian senator said it was a reckless plan drawn up by the Bordurian army."
    assert ("ROULEG", "BGRMIL", "111") in triples(text, actors)
    text = "The Ruritanian senator said the Bordurian army's blockade was a dangerous measure."
    assert ("ROULEG", "BGRMIL", "111") in triples(text, actors)


def test_being_stunned_by_an_act_disapproves_of_its_author(triples):
    actors = {"The Ruritanian ministry": "ROUGOV", "the Bordurian court": "BGRJUD"}
    text = "The Ruritanian ministry was stunned by the decision of the Bordurian court."
    assert ("ROUGOV", "BGRJUD", "110") in triples(text, actors)


def test_what_a_speaker_calls_an_act_judges_its_author(triples):
    actors = {"the Ruritanian minister": "ROUGOV", "Borduria": "BGR"}
    text = (
        "The navy will patrol the strait to deter what the Ruritanian minister called"
        " dangerous actions by Borduria."
    )
    assert ("ROUGOV", "BGR", "111") in triples(text, actors)


def test_a_judgement_passed_on_through_what_a_report_shows(triples):
    actors = {"The Ruritanian senator": "ROULEG", "the Bordurian minister": "BGRGOV"}
    text = "The Ruritanian senator said the report showed the Bordurian minister was dangerous."
    assert ("ROULEG", "BGRGOV", "111") in triples(text, actors)


def test_a_passive_is_read_as_a_state_by_its_form(triples):
    actors = {"The Ruritanian senator": "ROULEG", "the Bordurian government": "BGRGOV"}
    text = "The Ruritanian senator said the Bordurian government's inquiry was politicized."
    assert ("ROULEG", "BGRGOV", "111") in triples(text, actors)


def test_the_one_told_is_not_the_one_judged(triples):
    actors = {"The Ruritanian senator": "ROULEG", "Bordurian state television": "BGRMED"}
    text = "The Ruritanian senator told Bordurian state television that the tax plan was reckless."
    assert triples(text, actors) == {("ROULEG", None, "111")}


def test_a_judged_act_told_before_names_its_author(triples):
    actors = {"The Ruritanian army": "ROUMIL", "The Bordurian premier": "BGRGOV"}
    text = (
        "The Ruritanian army shelled a border town on Monday."
        " The Bordurian premier said the move was reckless."
    )
    assert ("BGRGOV", "ROUMIL", "111") in triples(text, actors)
    text = (
        "The Ruritanian army shelled a border town on Monday."
        " The Bordurian premier called the incident outrageous."
    )
    assert ("BGRGOV", "ROUMIL", "111") in triples(text, actors)


def test_what_a_pointing_subject_is_said_to_be_names_the_act_told_before(triples):
    actors = {"Ruritanian fighter jets": "ROUMIL", "a Bordurian cargo plane": "BGRBUS"}
    actors["a Moldavian analyst"] = "MDACVL"
    text = (
        "Ruritanian fighter jets carried out a risky intercept of a Bordurian cargo plane."
        ' "This is precisely the kind of reckless intercept that the new pact was'
        ' meant to stop," said a Moldavian analyst.'
    )
    assert ("MDACVL", "ROUMIL", "111") in triples(text, actors)


def test_an_act_owned_by_someone_is_judged_anywhere_in_what_is_said(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian minister said his navy would answer Borduria's dangerous moves."
    assert ("ROUGOV", "BGR", "111") in triples(text, actors)
    actors = {"Ruritanian police": "ROUCOP", "the Bordurian gang": "BGRCRM"}
    text = "Ruritanian police said the Bordurian gang's illegal weapons were seized."
    assert not {t for t in triples(text, actors) if t[2] == "111"}


def test_a_second_telling_by_the_same_speaker_is_its_own_statement(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "Borduria": "BGR"}
    text = (
        "The Ruritanian minister said the ferry company must repay the loan, adding that"
        " Borduria's moves in the strait were dangerous."
    )
    assert ("ROUGOV", "BGR", "111") in triples(text, actors)


def test_the_evaluation_vocabulary_reaches_common_judgements(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "the Bordurian ministry": "BGRGOV"}
    text = "The Ruritanian minister said the Bordurian ministry's quota plan was unworkable."
    assert ("ROUGOV", "BGRGOV", "111") in triples(text, actors)
    text = "The Ruritanian minister said the Bordurian ministry's quota plan was reasonable."
    assert ("ROUGOV", "BGRGOV", "051") in triples(text, actors)
    text = "The Ruritanian minister said the Bordurian ministry had ignored the warnings."
    assert ("ROUGOV", "BGRGOV", "111") in triples(text, actors)


def test_a_comment_on_an_act_is_not_the_act_a_later_noun_refers_to(triples):
    actors = {
        "The Bordurian army": "BGRMIL",
        "The Ruritanian minister": "ROUGOV",
        "The Ruritanian opposition": "ROUOPP",
    }
    text = (
        "The Bordurian army attacked the border town on Monday."
        " The Ruritanian minister described the attack as ugly."
        " The Ruritanian opposition condemned the attack."
    )
    found = triples(text, actors)
    assert ("ROUGOV", "BGRMIL", "111") in found
    assert ("ROUOPP", "BGRMIL", "111") in found
    assert ("ROUOPP", "ROUGOV", "111") not in found


def test_having_concerns_about_someone_disapproves_of_them(triples):
    actors = {"The Ruritanian government": "ROUGOV", "the Bordurian junta": "BGRGOV"}
    text = "The Ruritanian government still has concerns about the Bordurian junta's crackdown."
    assert ("ROUGOV", "BGRGOV", "111") in triples(text, actors)


def test_what_a_speaker_will_do_is_no_praise_of_himself(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "Borduria": "BGR"}
    text = "The Ruritanian premier said he would welcome Borduria's participation in the talks."
    found = triples(text, actors)
    assert ("ROUGOV", "BGR", "051") not in found
    assert {t for t in found if t[2].startswith("03")}


def test_a_proof_said_of_someone_judges_them(triples):
    actors = {"The Ruritanian senator": "ROULEG", "the Bordurian minister": "BGRGOV"}
    actors["the Bordurian newspaper"] = "BGRMED"
    text = (
        "The Ruritanian senator said the Bordurian newspaper's story was proof that the"
        " Bordurian minister is unfit to govern."
    )
    assert triples(text, actors) == {("ROULEG", "BGRGOV", "111")}


def test_rivals_who_battle_to_win_a_post_do_not_attack_each_other(triples):
    actors = {"The Ruritanian senator": "ROULEG", "the Bordurian mayor": "BGROPP"}
    text = "The Ruritanian senator and the Bordurian mayor are battling to lead the alliance."
    assert not triples(text, actors)
    text = "The Ruritanian senator battled with the Bordurian mayor over the budget."
    assert ("ROULEG", "BGROPP", "111") in triples(text, actors)


def test_a_name_the_parser_reads_into_the_object_still_judges_it(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian strikers": "BGRLAB"}
    text = "The Ruritanian premier called the Bordurian strikers thugs."
    assert triples(text, actors) == {("ROUGOV", "BGRLAB", "111")}
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian senator": "BGRLEG"}
    text = "The Ruritanian premier called the Bordurian senator a national embarrassment."
    assert triples(text, actors) == {("ROUGOV", "BGRLEG", "111")}


def test_a_quoted_name_is_praise_not_a_call_for_something(triples):
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian court": "BGRJUD"}
    text = (
        "The Ruritanian premier called the Bordurian court's ruling"
        ' "good news for workers and their families."'
    )
    assert triples(text, actors) == {("ROUGOV", "BGRJUD", "051")}


def test_what_someone_calls_an_act_inside_a_pledge_is_still_said():
    text = (
        "Danish Defence Minister Lars Holm said Denmark would help Baltic nations deal with"
        " what he called dangerous actions in the Arctic."
    )
    found = {(e.source and e.source.code, e.cameo) for e in facta.code_text(text, "2024-03-04")}
    assert ("DNKGOV", "111") in found


def test_a_judging_preposition_without_its_object_judges_no_one(triples):
    actors = {"The Ruritanian premier": "ROUGOV"}
    text = "The Ruritanian premier said no mountain village would be left behind."
    assert not triples(text, actors)
    actors["Borduria"] = "BGR"
    text = "The Ruritanian premier said Borduria was behind the border raids."
    assert ("ROUGOV", "BGR", "112") in triples(text, actors)


def test_backing_an_act_against_someone_is_no_support_of_them(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR", "the Moldavian president": "MDAGOV"}
    text = "Ruritania and Borduria have backed the uprising against the Moldavian president."
    assert not {t for t in triples(text, actors) if t[1] == "MDAGOV"}
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    text = "Ruritania and Borduria both said they backed free passage through the strait."
    assert not {t for t in triples(text, actors) if t[2] == "051"}


def test_a_said_forecast_that_a_thing_will_fail_is_pessimism(triples):
    ministry = {"The Ruritanian ministry": "ROUGOV"}
    text = "The Ruritanian ministry said the fishing accord could collapse if prices keep falling."
    assert triples(text, ministry) == {("ROUGOV", None, "012")}
    text = "The Ruritanian ministry says the harbour accord is doomed."
    assert triples(text, ministry) == {("ROUGOV", None, "012")}
    # a failure told as a fact is no forecast
    text = "The Ruritanian ministry said the fishing accord collapsed last spring."
    assert not {t for t in triples(text, ministry) if t[2] == "012"}


def test_a_forecast_that_an_attempt_will_fail_criticises_its_author(triples):
    actors = {"The Ruritanian ministry": "ROUGOV", "the Bordurian navy": "BGRMIL"}
    text = (
        "The Ruritanian ministry said any attempt by the Bordurian navy to close the strait "
        "would fail."
    )
    assert ("ROUGOV", "BGRMIL", "111") in triples(text, actors)


def test_saying_someone_went_too_far_is_criticism(triples):
    actors = {"The Ruritanian mayor": "ROUGOV", "the Bordurian dockers": "BGRLAB"}
    text = "The Ruritanian mayor said the Bordurian dockers went too far with their blockade."
    assert ("ROUGOV", "BGRLAB", "111") in triples(text, actors)
    text = "The Ruritanian mayor said the Bordurian dockers had sailed too far from the coast."
    assert not {t for t in triples(text, actors) if t[2] == "111"}


def test_judging_a_state_of_affairs_bad_is_pessimism_not_criticism(triples):
    envoy = {"The Ruritanian envoy": "ROUGOV"}
    text = "The Ruritanian envoy called the outlook for the harvest disastrous."
    assert triples(text, envoy) == {("ROUGOV", None, "012")}
    text = "The Ruritanian envoy said the situation in the mining towns was disastrous."
    assert triples(text, envoy) == {("ROUGOV", None, "012")}
    actors = {**envoy, "the Bordurian ministry": "BGRGOV"}
    text = "The Ruritanian envoy described the Bordurian ministry's policy as terrible."
    assert triples(text, actors) == {("ROUGOV", "BGRGOV", "111")}
