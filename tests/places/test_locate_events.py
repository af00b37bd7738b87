"""Event locations: clause first, then sentence, then dateline, then the actors' one country."""

from __future__ import annotations

from dataclasses import replace

from facta.analysis_state import Mention
from facta.models import Actor, Event, Evidence


def event(
    tokens: tuple[int, int], sentence: int, source=None, target=None, cameo: str = "190"
) -> Event:
    return Event(
        event_id="e1",
        article_id="test",
        sentence=sentence,
        cameo=cameo,
        root=cameo[:2],
        quad_class=4,
        goldstein=-10.0,
        plover_type="ASSAULT",
        source=source,
        target=target,
        tokens=tokens,
    )


def tokens_of(analysis, words: str) -> tuple[int, int]:
    start = analysis.doc.text.index(words)
    span = analysis.doc.char_span(start, start + len(words), alignment_mode="expand")
    return span.start, span.end


def test_place_in_the_clause_wins(analyse, geocoder):
    analysis = analyse(
        "Officials in Baghdad said that militants attacked a police post in Basra on Tuesday."
    )
    analysis.events = [event(tokens_of(analysis, "militants attacked a police post in Basra"), 0)]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Basrah", "clause")


def test_sentence_then_dateline(analyse, geocoder):
    analysis = analyse(
        "MOSUL, May 2 (Wire) — Gunmen attacked a checkpoint. In Kirkuk, a bomb killed two men "
        "as police searched houses."
    )
    # the dateline is a sentence of its own: the story's sentences are 1 and 2
    first = event(tokens_of(analysis, "Gunmen attacked a checkpoint"), 1)
    second = event(tokens_of(analysis, "police searched houses"), 2)
    analysis.events = [first, second]
    located = [e.location for e in geocoder.locate_events(analysis).events]
    assert (located[0].name, located[0].how) == ("Mosul", "dateline")
    assert (located[1].name, located[1].how) == ("Kirkuk", "sentence")


def test_country_named_as_actor_is_not_a_location(analyse, geocoder):
    analysis = analyse("Iran accused the United States of spying.")
    iran = Actor(code="IRN", country="IRN", name="Iran")
    usa = Actor(code="USA", country="USA", name="United States")
    analysis.events = [event((0, len(analysis.doc)), 0, source=iran, target=usa, cameo="112")]
    assert geocoder.locate_events(analysis).events[0].location is None


def test_a_strike_reported_from_a_dateline_abroad_falls_in_the_struck_country(analyse, geocoder):
    analysis = analyse("BEIRUT (Wire) - Russian jets bombed rebel towns on Monday.")
    jets = Actor(code="RUSMIL", country="RUS", sectors=("MIL",))
    rebels = Actor(code="SYRREB", country="SYR", sectors=("REB",))
    analysis.events = [event((5, len(analysis.doc)), 0, source=jets, target=rebels, cameo="195")]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.country, located.how) == ("SYR", "target country")


def test_shared_country_of_the_actors(analyse, geocoder):
    analysis = analyse("Iraqi police arrested five men after the rally.")
    police = Actor(code="IRQCOP", country="IRQ", sectors=("COP",))
    analysis.events = [event((0, len(analysis.doc)), 0, source=police)]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.country, located.feature, located.how) == ("IRQ", "country", "country")


def test_a_place_naming_a_thing_locates_it_and_origins_do_not():
    import facta

    (event,) = [
        e
        for e in facta.code_text(
            "The US ambassador's Green Zone residence came under fire from rockets made in Iran.",
            date="2008-05-14",
        )
        if e.cameo == "190"
    ]
    assert event.location is not None and event.location.name == "Green Zone"


def test_a_place_inside_an_organisations_name_is_not_where_the_event_is():
    import facta

    text = (
        "American drones struck a hideout of al Qaeda in the Arabian Peninsula "
        "in the hills of Yemen on Tuesday."
    )
    [strike] = facta.code_text(text, date="2016-03-22")
    assert (strike.target.code, strike.location.country) == ("YEMREB", "YEM")


def test_a_visit_takes_place_in_the_host_country_and_a_sea_only_when_nothing_else_says():
    import facta

    [visit] = facta.code_text(
        "BRASILIA (Wire) - Brazil's president could visit Iran later this year, an aide said.",
        date="2016-04-19",
    )
    assert visit.location is not None and visit.location.country == "IRN"
    [intercept] = facta.code_text(
        "Two Chinese fighter jets intercepted a U.S. spy plane over the South China Sea.",
        date="2016-04-19",
    )
    assert intercept.location is not None and intercept.location.name == "South China Sea"


