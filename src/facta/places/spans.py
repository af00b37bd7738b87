"""Where a Doc names places: spaCy's GPE/LOC/FAC entities, plus our own scan for supplement and
country names the tagger missed or mislabelled, minus spans that are really people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from facta.analysis_state import Analysis
from facta.places.gazetteer import Entry, Gazetteer
from facta.places.names import (
    ARTICLE_PREFIXES,
    DESCRIPTOR_WORDS,
    DISTRICT_SUFFIXES,
    SITE_SUFFIXES,
    fold,
    keys,
    site_core,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ARTICLE = re.compile(rf"^(?:{'|'.join(ARTICLE_PREFIXES)})[-‐ ]")
NOT_PLACES = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "mon", "tue", "wed", "thu", "fri", "sat", "sun", "inc", "corp", "ltd", "plc", "co",
     "east", "west", "north", "south", "central", "centre", "center", "capital", "northern",
     "southern", "eastern", "western", "city", "state", "union", "republic"}
)
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "outside", "around", "into", "toward", "towards", "across", "inside",
     "from", "to", "through", "throughout"}
)
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "province", "district", "region", "port", "capital", "camp",
     "area", "state", "island", "border", "outskirts", "suburb", "neighbourhood", "neighborhood"}
)
SITE_WORDS = frozenset(SITE_SUFFIXES) | frozenset(DISTRICT_SUFFIXES) - {"area"}
NAME_JOINERS = frozenset({"-", "al", "el", "ez", "ad", "as", "ash", "an", "ar", "of", "de", "du"})
PLACE_VERBS = frozenset(
    {"capture", "seize", "recapture", "retake", "enter", "shell", "bomb", "besiege", "visit",
     "reach", "liberate", "overrun", "flee", "evacuate", "storm", "surround", "encircle",
     "leave", "occupy", "take", "raid", "bombard"}
)
PERSON_KINDS = frozenset({"name", "title", "alias"})
LONGEST_SCANNED_NAME = 5
PROMINENT_CITY = 100_000  # population above which a bare proper noun is taken as the city
PROMINENT_ALTERNATE = 500_000  # the same, for a city's other spellings ("Kiev")
PERSON_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "gen", "general", "president", "minister", "sen", "senator",
     "rep", "ayatollah", "sheikh", "king", "prince", "col", "maj", "capt", "lt", "adm"}
)


def place_spans(
    analysis: Analysis, gazetteer: Gazetteer, skipped: range = range(0)
) -> Iterator[Span]:
    """Token spans that may name places, in text order, without overlaps."""
    doc = analysis.doc
    people = person_words(doc)
    proposed: list[tuple[int, int, Span]] = []
    for priority, source in enumerate((
        _entity_spans(doc),
        _scanned_spans(doc, gazetteer),
        _locative_spans(doc, gazetteer),
        _prominent_spans(doc, gazetteer),
        _site_spans(doc),
    )):
        proposed.extend((-len(span), priority, span) for span in source)
    # Longest first: "Deir ez-Zor" from our scan beats the tagger's "Deir".
    found: list[Span] = []
    taken: set[int] = set(skipped)
    for _length, _priority, span in sorted(proposed, key=lambda item: item[:2]):
        if not taken.isdisjoint(range(span.start, span.end)):
            continue
        if _plausible(span, gazetteer) and not _is_person(span, analysis, people, gazetteer):
            found.append(span)
            taken.update(range(span.start, span.end))
    return iter(sorted(found, key=lambda span: span.start))


def _entity_spans(doc: Doc) -> Iterator[Span]:
    for entity in doc.ents:
        if entity.label_ not in PLACE_LABELS and not (
            entity.label_ == "ORG" and site_core(entity.text) is not None
        ):
            continue
        start = entity.start
        # "Baghdad's Sadr City" is two places; "the Persian Gulf" loses its article.
        piece_start = start
        for token in doc[start:entity.end]:
            if token.tag_ == "POS" or token.text in {"'s", "’s"}:
                yield from _trimmed(doc, piece_start, token.i)
                piece_start = token.i + 1
        yield from _trimmed(doc, piece_start, entity.end)


def _trimmed(doc: Doc, start: int, end: int) -> Iterator[Span]:
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start < end and end < len(doc) and doc[end].lower_ in DESCRIPTOR_WORDS:
        end += 1  # "Sindh province": the tagger leaves the word out, and it says "region"
    for length in (3, 2, 1):
        # "Evin prison", "Ain al-Asad air base": the kind of site belongs to the name.
        if start < end and doc[end:end + length].text.casefold() in SITE_WORDS:
            end += length
            break
    if start < end:
        yield doc[start:end]


def _scanned_spans(doc: Doc, gazetteer: Gazetteer) -> Iterator[Span]:
    index = 0
    while index < len(doc):
        token = doc[index]
        if not token.text[:1].isupper() or token.lower_ == "the":
            index += 1
            continue
        for length in range(min(LONGEST_SCANNED_NAME, len(doc) - index), 0, -1):
            span = doc[index:index + length]
            if not span[-1].text[:1].isalnum():
                continue
            if _known_name(span.text, gazetteer):
                yield span
                index += length
                break
        else:
            index += 1


def _plausible(span: Span, gazetteer: Gazetteer) -> bool:
    """Looks like a place name: capitalised, not an abbreviation ("Co.", "Kan.") or a month,
    unless it is a country or supplement name ("U.S.")."""
    if _known_name(span.text, gazetteer):
        return True
    folded = fold(span.text)
    return (
        _capitalised(span.text)
        and len(folded) >= 3
        and not span.text.endswith(".")
        and folded not in NOT_PLACES
    )


def _capitalised(text: str) -> bool:
    """Names start with a capital, after a lower-case article: "al-Fallujah", "ash-Shura"."""
    return ARTICLE.sub("", text, count=1)[:1].isupper()


def _prominent_spans(doc: Doc, gazetteer: Gazetteer) -> Iterator[Span]:
    """Runs of proper nouns that name a large city, which the tagger may call a person
    ("Basrah", "Kiev"); never inside a longer name or an organisation's name."""
    index = 0
    while index < len(doc):
        if doc[index].pos_ != "PROPN":
            index += 1
            continue
        end = index
        while end < len(doc) and doc[end].pos_ == "PROPN" and end - index < 3:
            end += 1
        span = doc[index:end]
        index = end
        if _inside_other_name(span) or not _plausible(span, gazetteer):
            continue
        if any(_is_prominent(entry) for entry in gazetteer.lookup(fold(span.text))):
            yield span


