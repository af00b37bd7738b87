"""Acts a story tells as its backstory: dated by a clause of time or by the noun a relative
clause describes, set in a frame of history, comparison or origin."""

from __future__ import annotations

import facta


def test_a_when_clause_dates_the_act_it_hangs_from():
    text = (
        "Boko Haram has lost much of the land it seized from Nigerian troops "
        "when the army retreated in 2012."
    )
    [seizure] = [e for e in facta.code_text(text, date="2016-03-01") if e.root == "17"]
    assert (seizure.date, seizure.background) == ("2012-01-01", True)


def test_a_relative_clause_takes_the_date_of_the_noun_it_describes():
    text = (
        "Farmers in Vellmar cited a 2013 tribunal verdict that struck down the mayor's grazing ban."
    )
    [ruling] = [e for e in facta.code_text(text, date="2016-03-01") if e.root == "12"]
    assert (ruling.date, ruling.background) == ("2013-01-01", True)
    text = "The Vellmar tribunal on Monday struck down the mayor's grazing ban."
    [news] = [e for e in facta.code_text(text, date="2016-03-01") if e.root == "12"]
    assert not news.background


def test_an_event_noun_called_recent_or_earlier_is_background():
    for text in (
        "Recent raids by the militia in Mosul suggest it may be changing strategy.",
        "The valley was a base for previous rocket attacks by the Taliban on Kabul.",
    ):
        events = facta.code_text(text, date="2016-03-01")
        assert events and all(e.background for e in events), text
    text = "The Taliban fired rockets at Kabul on Monday."
    assert not any(e.background for e in facta.code_text(text, date="2016-03-01"))


def test_an_act_a_new_one_is_compared_with_is_background():
    for text in (
        "The blast in Mombasa looked similar to a February car bombing by al Shabaab.",
        "The blast in Mombasa resembled a February car bombing by al Shabaab.",
    ):
        events = [e for e in facta.code_text(text, date="2016-03-01") if e.root == "18"]
        assert events and all(e.background for e in events), text


def test_what_a_conflict_began_with_is_its_origin():
    text = (
        "The vote falls on the anniversary of a crisis that began with protests "
        "by Zambian students against the president."
    )
    [protest] = facta.code_text(text, date="2016-03-01")
    assert protest.background
    text = "Zambian students began with protests against the president on Monday."
    [news] = facta.code_text(text, date="2016-03-01")
    assert not news.background


def test_an_act_in_a_since_clause_is_the_past_the_news_runs_from():
    text = "Ties between the neighbours have been frosty since Chad expelled Sudan's ambassador."
    [expulsion] = facta.code_text(text, date="2016-03-01")
    assert expulsion.background
    text = "Chad expelled Sudan's ambassador on Monday."
    [news] = facta.code_text(text, date="2016-03-01")
    assert not news.background


def test_what_a_telling_of_long_ago_reports_is_background():
    text = "The Kenyan prosecutor said last September that the families were opposed to a trial."
    events = facta.code_text(text, date="2016-03-01")
    assert events and all(e.background for e in events)
    text = "The Fijian premier had once said she would tour Tonga if she could see its chiefs."
    events = facta.code_text(text, date="2016-03-01")
    assert events and all(e.background for e in events)
    text = "The Kenyan prosecutor said on Monday that the families were opposed to a trial."
    events = facta.code_text(text, date="2016-03-01")
    assert events and not any(e.background for e in events)


def test_verbs_joined_on_one_object_share_its_date():
    text = "Kenyan police shot and killed five people on Dec. 4 at a wedding in Nairobi."
    [shooting] = [e for e in facta.code_text(text, date="2016-03-01") if e.root == "19"]
    assert (shooting.date, shooting.background) == ("2015-12-04", True)


def test_an_act_told_with_its_usual_occasions_is_a_habit():
    text = (
        "Ruritanian officials have blocked access to opposition forums after riots in the past, "
        "usually because calls to violence spread there."
    )
    events = facta.code_text(text, date="2016-03-01")
    assert events and all(e.background for e in events)
    text = (
        "Ruritanian officials blocked access to the forums on Monday as calls to violence spread."
    )
    events = facta.code_text(text, date="2016-03-01")
    assert events and not any(e.background for e in events)


def test_a_clause_the_news_is_counted_from_tells_an_earlier_act():
    text = (
        "The clash comes a week after five Kenyan policemen were killed "
        "during a protest in Nairobi by a gunman."
    )
    events = facta.code_text(text, date="2016-03-01")
    assert events and all(e.background for e in events)
    text = "Kenyan police arrested the gunman a day after he killed five policemen in Nairobi."
    killing = [e for e in facta.code_text(text, date="2016-03-01") if e.root == "18"]
    assert killing and not any(e.background for e in killing)


def test_an_act_a_main_clause_in_the_past_perfect_aimed_at_is_the_past():
    text = "Malawian envoys had wanted to seal a pact with Zambia ahead of the fair."
    [deal] = facta.code_text(text, date="2016-03-01")
    assert deal.background
    text = "Malawian envoys want to seal a pact with Zambia ahead of the fair."
    [hoped] = facta.code_text(text, date="2016-03-01")
    assert not hoped.background


def test_an_act_set_in_a_named_war_or_era_is_dated_then_and_is_background():
    """periods.tsv: the text names a war or an era instead of a date."""
    cases = {
        "Elbonian officials said Japan occupied the atoll during World War Two.": "1939-01-01",
        "Iraq invaded Kuwait during the Gulf War, the museum guide told visitors.": "1990-01-01",
        "Britain and Argentina fought over the islands in the Falklands War.": "1982-01-01",
    }
    for text, day in cases.items():
        events = facta.code_text(text, date="2016-03-01")
        assert events and all((e.date, e.background) == (day, True) for e in events), text
    today = facta.code_text("Iraq invaded Kuwait on Monday.", date="2016-03-01")
    assert [(e.date, e.background) for e in today] == [("2016-02-29", False)]


def test_a_period_the_story_is_told_in_gives_no_date():
    text = "Iraqi guns shelled Basra during the Iran-Iraq war, the general said on Monday."
    [shelling] = [e for e in facta.code_text(text, date="1985-03-06") if e.root in ("18", "19")]
    assert not shelling.background and shelling.date.startswith("1985-03")
