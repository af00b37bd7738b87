"""Where an event happened: the place in its own clause, else in its sentence, else the
dateline, else the one country its actors share; None when nothing says.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from facta.analysis_state import Analysis, PlaceMention, event_trigger
from facta.models import Actor, Event, Place
from facta.places.gazetteer import Gazetteer
from facta.places.setting import TOWN_FEATURES, setting_town

LOCATIVE_WORDS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "around",
        "into",
        "throughout",
        "within",
        "over",
        "off",
        "along",
        "north",
        "south",
        "east",
        "west",
        "nearby",
        "towards",
        "toward",
    }
)
VISIT_CODES = frozenset({"042", "043"})  # make and host a visit: where the host is
ORIGIN_VERBS = frozenset({"make", "manufacture", "produce", "build", "supply", "import", "design"})
LEAD_DISTANCE_KM = 50  # a lead town this close to the dateline's is the same story setting
SPECIFICITY = {
    "site": 6,
    "district": 5,
    "city": 4,
    "water": 4,
    "admin2": 3,
    "admin1": 2,
    "region": 2,
    "country": 1,
}


def sentence_ranges(analysis: Analysis) -> list[tuple[int, int]]:
    return [(sentence.start, sentence.end) for sentence in analysis.doc.sents]


def locate_event(
    event: Event,
    analysis: Analysis,
    gazetteer: Gazetteer,
    sentences: list[tuple[int, int]] | None = None,
) -> Place | None:
    sentences = sentence_ranges(analysis) if sentences is None else sentences
    place = _locate(event, analysis, gazetteer, sentences)
    town = setting_town(analysis, place) if place is not None else None
    # "killed in Ohio" in a story set in Dayton: the story's town within the named area.
    return replace(town, how=f"{place.how}, story town") if town and place else place


def _locate(
    event: Event, analysis: Analysis, gazetteer: Gazetteer, sentences: list[tuple[int, int]]
) -> Place | None:
    in_range = 0 <= event.sentence < len(sentences)
    scopes: list[tuple[str, tuple[int, int] | None]] = [
        ("clause", event.tokens),
        ("sentence", sentences[event.sentence] if in_range else None),
    ]
    said = _said_words(event, analysis, sentences)  # a statement: never at a place it speaks of
    elsewhere = (said or frozenset()) | _other_happenings(event, analysis, sentences)
    host = _host_country(event)
    for how, bounds in scopes:
        if bounds is None:
            continue
        place = _best_in(analysis, bounds, elsewhere)
        # "a summit in Ghana and then a trip to Peru": a visit goes to its host's country,
        # not to the other places its sentence names.
        if place is not None and (how == "clause" or host in (None, place.country)):
            return replace(place, how=how)
    if host is not None and (entry := gazetteer.country(host)) is not None:
        return replace(entry.place, text=None, how="host country")  # "could visit Iran this year"
    struck = _struck_country(event)
    dateline = analysis.dateline
    if struck is not None and (dateline is None or dateline.place.country != struck):
        # "BEIRUT - Russian jets hit rebel towns": the reporter is in Beirut, the strikes
        # fall in the country of those they hit
        entry = gazetteer.country(struck)
        if entry is not None:
            return replace(entry.place, text=None, how="target country")
    countries = {
        actor.country
        for actor in (event.source, event.target)
        if actor is not None and actor.country and len(actor.country) == 3
    }
    # "NAIROBI - police detained two Somali nationals": a target's nationality says who was
    # acted on, not where; with no state acting, the reporter's city is the better guess.
    unplaced_source = _state_country(event.source) is None
    # "OSLO - Chile's minister warned Peru": words with no place of their own were spoken
    # where the reporter heard them, not in the speaker's country.
    spoken = event.quad_class in VERBAL_QUAD_CLASSES and _filed_from_one_place(analysis)
    if dateline is not None and (
        not countries or dateline.place.country in countries or unplaced_source or spoken
    ):
        # "RIYADH - a bomb went off in Jeddah": the story is told from the capital, and what
        # it tells without naming a place happened in the town its first sentence names (a
        # statement may still have been made where the reporter is).
        lead = None if event.root in VERBAL_ROOTS else lead_town(analysis, sentences, event)
        return replace(lead, how="lead") if lead else replace(dateline.place, how="dateline")
    # The reporter's city names no actor of the event ("SEOUL - North Korea fired a missile",
    # "BEIRUT - the army shelled rebel districts"): the country the actors share, else for
    # violence and when they share none the country the story's places are in.
    setting = story_country(analysis)
    shared = next(iter(countries)) if len(countries) == 1 else None
    if event.root in VIOLENT_ROOTS and setting is not None:
        shared = setting
    for country, how in ((shared, "country"), (setting, "story country")):
        entry = gazetteer.country(country) if country else None
        if entry is not None:
            return replace(entry.place, text=None, how=how)
    return replace(dateline.place, how="dateline") if dateline is not None else None


def lead_town(analysis: Analysis, sentences: list[tuple[int, int]], event: Event) -> Place | None:
    """The town the story's first sentence says something happened in, for an event told
    after it, when it lies in the dateline's country but is not the dateline's town."""
    dateline = analysis.dateline
    if dateline is None:
        return None
    number = next((n for n, bounds in enumerate(sentences) if bounds[1] > dateline.end + 4), None)
    if number is None or event.sentence <= number:
        return None  # the lead's own events were placed by what it says of them
    lead = sentences[number]
    towns = [
        mention.place
        for mention in analysis.places
        if lead[0] <= mention.start < lead[1]
        and mention.place.feature in TOWN_FEATURES
        and analysis.doc[mention.end - 1].dep_ not in MODIFIER_DEPS  # "the Lyon attackers"
        and _is_locative(analysis, mention)
        and not _inside_a_name(analysis, mention)
    ]
    town = towns[0] if towns else None
    if town is None or town.country != dateline.place.country:
        return None
    if _distance_km(town, dateline.place) <= LEAD_DISTANCE_KM:
        return None
    return town


def _filed_from_one_place(analysis: Analysis) -> bool:
    """A dateline naming one city ("OSLO -"), not several ("OSLO/KABUL -"): a story filed
    from several places does not say where its words were spoken."""
    dateline = analysis.dateline
    if dateline is None:
        return False
    return "/" not in analysis.doc[dateline.start : dateline.end + 1].text


def story_country(analysis: Analysis) -> str | None:
    """The country whose places the article names most ("Chicago", "Kalamazoo", "Virginia"
    all say USA), when one clearly leads: where its police, army and residents belong. With
    no place named but the dateline, the dateline's country."""
    counts = Counter(p.place.country for p in analysis.places if p.place.country)
    ranked = counts.most_common(2)
    if not ranked:  # a story that names no place but its dateline is set there
        dateline = analysis.dateline
        return dateline.place.country if dateline is not None else None
    if ranked[0][1] < 2 and len(ranked) > 1:
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Verbal cooperation and verbal conflict (CAMEO 01-05 and 10-13): acts done in words.
VERBAL_QUAD_CLASSES = frozenset({1, 3})
# Events that are tellings: their place is where they were told, not what they tell of.
# Appeals and promises keep theirs ("invited them to Geneva for talks": the talks' place).
VERBAL_ROOTS = frozenset({"01", "11", "12", "13"})
TOPIC_DEPS = frozenset({"ccomp", "xcomp", "advcl", "dobj", "acomp", "oprd", "attr"})
SEQUENCE_WORDS = frozenset({"after", "before", "following", "since", "until"})