def _locative_spans(doc: Doc, gazetteer: Gazetteer) -> Iterator[Span]:
    """Capitalised names right after "in", "near", "at" or a verb that takes a place ("seized",
    "shelled"), and the names coordinated with them: "in Sake", "near the town of Kibumba",
    "captured Gao and Timbuktu"; any known place, however small."""
    index = 0
    while index < len(doc):
        token = doc[index]
        index += 1
        if token.lower_ not in LOCATIVE_PREPOSITIONS and not (
            token.pos_ == "VERB" and token.lemma_ in PLACE_VERBS
        ):
            continue
        start = _after_place_noun(doc, index)
        while True:
            end = _name_run(doc, start)
            span = doc[start:end] if end > start else None
            if span is None or _inside_other_name(span) or not _plausible(span, gazetteer):
                break
            if not _resolvable(span.text, gazetteer):
                break
            yield span
            index = end
            # "Gao and Timbuktu", "Sanaa, Marib and Aden"
            if end + 1 < len(doc) and doc[end].lower_ in {"and", "or", ","}:
                start = end + 2 if doc[end + 1].lower_ == "and" else end + 1
                continue
            break


def _name_run(doc: Doc, start: int) -> int:
    """End of the capitalised name starting at `start` ("Deir ez-Zor", "al-Fallujah")."""
    end = start
    while end < len(doc) and end - start < 6 and (
        doc[end].text[:1].isupper()
        or (end > start and doc[end].text in NAME_JOINERS and _capital_follows(doc, end + 1))
        or (end == start and ARTICLE.match(doc[end].text + " ") is not None)
    ):
        end += 1
    while end > start and not doc[end - 1].text[:1].isalnum():
        end -= 1
    return end