def test_a_town_of_unknown_size_is_not_dwarfed_by_a_village_abroad():
    import facta

    text = (
        "Syrian rebels fought Islamic State near Aleppo in Syria on Sunday. Islamic State "
        "fighters retook the town of al-Rai near the Turkish border on Monday."
    )
    places = {e.location.country for e in facta.code_text(text, "2016-04-19") if e.location}
    assert places == {"SYR"}


def test_a_statement_is_not_located_at_a_place_it_speaks_of():
    import facta

    text = "PARIS (Wire) - The French foreign minister on Monday warned Russia against provocations in Crimea."
    [warning] = facta.code_text(text, date="2016-03-08")
    assert warning.location is not None and warning.location.name == "Paris"
    # an act is located where it happened, whatever the dateline
    text = "PARIS (Wire) - Russian troops shelled villages in Crimea on Monday."
    [shelling] = facta.code_text(text, date="2016-03-08")
    assert shelling.location is not None and shelling.location.name == "Crimea"


def test_a_part_of_the_world_is_no_location(analyse, geocoder):
    analysis = analyse("The trade minister announced a tour of South America next month.")
    minister = Actor(code="NZLGOV", country="NZL", sectors=("GOV",))
    analysis.events = [event((0, len(analysis.doc)), 0, source=minister, cameo="010")]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.country, located.how) == ("NZL", "country")


def test_a_visit_goes_to_its_host_not_to_another_place_of_the_sentence(analyse, geocoder):
    analysis = analyse(
        "The chancellor attends a forum in Ghana on Monday and then makes her first trip to Peru."
    )
    chancellor = Actor(code="AUTGOV", country="AUT", sectors=("GOV",))
    peru = Actor(code="PER", country="PER", name="Peru")
    trip = event(tokens_of(analysis, "makes her first trip"), 0, chancellor, peru, "042")
    analysis.events = [trip]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.country, located.how) == ("PER", "host country")


def test_a_target_nationality_alone_leaves_the_event_at_the_dateline(analyse, geocoder):
    analysis = analyse("LIMA (Wire) - Two Chilean truckers were detained at a border post.")
    truckers = Actor(code="CHLCVL", country="CHL", sectors=("CVL",))
    detained = event((5, len(analysis.doc)), 0, source=None, target=truckers, cameo="173")
    analysis.events = [detained]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Lima", "dateline")


def test_a_country_naming_a_thing_is_not_where_it_happens(analyse, geocoder):
    analysis = analyse(
        "SUVA (Wire) - In the first U.K. royal trip to the island in decades, the prince will "
        "meet the president."
    )
    prince = Actor(code="GBRGOV", country="GBR", sectors=("GOV",))
    president = Actor(code="FJIGOV", country="FJI", sectors=("GOV",))
    meeting = event((5, len(analysis.doc)), 0, prince, president, "040")
    analysis.events = [meeting]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Suva", "dateline")


def triggered(analysis, words: str, trigger: str, **actors) -> Event:
    """An event over `words` whose trigger is the word `trigger` within them."""
    start, end = tokens_of(analysis, words)
    sentence = analysis.doc[start].sent
    offset = analysis.doc.text.index(trigger, analysis.doc[start].idx) - sentence.start_char
    evidence = Evidence(text=sentence.text, trigger=(offset, offset + len(trigger)))
    index = next(i for i, s in enumerate(analysis.doc.sents) if s.start == sentence.start)
    return replace(event((start, end), index, cameo="0874", **actors), evidence=evidence)


def test_a_place_told_after_or_before_the_event_is_not_its_place(analyse, geocoder):
    analysis = analyse(
        "QUITO (Wire) - The fugitive surrendered to police on Sunday after hijacking a bus in "
        "Guayaquil."
    )
    fugitive = Actor(code="ECUCRM", country="ECU", sectors=("CRM",))
    surrendered = triggered(analysis, "The fugitive surrendered", "surrendered", source=fugitive)
    analysis.events = [surrendered]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Quito", "dateline")


def test_an_area_named_for_the_event_narrows_to_the_story_town_within_it(analyse, geocoder):
    analysis = analyse("TULSA, Okla. (Wire) - Two men robbed a bank in Oklahoma on Friday.")
    robbers = Actor(code="CRM", country=None, sectors=("CRM",))
    analysis.events = [event((5, len(analysis.doc)), 0, source=robbers, cameo="180")]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Tulsa", "clause, story town")


