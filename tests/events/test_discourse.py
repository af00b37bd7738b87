"""Events read across the sentences of one story: dates counted from the day told before,
and acts told again with fewer words."""

from __future__ import annotations

import facta
from facta.models import Event


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.cameo[:2]: e.date for e in facta.code_text(text, date=published)}


def test_the_day_before_counts_from_the_day_the_story_told():
    text = (
        "On Tuesday, the Spanish foreign minister criticized Morocco over the border. "
        "The day before, the Algerian army threatened to close the border with Morocco."
    )
    dates = _dates(text, "2019-10-11")  # a Friday
    assert dates["11"] == "2019-10-08"
    assert dates["13"] == "2019-10-07"


def test_an_act_told_a_day_after_another_is_dated_back_from_it():
    text = (
        "Iran tested a ballistic missile on Thursday, its state media said. "
        "The test came two days after Israel threatened to strike Iranian bases in Syria."
    )
    [threat] = [e for e in facta.code_text(text, date="2019-10-11") if e.root == "13"]
    assert threat.date == "2019-10-08"


def test_days_later_are_counted_on_from_the_day_before():
    text = (
        "On Wednesday, Chile accused Peru of spying. The day before, Peru criticized Chile "
        "over fishing rights. Two days later, Bolivia condemned Peru."
    )
    events = facta.code_text(text, date="2019-10-11")
    [condemnation] = [e for e in events if e.source is not None and e.source.country == "BOL"]
    assert condemnation.date == "2019-10-10"


def test_an_hour_of_the_day_keeps_the_day_the_story_tells():
    text = (
        "Gunmen attacked a police station in the north of the country early on Sunday. "
        "Soldiers exchanged fire with the gunmen at about 2 a.m., the army said."
    )
    events = facta.code_text(text, date="2019-10-13")  # a Sunday
    assert events and all(e.date == "2019-10-13" for e in events)


def _violent(text: str, published: str = "2019-10-14") -> list[Event]:
    return [e for e in facta.code_text(text, date=published) if e.root in {"18", "19", "20"}]


def test_a_shooting_told_again_in_a_town_of_the_same_state_is_one_event():
    text = (
        "A police officer was shot and killed in Ohio on Sunday. The officer, who worked in "
        "Dayton, was on patrol when he was shot, police said."
    )
    assert len(_violent(text)) == 1


def test_the_same_attacker_told_again_without_victims_is_one_attack():
    text = (
        "A Taliban suicide bomber killed five Afghan police officers in Kabul on Monday. "
        "The bomber struck as their convoy passed through the city centre, an official said."
    )
    [attack] = _violent(text)
    assert attack.target is not None and attack.target.code == "AFGCOP"


def test_victims_who_return_fire_tell_a_second_act():
    text = (
        "Two Indian soldiers were shot near the border in Kashmir on Sunday. "
        "The soldiers then returned fire, the army said."
    )
    assert len(_violent(text)) == 2


def test_talks_resumed_later_are_held_between_the_sides_told_before():
    text = (
        "Peace talks between the Colombian government and FARC rebels began in Havana on "
        "Friday. The rebels had boycotted earlier rounds. The talks resumed on Wednesday "
        "after a pause, a Cuban official said."
    )
    events = facta.code_text(text, date="2016-03-10")  # a Thursday
    resumed = {
        (e.source.code, e.target.code)
        for e in events
        if e.root == "04" and e.date == "2016-03-09" and e.source and e.target
    }
    assert resumed == {("COLGOV", "COLREB"), ("COLREB", "COLGOV")}


def test_talks_only_said_of_add_no_event():
    text = (
        "Peace talks between the Colombian government and FARC rebels began in Havana on "
        "Friday. The talks are a test of the president's authority."
    )
    talks = [e for e in facta.code_text(text, date="2016-03-10") if e.root == "04"]
    assert {e.sentence for e in talks} == {0}


def test_the_incident_told_later_dates_the_act():
    text = (
        "A pair of Russian warplanes made an unsafe intercept of an American Navy surveillance "
        "plane above the Baltic Sea, the Pentagon said on Wednesday. The encounter "
        "happened over open water on Monday."
    )
    [intercept] = [e for e in facta.code_text(text, date="2019-10-10") if e.root == "15"]
    assert intercept.date == "2019-10-07"


def test_thereafter_keeps_the_day_told_before():
    text = (
        "A Sikh man was beaten on Saturday outside a temple in Ohio. Deputies found the victim "
        "bleeding at around 4 a.m. local time. The suspect was arrested by police shortly "
        "thereafter, the sheriff's office said."
    )
    [arrest] = [e for e in facta.code_text(text, date="2016-07-04") if e.cameo == "173"]
    assert arrest.date == "2016-07-02"


