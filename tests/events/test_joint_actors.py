"""Several actors in one event: coordinated bodies, spokespeople for several bodies and a
second act that shares the subject of the first."""

import facta


def test_representatives_for_two_bodies_give_one_act_per_body():
    events = facta.code_text(
        "Representatives for the Treasury Department and Microsoft declined to comment.",
        date="2016-03-07",
    )
    assert {(e.cameo, e.source.code) for e in events} == {("011", "USAGOV"), ("011", "USABUS")}


def test_officials_from_two_countries_keep_the_head_sector_for_each():
    events = facta.code_text(
        "Officials from Kenya and Uganda signed a trade agreement on Monday.", date="2016-03-07"
    )
    assert {(e.source.code, e.target.code) for e in events} == {
        ("KENGOV", "UGAGOV"),
        ("UGAGOV", "KENGOV"),
    }


def test_an_act_coordinated_with_a_reported_clause_is_the_speakers():
    [decline] = facta.code_text(
        "The Dutch foreign ministry said the case was under review and declined further comment.",
        date="2016-03-07",
    )
    assert (decline.cameo, decline.source.code) == ("011", "NLDGOV")


def test_a_reported_clause_with_an_actor_subject_keeps_its_own_doer():
    events = facta.code_text(
        "Officials in Lima said police raided the house and arrested three men.",
        date="2016-03-07",
    )
    assert {(e.root, e.source.code) for e in events} >= {("17", "PERCOP")}


def test_a_passive_coordinated_with_a_reported_clause_is_not_the_speakers():
    events = facta.code_text(
        "A Denver police officer was shot and killed during a patrol on Sunday, officials said.",
        date="2016-03-07",
    )
    assert events and all(e.source is None for e in events if e.root == "19")


def test_two_states_joined_by_a_hyphen_hold_joint_exercises_with_each_other():
    events = facta.code_text(
        "Carter spoke at the close of joint U.S.-Japanese military exercises near Okinawa.",
        date="2016-03-07",
    )
    assert {(e.cameo, e.source.code, e.target.code) for e in events} == {
        ("062", "USAMIL", "JPNMIL"),
        ("062", "JPNMIL", "USAMIL"),
    }


def test_exercises_of_two_states_named_before_the_noun_are_joint():
    events = facta.code_text(
        "Officers attended the opening of U.S. and Japanese naval exercises near Okinawa.",
        date="2016-03-07",
    )
    assert {(e.cameo, e.source.code, e.target.code) for e in events} == {
        ("062", "USAMIL", "JPNMIL"),
        ("062", "JPNMIL", "USAMIL"),
    }


def test_a_hyphen_before_a_participle_still_names_one_actor():
    [bombing] = facta.code_text("The U.S.-led coalition bombed Raqqa on Monday.", date="2016-03-07")
    assert bombing.source.code == "USAMIL"


def test_the_two_countries_stand_for_the_two_named_before():
    events = facta.code_text(
        "Peru and Chile signed a border pact on Monday. The two countries said they had begun "
        "joint patrols along the coast.",
        date="2016-03-07",
    )
    patrols = {(e.source.country, e.target.country) for e in events if e.cameo == "062"}
    assert patrols == {("PER", "CHL"), ("CHL", "PER")}


def test_both_sides_are_the_two_actors_named_before():
    events = facta.code_text(
        "Officials from Peru met Chilean envoys in Lima on Monday. Both sides agreed to reopen "
        "the border crossing.",
        date="2016-03-07",
    )
    assert {e.source.code for e in events if e.root == "08"} == {"PERGOV", "CHLGOV"}


def test_the_two_countries_stand_for_no_one_when_only_one_was_named():
    events = facta.code_text(
        "Peru signed a border pact on Monday. The two countries said they had begun joint "
        "patrols along the coast.",
        date="2016-03-07",
    )
    assert not [e for e in events if e.cameo == "062"]


def test_a_subject_the_parser_splits_in_two_gives_two_accusers():
    events = facta.code_text(
        "Human Rights Watch and Kenyan rights group KHRC accuse police agents of burning down "
        "homes.",
        date="2016-03-07",
    )
    assert {e.source.code for e in events if e.root == "11"} == {"NGOHRW", "KENNGO"}


