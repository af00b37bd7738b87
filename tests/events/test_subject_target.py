"""Entries whose subject suffers the event: "came under fire from X"."""

import pytest

import facta


def test_came_under_attack_codes_the_attacker_as_source_and_subject_as_target():
    (event,) = facta.code_text(
        "A Kenyan army convoy came under attack from al-Shabaab fighters near Mandera.",
        date="2025-03-04",
    )
    assert (event.cameo, event.source.code, event.target.code) == ("190", "SOMREB", "KENMIL")
    assert event.rule.startswith("verbs.tsv:come+under")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the author of the thing reacted to, named in the same sentence
        ("Peru criticized the fishing quotas imposed by Chile.", "CHL"),
        ("Peru welcomed the truce signed by Ecuador.", "ECU"),
        # or told before: the reaction is aimed at whoever did it
        (
            "Chile imposed sanctions on Peruvian firms on Monday. Peru has criticized the sanctions.",
            "CHL",
        ),
        ("Chile expelled two Peruvian diplomats on Monday. Peru condemned the move.", "CHL"),
        ("Chilean troops shelled a border post on Monday. Peru condemned the attack.", "CHL"),
        # "the act" refers back to the last violent act, past the protests it drew
        (
            "Chilean troops shelled a border post on Monday. Students in Santiago marched to demand"
            " redress. Peru condemned the act.",
            "CHL",
        ),
    ],
)
def test_a_reaction_is_aimed_at_the_author_of_what_it_reacts_to(text: str, target: str) -> None:
    import facta

    events = facta.code_text(text, date="2016-03-10")
    reactions = [e for e in events if e.source and e.source.country == "PER"]
    assert reactions and all(e.target and e.target.country == target for e in reactions)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Denver arrested Tom Pruitt on Sunday.",
        "Police in Denver said Pruitt was calm as officers took him into custody on Sunday.",
    ],
)
def test_a_person_no_knowledge_codes_who_is_arrested_is_a_suspect(text: str) -> None:
    [arrest] = facta.code_text(text, date="2016-03-10")
    assert (arrest.cameo, arrest.source.code, arrest.target.code) == ("173", "USACOP", "USACRM")


def test_two_people_named_apart_are_two_sides_even_with_one_code():
    [praise] = facta.code_text("Obama praised Biden on Monday.", date="2016-03-07")
    assert (praise.source.name, praise.target.name) == ("Obama", "Biden")
    [alert] = facta.code_text("Hezbollah put its fighters on alert on Monday.", date="2016-03-07")
    assert alert.target is None  # its own fighters


def test_a_warning_with_no_addressee_is_aimed_at_the_actor_its_message_names():
    events = facta.code_text(
        "Venezuela warned it was preparing a firm response to what it called a provocation "
        "by Colombia.",
        date="2016-03-07",
    )
    [warning] = [e for e in events if e.root == "13"]
    assert (warning.root, warning.source.country, warning.target.country) == ("13", "VEN", "COL")
    # what it calls a provocation by Colombia is a criticism of Colombia of its own
    [criticism] = [e for e in events if e.root == "11"]
    assert criticism.target is not None and criticism.target.country == "COL"


def test_a_joint_pledge_of_two_states_is_made_to_each_other():
    events = facta.code_text(
        "Peru and Chile pledged on Friday to build a joint radar station.", date="2016-03-07"
    )
    assert {(e.source.country, e.target.country) for e in events if e.root == "03"} == {
        ("PER", "CHL"),
        ("CHL", "PER"),
    }


def test_a_person_police_shoot_is_a_suspect():
    [shooting] = facta.code_text("Police in Denver shot Tom Pruitt on Sunday.", date="2016-03-10")
    assert (shooting.root, shooting.source.code, shooting.target.code) == ("19", "USACOP", "USACRM")


def test_a_passive_whose_doer_depends_on_its_object_takes_it_from_the_code(coded):
    # "was denied bail": a court's refusal to release (1243), named by the code, not the verb
    text = "The Ruritanian opposition leader was denied bail on Tuesday."
    [refusal] = coded(text, {"The Ruritanian opposition leader": "ROUOPP"}).events
    assert (refusal.cameo, refusal.source.sectors, refusal.target.code) == (
        "1243",
        ("JUD",),
        "ROUOPP",
    )


def test_a_relative_pronoun_through_a_reported_clause_stands_for_its_noun(triples):
    text = "Police are hunting for three Ruritanian citizens who lawmakers said had been kidnapped by gunmen."
    actors = {"three Ruritanian citizens": "ROUCVL", "gunmen": "REB"}
    assert ("REB", "ROUCVL", "181") in triples(text, actors)


def test_a_suspects_journey_or_arms_are_no_visit_and_no_show_of_force(triples):
    text = "The suspect traveled to Borduria and was carrying a rifle, police said."
    actors = {"The suspect": "CRM", "Borduria": "BGR"}
    assert {t for t in triples(text, actors) if t[2][:2] in ("04", "15")} == set()
    text = "The Ruritanian foreign minister traveled to Borduria on Monday."
    actors = {"The Ruritanian foreign minister": "ROUGOV", "Borduria": "BGR"}
    assert ("ROUGOV", "BGR", "042") in triples(text, actors)


def test_a_companion_of_the_object_is_not_its_target(triples):
    text = "Ruritania, which hosted the talks along with Borduria, has pulled out its monitors."
    assert ("ROU", "BGR", "045") not in triples(text, {"Ruritania": "ROU", "Borduria": "BGR"})


def test_a_relative_clause_on_an_apposition_is_the_named_persons_act():
    events = facta.code_text(
        "The vote was delayed by Kenyan Senator Ruth Okafor, a former teacher, who criticized "
        "the Ugandan government on Monday.",
        date="2016-03-07",
    )
    assert {(e.source.code, e.target.code) for e in events if e.cameo == "111"} == {
        ("KENLEG", "UGAGOV")
    }