def _struck_country(event: Event) -> str | None:
    """The country of the side a violent event is aimed at, when the text names one."""
    return _target_state(event) if event.root in VIOLENT_ROOTS else None


def _host_country(event: Event) -> str | None:
    """Where a visit goes: the country of the one visited."""
    return _target_state(event) if event.cameo[:3] in VISIT_CODES else None


def _target_state(event: Event) -> str | None:
    """The target's country when it is a state (not an IGO or NGO code)."""
    return _state_country(event.target)


def _state_country(actor: Actor | None) -> str | None:
    """The actor's country when it is a state (not an IGO or NGO code, not a bare sector)."""
    country = actor.country if actor is not None else None
    return country if country and len(country) == 3 else None


def _said_words(
    event: Event, analysis: Analysis, sentences: list[tuple[int, int]]
) -> frozenset[int] | None:
    """For a statement, criticism, rejection or threat, the tokens of what it says or is
    about ("warned China against provocative acts in the South China Sea"): a place there is
    a topic, not where the telling happened. None for other events."""
    if event.root not in VERBAL_ROOTS or not 0 <= event.sentence < len(sentences):
        return None
    trigger = event_trigger(event, analysis.doc, analysis.doc[sentences[event.sentence][0]].idx)
    if trigger is None:
        return None
    topics = [
        child
        for child in trigger.children
        if child.dep_ in TOPIC_DEPS or (child.dep_ == "prep" and child.lower_ not in LOCATIVE_WORDS)
    ]
    return frozenset(t.i for child in topics for t in child.subtree)


def _other_happenings(
    event: Event, analysis: Analysis, sentences: list[tuple[int, int]]
) -> frozenset[int]:
    """The tokens that tell of something else that happened before, after or beside the event
    ("met his ministers after a bomb went off in Lahore", "surrendered after seizing a Lima
    bus", "..., and rebels fired on Homs"): such clauses that do not hold the trigger."""
    if not 0 <= event.sentence < len(sentences):
        return frozenset()
    start, end = sentences[event.sentence]
    trigger = event_trigger(event, analysis.doc, analysis.doc[start].idx)
    if trigger is None:
        return frozenset()
    governing = {trigger.i, *(token.i for token in trigger.ancestors)}
    return frozenset(
        inner.i
        for token in analysis.doc[start:end]
        if token.i not in governing and (_told_before_or_after(token) or _own_clause(token))
        for inner in token.subtree
    )


