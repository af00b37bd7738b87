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
        "The appeal leaves in place a 2013 district court ruling "
        "that threw out the governor's order."
    )
    [ruling] = [e for e in facta.code_text(text, date="2016-03-01") if e.root == "12"]
    assert (ruling.date, ruling.background) == ("2013-01-01", True)
    text = "A district court ruling on Monday threw out the governor's order."
    [news] = [e for e in facta.code_text(text, date="2016-03-01") if e.root == "12"]
    assert not news.background
