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
