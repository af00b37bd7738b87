"""Where a Doc names places: spaCy's GPE/LOC/FAC entities, plus our own scan for supplement and
country names the tagger missed or mislabelled, minus spans that are really people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from facta.analysis_state import Analysis
from facta.places.gazetteer import Entry, Gazetteer
from facta.places.names import ARTICLE_PREFIXES, fold, keys

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ARTICLE = re.compile(rf"^(?:{'|'.join(ARTICLE_PREFIXES)})[-‐ ]")
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
    found: list[Span] = []
    taken: set[int] = set(skipped)
    for span in _entity_spans(doc):
        if not taken.isdisjoint(range(span.start, span.end)):
            continue
        if _capitalised(span.text) and not _is_person(span, analysis, people, gazetteer):
            found.append(span)
            taken.update(range(span.start, span.end))
    for scan in (_scanned_spans(doc, gazetteer), _prominent_spans(doc, gazetteer)):
        for span in scan:
            if taken.isdisjoint(range(span.start, span.end)) and not _is_person(
                span, analysis, people, gazetteer
            ):
                found.append(span)
                taken.update(range(span.start, span.end))
    return iter(sorted(found, key=lambda span: span.start))


def _entity_spans(doc: Doc) -> Iterator[Span]:
    for entity in doc.ents:
        if entity.label_ not in PLACE_LABELS:
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
        if _inside_other_name(span) or not _capitalised(span.text):
            continue
        if any(_is_prominent(entry) for entry in gazetteer.lookup(fold(span.text))):
            yield span


def _is_prominent(entry: Entry) -> bool:
    needed = PROMINENT_ALTERNATE if entry.alternate else PROMINENT_CITY
    return entry.place.feature == "city" and entry.population >= needed


def _inside_other_name(span: Span) -> bool:
    for token in span:
        if token.ent_type_ and token.ent_type_ not in PLACE_LABELS | {"PERSON"}:
            return True
        if token.ent_type_ == "PERSON":
            entity = next(e for e in span.doc.ents if e.start <= token.i < e.end)
            if len(entity) > 1:
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
