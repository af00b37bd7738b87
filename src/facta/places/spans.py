"""Where a Doc names places: spaCy's GPE/LOC/FAC entities, plus our own scans for supplement and
country names, names after "in"/"near", site names and large cities the tagger mislabelled.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from facta.analysis_state import Analysis
from facta.places.gazetteer import Gazetteer
from facta.places.name_shape import (
    NAME_JOINERS,
    PLACE_NOUNS,
    after_place_noun,
    capital_follows,
    hyphenated_word,
    name_run,
    name_start,
)
from facta.places.names import (
    DESCRIPTOR_WORDS,
    DISTRICT_SUFFIXES,
    REGION_SUFFIXES,
    SITE_SUFFIXES,
    WATER_SUFFIXES,
    fold,
    site_core,
)
from facta.places.span_checks import (
    PLACE_LABELS,
    candidate_entries,
    compound_modifier,
    inside_other_name,
    is_person,
    is_prominent,
    known_name,
    person_words,
    plausible,
    weak_match,
)
from facta.token_view import Tokens

ORG_PLACE_POPULATION = 20_000  # a tagged organisation is read as a place only if this big
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "near",
        "at",
        "outside",
        "around",
        "into",
        "toward",
        "towards",
        "across",
        "inside",
        "from",
        "to",
        "through",
        "throughout",
        "on",
        "off",
        "over",
        "along",
        "between",
        "via",
        "within",
        "beyond",
        "past",
    }
)
PLACE_VERBS = frozenset(
    {
        "capture",
        "seize",
        "recapture",
        "retake",
        "enter",
        "shell",
        "bomb",
        "besiege",
        "visit",
        "reach",
        "liberate",
        "overrun",
        "flee",
        "evacuate",
        "storm",
        "surround",
        "encircle",
        "leave",
        "occupy",
        "take",
        "raid",
        "bombard",
        "attack",
        "strike",
        "target",
        "blockade",
        "bypass",
        "defend",
        "annex",
        "infiltrate",
        "tour",
        "pound",
        "abandon",
        "patrol",
    }
)
# Past forms the tagger sometimes mistakes for nouns ("The army retook Lashkar Gah").
PLACE_VERB_FORMS = frozenset(
    {
        "took",
        "retook",
        "overran",
        "fled",
        "left",
        "struck",
        "seized",
        "captured",
        "recaptured",
        "entered",
        "shelled",
        "bombed",
        "besieged",
        "visited",
        "reached",
        "stormed",
        "raided",
        "blockaded",
    }
)
SITE_WORDS = (
    frozenset(SITE_SUFFIXES)
    | frozenset(DISTRICT_SUFFIXES)
    | frozenset(REGION_SUFFIXES)
    | frozenset(WATER_SUFFIXES)
) - {"area", "island", "bay"}
SITE_FIRST_WORDS = frozenset(word.split()[0] for word in SITE_WORDS)
LONGEST_SCANNED_NAME = 5
LOCATIVE_SCAN = 2  # the priority of _locative_spans among the sources in place_spans


def place_spans(
    analysis: Analysis, gazetteer: Gazetteer, skipped: range = range(0)
) -> Iterator[Span]:
    """Token spans that may name places, in text order, without overlaps."""
    doc = analysis.doc
    tokens = Tokens.of(doc)
    people = person_words(doc)
    proposed: list[tuple[int, int, int, int]] = []
    for priority, source in enumerate(
        (
            _entity_spans(doc, tokens, gazetteer),
            _scanned_spans(tokens, gazetteer),
            _locative_spans(tokens, gazetteer),
            _prominent_spans(tokens, gazetteer),
            _site_spans(tokens),
            _apposition_spans(tokens, gazetteer),
        )
    ):
        proposed.extend((start - end, priority, start, end) for start, end in source)
    # Longest first: "Deir ez-Zor" from our scan beats the tagger's "Deir".
    found: list[Span] = []
    taken: set[int] = set(skipped)
    for _length, priority, start, end in sorted(proposed):
        if not taken.isdisjoint(range(start, end)):
            continue
        text = tokens.words(start, end)
        # After "in" or "near" a name the tagger took for a person is still a place.
        names = set() if priority == LOCATIVE_SCAN else people
        if plausible(text, gazetteer) and not (
            is_person(start, end, text, tokens, analysis, names, gazetteer)
            or compound_modifier(tokens, end)
        ):
            found.append(doc[start:end])
            taken.update(range(start, end))
    return iter(sorted(found, key=lambda span: span.start))


def _entity_spans(doc: Doc, tokens: Tokens, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    for entity in doc.ents:
        if entity.label_ not in PLACE_LABELS and not (
            entity.label_ == "ORG" and site_core(entity.text) is not None
        ):
            continue
        if _possessive_name(tokens, entity.start, entity.end, gazetteer):
            yield from _trimmed(tokens, entity.start, entity.end)  # "Cox's Bazar" is one name
            continue
        # "Baghdad's Sadr City" is two places; "the Persian Gulf" loses its article.
        piece_start = entity.start
        for index in range(entity.start, entity.end):
            if tokens.tag[index] == "POS" or tokens.text[index] in {"'s", "’s"}:
                yield from _trimmed(tokens, piece_start, index)
                piece_start = index + 1
        yield from _trimmed(tokens, piece_start, entity.end)


def _trimmed(tokens: Tokens, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and (tokens.lower[start] == "the" or not tokens.text[start][:1].isalnum()):
        start += 1
    while end > start and not tokens.text[end - 1][:1].isalnum():
        end -= 1
    if start < end and end < len(tokens) and tokens.lower[end] in DESCRIPTOR_WORDS:
        end += 1  # "Sindh province": the tagger leaves the word out, and it says "region"
    if start < end and end < len(tokens) and tokens.lower[end] in SITE_FIRST_WORDS:
        for length in (3, 2, 1):
            # "Evin prison", "Ain al-Asad air base": the kind of site belongs to the name.
            if tokens.words(end, end + length).casefold() in SITE_WORDS:
                end += length
                break
    if start < end:
        yield start, end


def _scanned_spans(tokens: Tokens, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Supplement and country names, whatever the tagger made of them ("Green Zone", "U.S.")."""
    index = 0
    while index < len(tokens):
        if (
            not tokens.upper(index)
            or tokens.lower[index] == "the"
            or (fold(tokens.text[index]).split(" ")[0] not in gazetteer.first_words)
        ):
            index += 1
            continue
        for length in range(min(LONGEST_SCANNED_NAME, len(tokens) - index), 0, -1):
            if not tokens.text[index + length - 1][:1].isalnum() or (
                "," in tokens.text[index : index + length]
            ):
                continue
            if known_name(tokens.words(index, index + length), gazetteer):
                yield index, index + length
                index += length
                break
        else:
            index += 1


