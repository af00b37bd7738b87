"""Pledges happened; plans have not: a promise or a conditional threat is an actual event (the
CONTRACT), a trip dated after the article's day is planned."""

from __future__ import annotations

import pytest

import facta


def flags(event: facta.Event) -> tuple[bool, bool, bool]:
    m = event.modality
    return m.negated, m.future, m.hypothetical


def test_a_promise_whose_action_has_no_code_is_still_made():
    [promise] = facta.code_text(
        "France promised on Monday to streamline its customs rules by May.", date="2016-03-07"
    )
    assert promise.root == "03" and flags(promise) == (False, False, False)


def test_a_conditional_threat_was_made_but_a_threat_under_if_was_not():
    [made] = facta.code_text(
        "The rebels threatened to attack the city if the army advanced.", date="2016-03-07"
    )
    assert made.root == "13" and flags(made) == (False, False, False)
    [unmade] = facta.code_text(
        "If the talks fail, the rebels will threaten to attack the city.", date="2016-03-07"
    )
    assert unmade.root == "13" and flags(unmade) != (False, False, False)


def test_a_trip_dated_after_the_article_is_planned_this_year():
    trips = facta.code_text(
        "President Obama travels to Japan and Vietnam from May 21-28.", date="2016-03-07"
    )
    assert trips and all(t.date == "2016-05-21" and t.modality.future for t in trips)
    [arrest] = facta.code_text(
        "Police arrested him on May 21, the spokesman said.", date="2016-03-07"
    )
    assert arrest.date == "2015-05-21"  # told in the past: last year's May 21


def test_a_warning_threatens_only_the_speakers_own_act():
    def codes(text: str) -> set[str]:
        return {e.cameo[:2] for e in facta.code_text(text, date="2016-03-07")}

    assert codes("Russia warned that it would use force to defend its interests.") == {"13"}
    assert codes("The senator warned that Democrats could challenge the law in court.") == {"01"}
    assert codes("Officials warned that the campaign is far from defeating the insurgents.") == {
        "01"
    }
    assert codes("Pakistan warned that it was preparing a firm response to India.") == {"13"}


def test_a_joint_aid_pledge_is_to_its_recipients_not_to_each_other():
    text = "Britain and Norway pledged an extra $1 billion in aid by 2020."
    pledges = facta.code_text(text, date="2016-02-04")
    assert len(pledges) == 2 and all(p.target is None for p in pledges)
    assert all(p.date == "2016-02-04" for p in pledges)  # "by 2020" is a deadline, not the day


def test_engaging_with_a_rival_is_no_attack():
    events = facta.code_text(
        "The senator engaged with Trump supporters at the rally.", "2016-01-14"
    )
    assert all(e.root != "19" for e in events)


def test_a_formal_charge_is_legal_action_and_a_charge_that_is_an_accusation():
    [charge] = facta.code_text("Prosecutors charged the mayor with fraud.", date="2016-03-07")
    assert charge.cameo == "173"
    [claim] = facta.code_text("The opposition charged that the vote was rigged.", "2016-03-07")
    assert claim.root == "11"


def test_a_warning_about_the_speakers_own_forces_is_a_threat():
    text = "The interior minister warned that police would no longer tolerate the rallies."
    assert {e.root for e in facta.code_text(text, date="2016-03-07")} == {"13"}


def test_a_side_that_says_it_will_act_commits_itself(coded):
    # the teller's own side, undated: an intent (03x) made now, the act in `promised`
    text = "The Ruritanian defence minister said his country would help Borduria train its navy."
    actors = {"The Ruritanian defence minister": "ROUGOV", "Borduria": "BGR"}
    [pledge] = coded(text, actors).events
    assert (pledge.cameo, pledge.target.code, pledge.modality.future) == ("033", "BGR", False)
    assert pledge.promised is not None and pledge.promised.cameo == "070"
    # "we" inside quoted words is the teller's side too
    text = '"We will negotiate with Borduria," the Ruritanian foreign minister said.'
    actors = {"the Ruritanian foreign minister": "ROUGOV", "Borduria": "BGR"}
    assert {(e.cameo, e.target.code) for e in coded(text, actors).events} == {("036", "BGR")}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # another side's plan, told by someone else: the act itself, future
        (
            "The Ruritanian minister said Borduria would withdraw its troops from Moldova.",
            {"The Ruritanian minister": "ROUGOV", "Borduria": "BGR", "Moldova": "MDA"},
            ("0874", True),
        ),
        # an unnamed diplomat speaks of a side, not for it
        (
            "Borduria will send food aid to Moldova, a Western diplomat said.",
            {"Borduria": "BGR", "Moldova": "MDA"},
            ("073", True),
        ),
        # a dated act is a plan, not a pledge
        (
            "Ruritania's president will visit Moldova next week, her foreign minister said.",
            {"Ruritania's president": "ROUGOV", "Moldova": "MDA"},
            ("042", True),
        ),
    ],
)
def test_reported_plans_stay_future_acts(coded, text, actors, expected):
    events = coded(text, actors).events
    assert [(e.cameo, e.modality.future) for e in events] == [expected]
