"""The event lexicon files: inflections, counts, user files and clear errors for bad entries."""

from __future__ import annotations

import pytest

from facta.errors import KnowledgeError
from facta.events.lexicon import inflections, load_lexicon


def test_inflections_of_regular_verbs_and_nouns():
    assert inflections("attack") >= {"attack", "attacks", "attacked", "attacking"}
    assert inflections("criticize") >= {"criticized", "criticizes", "criticizing"}
    assert inflections("deny") >= {"denies", "denied", "denying"}
    assert inflections("ban") >= {"banned", "banning", "bans"}
    assert inflections("clash", noun=True) == {"clash", "clashes"}


def test_shipped_lexicon_is_large_and_covers_every_root():
    lexicon = load_lexicon()
    assert lexicon.patterns >= 2500
    roots = {e.cameo[:2] for entries in lexicon.verbs.values() for e in entries}
    roots |= {e.cameo[:2] for entries in lexicon.nouns.values() for e in entries}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}
    assert "launch" in lexicon.light_verbs and "launched" in lexicon.light_verbs
    assert "touchdown" in lexicon.discard_sentence


def test_rule_names_the_entry_and_its_constraints():
    rules = {e.rule for e in load_lexicon().verbs["accused"]}
    assert "verbs.tsv:accuse -> 112" in rules
    assert "verbs.tsv:accuse+of|with|for+[corruption|…] -> 1121" in rules


def test_user_file_adds_verbs(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("# my verbs\nverbs\tparticle\tprep\tobject\tcameo\tframe\ttarget\texample\n"
                     "stonewall\t-\t-\t-\t120\t-\t-\tThe ministry stonewalled the inspectors.\n")
    lexicon = load_lexicon((str(extra),))
    assert lexicon.verbs["stonewalled"][0].rule == "mine.tsv:stonewall -> 120"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("verbs\tparticle\tprep\tobject\tcameo\tframe\ttarget\texample\nsnub\t-\t-\t-\t999\t-\t-\tx\n",
         "not a CAMEO code"),
        ("colour\tshape\nred\tround\n", "unknown lexicon header"),
        ("verbs\tparticle\tprep\tobject\tcameo\tframe\ttarget\texample\nsnub\t-\t-\t-\t120\tmaybe\t-\tx\n",
         "unknown frame"),
    ],
)
def test_bad_user_file_raises_a_clear_error(tmp_path, content, message):
    extra = tmp_path / "bad.tsv"
    extra.write_text(content)
    with pytest.raises(KnowledgeError, match=message):
        load_lexicon((str(extra),))


def test_missing_user_file_raises_a_clear_error(tmp_path):
    with pytest.raises(KnowledgeError, match="Cannot read lexicon file"):
        load_lexicon((str(tmp_path / "absent.tsv"),))
