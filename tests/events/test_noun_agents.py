"""Who does an event noun that names no doer of its own: the agent of a participle that
describes it, and the subject of the clause a meeting or visit is the occasion of."""

from __future__ import annotations


def test_a_sit_in_staged_by_a_union_is_the_unions(triples):
    text = (
        "Police counted two thousand people at the sit-in staged by the Ruritanian dockers union."
    )
    actors = {"the Ruritanian dockers union": "ROULAB"}
    assert any(s == "ROULAB" and c == "141" for s, _, c in triples(text, actors))


def test_a_visit_that_frames_a_clause_is_its_subjects(triples):
    text = "During a visit to Borduria on Monday, the Ruritanian premier praised the farmers."
    actors = {"Borduria": "BGR", "the Ruritanian premier": "ROUGOV"}
    assert ("ROUGOV", "BGR", "042") in triples(text, actors)


def test_talks_that_frame_a_clause_are_its_subjects(triples):
    text = "After a meeting with the Bordurian king, the Ruritanian premier flew home."
    actors = {"the Bordurian king": "BGRGOV", "the Ruritanian premier": "ROUGOV"}
    assert ("ROUGOV", "BGRGOV", "040") in triples(text, actors)


def test_a_passive_clause_names_no_one_who_met(triples):
    text = "A Ruritanian clerk was detained after a meeting with the Bordurian consul."
    actors = {"A Ruritanian clerk": "ROUCVL", "the Bordurian consul": "BGRGOV"}
    assert not any(c.startswith("04") for _, _, c in triples(text, actors))


def test_talks_with_someone_told_by_a_speaker_are_the_speakers(triples):
    text = "The Ruritanian premier said talks with the Bordurian dockers went well."
    actors = {"The Ruritanian premier": "ROUGOV", "the Bordurian dockers": "BGRLAB"}
    assert any(
        s == "ROUGOV" and t == "BGRLAB" and c.startswith("04") for s, t, c in triples(text, actors)
    )