def _locative_spans(tokens: Tokens, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Capitalised names right after "in", "near", "at" or a verb that takes a place ("seized",
    "shelled"), and the names coordinated with them: "in Sake", "near the town of Kibumba",
    "captured Gao and Timbuktu"; any known place, however small."""
    index = 0
    while index < len(tokens):
        position = index
        index += 1
        if tokens.lower[position] not in LOCATIVE_PREPOSITIONS and not (
            tokens.lemma[position] in PLACE_VERBS or tokens.lower[position] in PLACE_VERB_FORMS
        ):
            continue
        start = after_place_noun(tokens, index)
        while True:
            end = name_run(tokens, start)
            if end > start and tokens.upper(end + 1) and tokens.tag[end] == "POS":
                longer = name_run(tokens, end + 1)
                if _possessive_name(tokens, start, longer, gazetteer):
                    end = longer
            if end == start or inside_other_name(tokens, start, end, people_too=False):
                break
            text = tokens.words(start, end)
            found = candidate_entries(gazetteer, text) if plausible(text, gazetteer) else []
            found = [e for e in found if not weak_match(e, tokens, start, end)]
            if "ORG" in tokens.label[start:end]:
                # "a stake in Cavendish": a company, unless the town is sizeable or ours.
                found = [
                    e
                    for e in found
                    if e.curated
                    or e.place.feature in {"country", "admin1"}
                    or e.population >= ORG_PLACE_POPULATION
                ]
            if not found:
                break
            yield start, end
            index = end
            # "Gao and Timbuktu", "Sanaa, Marib and Aden"
            if end + 1 < len(tokens) and tokens.lower[end] in {"and", "or", ","}:
                start = end + 2 if tokens.lower[end + 1] == "and" else end + 1
                continue
            break


def _possessive_name(tokens: Tokens, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A name with a possessive inside that is itself a known place: "Cox's Bazar"."""
    inside = tokens.tag[start:end]
    return "POS" in inside and bool(candidate_entries(gazetteer, tokens.words(start, end)))


def _prominent_spans(tokens: Tokens, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Runs of proper nouns that name a large city, which the tagger may call a person
    ("Basrah", "Kiev"); never inside a longer name or an organisation's name."""
    index = 0
    while index < len(tokens):
        if not tokens.proper(index):
            index += 1
            continue
        end = index
        while (
            end < len(tokens)
            and end - index < 5
            and (
                tokens.proper(end)
                or (
                    end > index
                    and (tokens.text[end] in NAME_JOINERS or hyphenated_word(tokens, end))
                    and capital_follows(tokens, end + 1)
                )
            )
        ):
            end += 1
        start, index = index, end
        if inside_other_name(tokens, start, end):
            continue
        text = tokens.words(start, end)
        if plausible(text, gazetteer) and any(
            is_prominent(entry) and not weak_match(entry, tokens, start, end)
            for entry in candidate_entries(gazetteer, text)
        ):
            yield start, end


def _apposition_spans(tokens: Tokens, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """A name the text itself calls a place: "Sake, a town 25 km west of Goma"."""
    for index in range(1, len(tokens) - 2):
        if tokens.text[index] != "," or tokens.lower[index + 1] not in {"a", "the"}:
            continue
        look = index + 2
        while (
            look < len(tokens)
            and tokens.pos[look] in {"ADJ", "NOUN"}
            and (tokens.lower[look] not in PLACE_NOUNS)
            and look - index < 5
        ):
            look += 1
        if look >= len(tokens) or tokens.lower[look] not in PLACE_NOUNS:
            continue
        start = index
        while start > 0 and index - start < 4 and tokens.upper(start - 1):
            start -= 1
        if start < index and candidate_entries(gazetteer, tokens.words(start, index)):
            yield start, index


def _site_spans(tokens: Tokens) -> Iterator[tuple[int, int]]:
    """A capitalised name followed by a kind of site, whatever the tagger called the name:
    "Ain al-Asad air base", "the Zaatari camp", "Evin prison"."""
    for index in range(1, len(tokens)):
        if tokens.lower[index] in DESCRIPTOR_WORDS and tokens.text[index].islower():
            # "Saada province": whatever the tagger made of "Saada" ("Islamic State" is left).
            start = name_start(tokens, index, 4)
            if start < index and tokens.lower[start] != "the":
                yield start, index + 1
            continue
        if tokens.lower[index] not in SITE_FIRST_WORDS:
            continue
        for length in (3, 2, 1):
            if tokens.words(index, index + length).casefold() not in SITE_WORDS:
                continue
            start = name_start(tokens, index, 5)
            if start < index and tokens.lower[start] != "the":
                yield start, index + length
            break