def _own_clause(token: Token) -> bool:
    """A clause joined to another with a subject of its own ("the court ruled, but it did
    not say whether boats may sail in Alaska"); "stormed a hotel and killed ten in Bamako"
    shares its subject, and its place, with the first verb."""
    return token.dep_ == "conj" and any(
        child.dep_ in ("nsubj", "nsubjpass") for child in token.children
    )


def _told_before_or_after(token: Token) -> bool:
    """A clause set before or after the one it hangs from: "after gunmen stormed the hall",
    "before flying to Oslo" (not "after talks in Oslo", which may end where the event is)."""
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for c in token.children)
    return (
        token.dep_ == "prep"
        and token.lower_ in SEQUENCE_WORDS
        and any(child.dep_ == "pcomp" for child in token.children)
    )


def _best_in(
    analysis: Analysis, bounds: tuple[int, int], topic: frozenset[int] = frozenset()
) -> Place | None:
    start, end = bounds
    best: tuple[int, int, int] | None = None
    chosen: Place | None = None
    for mention in analysis.places:
        if mention.start < start or mention.end > end or mention.start in topic:
            continue
        rank = _rank(analysis, mention)
        if rank is not None and (best is None or rank > best):
            best, chosen = rank, mention.place
    return chosen


def _rank(analysis: Analysis, mention: PlaceMention) -> tuple[int, int, int] | None:
    """How well a place mention serves as a location; None when it is not one at all
    (a country named as an actor: "Iran denies those charges")."""
    if _inside_a_name(analysis, mention) or mention.place.feature == "continent":
        # "al Qaeda in the Arabian Peninsula", "the Saba news agency"; "a tour of Asia"
        return None
    locative = _is_locative(analysis, mention)
    specificity = SPECIFICITY.get(mention.place.feature or "", 0)
    acting = any(analysis.mention_at(i) is not None for i in range(mention.start, mention.end))
    if not locative and (
        mention.place.feature == "country" or (acting and not _local(analysis, mention))
    ):
        return None
    # "troops stay in the Philippines, near the South China Sea": a place in a country first
    return (1 if mention.place.country else 0, 1 if locative else 0, specificity)


def _local(analysis: Analysis, mention: PlaceMention) -> bool:
    """A town naming its own people ("Tulsa police", "the Lyon prosecutor"): they act there."""
    head = analysis.doc[mention.end - 1]
    return (
        mention.place.feature in TOWN_FEATURES
        and head.dep_ in MODIFIER_DEPS
        and analysis.mention_at(head.head.i) is not None
    )


def _inside_a_name(analysis: Analysis, mention: PlaceMention) -> bool:
    """A place word that is part of an organisation's or group's name, not where it acts."""
    for actor in analysis.mentions:
        outside = actor.start < mention.start or actor.end > mention.end
        if outside and actor.start <= mention.start and mention.end <= actor.end:
            return actor.kind in {"name", "group"}
    return False


def _is_locative(analysis: Analysis, mention: PlaceMention) -> bool:
    doc = analysis.doc
    head = doc[mention.end - 1]
    # Walk up through "the southern city of Basra" and "Baghdad's Sadr City".
    if head.dep_ in MODIFIER_DEPS and mention.place.feature == "country":
        # A country naming a thing says whose it is ("the U.S. approach", "a Danish trade
        # mission"), not where it is.
        return False
    if (
        head.dep_ in ("compound", "nmod")
        and head.head.pos_ in ("NOUN", "PROPN")
        and not (analysis.mention_at(head.head.i))
    ):
        return True  # a place naming where a thing is: "the Green Zone residence"
    if _scene_destination(head):
        return True
    for _ in range(4):
        if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_WORDS:
            return not _origin(head.head)
        if head.dep_ in {"pobj", "poss", "compound", "appos", "conj", "amod", "nmod"} or (
            head.dep_ == "prep" and head.lower_ == "of"
        ):
            head = head.head
            continue
        break
    return False


MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def _scene_destination(head: Token) -> bool:
    """ "During her trip to Peru, the minister praised ...", "Ali, on a tour to Oslo, said":
    where a visit the act is set in goes is where the act happened."""
    if head.dep_ != "pobj" or head.head.lower_ != "to":
        return False
    scene = head.head.head
    nouns, prepositions = _scene_words()
    return (
        scene.lemma_.lower() in nouns and scene.dep_ == "pobj" and scene.head.lower_ in prepositions
    )


@cache
def _scene_words() -> tuple[frozenset[str], frozenset[str]]:
    """The events stage's scene nouns and prepositions (word_classes.tsv), read late: that
    stage imports this module."""
    from facta.events.lexicon import word_classes

    classes = word_classes()
    return classes["scene_noun"], classes["scene_preposition"]


def _origin(preposition: Token) -> bool:
    """ "rockets made in Iran": where a thing comes from, not where the event happened."""
    verb = preposition.head
    return verb.dep_ == "acl" and verb.lemma_.lower() in ORIGIN_VERBS


def _distance_km(a: Place, b: Place) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return 0.0 if a.name == b.name else math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    half = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(half))