def test_a_country_fallback_takes_the_town_the_story_names_most(analyse, geocoder):
    analysis = analyse(
        "A ranger was shot near Bozeman, Montana, on Friday. Bozeman police arrested a man "
        "hours later. Officers said the case was closed."
    )
    officers = Actor(code="USACOP", country="USA", sectors=("COP",))
    closed = event(tokens_of(analysis, "Officers said the case was closed"), 2, officers)
    analysis.events = [replace(closed, cameo="010", root="01")]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Bozeman", "country, story town")


def test_a_town_naming_its_own_officials_places_what_they_do(analyse, geocoder):
    analysis = analyse("OTTAWA (Wire) - Vancouver police charged two dock workers on Monday.")
    police = Actor(code="CANCOP", country="CAN", sectors=("COP",))
    start, end = tokens_of(analysis, "Vancouver police")
    analysis.set_mentions([Mention(start, end, police, "nominal")])
    charged = event((start, len(analysis.doc)), 0, source=police, cameo="173")
    analysis.events = [charged]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Vancouver", "clause")


def test_what_a_story_tells_without_a_place_happened_in_its_lead_town(analyse, geocoder):
    analysis = analyse(
        "MADRID (Wire) - A gas tanker exploded near the harbour in Valencia on Sunday.\n\n"
        "Firefighters closed the coastal road for six hours. The mayor said the port would "
        "reopen."
    )
    firefighters = Actor(code="ESPCVL", country="ESP", sectors=("CVL",))
    mayor = Actor(code="ESPGOV", country="ESP", sectors=("GOV",))
    closed = event(tokens_of(analysis, "Firefighters closed the coastal road"), 2, firefighters)
    said = event(tokens_of(analysis, "The mayor said the port would reopen"), 3, mayor)
    analysis.events = [closed, replace(said, cameo="010", root="01")]
    located = [e.location for e in geocoder.locate_events(analysis).events]
    assert (located[0].name, located[0].how) == ("Valencia", "lead")
    assert (located[1].name, located[1].how) == ("Madrid", "dateline")


def test_a_joined_clause_with_its_own_subject_does_not_place_the_event(analyse, geocoder):
    analysis = analyse(
        "OSLO (Wire) - The court rejected the appeal on Monday, but it did not rule on whether "
        "ferries may dock in Bergen."
    )
    court = Actor(code="NORJUD", country="NOR", sectors=("JUD",))
    rejected = triggered(analysis, "The court rejected the appeal", "rejected", source=court)
    analysis.events = [replace(rejected, cameo="120", root="12")]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Oslo", "dateline")


def test_words_with_no_place_of_their_own_are_spoken_at_the_dateline(analyse, geocoder):
    analysis = analyse("OSLO (Wire) - Chile's foreign minister on Sunday criticized the quotas.")
    minister = Actor(code="CHLGOV", country="CHL", sectors=("GOV",))
    criticized = event((5, len(analysis.doc)), 0, source=minister, cameo="111")
    analysis.events = [replace(criticized, quad_class=3)]
    located = geocoder.locate_events(analysis).events[0].location
    assert (located.name, located.how) == ("Oslo", "dateline")
    # a deed keeps its doers' country; a story filed from two cities does not say where
    # the words were spoken
    analysis.events = [criticized]
    assert geocoder.locate_events(analysis).events[0].location.country == "CHL"
    analysis = analyse(
        "OSLO/LIMA (Wire) - Chile's foreign minister on Sunday criticized the quotas."
    )
    analysis.events = [replace(criticized, quad_class=3)]
    assert geocoder.locate_events(analysis).events[0].location.country == "CHL"


def test_an_act_set_during_a_visit_happened_where_the_visit_went(analyse, geocoder):
    analysis = analyse(
        "ROME (Wire) - During a trip to Chad, the envoy urged Libya to pull its troops back "
        "from the border."
    )
    envoy = Actor(code="ITAGOV", country="ITA", sectors=("GOV",))
    urged = triggered(analysis, "the envoy urged Libya", "urged", source=envoy)
    analysis.events = [replace(urged, cameo="020", root="02", quad_class=1)]
    located = geocoder.locate_events(analysis).events[0].location
    assert located.country == "TCD"
