"""Mentions in whole texts: titles, appositives, aliases, pronouns, demonyms, groups."""

from __future__ import annotations

from actor_helpers import actor_at
from spacy.tokens import Span

from facta.analysis_state import Analysis
from facta.models import Article


def test_title_names_country_and_sector_and_aliases_link(analyse) -> None:
    analysis = analyse(
        "Kenyan President Daniel Mwangi met Ugandan officials in Kampala on Tuesday. "
        "Mwangi said he would return next month. President Mwangi later flew home."
    )
    first = actor_at(analysis, "Daniel Mwangi")
    assert first.code == "KENGOV" and first.name == "Daniel Mwangi"
    for words, occurrence in (("Mwangi", 2), ("he", 1), ("Mwangi", 3)):
        linked = actor_at(analysis, words, occurrence)
        assert linked.entity == first.entity, (words, occurrence)
        assert linked.code == "KENGOV"
    assert actor_at(analysis, "he").text == "he"
    assert actor_at(analysis, "Ugandan officials").code == "UGAGOV"


def test_article_teaches_roles(analyse) -> None:
    analysis = analyse("Kenyan President Daniel Mwangi met Ugandan officials.", date="2024-02-01")
    fact = next(f for f in analysis.learned if f.name == "Daniel Mwangi")
    assert (fact.country, fact.sectors, fact.date) == ("KEN", ("GOV",), "2024-02-01")
    assert "President" in fact.evidence


def test_appositive_gives_the_role(analyse) -> None:
    analysis = analyse(
        "The raid was ordered by Pedro Alvarez, the commander of Colombia's army, "
        "on Sunday. Alvarez denied that civilians were hurt."
    )
    assert actor_at(analysis, "Pedro Alvarez").code == "COLMIL"
    later = actor_at(analysis, "Alvarez", 2)
    assert later.code == "COLMIL" and later.text == "Alvarez"


def test_role_in_a_fronted_clause_is_no_appositive(analyse) -> None:
    analysis = analyse(
        "Nigerian opposition leader Tunde Adeyemi toured Kano. After talks with the "
        "defence minister, Adeyemi said the plan would go ahead."
    )
    assert actor_at(analysis, "Adeyemi", 2).code == "NGAOPP"
    alone = analyse("After talks with the defence minister, Adeyemi said the plan was fair.")
    assert actor_at(alone, "Adeyemi") is None or "GOV" not in actor_at(alone, "Adeyemi").sectors
    analysis = analyse("Kenya's mines minister, John Kamau, said the plan would go ahead.")
    assert actor_at(analysis, "John Kamau").code == "KENGOV"


def test_company_suffix_belongs_to_the_company_not_the_title(analyse) -> None:
    analysis = analyse("Microsoft Corp chief executive Lena Hoffmann visited Nairobi on Monday.")
    assert actor_at(analysis, "Lena Hoffmann").code == "USABUS"


def test_a_body_in_a_relative_clause_is_no_employer(analyse) -> None:
    analysis = analyse(
        "Sheriff Dan Oakes of the fire that destroyed a warehouse owned by a furniture "
        "company said it was an accident."
    )
    assert actor_at(analysis, "Dan Oakes").sectors == ("COP",)


def test_surname_with_an_inner_capital_links_back(analyse) -> None:
    analysis = analyse(
        "Kenyan opposition leader Ruth McAllister met voters in Mombasa. McAllister declined "
        "to say whether she would run."
    )
    assert actor_at(analysis, "McAllister", 2).code == "KENOPP"


def test_family_name_written_first_links_back(analyse) -> None:
    analysis = analyse(
        "Chinese Admiral Wang Haoran spoke at a forum on Sunday. Wang denied the reports."
    )
    assert actor_at(analysis, "Wang", 2).code == "CHNMIL"


def test_chief_of_staff_takes_the_body_it_serves(analyse) -> None:
    analysis = analyse("The White House chief of staff met senators on Monday.")
    assert actor_at(analysis, "White House chief of staff").code == "USAGOV"
    analysis = analyse("White House chief of staff Greg Tolliver met senators on Monday.")
    assert actor_at(analysis, "Greg Tolliver").code == "USAGOV"  # the title before the name
    analysis = analyse("Army chief of staff Gen. Omar Haddad toured the border.")
    assert "MIL" in actor_at(analysis, "Omar Haddad").sectors


def test_abbreviated_military_titles(analyse) -> None:
    analysis = analyse(
        "Brig. Gen. Omar Haddad, the commander of Jordan's special forces, inspected the "
        "border on Monday. General Haddad later spoke to reporters."
    )
    first = actor_at(analysis, "Omar Haddad")
    later = actor_at(analysis, "General Haddad")
    assert first.code == later.code == "JORMIL"
    assert first.entity == later.entity


def test_definite_role_noun_links_to_the_person(analyse) -> None:
    analysis = analyse(
        "Ahmad Karimi, a Lebanese cleric, gave a sermon in Tyre on Friday. "
        "The cleric urged his followers to stay calm."
    )
    person = actor_at(analysis, "Ahmad Karimi")
    assert person.code == "LBNREL"
    assert actor_at(analysis, "The cleric").entity == person.entity


def test_object_pronoun_skips_the_clause_subject(analyse) -> None:
    analysis = analyse(
        "Iraqi President Karim Aziz said Iranian General Reza Tavakoli told him to wait."
    )
    assert actor_at(analysis, "Reza Tavakoli").code == "IRNMIL"
    him = actor_at(analysis, "him")
    assert him.code == "IRQGOV"
    assert him.entity == actor_at(analysis, "Karim Aziz").entity


