"""News-specific parse fixes: titles do not end sentences. `nlp` is load_model(), once per
session (tests/conftest.py)."""

import pytest
from spacy.language import Language


def test_military_and_civil_titles_do_not_split_sentences(nlp: Language):
    doc = nlp(
        "In April, the commander of the force, Brig. Gen. Amadou Diallo, met Mr. Okafor. "
        "Maj. Gen. Lina Haddad spoke later. Rear Adm. Tomas Berg said the ship had left. Dr. Ruth Kim agreed."
    )
    sentences = [s.text for s in doc.sents]
    assert sentences == [
        "In April, the commander of the force, Brig. Gen. Amadou Diallo, met Mr. Okafor.",
        "Maj. Gen. Lina Haddad spoke later.",
        "Rear Adm. Tomas Berg said the ship had left.",
        "Dr. Ruth Kim agreed.",
    ]


def test_a_dateline_is_a_sentence_of_its_own_and_the_lede_stays_whole(nlp: Language):
    doc = nlp(
        "GOMA, Democratic Republic of Congo, March 3, 2025 (Lakes Wire) — M23 rebels attacked "
        "army positions above Sake on Monday, officials said. The army said it held the road."
    )
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0].startswith("GOMA") and sentences[0].endswith("—")
    assert sentences[1].startswith("M23 rebels attacked") and sentences[1].endswith("said.")
    assert [s.text for s in nlp("NATO and Russia met in Brussels - officials said.").sents] == [
        "NATO and Russia met in Brussels - officials said."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "LIMA/QUITO (Andes Wire) - President Ana Ruiz met her Ecuadorean counterpart on Friday "
        "in the border town, both governments said.",
        "TACNA, Peru/LA PAZ (Andes Wire) - President Ana Ruiz met her Bolivian counterpart on "
        "Friday in the border town, both governments said.",
    ],
)
def test_a_dateline_filed_from_two_places_is_a_sentence_of_its_own(
    nlp: Language, text: str
) -> None:
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0].endswith("-")
    assert sentences[1].startswith("President Ana Ruiz met") and sentences[1].endswith("said.")


def test_a_subject_hung_on_a_participle_goes_back_to_the_main_verb():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from facta.nlp import reattach_participle_subjects

    # "Costa, seeking votes, on Tuesday accused Ruiz." as the parser once read it
    words = ["Costa", ",", "seeking", "votes", ",", "on", "Tuesday", "accused", "Ruiz", "."]
    heads = [2, 0, 7, 2, 7, 7, 5, 7, 7, 7]
    deps = ["nsubj", "punct", "advcl", "dobj", "punct", "prep", "pobj", "ROOT", "dobj", "punct"]
    tags = ["NNP", ",", "VBG", "NNS", ",", "IN", "NNP", "VBD", "NNP", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    doc = reattach_participle_subjects(doc)
    assert doc[0].head.text == "accused" and doc[0].dep_ == "nsubj"
    # a participle with its own subject after it, or a verb that has one, is left alone
    assert [t.head.i for t in reattach_participle_subjects(doc)] == [t.head.i for t in doc]
