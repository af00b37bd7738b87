"""Stances a speaker takes: criticism told by an idiom, suspicions and blame a teller holds,
forecasts read through evidence, optimism (013) and denials of an intent or a name (016)."""

from __future__ import annotations

SENATOR = {"The Ruritanian senator": "ROULEG", "the Bordurian governor": "BGRGOV"}


def test_idioms_of_reproach_criticise(triples):
    text = "The Ruritanian senator took the Bordurian governor to task over the flood relief."
    assert ("ROULEG", "BGRGOV", "111") in triples(text, SENATOR)
    text = "The Ruritanian senator hammered away at the Bordurian governor over the budget."
    assert ("ROULEG", "BGRGOV", "111") in triples(text, SENATOR)
    text = "The Ruritanian senator scoffed at the Bordurian governor's toll plan."
    assert ("ROULEG", "BGRGOV", "111") in triples(text, SENATOR)
    text = "The Ruritanian senator poured scorn on the Bordurian governor."
    assert ("ROULEG", "BGRGOV", "111") in triples(text, SENATOR)


def test_a_suspicion_of_how_something_began_accuses_no_one(triples):
    actors = {"Ruritanian doctors": "ROUHLH"}
    text = "Ruritanian doctors suspect the outbreak started in the fish market."
    assert not {t for t in triples(text, actors) if t[2].startswith("112")}


def test_a_suspicion_told_in_the_passive_is_the_tellers(triples):
    actors = {"Ruritanian prosecutors": "ROUJUD", "The Bordurian banker": "BGRBUS"}
    text = "The Bordurian banker is suspected of embezzlement, Ruritanian prosecutors said."
    assert ("ROUJUD", "BGRBUS", "1121") in triples(text, actors)


def test_a_suspect_of_a_deed_still_did_the_deed(triples):
    actors = {"Ruritanian police": "ROUCOP", "A Bordurian rebel": "BGRREB"}
    text = "A Bordurian rebel is suspected of ambushing a supply convoy, Ruritanian police said."
    assert not {t for t in triples(text, actors) if t[2].startswith("112")}


def test_believing_someone_to_blame_accuses_them(triples):
    actors = {"Ruritanian police": "ROUCOP", "Bordurian smugglers": "BGRCRM"}
    text = "Ruritanian police believe Bordurian smugglers were to blame for the warehouse fire."
    assert ("ROUCOP", "BGRCRM", "112") in triples(text, actors)


def test_a_forecast_read_through_what_the_evidence_means(triples):
    actors = {"The Ruritanian rebels": "ROUREB"}
    text = "The Ruritanian rebels say the drought shows the quota accord will fail."
    assert ("ROUREB", None, "012") in triples(text, actors)


def test_progress_seen_ahead_is_optimism(triples):
    actors = {"The Ruritanian minister": "ROUGOV"}
    text = "The Ruritanian minister said the new railway was a step toward prosperity."
    assert ("ROUGOV", None, "013") in triples(text, actors)
    text = '"Our party now sees a path to victory in the north," the Ruritanian minister wrote.'
    assert ("ROUGOV", None, "013") in triples(text, {"the Ruritanian minister": "ROUGOV"})


def test_no_progress_or_a_mere_route_is_no_optimism(triples):
    actors = {"the Ruritanian minister": "ROUGOV"}
    text = '"Our party sees no path to victory in the north," the Ruritanian minister wrote.'
    assert not {t for t in triples(text, actors) if t[2] == "013"}
    text = '"No village is forgotten on our path to clean water," the Ruritanian minister wrote.'
    assert not {t for t in triples(text, actors) if t[2] == "013"}


def test_saying_one_has_no_plans_denies_them(triples):
    actors = {"The Ruritanian navy": "ROUMIL"}
    text = "The Ruritanian navy stressed that it had no such intention regarding the port."
    assert ("ROUMIL", None, "016") in triples(text, actors)
    text = "The Ruritanian navy stressed there were no plans to close the mine."
    assert ("ROUMIL", None, "016") in triples(text, actors)
    text = "The Ruritanian navy said it had no intention of blockading the port."
    assert ("ROUMIL", None, "016") in triples(text, actors)


def test_saying_there_was_no_plan_finds_fault_and_denies_nothing(triples):
    actors = {"the Ruritanian economist": "ROUEDU"}
    text = '"Clearly there was no plan," said the Ruritanian economist.'
    assert not {t for t in triples(text, actors) if t[2] == "016"}


def test_saying_a_deed_is_not_what_it_is_called_denies_it(triples):
    actors = {"The Ruritanian minister": "ROUGOV"}
    text = "The Ruritanian minister said the dismissals were not a purge."
    assert ("ROUGOV", None, "016") in triples(text, actors)
    text = "The Ruritanian minister said the dismissals were a reform."
    assert not {t for t in triples(text, actors) if t[2] == "016"}


