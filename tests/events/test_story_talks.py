"""Talks told as happening with no sides of their own take the sides the story puts in them,
and the sponsor a telling names mediates with each side (events/story_talks.py)."""

from __future__ import annotations


def _talks(coded, text: str, actors: dict[str, str]) -> set[tuple]:
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
        for e in coded(text, actors).events
        if e.cameo in ("045", "046")
    }


def test_the_sponsor_mediates_with_the_side_someone_joins_in_the_talks(coded):
    text = (
        "Ruritanian rebels flew to Szohod on Saturday to decide whether to join Bordurian "
        "government officials in U.N.-brokered peace talks. The rebels want to discuss "
        "prisoners first; the peace talks opened in Szohod on Friday."
    )
    actors = {"Ruritanian rebels": "ROUREB", "Bordurian government officials": "BGRGOV"}
    actors |= {"U.N.": "IGOUNO", "The rebels": "ROUREB"}
    # the rebels only mean to join: the officials alone are in the talks, so no negotiation
    assert _talks(coded, text, actors) == {("IGOUNO", "BGRGOV", "045")}


def test_talks_under_way_are_between_those_the_story_puts_in_them(coded):
    text = (
        "The Bordurian delegation arrived at the talks in Szohod on Monday. Ruritanian envoys "
        "took part in the talks too. The U.N.-brokered talks, which close on Thursday, "
        "aim at a lasting settlement."
    )
    actors = {"The Bordurian delegation": "BGRGOV", "Ruritanian envoys": "ROUGOV"}
    actors |= {"U.N.": "IGOUNO"}
    assert _talks(coded, text, actors) == {
        ("BGRGOV", "ROUGOV", "046"),
        ("ROUGOV", "BGRGOV", "046"),
        ("IGOUNO", "BGRGOV", "045"),
        ("IGOUNO", "ROUGOV", "045"),
    }


def test_talks_only_spoken_of_are_no_event(coded):
    actors = {"The Bordurian delegation": "BGRGOV", "Ruritanian envoys": "ROUGOV"}
    before = (
        "The Bordurian delegation arrived at the talks in Szohod on Monday. Ruritanian envoys "
        "took part in the talks too. "
    )
    for told in (
        "The talks could resume on Wednesday.",
        "The talks did not resume on Wednesday.",
        "No talks are planned.",
    ):
        assert _talks(coded, before + told, actors) == set(), told


def test_the_sponsor_of_a_meeting_told_in_one_sentence_mediates_with_each_side(coded):
    actors = {"Ruritanian": "ROU", "Bordurian": "BGR", "the Northern League": "IGOXYZ"}
    text = (
        "Ruritanian and Bordurian ministers met in Szohod under the auspices of the "
        "Northern League."
    )
    assert {("IGOXYZ", "ROU", "045"), ("IGOXYZ", "BGR", "045")} <= _talks(coded, text, actors)
    actors = {"Ruritanian envoys": "ROUGOV", "Bordurian rebels": "BGRREB", "U.N.": "IGOUNO"}
    text = "U.N.-sponsored talks between Ruritanian envoys and Bordurian rebels ended on Monday."
    assert {("IGOUNO", "ROUGOV", "045"), ("IGOUNO", "BGRREB", "045")} <= _talks(coded, text, actors)


def test_talks_of_another_kind_are_not_the_same_talks(coded):
    text = (
        "The Bordurian delegation arrived at the trade talks in Szohod on Monday. Ruritanian "
        "envoys took part in the trade talks too. The U.N.-sponsored peace talks, which "
        "resume on Wednesday, aim at a lasting settlement."
    )
    actors = {"The Bordurian delegation": "BGRGOV", "Ruritanian envoys": "ROUGOV"}
    actors |= {"U.N.": "IGOUNO"}
    assert _talks(coded, text, actors) == set()


def test_who_is_only_asked_to_attend_is_not_in_the_talks(coded):
    text = (
        "It is time for the Bordurian rebels to attend the talks. Ruritanian envoys arrived at "
        "the talks on Monday. The talks resume on Wednesday."
    )
    actors = {"the Bordurian rebels": "BGRREB", "Ruritanian envoys": "ROUGOV"}
    assert _talks(coded, text, actors) == set()


def test_talks_resumed_are_between_the_sides_that_held_them(coded):
    text = (
        "Ruritanian envoys and Bordurian rebels held talks in Szohod in January. Peace talks "
        "resumed in Szohod on Monday."
    )
    actors = {"Ruritanian envoys": "ROUGOV", "Bordurian rebels": "BGRREB"}
    assert _talks(coded, text, actors) == {("ROUGOV", "BGRREB", "046"), ("BGRREB", "ROUGOV", "046")}


def test_talks_named_by_their_aim_are_not_told_as_happening(coded):
    text = (
        "Ruritanian envoys and Bordurian rebels held talks in Szohod in January. Talks to close "
        "the border dispute have been slow."
    )
    actors = {"Ruritanian envoys": "ROUGOV", "Bordurian rebels": "BGRREB"}
    assert _talks(coded, text, actors) == set()


def test_the_sponsor_is_no_side_of_the_talks_it_sponsors(coded):
    text = (
        "U.N. officials attended the talks in Szohod on Monday. The Bordurian delegation "
        "arrived at the talks too. The U.N.-brokered talks, which close on Thursday, aim "
        "at a lasting settlement."
    )
    actors = {
        "U.N. officials": "IGOUNO",
        "The Bordurian delegation": "BGRGOV",
        "U.N.-brokered": "IGOUNO",
    }
    assert _talks(coded, text, actors) == {("IGOUNO", "BGRGOV", "045")}


def test_talks_told_again_with_no_day_of_their_own_are_no_new_talks(coded):
    text = (
        "Ruritanian envoys and Bordurian rebels held talks in Szohod on Monday. The talks take "
        "place as the fighting goes on."
    )
    actors = {"Ruritanian envoys": "ROUGOV", "Bordurian rebels": "BGRREB"}
    assert _talks(coded, text, actors) == set()
