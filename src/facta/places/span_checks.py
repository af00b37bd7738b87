"""Whether a candidate span is a place's name: not an abbreviation, month or demonym, not part
of a person's or an organisation's name, not a weak match through a town's other spelling.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from facta.analysis_state import Analysis
from facta.places.gazetteer import Entry, Gazetteer
from facta.places.name_shape import ARTICLE
from facta.places.names import fold, keys
from facta.token_view import Tokens

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
APOSTROPHE_INSIDE = re.compile(r"\w['’]\w")
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
PROMINENT_CITY = 100_000  # population above which a bare proper noun is taken as the city
PROMINENT_ALTERNATE = 200_000  # the same, for a city's other spellings ("Kiev")


# "U.S.-backed forces", "the U.N.-brokered talks": the country backs or brokers, the act is
# not there
HYPHENED_PARTICIPLES = frozenset(
    {"backed", "led", "funded", "sponsored", "brokered", "mediated", "supported", "armed"}
    | {"trained", "allied", "aligned", "hosted", "financed", "inspired"}
)


def compound_modifier(tokens: Tokens, end: int) -> bool:
    return (
        end + 1 < len(tokens)
        and tokens.text[end] == "-"
        and tokens.lower[end + 1] in HYPHENED_PARTICIPLES
    )


def candidate_entries(gazetteer: Gazetteer, text: str) -> list[Entry]:
    from facta.places.resolve import candidates

    return candidates(gazetteer, text)[0]


def weak_match(entry: Entry, tokens: Tokens, start: int, end: int) -> bool:
    """A match through another spelling of a town, for words the tagger did not call a name:
    "Rest", "Aaa" and "Putting" are only other spellings of towns. Names with an apostrophe
    inside ("Dera'a", tagged a pronoun) are names whatever the tag."""
    tagged = all(
        tokens.pos[i] == "PROPN" or APOSTROPHE_INSIDE.search(tokens.text[i])
        for i in range(start, end)
        if tokens.upper(i)
    )
    return entry.alternate and not tagged


def is_prominent(entry: Entry) -> bool:
    needed = PROMINENT_ALTERNATE if entry.alternate else PROMINENT_CITY
    return entry.place.feature == "city" and entry.population >= needed


def plausible(text: str, gazetteer: Gazetteer) -> bool:
    """Looks like a place name: capitalised, not an abbreviation ("Co.", "Kan.") or a month,
    unless it is a country or supplement name ("U.S.")."""
    if _acronym(text) and text not in gazetteer.acronyms:
        return False  # "GAO", "a SWAT team": acronyms, though towns and valleys bear the name
    if known_name(text, gazetteer):
        return True
    folded = fold(text)
    return (
        _capitalised(text)
        and len(folded) >= 3
        and not text.endswith(".")
        and folded not in NOT_PLACES
        and not _demonym(folded, gazetteer)
    )


def _acronym(text: str) -> bool:
    """A short word in capitals ("SWAT", "GAO"); a knowledge file may write a name so on
    purpose ("UAE", "DRC", "DMZ": `Gazetteer.acronyms`)."""
    return text.isupper() and text.isalpha() and len(text) <= 5


def _demonym(folded: str, gazetteer: Gazetteer) -> bool:
    """ "Canadian", "Thai": a people, not a town ("Philippines" is both, and a country)."""
    return folded in gazetteer.demonyms and not any(
        entry.place.feature == "country" for entry in gazetteer.lookup(folded)
    )


def _capitalised(text: str) -> bool:
    """Names start with a capital, after a lower-case article: "al-Fallujah", "ash-Shura"."""
    return ARTICLE.sub("", text, count=1)[:1].isupper()


def inside_other_name(tokens: Tokens, start: int, end: int, people_too: bool = True) -> bool:
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


def known_name(text: str, gazetteer: Gazetteer) -> bool:
    if len(text) < 2:
        return False
    if _acronym(text) and text not in gazetteer.acronyms:
        return False  # "a SWAT officer": an acronym, not the place spelled the same
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


def is_person(
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
    return fold(text) in people and not known_name(text, gazetteer)
