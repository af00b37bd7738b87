"""Other senses of lexicon verbs that are no political event: releasing or capturing a thing,
seizing on an idea, withdrawing from a race, the adjective "free"."""

from __future__ import annotations

import facta


def codes(text: str) -> list[str]:
    return [e.cameo for e in facta.code_text(text, date="2016-03-01")]


def test_releasing_an_ad_frees_nobody():
    assert "0841" not in codes("The mayor's campaign released a new ad on Tuesday.")
    assert "0841" in codes("The rebels released two aid workers on Monday.")


def test_capturing_attention_is_no_arrest():
    assert "173" not in codes("The governor hopes to capture the imagination of young voters.")
    assert "173" in codes("Police arrested the protest leaders on Monday.")


def test_seizing_on_a_remark_confiscates_nothing():
    assert "1711" not in codes("The senator's aides quickly seized on the remark.")


def test_withdrawing_from_a_contest_is_no_retreat():
    assert "0874" not in codes("The finance minister withdrew from the contest to lead the party.")
    assert "0874" not in codes("The mayor said on Friday that she is pulling out of the primary.")
    assert "0874" in codes("The rebels retreated from the town.")
    assert "0874" in codes("The militia is pulling out of the northern villages.")


def test_free_to_choose_is_no_release():
    assert "0841" not in codes("Unpledged delegates are free to support any contender.")


def test_directing_fire_at_a_rival_is_criticism():
    events = facta.code_text(
        "The mayor directed her fire at the state legislature.", date="2016-03-01"
    )
    assert [(e.cameo, e.target.code if e.target else None) for e in events] == [("111", "LEG")]


def test_students_on_a_trip_make_no_visit():
    assert "042" not in codes("The nursing students were traveling to a workshop in Denver.")
    assert "042" in codes("The foreign minister flew to Ankara on Sunday.")


def test_capturing_data_arrests_nobody():
    text = "The sheriff's deputies were secretly capturing the fingerprint data of motorists."
    assert "173" not in codes(text)


def test_investing_with_no_partner_is_no_economic_cooperation():
    assert "061" not in codes("The governor has invested heavily there.")
    assert "061" in codes("China has invested heavily in Ghana.")


def test_looking_into_someones_eyes_is_no_inquiry():
    text = '"When I look into the eyes of these farmers, I see exhaustion," the governor said.'
    assert "090" not in codes(text)
    assert "091" in codes("Prosecutors looked into the embezzlement at the ministry.")


def test_a_plan_or_an_order_asks_and_demands_of_no_one():
    for text in (
        "The Chilean ministry's plan calls for sending soldiers to the northern border.",
        "A Chilean plan that calls for new taxes was unveiled.",
        "Two court orders requiring the Bolivian bank to hand over records were issued.",
    ):
        assert not codes(text), text
    assert codes("Peru's president called for calm on Sunday.") == ["0256"]
