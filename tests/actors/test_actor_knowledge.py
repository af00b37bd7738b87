"""Knowledge files: user files add actors, bad files fail clearly, memory fills roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_helpers import actor_at

from facta.actors import ActorResolver
from facta.actors.knowledge import plural
from facta.analysis_state import ActorFact
from facta.errors import KnowledgeError


def test_user_file_adds_an_armed_group(tmp_path: Path, analyse) -> None:
    text = "The Crimson Hand attacked a convoy, and the CHF later withdrew."
    assert actor_at(analyse(text), "Crimson Hand") is None
    extra = tmp_path / "mine.tsv"
    extra.write_text("# my groups\ngroup\tCrimson Hand|=CHF\tCMR\tREB\t-\n", encoding="utf-8")
    analysis = analyse(text, using=ActorResolver(extra_files=(str(extra),)))
    brigade = actor_at(analysis, "Crimson Hand")
    assert brigade.code == "CMRREB" and brigade.rule == "mine.tsv:2"
    assert actor_at(analysis, "CHF").entity == brigade.entity


def test_user_file_overrides_a_shipped_entry(tmp_path: Path, nlp) -> None:
    extra = tmp_path / "override.tsv"
    extra.write_text("group\tHezbollah\tLBN\tGOV\t-\n", encoding="utf-8")
    actor = ActorResolver(extra_files=(str(extra),)).resolve_phrase(nlp, "Hezbollah")
    assert actor.code == "LBNGOV"


def test_malformed_file_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# header\nwizard\tGandalf\t-\t-\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="bad.tsv:2"):
        ActorResolver(extra_files=(str(bad),))


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="does not exist"):
        ActorResolver(extra_files=(str(tmp_path / "nothing.tsv"),))


def test_memory_gives_the_role_the_text_leaves_out(analyse) -> None:
    text = "Amina Wanjiru arrived in Goma on Friday."
    assert actor_at(analyse(text), "Amina Wanjiru") is None
    memory = {
        "Amina Wanjiru": [
            ActorFact("Amina Wanjiru", "KEN", ("GOV",), "a1", "2024-01-05", "Kenyan minister"),
            ActorFact("Amina Wanjiru", "IGOAFU", (), "a2", "2024-06-01", "AU envoy"),
        ]
    }
    resolver = ActorResolver(memory=memory)
    assert actor_at(analyse(text, date="2024-03-01", using=resolver), "Amina Wanjiru").code == (
        "KENGOV"
    )
    latest = actor_at(analyse(text, date="2024-09-01", using=resolver), "Amina Wanjiru")
    assert latest.code == "IGOAFU" and latest.rule == "memory:a2"


def test_text_outranks_memory(analyse) -> None:
    memory = {"Amina Wanjiru": [ActorFact("Amina Wanjiru", "KEN", ("GOV",), "a1", None, "")]}
    analysis = analyse(
        "Ugandan opposition leader Amina Wanjiru spoke.", using=ActorResolver(memory=memory)
    )
    assert actor_at(analysis, "Amina Wanjiru").code == "UGAOPP"


@pytest.mark.parametrize(
    ("word", "plural_form"),
    [
        ("official", "officials"),
        ("militia", "militias"),
        ("policeman", "policemen"),
        ("secretary", "secretaries"),
        ("foreign minister", "foreign ministers"),
        ("oligarch", "oligarchs"),
        ("patriarch", "patriarchs"),
        ("church", "churches"),
    ],
)
def test_plurals(word: str, plural_form: str) -> None:
    assert plural(word) == plural_form


def test_memory_found_by_surname_alone(analyse) -> None:
    memory = {"Amina Wanjiru": [ActorFact("Amina Wanjiru", "KEN", ("GOV",), "a1", None, "")]}
    analysis = analyse("Wanjiru arrived in Goma on Friday.", using=ActorResolver(memory=memory))
    assert actor_at(analysis, "Wanjiru").code == "KENGOV"