def test_a_group_of_two_nationalities_gives_one_act_per_member():
    events = facta.code_text(
        "A group of Germans and Americans filed a lawsuit against Twitter on Monday.",
        date="2016-03-07",
    )
    assert {e.source.country for e in events if e.root == "11"} == {"DEU", "USA"}


def test_a_doer_without_a_country_takes_the_country_of_its_co_doer():
    events = facta.code_text(
        "Police and Israeli soldiers arrested ten Palestinians in Hebron.", date="2016-03-07"
    )
    assert {e.source.code for e in events if e.root == "17"} == {"ISRCOP", "ISRMIL"}


def test_they_in_what_coordinated_subjects_say_stands_for_each_of_them():
    events = facta.code_text(
        "Belgium and Portugal said they would send troops to Mali.", date="2016-03-07"
    )
    assert {(e.source.country, e.target.country) for e in events} == {
        ("BEL", "MLI"),
        ("PRT", "MLI"),
    }


def test_objects_named_after_their_description_are_each_a_target():
    events = facta.code_text(
        "Kenya's government will try to persuade carmakers Toyota and Volkswagen to build plants.",
        date="2016-03-07",
    )
    assert {(e.root, e.source.code, e.target.code) for e in events} == {
        ("02", "KENGOV", "JPNBUS"),
        ("02", "KENGOV", "DEUBUS"),
    }


def test_co_doers_of_one_act_do_not_react_to_each_other(triples):
    text = "Ruritania and Borduria criticized the sanctions."
    actors = {"Ruritania": "ROU", "Borduria": "BGR"}
    assert {t for t in triples(text, actors) if t[2] == "111"} == {
        ("ROU", None, "111"),
        ("BGR", None, "111"),
    }


def test_the_two_candidates_are_the_two_people_named_before():
    events = facta.code_text(
        "Senator Ann Booker and Governor Tim Ray debated at a forum in Ohio on Sunday. Both "
        "candidates condemned the mayor of Toledo on Monday.",
        date="2016-03-07",
    )
    assert {e.source.code for e in events if e.cameo == "111"} == {"USALEG", "USAGOV"}


def test_the_two_men_may_be_two_people_of_one_role():
    events = facta.code_text(
        "Senator Ann Booker met Senator Tim Ray at a forum in Ohio on Sunday. The two men "
        "condemned the mayor of Toledo on Monday.",
        date="2016-03-07",
    )
    assert {e.source.code for e in events if e.cameo == "111"} == {"USALEG"}


def test_two_people_told_for_the_first_time_are_no_one_named_before():
    events = facta.code_text(
        "Senator Ann Booker met Governor Tim Ray at a forum in Ohio on Sunday. Two women in "
        "the audience condemned the mayor of Toledo on Monday.",
        date="2016-03-07",
    )
    assert not {e.source.code for e in events if e.cameo == "111"} & {"USALEG", "USAGOV"}


def test_both_men_after_a_verb_are_the_two_named_before_not_its_doer():
    events = facta.code_text(
        "Kenyan Foreign Minister Amina Wekesa met Ugandan Foreign Minister Peter Okello in "
        "Nairobi on Sunday. U.S. Senator Ruth Okafor, who criticized both men on Monday, asked "
        "for an audit.",
        date="2016-03-07",
    )
    assert {e.target.code for e in events if e.cameo == "111"} == {"KENGOV", "UGAGOV"}


def test_the_two_countries_a_third_praises_are_the_two_named_before():
    events = facta.code_text(
        "Chad and Niger signed a border pact on Monday. Mali praised the two countries.",
        date="2016-03-07",
    )
    assert {e.target.code for e in events if e.cameo == "051"} == {"TCD", "NER"}


def test_two_groups_told_for_the_first_time_are_no_one_named_before():
    events = facta.code_text(
        "Chad and Niger signed a border pact on Monday. Mali accused two armed groups of raiding "
        "a village.",
        date="2016-03-07",
    )
    assert {e.target.code for e in events if e.cameo.startswith("112")} == {"REB"}


def test_two_states_that_praise_each_other_praise_one_another_each_way():
    events = facta.code_text("Chad and Niger praised each other on Monday.", date="2016-03-07")
    assert {(e.source.code, e.target.code) for e in events if e.cameo == "051"} == {
        ("TCDGOV", "NER"),
        ("NERGOV", "TCD"),
    }
