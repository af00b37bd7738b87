"""Name normalisation: the spellings news uses must meet the gazetteer's."""

from facta.places.names import fold, keys, query_keys, without_descriptor


def test_fold_removes_accents_case_and_possessive():
    assert fold("Al Fallūjah") == "al fallujah"
    assert fold("Baghdad's") == "baghdad"
    assert fold("U.S.") == "us"


def test_article_prefix_and_final_h_variants_meet():
    assert "fallujah" in keys("Al Fallūjah")
    assert "fallujah" in query_keys("al-Fallujah")
    assert "basra" in query_keys("Basrah")


def test_descriptor_is_split_off():
    assert without_descriptor("Anbar province") == ("Anbar", True)
    assert without_descriptor("Sadr City") == ("Sadr City", False)
