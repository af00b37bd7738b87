"""Where a Doc names places: spaCy's GPE/LOC/FAC entities, plus our own scans for supplement and
country names, names after "in"/"near", site names and large cities the tagger mislabelled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from facta.analysis_state import Analysis
from facta.places.gazetteer import Entry, Gazetteer
from facta.places.names import (
    ARTICLE_PREFIXES,
    DESCRIPTOR_WORDS,
    DISTRICT_SUFFIXES,
    REGION_SUFFIXES,
    SITE_SUFFIXES,
    WATER_SUFFIXES,
    fold,
    keys,
    site_core,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CLOSED_CLASSES = frozenset({"DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})
APOSTROPHE_INSIDE = re.compile(r"\w['’]\w")
ARTICLE = re.compile(rf"^(?:{'|'.join(ARTICLE_PREFIXES)})[-‐ ]")
NOT_PLACES = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "inc",
        "corp",
        "ltd",
        "plc",
        "co",
        "east",
        "west",
        "north",
        "south",
        "central",
        "centre",
        "port",
        "bank",
        "part",
        "son",
        "plaza",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "center",
        "capital",
        "northern",
        "southern",
        "eastern",
        "western",
        "city",
        "state",
        "union",
        "republic",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
        "easter",
        "ramadan",
        "congress",
        "parliament",
        "god",
        "allah",
        "gulf",
        "white house",
        "pentagon",
        "kremlin",
        "capitol",
    }
)
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
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "district",
        "region",
        "port",
        "capital",
        "camp",
        "area",
        "state",
        "island",
        "border",
        "outskirts",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "hamlet",
        "settlement",
        "county",
        "municipality",
        "commune",
        "locality",
        "oasis",
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
NAME_JOINERS = frozenset(
    {"-", "al", "el", "ez", "ad", "as", "ash", "an", "ar", "at", "az", "of", "de", "du", "da", "do"}
    | {"e", "i", "ye", "ul", "ud"}  # Persian and Urdu joins: "Mazar-e Sharif", "Dera-ul-Ghazi"
)
PERSON_KINDS = frozenset({"name", "title", "alias"})
PERSON_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "general",
        "president",
        "minister",
        "sen",
        "senator",
        "rep",
        "ayatollah",
        "sheikh",
        "king",
        "prince",
        "col",
        "maj",
        "capt",
        "lt",
        "adm",
    }
)
LONGEST_SCANNED_NAME = 5
LOCATIVE_SCAN = 2  # the priority of _locative_spans among the sources in place_spans
PROMINENT_CITY = 100_000  # population above which a bare proper noun is taken as the city
PROMINENT_ALTERNATE = 200_000  # the same, for a city's other spellings ("Kiev")


@dataclass
class Tokens:
    """The token attributes the scans read, copied out of the Doc once (Doc indexing is slow)."""

    text: list[str]
    spaced: list[str]
    lower: list[str]
    pos: list[str]
    tag: list[str]
    lemma: list[str]
    iob: list[str]
    label: list[str]
    first: list[bool]  # the token opens its sentence

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        columns: tuple[list, ...] = ([], [], [], [], [], [], [], [], [])
        for token in doc:
            for column, value in zip(
                columns,
                (
                    token.text,
                    token.text_with_ws,
                    token.lower_,
                    token.pos_,
                    token.tag_,
                    token.lemma_,
                    token.ent_iob_,
                    token.ent_type_,
                    bool(token.is_sent_start),
                ),
                strict=True,
            ):
                column.append(value)
        return cls(*columns)

    def __len__(self) -> int:
        return len(self.text)

    def words(self, start: int, end: int) -> str:
        return "".join(self.spaced[start:end]).strip()

    def proper(self, index: int) -> bool:
        """Tagged a proper noun, or capitalised inside a sentence whatever the tag: the tagger
        calls "Sana'a" an adverb."""
        if self.pos[index] == "PROPN":
            return True
        return (
            self.upper(index)
            and not self.first[index]
            and self.pos[index] not in CLOSED_CLASSES
            and self.text[index][1:2].islower()
        )

    def upper(self, index: int) -> bool:
        return 0 <= index < len(self.text) and self.text[index][:1].isupper()

    def entity_bounds(self, index: int) -> tuple[int, int]:
        """First and last token of the entity covering token `index`."""
        first = last = index
        while first > 0 and self.iob[first] == "I":
            first -= 1
        while last + 1 < len(self.iob) and self.iob[last + 1] == "I":
            last += 1
        return first, last


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
        if _plausible(text, gazetteer) and not (
            _is_person(start, end, text, tokens, analysis, names, gazetteer)
            or _compound_modifier(tokens, end)
        ):
            found.append(doc[start:end])
            taken.update(range(start, end))
    return iter(sorted(found, key=lambda span: span.start))


# "U.S.-backed forces", "the U.N.-brokered talks": the country backs or brokers, the act is
# not there
HYPHENED_PARTICIPLES = frozenset(
    {"backed", "led", "funded", "sponsored", "brokered", "mediated", "supported", "armed"}
    | {"trained", "allied", "aligned", "hosted", "financed", "inspired"}
)


def _compound_modifier(tokens: Tokens, end: int) -> bool:
    return (
        end + 1 < len(tokens)
        and tokens.text[end] == "-"
        and tokens.lower[end + 1] in HYPHENED_PARTICIPLES
    )


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
            if _known_name(tokens.words(index, index + length), gazetteer):
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
        start = _after_place_noun(tokens, index)
        while True:
            end = _name_run(tokens, start)
            if end > start and tokens.upper(end + 1) and tokens.tag[end] == "POS":
                longer = _name_run(tokens, end + 1)
                if _possessive_name(tokens, start, longer, gazetteer):
                    end = longer
            if end == start or _inside_other_name(tokens, start, end, people_too=False):
                break
            text = tokens.words(start, end)
            found = _candidates(gazetteer, text) if _plausible(text, gazetteer) else []
            found = [e for e in found if not _weak_match(e, tokens, start, end)]
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
    return "POS" in inside and bool(_candidates(gazetteer, tokens.words(start, end)))


def _name_run(tokens: Tokens, start: int) -> int:
    """End of the capitalised name starting at `start` ("Deir ez-Zor", "al-Fallujah")."""
    end = start
    while (
        end < len(tokens)
        and end - start < 6
        and (
            tokens.upper(end)
            or (
                end > start
                and (tokens.text[end] in NAME_JOINERS or _hyphenated_word(tokens, end))
                and _capital_follows(tokens, end + 1)
            )
            or (end == start and ARTICLE.match(tokens.text[end] + " ") is not None)
        )
    ):
        end += 1
    while end > start and not tokens.text[end - 1][:1].isalnum():
        end -= 1
    return end


def _hyphenated_word(tokens: Tokens, index: int) -> bool:
    """A short lower-case word between hyphens inside a name: "Port-au-Prince",
    "Rostov-on-Don", "Aix-en-Provence"."""
    return (
        0 < index < len(tokens) - 1
        and tokens.text[index - 1] == "-"
        and tokens.text[index + 1] == "-"
        and tokens.text[index].isalpha()
        and tokens.text[index].islower()
        and len(tokens.text[index]) <= 4
    )


def _capital_follows(tokens: Tokens, index: int) -> bool:
    """A capitalised word comes next, perhaps after more joiners ("i", "-", then "Sharif")."""
    for look in (index, index + 1, index + 2):
        if tokens.upper(look):
            return True
        if look >= len(tokens) or not (
            tokens.text[look] in NAME_JOINERS or _hyphenated_word(tokens, look)
        ):
            return False
    return False


def _after_place_noun(tokens: Tokens, index: int) -> int:
    """Skip "the", "the southern city of", "the town of" before a name."""
    start = index
    while index < len(tokens) and (
        tokens.lower[index] in {"the", "a"} or tokens.pos[index] == "ADJ"
    ):
        index += 1
    if (
        index + 1 < len(tokens)
        and tokens.lower[index] in PLACE_NOUNS
        and tokens.text[index].islower()  # "the Port of Beirut", "Port of Spain" are names
        and (tokens.lower[index + 1] == "of")
    ):
        return index + 2
    return start if index == start else (index if tokens.upper(index) else start)


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
                    and (tokens.text[end] in NAME_JOINERS or _hyphenated_word(tokens, end))
                    and _capital_follows(tokens, end + 1)
                )
            )
        ):
            end += 1
        start, index = index, end
        if _inside_other_name(tokens, start, end):
            continue
        text = tokens.words(start, end)
        if _plausible(text, gazetteer) and any(
            _is_prominent(entry) and not _weak_match(entry, tokens, start, end)
            for entry in _candidates(gazetteer, text)
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
        if start < index and _candidates(gazetteer, tokens.words(start, index)):
            yield start, index


def _site_spans(tokens: Tokens) -> Iterator[tuple[int, int]]:
    """A capitalised name followed by a kind of site, whatever the tagger called the name:
    "Ain al-Asad air base", "the Zaatari camp", "Evin prison"."""
    for index in range(1, len(tokens)):
        if tokens.lower[index] in DESCRIPTOR_WORDS and tokens.text[index].islower():
            # "Saada province": whatever the tagger made of "Saada" ("Islamic State" is left).
            start = _name_start(tokens, index, 4)
            if start < index and tokens.lower[start] != "the":
                yield start, index + 1
            continue
        if tokens.lower[index] not in SITE_FIRST_WORDS:
            continue
        for length in (3, 2, 1):
            if tokens.words(index, index + length).casefold() not in SITE_WORDS:
                continue
            start = _name_start(tokens, index, 5)
            if start < index and tokens.lower[start] != "the":
                yield start, index + length
            break


def _name_start(tokens: Tokens, index: int, longest: int) -> int:
    """First token of the capitalised name that ends just before `index`, joiners included
    ("Ain al-Asad", "Shar-e Naw")."""
    start = index
    while (
        start > 0
        and index - start < longest
        and (
            tokens.upper(start - 1)
            or (
                start - 1 > 0
                and (tokens.text[start - 1] in NAME_JOINERS or _hyphenated_word(tokens, start - 1))
                and (tokens.upper(start - 2) or tokens.text[start - 2] in NAME_JOINERS)
            )
        )
    ):
        start -= 1
    while start < index and tokens.text[start] in NAME_JOINERS:
        start += 1
    return start


def _candidates(gazetteer: Gazetteer, text: str) -> list[Entry]:
    from facta.places.resolve import candidates

    return candidates(gazetteer, text)[0]


def _weak_match(entry: Entry, tokens: Tokens, start: int, end: int) -> bool:
    """A match through another spelling of a town, for words the tagger did not call a name:
    "Rest", "Aaa" and "Putting" are only other spellings of towns. Names with an apostrophe
    inside ("Dera'a", tagged a pronoun) are names whatever the tag."""
    tagged = all(
        tokens.pos[i] == "PROPN" or APOSTROPHE_INSIDE.search(tokens.text[i])
        for i in range(start, end)
        if tokens.upper(i)
    )
    return entry.alternate and not tagged


def _is_prominent(entry: Entry) -> bool:
    needed = PROMINENT_ALTERNATE if entry.alternate else PROMINENT_CITY
    return entry.place.feature == "city" and entry.population >= needed


def _plausible(text: str, gazetteer: Gazetteer) -> bool:
    """Looks like a place name: capitalised, not an abbreviation ("Co.", "Kan.") or a month,
    unless it is a country or supplement name ("U.S.")."""
    if _known_name(text, gazetteer):
        return True
    folded = fold(text)
    if text.isupper() and len(text) <= 5:
        return False  # "GAO", "CPO": acronyms, which GeoNames files as codes of towns
    return (
        _capitalised(text)
        and len(folded) >= 3
        and not text.endswith(".")
        and folded not in NOT_PLACES
        and not _demonym(folded, gazetteer)
    )


def _demonym(folded: str, gazetteer: Gazetteer) -> bool:
    """ "Canadian", "Thai": a people, not a town ("Philippines" is both, and a country)."""
    return folded in gazetteer.demonyms and not any(
        entry.place.feature == "country" for entry in gazetteer.lookup(folded)
    )


def _capitalised(text: str) -> bool:
    """Names start with a capital, after a lower-case article: "al-Fallujah", "ash-Shura"."""
    return ARTICLE.sub("", text, count=1)[:1].isupper()


def _inside_other_name(tokens: Tokens, start: int, end: int, people_too: bool = True) -> bool:
    """Whether the span is part of a longer name: a person's ("Charlotte Brown") or an
    organisation's ("Bank of Japan"). The small model often calls a lone place an ORG or NORP,
    so an entity that is the span itself (or the span plus "'s ...") does not count."""
    for index in range(start, end):
        if not tokens.label[index] or tokens.label[index] in PLACE_LABELS:
            continue
        first, last = tokens.entity_bounds(index)
        if tokens.label[index] == "PERSON" and last > first and people_too:
            return True
        if first < start or (last >= end and tokens.tag[end] != "POS"):
            # "fled El Geneina for Chad": the tagger ran a place and what follows into one ORG.
            # Likewise "held Qamishli and Hasakeh", tagged as one work of art.
            label = tokens.label[index]
            joined = {"ADP", "CCONJ"} if label != "ORG" else {"ADP"}
            run_on = label != "PERSON" and (
                (first == start and tokens.pos[end] in joined and tokens.lower[end] != "of")
                or (
                    label != "ORG"
                    and last == end - 1
                    and start - 1 > first
                    and tokens.lower[start - 1] in {"and", "or", ","}
                )
            )
            if not run_on:
                return True
    return False


def _known_name(text: str, gazetteer: Gazetteer) -> bool:
    if len(text) < 2:
        return False
    return any(key in gazetteer.curated or key in gazetteer.country_by_key for key in keys(text))


def person_words(doc: Doc) -> set[str]:
    """Folded words that name people in this Doc: every word of each multi-word PERSON entity
    (a one-word "person" is as often a place the tagger got wrong)."""
    words: set[str] = set()
    for entity in doc.ents:
        if entity.label_ == "PERSON" and len(entity) > 1:
            words.add(fold(entity.text))
            words.update(fold(token.text) for token in entity if token.text[:1].isupper())
    return words


def _is_person(
    start: int,
    end: int,
    text: str,
    tokens: Tokens,
    analysis: Analysis,
    people: set[str],
    gazetteer: Gazetteer,
) -> bool:
    if start > 0 and fold(tokens.text[start - 1]) in PERSON_TITLES:
        return True
    first, last = tokens.entity_bounds(start)
    opens_name = tokens.label[start] == "PERSON" and first == start and last >= end
    if opens_name and tokens.text[end][:1].isupper():
        return True  # "Jordan Whitaker": a place's name opening a person's name
    for index in range(start, end):
        mention = analysis.mention_at(index)
        if mention is not None and mention.kind in PERSON_KINDS:
            name = fold(mention.actor.name or "")
            last = fold(tokens.text[end - 1])
            if " " in name and fold(text) != name and name.split()[-1] == last:
                return True
    return fold(text) in people and not _known_name(text, gazetteer)
