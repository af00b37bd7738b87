"""One attack told as several acts is one event; attacks by different doers stay apart."""

from __future__ import annotations

import facta


def violence(text: str) -> list[facta.Event]:
    return [e for e in facta.code_text(text, date="2016-03-07") if e.root in {"18", "19"}]


def test_one_doers_acts_in_one_sentence_are_one_attack():
    text = "Gunmen killed nine villagers and wounded twelve others in northern Borno on Sunday."
    [attack] = violence(text)
    assert attack.source is not None and attack.source.code.endswith("REB")


def test_a_victim_told_later_without_a_doer_joins_the_attack():
    text = (
        "Militants attacked a police checkpoint in Kandahar province on Sunday, officials said. "
        "Two police officers were killed in the attack and a third was wounded."
    )
    [attack] = violence(text)
    assert attack.sentence == 0 and attack.mentions == (1,)


def test_attacks_by_different_doers_stay_apart():
    text = (
        "A gunman shot dead four worshippers at a mosque in Quetta on Friday "
        "before police shot him dead."
    )
    doers = {e.source.code for e in violence(text) if e.source is not None}
    assert len(doers) == 2


def test_co_attackers_are_not_each_others_targets_but_fighters_are():
    together = "The Borduran army and allied tribal fighters took control of the airport on Sunday."
    pairs = {(e.source and e.source.code, e.target and e.target.code) for e in violence(together)}
    sources = {s for s, _ in pairs}
    assert all(t not in sources for _, t in pairs)
    fought = "Government troops and rebels clashed near the border on Sunday."
    assert len({(e.source.code, e.target.code) for e in violence(fought)}) == 2


def test_fighting_that_erupted_between_two_sides_is_fought_by_both():
    text = (
        "Heavy fighting erupted between Houthi rebels and Saudi troops near the border on Monday."
    )
    pairs = {(e.source.code, e.target.code) for e in violence(text) if e.source and e.target}
    assert len(pairs) == 2 and all(s != t for s, t in pairs)


def test_islamist_groups_are_armed_groups():
    [killing] = violence("Four Iranian soldiers were killed by Islamist groups, the agency said.")
    assert killing.source is not None and killing.source.code == "REB"


def test_a_bombing_retold_under_a_looser_name_is_one_attack():
    text = (
        "A suicide bomber killed four people in a busy shopping street in Istanbul on Saturday, "
        "officials said. A local shopkeeper said someone had blown himself up near the mosque."
    )
    [bombing] = violence(text)
    assert bombing.cameo == "1831" and bombing.mentions


def test_blowing_an_election_is_no_bombing():
    assert violence("The senator said his rival totally blew an election he should have won.") == []
