"""News-specific parse fixes: titles do not end sentences."""

from facta.nlp import load_model


def test_military_and_civil_titles_do_not_split_sentences():
    nlp = load_model()
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