def test_naming_someone_the_culprit_blames_them(triples):
    actors = {"The Ruritanian coastguard": "ROUMIL", "Borduria": "BGR"}
    text = "The Ruritanian coastguard insisted that Borduria was the culprit in the oil spill."
    assert ("ROUMIL", "BGR", "112") in triples(text, actors)


def test_questioning_whether_someone_means_it_criticises_them(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "Borduria": "BGR"}
    text = (
        "The Ruritanian minister questioned whether Borduria had ever meant to honour the accord."
    )
    assert ("ROUGOV", "BGR", "111") in triples(text, actors)


def test_a_feeling_about_what_a_clause_tells_is_about_its_source(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "the Bordurian cabinet": "BGRGOV"}
    text = "The Ruritanian minister was stunned that the Bordurian cabinet would send an envoy unannounced."
    assert ("ROUGOV", "BGRGOV", "110") in triples(text, actors)
    text = "The Ruritanian minister was shocked that the ultimatum came from the Bordurian cabinet."
    assert ("ROUGOV", "BGRGOV", "110") in triples(text, actors)


def test_a_feeling_told_with_a_preposition_is_about_its_object(triples):
    actors = {"The Ruritanian minister": "ROUGOV", "the Bordurian court": "BGRJUD"}
    text = "The Ruritanian minister was disappointed with the Bordurian court."
    assert ("ROUGOV", "BGRJUD", "110") in triples(text, actors)


def test_a_quotation_opened_in_an_earlier_sentence_is_said_whole(triples):
    actors = {"the Ruritanian minister": "ROUGOV"}
    text = '"This is not a purge of the civil service. Every dismissal follows an audit," the Ruritanian minister said.'
    assert ("ROUGOV", None, "016") in triples(text, actors)
    text = '"The levy is a sham. It will never raise a cent," the Ruritanian minister said.'
    assert ("ROUGOV", None, "111") in triples(text, actors)


def test_saying_one_does_not_intend_an_act_denies_it(triples):
    actors = {"The Ruritanian minister": "ROUGOV"}
    text = "The Ruritanian minister said his government did not intend to renew the lease."
    assert ("ROUGOV", None, "016") in triples(text, actors)


def test_saying_someone_keeps_up_hostile_conduct_criticises_them(triples):
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    text = "Fishermen blame Ruritania, which insists Borduria is militarizing the border lake."
    assert ("ROU", "BGR", "111") in triples(text, actors)
    actors = {"The Ruritanian adviser": "ROUGOV", "the Bordurian premier": "BGRGOV"}
    text = "The Ruritanian adviser said the Bordurian premier seeks to intimidate judges."
    assert ("ROUGOV", "BGRGOV", "111") in triples(text, actors)
    text = "The Ruritanian adviser said the Bordurian premier wants to visit the lake."
    assert not {t for t in triples(text, actors) if t[2] == "111"}


def test_names_for_criminals_and_collusion_judge_whom_they_describe(triples):
    actors = {"The Ruritanian president": "ROUGOV", "the Bordurian rebels": "BGRREB"}
    text = "The Ruritanian president described the Bordurian rebels as murderers and thieves."
    assert ("ROUGOV", "BGRREB", "111") in triples(text, actors)
    actors = {"The Ruritanian minister": "ROUGOV", "the Bordurian envoy": "BGRGOV"}
    text = "The Ruritanian minister said the Bordurian envoy had colluded with smugglers."
    assert ("ROUGOV", "BGRGOV", "111") in triples(text, actors)


def test_saying_someone_was_in_league_with_attackers_blames_them(triples):
    actors = {"Ruritanian police": "ROUCOP", "The Bordurian driver": "BGRCVL"}
    text = (
        "The Bordurian driver was secretly in league with the smugglers, Ruritanian police believe."
    )
    assert ("ROUCOP", "BGRCVL", "112") in triples(text, actors)


def test_calling_a_plan_detached_from_reality_criticises_its_owner(triples):
    actors = {"The Ruritanian union leader": "ROULAB", "the Bordurian cabinet": "BGRGOV"}
    text = (
        "The Ruritanian union leader told reporters the Bordurian cabinet's budget is "
        "detached from reality."
    )
    assert ("ROULAB", "BGRGOV", "111") in triples(text, actors)


def test_a_stance_asked_about_is_not_taken(triples):
    actors = {"the Ruritanian minister": "ROUGOV", "the Bordurian governor": "BGRGOV"}
    text = (
        "Reporters asked whether the Ruritanian minister believed the Bordurian governor "
        "was responsible for the blackout."
    )
    assert not {t for t in triples(text, actors) if t[2].startswith("11")}


def test_gaining_on_a_rival_is_no_criticism(triples):
    actors = {"The Ruritanian candidate": "ROULEG", "the Bordurian governor": "BGRGOV"}
    text = "The Ruritanian candidate steadily chipped away at the Bordurian governor's majority."
    assert not {t for t in triples(text, actors) if t[2] == "111"}
