"""Bodies no knowledge file lists, named by the kind of body their name ends in
(sectors.tsv), and role words that yield to the body a person serves."""

from __future__ import annotations

from actor_helpers import actor_at

import facta


def test_a_school_named_by_its_last_word_is_education(analyse) -> None:
    analysis = analyse(
        "Maplewood Academy in Vermont said on Monday it would close for a week after flooding."
    )
    assert actor_at(analysis, "Maplewood Academy").code == "USAEDU"


def test_an_administrator_serves_the_body_named_with_him(analyse) -> None:
    analysis = analyse("Hospital administrators in Nebraska thanked the volunteers on Friday.")
    assert actor_at(analysis, "Hospital administrators").code == "USAHLH"


def test_a_central_bank_is_the_state_not_a_business(analyse) -> None:
    """A country's central bank is a state institution (GOV), as CAMEO codes it; a bank alone
    is a business; the euro area's bank is the EU's."""
    analysis = analyse("The Peruvian central bank warned lenders in Lima on Monday.")
    assert actor_at(analysis, "central bank").code == "PERGOV"
    analysis = analyse("A Peruvian bank warned borrowers in Lima on Monday.")
    assert actor_at(analysis, "bank").code == "PERBUS"
    analysis = analyse("The European Central Bank warned lenders in Lisbon on Monday.")
    assert actor_at(analysis, "European Central Bank").code == "IGOEEC"


def test_a_defence_ministry_is_both_a_ministry_and_the_forces_command() -> None:
    """CAMEO's agents dictionary codes a defence ministry GOV and MIL; its minister is GOV."""
    assert facta.resolve_actor("the Chilean defence ministry").code == "CHLGOVMIL"
    assert facta.resolve_actor("the Department of Defense").code == "USAGOVMIL"
    assert facta.resolve_actor("the Pentagon").code == "USAMIL"
    assert facta.resolve_actor("the Chilean defence minister").code == "CHLGOV"
