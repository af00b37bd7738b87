"""People the knowledge files do not know: a private person named once with a description and
then by surname, a person who works for a body, a suspect; names the parser misreads."""

from __future__ import annotations

import pytest
from actor_helpers import actor_at

import facta
from facta.actors.kb import split_code

MARKET_STORY = (
    "NAIROBI (Reuters) - Kenyan police clashed with traders in Nairobi on Monday. "
    "Grace Wanjiru Otieno, a Kenyan street vendor, said the police had seized her goods.\n\n"
    '"They took everything," Otieno said. Peter Kamau Mwangi said the market in Kenya would '
    "close. Visitors to the ruins of Gedi said the site was quiet."
)


def test_a_described_private_person_is_a_civilian_and_her_surname_too(analyse) -> None:
    analysis = analyse(MARKET_STORY, date="2016-03-01")
    assert actor_at(analysis, "Grace Wanjiru Otieno").code == "KENCVL"
    assert actor_at(analysis, "Otieno", 2).code == "KENCVL"
    assert actor_at(analysis, "Otieno", 2).entity == actor_at(analysis, "Grace").entity


def test_an_undescribed_full_name_takes_the_story_country(analyse) -> None:
    analysis = analyse(MARKET_STORY, date="2016-03-01")
    assert actor_at(analysis, "Peter Kamau Mwangi").code == "KENCVL"
    assert actor_at(analysis, "Gedi") is None  # a place the parser may take for a person


def test_the_nationality_the_text_gives_outranks_a_namesake_in_the_knowledge_base(
    analyse,
) -> None:
    text = (
        "John Kerry, a Canadian bus mechanic, said on Friday the strike in Toronto would go "
        "on. Kerry said drivers in Canada were underpaid."
    )
    analysis = analyse(text, date="2016-03-01")
    assert actor_at(analysis, "John Kerry").country == "CAN"
    assert "GOV" not in actor_at(analysis, "Kerry", 2).sectors


def test_a_person_charged_or_convicted_is_a_suspect(analyse) -> None:
    text = (
        "TORONTO (Reuters) - Martin Delacroix Hale, a Canadian Navy veteran, was convicted on "
        "Friday of planning an attack in Toronto. Hale's lawyer said Hale would appeal. "
        "Canadian police said Louise Marie Brandt had been charged with helping him, and "
        "Brandt said she was innocent. Canada's justice minister praised the verdict."
    )
    analysis = analyse(text, date="2016-03-01")
    assert actor_at(analysis, "Martin Delacroix Hale").code == "CANCRM"
    assert actor_at(analysis, "Hale", 3).code == "CANCRM"
    assert actor_at(analysis, "Brandt", 2).code == "CANCRM"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Laura Pinkett, director of the Ocean Policy Initiative at the Brookings "
            "Institution, said the U.S. Navy patrols were lawful.",
            "Laura Pinkett",
            "USANGO",
        ),
        (
            "Dana Whitlock, a lawyer with the advocacy group Center for Open Democracy, said the "
            "U.S. ruling was good news.",
            "Dana Whitlock",
            "NGO",  # the group's sector; one sentence names no country
        ),
        (
            "Kofi Mensah Asare, chairman of the People's Unity Party of Ghana, said the "
            "Ghanaian government had lied.",
            "Kofi Mensah Asare",
            "GHAOPP",
        ),
    ],
)
def test_a_person_of_a_body_takes_the_body_role(analyse, text: str, words: str, code: str) -> None:
    assert actor_at(analyse(text, date="2016-03-01"), words).code == code


def test_a_name_the_parser_misreads_is_a_person_when_an_apposition_says_so(analyse) -> None:
    text = (
        '"We will not back down," Hashim Nzinga, chairman of the Black Freedom Party, told a '
        "crowd in Ohio. Nzinga said the group would stay peaceful."
    )  # the parser reads "Hashim Nzinga" as an organisation
    analysis = analyse(text, date="2016-07-13")
    assert actor_at(analysis, "Hashim Nzinga").code == "USAOPP"
    assert actor_at(analysis, "Nzinga", 2).code == "USAOPP"


def test_role_words_that_are_no_role_here(analyse) -> None:
    text = (
        "The mayor of Toronto told reporters Okafor had left Canada. Canada's police chief, "
        "Kevin Banks, said the case was closed."
    )
    analysis = analyse(text, date="2016-03-01")
    okafor = actor_at(analysis, "Okafor")
    assert okafor is None or "MED" not in okafor.sectors  # "reporters" is no title of his
    assert actor_at(analysis, "Kevin Banks").code == "CANCOP"  # no bank


def test_think_tanks_and_national_ngos_are_their_country_ngos() -> None:
    assert facta.resolve_actor("the Center for Strategic and International Studies").code == (
        "USANGO"
    )
    assert facta.resolve_actor("a Washington think tank").code == "USANGO"
    assert split_code("NGOUSAHRI") == ("USA", ("NGO",))  # Phoenix's national NGO: the ACLU
    assert split_code("NGOHRW") == ("NGOHRW", ())  # Human Rights Watch stays as it is


def test_group_leader_and_the_group_point_back_to_a_group_the_story_described(analyse) -> None:
    text = (
        "U.S. officials met members of one of Venezuela's largest opposition groups in Miami "
        "on Monday. The meeting angered the government in Caracas, and group leader Maria "
        "Elena Torres said police had detained her. The group said it would march again."
    )
    analysis = analyse(text, date="2016-03-01")
    assert actor_at(analysis, "Maria Elena Torres").code == "VENOPP"  # not a government leader
    assert actor_at(analysis, "The group").code == "VENOPP"


