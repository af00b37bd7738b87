"""A side's own commitments: what it says it will do, or is committed to doing, of a
cooperative kind is a pledge made now (03x), coded from the promised action."""

from __future__ import annotations

import facta


def pledges(text: str) -> set[tuple[str | None, str]]:
    return {
        (e.source.code if e.source else None, e.cameo)
        for e in facta.code_text(text, date="2016-03-07")
        if e.root == "03"
    }


def test_being_committed_to_a_cooperative_undertaking_is_a_pledge():
    text = "The Kenyan ministry is committed to resolving the complaints of the fishermen."
    assert pledges(text) == {("KENGOV", "030")}  # resolving complaints: no promise to promise


def test_being_committed_to_an_uncodable_goal_of_ones_own_is_no_pledge():
    assert pledges("He said Kenya was committed to building a larger navy.") == set()


def test_a_commitment_coordinated_with_earlier_acts_is_made_by_their_subject():
    text = (
        'The Kenyan ministry said it "has met the railway unions every month and'
        ' is committed to resolving each grievance they raised."'
    )
    assert ("KENGOV", "030") in pledges(text)


def test_the_future_half_of_a_reported_clause_commits_its_side():
    text = (
        '"Kenya cooperated with Uganda on the railway last year and will keep cooperating with'
        ' each Ugandan ministry," the Kenyan transport ministry said.'
    )
    assert {root[:2] for _, root in pledges(text)} == {"03"}


def test_a_side_that_says_it_will_work_to_fix_a_fault_pledges_to():
    assert pledges("The Kenyan army said it will work to fix the shortcomings.") == {
        ("KENMIL", "030")
    }
    assert pledges("Kerry said the Kenyan army will work to fix the shortcomings.") == set()


def coded(text: str) -> list[tuple[str | None, str, bool]]:
    return [
        (e.source.code if e.source else None, e.cameo, e.modality.future)
        for e in facta.code_text(text, date="2016-03-07")
    ]


QUOTED = '"The quota cut will hurt our fishermen," {teller} said. "{act}"'


def test_a_quoted_future_act_of_the_speakers_own_side_is_a_pledge():
    act = "Chile will continue negotiating with the EU side on this matter."
    text = QUOTED.format(teller="the Chilean fisheries ministry", act=act)
    assert ("CHLGOV", "036", False) in coded(text)


def test_a_quoted_plan_of_another_side_or_with_a_date_stays_a_plan():
    act = "Chile will continue negotiating with the EU side on this matter."
    text = QUOTED.format(teller="a European diplomat", act=act)
    assert [code for _, code, _ in coded(text)] == ["046"]
    act = "Chile will hold talks with the EU side next week."
    text = QUOTED.format(teller="the Chilean fisheries ministry", act=act)
    assert [(code, future) for _, code, future in coded(text)] == [("040", True)]


def test_a_paragraph_wholly_quoted_goes_on_in_the_voice_of_the_paragraph_before():
    text = (
        '"Chile voices its deep displeasure" at the quota cut, the Chilean fisheries ministry'
        ' said in a statement.\n\n"The quota cut will hurt our fishermen. Chile will continue'
        ' negotiating with the EU side on this matter."'
    )
    [pledge] = [e for e in facta.code_text(text, date="2016-03-07") if e.root == "03"]
    assert (pledge.cameo, pledge.attribution.speaker.code) == ("036", "CHLGOV")


def test_a_commitment_made_for_a_purpose_pledges_the_purpose():
    text = (
        "The Norwegian envoy said Oslo would stay in touch with the Colombian rebels in order"
        " to mediate a settlement."
    )
    assert pledges(text) == {("NORGOV", "039")}


def test_a_side_that_says_it_will_attend_a_round_of_talks_pledges_to_meet():
    text = "The Kenyan opposition said it would join the third round of talks in Nairobi."
    assert pledges(text) == {("KENOPP", "036")}