def test_an_act_with_a_day_of_its_own_keeps_it():
    text = (
        "Iran tested a ballistic missile on Saturday. "
        "Israel condemned Iran on Tuesday, two days after the test."
    )
    [condemnation] = [e for e in facta.code_text(text, date="2016-07-13") if e.root == "11"]
    assert condemnation.date == "2016-07-12"


def test_a_further_strike_by_the_same_army_is_a_second_act():
    text = (
        "Armenian forces shelled the town of Tartar on Monday, Azerbaijan's defence ministry "
        "said. Armenian drones had also struck a bridge near the town."
    )
    assert len(_violent(text, "2020-10-06")) == 2


def test_shelling_and_an_air_strike_by_one_army_are_two_acts():
    text = (
        "Armenian forces shelled the town of Tartar on Monday, Azerbaijan's defence ministry "
        "said. Armenian warplanes bombed a bridge near the town."
    )
    assert len(_violent(text, "2020-10-06")) == 2


def test_an_undated_mention_of_a_meeting_is_the_meeting_the_story_dates():
    import facta

    text = (
        "Turkey, Iran weigh border deal\n\n"
        "Details of a secret meeting between Turkish and Iranian officials point to a border "
        "deal.\n\n"
        "ANKARA (Wire) - Turkey's army chief met Iranian President Hassan Rouhani around "
        "April 4 in Tehran, officials said on Monday."
    )
    meetings = [e for e in facta.code_text(text, date="2016-05-14") if e.root == "04"]
    turkish = [(e.source.code, e.date) for e in meetings if e.source.country == "TUR"]
    assert turkish == [("TURMIL", "2016-04-04")]  # one meeting, with the sides it names
    # talks a lead tells as an act are today's news, not an earlier meeting told later
    text = (
        "Turkey and Iran have held talks on a border deal, officials said.\n\n"
        "In December, Turkish and Iranian officials met in Ankara."
    )
    dates = {e.date for e in facta.code_text(text, date="2016-05-14") if e.root == "04"}
    assert "2016-05-14" in dates


def test_a_past_act_told_right_after_a_dated_sentence_happened_that_day():
    text = (
        "The flood inquiry released its findings on Monday. "
        "Kenyan lawmakers accused the police of negligence in the rescue."
    )
    [accusation] = facta.code_text(text, date="2016-03-03")  # a Thursday
    assert accusation.date == "2016-02-29"


def test_a_present_statement_or_a_planned_day_does_not_carry():
    present = (
        "The flood inquiry released its findings on Monday. "
        "Kenyan lawmakers accuse the police of negligence in the rescue."
    )
    planned = (
        "Voters in Lima will choose a mayor on Monday. "
        "Kenyan lawmakers accused the police of negligence in the rescue."
    )
    for text in (present, planned):
        [accusation] = facta.code_text(text, date="2016-03-03")
        assert accusation.date == "2016-03-03"


def test_an_act_dated_by_its_telling_keeps_that_day():
    text = (
        "Bandits raided a police post in Zamfara on Friday. Soldiers have killed twelve "
        "bandits in the state, a local chief told reporters on Saturday."
    )
    dates = _dates(text, "2016-03-03")
    assert dates["19"] == "2016-02-27"


def test_a_present_statement_keeps_the_publication_day_after_a_dated_act():
    text = "On Monday, the Chilean navy seized a Peruvian fishing boat. Peru condemns the seizure."
    dates = _dates(text, "2016-03-03")
    assert dates["17"] == "2016-02-29"
    assert dates["11"] == "2016-03-03"


def test_an_undated_lead_takes_the_day_the_story_gives_after_it():
    text = (
        "Chile's foreign minister praised Peru for its handling of the fishing dispute. "
        "In an interview on Monday, she said the two navies had worked well together."
    )
    praise = [e for e in facta.code_text(text, date="2016-03-03") if e.root == "05"]
    assert [e.date for e in praise][:1] == ["2016-02-29"]


def test_a_later_act_does_not_take_a_day_told_after_it():
    text = (
        "Chile's navy seized a Peruvian fishing boat on Friday. "
        "Peru's foreign minister praised Bolivia for its help. "
        "In an interview on Monday, she said the crew was safe."
    )
    praise = [e for e in facta.code_text(text, date="2016-03-03") if e.root == "05"]
    assert [e.date for e in praise] == ["2016-02-26"]


def test_a_day_and_its_part_carry_as_one_phrase():
    text = (
        "Thousands gathered in the main square of Lima on Tuesday night. "
        "Protesters accused the mayor of corruption."
    )
    [accusation] = facta.code_text(text, date="2016-01-30")  # a Saturday
    assert accusation.date == "2016-01-26"