def _site_spans(doc: Doc) -> Iterator[Span]:
    """A capitalised name followed by a kind of site, whatever the tagger called the name:
    "Ain al-Asad air base", "the Zaatari camp", "Evin prison"."""
    for index in range(1, len(doc)):
        for length in (3, 2, 1):
            if doc[index:index + length].text.casefold() not in SITE_WORDS:
                continue
            start = index
            while start > 0 and index - start < 5 and (
                doc[start - 1].text[:1].isupper()
                or (start - 1 > 0 and doc[start - 1].text in NAME_JOINERS
                    and doc[start - 2].text[:1].isupper())
            ):
                start -= 1
            if start < index and doc[start].lower_ != "the":
                yield doc[start:index + length]
            break


def _capital_follows(doc: Doc, index: int) -> bool:
    """A capitalised word comes next, perhaps after one more joiner ("ez" then "-" then "Zor")."""
    for look in (index, index + 1):
        if look < len(doc) and doc[look].text[:1].isupper():
            return True
        if look >= len(doc) or doc[look].text not in NAME_JOINERS:
            return False
    return False


def _after_place_noun(doc: Doc, index: int) -> int:
    """Skip "the", "the southern city of", "the town of" before a name."""
    start = index
    while index < len(doc) and (doc[index].lower_ in {"the", "a"} or doc[index].pos_ == "ADJ"):
        index += 1
    if (
        index + 1 < len(doc)
        and doc[index].lower_ in PLACE_NOUNS
        and doc[index + 1].lower_ == "of"
    ):
        return index + 2
    return start if index == start else (index if doc[index].text[:1].isupper() else start)


def _resolvable(text: str, gazetteer: Gazetteer) -> bool:
    from facta.places.resolve import candidates

    return bool(candidates(gazetteer, text)[0])


def _is_prominent(entry: Entry) -> bool:
    needed = PROMINENT_ALTERNATE if entry.alternate else PROMINENT_CITY
    return entry.place.feature == "city" and entry.population >= needed


def _inside_other_name(span: Span) -> bool:
    """Whether the span is part of a longer name: a person's ("Charlotte Brown") or an
    organisation's ("Bank of Japan"). The small model often calls a lone place an ORG or NORP,
    so an entity that is the span itself (or the span plus "'s ...") does not count."""
    doc = span.doc
    for token in span:
        if not token.ent_type_ or token.ent_type_ in PLACE_LABELS:
            continue
        entity = next(e for e in doc.ents if e.start <= token.i < e.end)
        if entity.label_ == "PERSON" and len(entity) > 1:
            return True
        before = entity.start < span.start
        after = entity.end > span.end and doc[span.end].tag_ != "POS"
        if before or after:
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


def _is_person(span: Span, analysis: Analysis, people: set[str], gazetteer: Gazetteer) -> bool:
    doc = span.doc
    if span.start > 0 and fold(doc[span.start - 1].text) in PERSON_TITLES:
        return True
    for index in range(span.start, span.end):
        mention = analysis.mention_at(index)
        if mention is not None and mention.kind in PERSON_KINDS:
            name = fold(mention.actor.name or "")
            if " " in name and fold(span.text) != name and name.split()[-1] == fold(span[-1].text):
                return True
    return fold(span.text) in people and not _known_name(span.text, gazetteer)