def test_pronoun_before_its_name_in_a_fronted_clause(analyse) -> None:
    analysis = analyse("As he left for Oslo, Danish Prime Minister Lars Holm praised the deal.")
    assert actor_at(analysis, "he").entity == actor_at(analysis, "Lars Holm").entity


def test_demonyms_countries_and_capitals(analyse) -> None:
    analysis = analyse(
        "The Iranians rejected the offer, and Washington said Iran was isolated. "
        "Iranian influence is growing."
    )
    assert actor_at(analysis, "Iranians").code == "IRN"
    assert actor_at(analysis, "Washington").code == "USAGOV"
    assert actor_at(analysis, "Iran").entity == actor_at(analysis, "Iranians").entity
    assert actor_at(analysis, "Iranian").code == "IRN"


def test_coordinated_countries_split(analyse) -> None:
    analysis = analyse("US and Iraqi officials met in Baghdad on Monday.")
    assert actor_at(analysis, "US").code == "USAGOV"
    assert actor_at(analysis, "Iraqi officials").code == "IRQGOV"


def test_organisations_and_groups(analyse) -> None:
    analysis = analyse(
        "The United Nations and the African Union sent envoys after Hamas fired rockets "
        "and Hezbollah praised the attack. The Mahdi Army stayed quiet."
    )
    assert actor_at(analysis, "United Nations").code == "IGOUNO"
    assert actor_at(analysis, "African Union").code == "IGOAFU"
    assert actor_at(analysis, "Hamas").code == "PSEREB"
    assert actor_at(analysis, "Hezbollah").code == "LBNREB"
    assert actor_at(analysis, "Mahdi Army").code == "IRQREB"


def test_group_member_of_parliament(analyse) -> None:
    analysis = analyse(
        "Aziz Hamdi, a member of parliament from the Dawa Party, criticised the plan."
    )
    assert actor_at(analysis, "Aziz Hamdi").code == "IRQLEG"


def test_unknown_actors_stay_unknown(analyse) -> None:
    analysis = analyse("Gunmen killed two men near the market. The company said sales rose.")
    gunmen = actor_at(analysis, "Gunmen")
    assert gunmen.code == "REB" and gunmen.country is None
    assert actor_at(analysis, "The company") is None


def test_domestic_roles_take_the_story_country(analyse, nlp) -> None:
    text = (
        "Kenyan police arrested 12 protesters in Nairobi on Monday. Kenya's interior "
        "minister defended the arrests. The army stayed in its barracks, Kenyan officials said."
    )
    analysis = analyse(text)
    army = actor_at(analysis, "The army")
    assert army.code == "KENMIL" and "context:KEN" in army.rule
    assert actor_at(analysis, "protesters").code == "KENCVL"


def test_surname_labelled_as_a_place_is_still_the_person(nlp, resolver) -> None:
    text = "Iranian commander Hossein Tavakoli met Iraqi officials. Tavakoli promised help."
    doc = nlp(text)
    surname = next(t for t in doc if t.text == "Tavakoli" and t.i > 5)
    others = [e for e in doc.ents if not (e.start <= surname.i < e.end)]
    doc.ents = [*others, Span(doc, surname.i, surname.i + 1, label="GPE")]  # the parser's slip
    analysis = resolver.resolve(Analysis(article=Article(id="t", text=text), doc=doc))
    first = actor_at(analysis, "Hossein Tavakoli")
    later = actor_at(analysis, "Tavakoli", 2)
    assert first.code == later.code == "IRNMIL"
    assert later.entity == first.entity and later.text == "Tavakoli"


def test_hyphenated_pair_names_two_people(analyse) -> None:
    analysis = analyse(
        "Kenyan President Daniel Mwangi met Ugandan Foreign Minister Ruth Okello. "
        "The Mwangi-Okello meeting lasted an hour."
    )
    assert actor_at(analysis, "Mwangi", 2).code == "KENGOV"
    assert actor_at(analysis, "Okello", 2).code == "UGAGOV"


def test_a_persons_party_or_faction_takes_the_persons_side(analyse) -> None:
    """ "Roe's faction": a body named only by its word, owned by a person, is on the side the
    person is (an opposition leader's faction OPP, a head of government's party GOV)."""
    analysis = analyse("Kilicdaroglu's faction praised the farmers of Konya.", date="2016-05-01")
    assert actor_at(analysis, "Kilicdaroglu's faction").code == "TUROPP"
    analysis = analyse("Erdogan's party praised the farmers of Konya.", date="2016-05-01")
    assert actor_at(analysis, "Erdogan's party").code == "TURGOV"


def test_groups_against_a_person_are_not_on_the_persons_side(analyse) -> None:
    analysis = analyse("Anti-Erdogan groups praised the farmers of Konya.", date="2016-05-01")
    assert actor_at(analysis, "groups").code == "TUR"


def test_a_person_named_after_is_is_whom_the_sentence_is_about(analyse) -> None:
    """ "The front-runner is Senator Roe. He …": the person the copula names is the topic, as
    a subject is, over a person who spoke a sentence earlier."""
    analysis = analyse(
        "Professor Jane Roe of Lagos University said the race was open. The favourite for the "
        "seat is Senator Ade Okafor, a lawyer from Ibadan. He was backed on Monday by the "
        "Lagos Herald."
    )
    assert actor_at(analysis, "He").sectors == ("LEG",)
