"""Lawyers who act for a client the text names are coded as the client (actors/clients.py)."""

from __future__ import annotations

from actor_helpers import actor_at


def test_a_lawyer_representing_or_for_a_client_is_the_client(analyse) -> None:
    analysis = analyse(
        "An attorney representing the Ghanaian fishermen welcomed the ruling on Monday. "
        "A lawyer for the Ghanaian health ministry said the clinic would stay shut."
    )
    assert actor_at(analysis, "attorney").code == "GHACVL"
    assert actor_at(analysis, "lawyer").code == "GHAGOV"


def test_a_lawyer_whose_client_is_in_the_same_phrase_keeps_only_the_client(analyse) -> None:
    analysis = analyse("The evicted Ghanaian farmers' lawyer criticized the police on Friday.")
    assert actor_at(analysis, "lawyer").code == "GHACVL"


def test_public_prosecutors_and_lawyers_with_no_client_keep_their_own_role(analyse) -> None:
    analysis = analyse(
        "The district attorney for Marin County charged the two fishermen on Friday in "
        "California. A defense lawyer declined to comment."
    )
    assert actor_at(analysis, "district attorney").code == "USAJUD"
    assert actor_at(analysis, "defense lawyer").code == "USAJUD"


def test_a_name_titled_attorney_takes_the_client_of_its_participle(analyse) -> None:
    analysis = analyse(
        "Attorney Tom Kibet, representing the Kenyan families, welcomed the decision on Monday."
    )
    assert actor_at(analysis, "Tom Kibet").code == "KENCVL"
