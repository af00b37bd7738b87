"""Shortened text never ends mid-word; a promised action says "stop" once."""

from __future__ import annotations

from facta.text import promised_words, shorten


def test_shorten_cuts_between_words():
    sentence = "Foreign Minister Claudine Uwase said on Tuesday afternoon in Kigali"
    short = shorten(sentence, 52)
    assert short == "Foreign Minister Claudine Uwase said on Tuesday…"
    assert len(short) <= 52
    assert shorten("short enough", 52) == "short enough"
    assert shorten("Supercalifragilistic", 8) == "Superca…"  # one long word: cut it


def test_promised_words_say_stop_once():
    assert promised_words({"polarity": "stop", "text": "stop arming groups"}) == (
        "stop arming groups"
    )
    assert promised_words({"polarity": "stop", "text": "arming groups"}) == "stop arming groups"
    assert promised_words({"polarity": "do", "text": "release the detainees"}) == (
        "release the detainees"
    )
    assert promised_words(None) == ""