def test_the_company_and_the_tech_giant_point_back_to_the_company_named_before(analyse) -> None:
    text = "Apple refused a court order on Tuesday. The tech giant said the company would appeal."
    analysis = analyse(text, date="2016-03-01")
    assert actor_at(analysis, "The tech giant").entity == actor_at(analysis, "Apple").entity
    assert actor_at(analysis, "the company").code == "USABUS"


def test_a_surname_with_a_particle_is_the_person_named_before(analyse) -> None:
    text = (
        "Staffan de Mistura, the U.N. envoy, asked both Syrian sides to come to Geneva.\n\n"
        "De Mistura met the government's negotiators first, on Friday afternoon."
    )
    analysis = analyse(text, date="2016-01-29")
    assert actor_at(analysis, "De Mistura").entity == actor_at(analysis, "Staffan").entity
    assert actor_at(analysis, "De Mistura").code == "IGOUNO"


def test_dod_is_the_defence_ministry() -> None:
    assert facta.resolve_actor("DoD officials").code == "USAGOVMIL"  # a defence ministry


def test_police_unions_and_special_assistants(analyse) -> None:
    assert facta.resolve_actor("the Fraternal Order of Police").code == "USALAB"  # a union
    text = "Jane Roe, special assistant to the U.S. president, said the plan would work."
    assert actor_at(analyse(text, date="2016-03-01"), "Jane Roe").sectors == ("GOV",)


def test_they_after_a_coordinated_subject_is_its_last_conjunct(analyse) -> None:
    text = (
        "Hamas fighters attacked a patrol in Gaza on Monday. On Tuesday, some lawyers and "
        "human rights groups in Israel backed the army. They accused Hamas of war crimes."
    )
    analysis = analyse(text, date="2016-03-01")
    assert actor_at(analysis, "They").code == "ISRNGO"


def test_the_head_noun_of_a_body_name_names_it_again(analyse) -> None:
    text = (
        "The Southern Poverty Law Center criticized the militia on Monday. The center said "
        "the group was racist. Fighting raged near the center of Damascus."
    )
    analysis = analyse(text, date="2016-03-01")
    assert actor_at(analysis, "The center").code == "USANGO"
    assert actor_at(analysis, "The center").entity == actor_at(analysis, "Law Center").entity
    assert actor_at(analysis, "the center of Damascus") is None  # a place, no body


def test_the_billionaire_is_the_person_named_before_who_holds_no_office(analyse) -> None:
    text = (
        "Ohio Governor John Kasich said on Monday that Donald Trump was wrong. The billionaire "
        "businessman said Kasich was weak. Kasich praised billionaire Tom Steyer."
    )
    analysis = analyse(text, date="2016-03-01")
    trump = actor_at(analysis, "Donald Trump")
    assert actor_at(analysis, "The billionaire businessman").entity == trump.entity
    steyer = actor_at(analysis, "Tom Steyer")  # "billionaire" a title here, no anaphor
    assert steyer is None or steyer.entity != trump.entity


def test_professionals_at_a_body_take_its_role_and_people_who_are_there_do_not(analyse) -> None:
    text = (
        "Researchers at the Center for Strategic and International Studies called the plan "
        "weak. Protesters at the White House shouted slogans."
    )
    analysis = analyse(text, date="2016-03-01")
    assert actor_at(analysis, "Researchers").code == "USANGO"  # not academics (EDU)
    assert "GOV" not in actor_at(analysis, "Protesters").sectors


def test_a_person_with_a_weak_title_is_no_private_person(analyse) -> None:
    text = (
        '"Our government cares for its people," Syria\'s deputy U.N. envoy Mounir Haddad Karam '
        "told the council in New York."
    )
    analysis = analyse(text, date="2016-03-01")
    assert "CVL" not in actor_at(analysis, "Mounir Haddad Karam").sectors


def test_a_story_set_in_us_states_gives_its_people_the_united_states(analyse) -> None:
    text = (
        "Police in Ohio arrested a man on Friday after a shooting in Columbus, Ohio. "
        "Marcus Allen Reed said he heard shots from his home in Ohio."
    )
    analysis = analyse(text, date="2016-03-01")
    assert actor_at(analysis, "Police").code == "USACOP"
    assert actor_at(analysis, "Marcus Allen Reed").code == "USACVL"


def test_an_accused_namesake_a_generational_suffix_and_a_country_as_given_name(analyse) -> None:
    text = (
        "Police in Ohio said James Brown III, 29, was arrested on Friday and charged with "
        "robbery in Ohio. Brown told reporters he was innocent.\n\n"
        "Robert Hale III, 41, is suspected of shooting Trooper Chad Whitfield on Friday in "
        "Virginia, police in Virginia said. Officers arrested Hale."
    )
    analysis = analyse(text, date="2016-04-01")
    assert actor_at(analysis, "James Brown III").code == "USACRM"  # no British namesake
    assert actor_at(analysis, "Brown", 2).entity == actor_at(analysis, "James").entity
    assert actor_at(analysis, "Trooper Chad Whitfield").code == "USACOP"  # Chad, no country
    assert actor_at(analysis, "Hale", 2).code == "USACRM"


def test_a_kunya_and_a_special_agent(analyse) -> None:
    text = (
        "Sami Abu Zuhri, a Hamas spokesman in Gaza, condemned the raid. Abu Zuhri said Israel "
        "would pay. In Florida, Dan Reeves, special agent in charge of the Florida bureau, "
        "said agents in Florida had found the gun."
    )
    analysis = analyse(text, date="2016-07-11")
    assert actor_at(analysis, "Zuhri", 2).code == "PSEREB"
    assert actor_at(analysis, "Dan Reeves").code == "USACOP"
