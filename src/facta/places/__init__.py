"""The Places stage: offline geolocation of the places an article names, its dateline, and
each coded event's location (clause, then sentence, then dateline, then the actors' country).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Span

from facta.analysis_state import Analysis, PlaceMention
from facta.models import Article, Place
from facta.places.dateline import Dateline, find_dateline
from facta.places.gazetteer import Gazetteer
from facta.places.locate import locate_event, sentence_ranges
from facta.places.names import fold, site_core
from facta.places.resolve import DATELINE_DWARFED_RATIO, Context, choose, unambiguous
from facta.places.spans import place_spans
from facta.token_view import Tokens

__all__ = ["Geocoder", "Gazetteer"]


class Geocoder:
    """Finds and resolves places offline; load once per process, then call per article."""

    def __init__(self, extra_files: tuple[str, ...] = ()):
        self.gazetteer = Gazetteer(extra_files)

    def find(self, analysis: Analysis) -> Analysis:
        """Set `analysis.dateline` and `analysis.places` (token spans with resolved places)."""
        doc = analysis.doc
        found = find_dateline(doc.text)
        skipped = range(0)
        if found is not None:
            whole = doc.char_span(found.start, found.stop, alignment_mode="expand")
            skipped = range(whole.start, whole.end) if whole is not None else range(0)
        spans = list(place_spans(analysis, self.gazetteer, skipped))
        context = Context()
        qualifiers = {span.start: self._qualifier(span) for span in spans}
        # "Dayton, Tenn." is not the larger Dayton, Ohio: a name the article qualifies vouches
        # for its qualified reading, wherever else it appears bare.
        qualified = {fold(span.text) for span in spans if qualifiers[span.start] is not None}
        for span in spans:
            qualifier = qualifiers[span.start]
            if qualifier is not None:
                place = choose(self.gazetteer, span.text, Context(), qualifier)
            elif fold(span.text) in qualified:
                continue
            else:
                place = unambiguous(self.gazetteer, span.text)
            if place is not None and place.feature == "country" and not _set_in(span):
                # "U.S. Secretary of State", "the United States said": a country as an actor
                # says who acts, not where (the actors stage vouches for it as an actor)
                continue
            if place is not None:
                context.add(place, fold(span.text))
        self._add_actor_context(analysis, context)
        analysis.dateline = self._dateline(analysis, found, context) if found else None
        regional = self._regional_sentences(analysis)
        resolved = {
            span.start: PlaceMention(span.start, span.end, place)
            for span in spans
            if (
                place := choose(
                    self.gazetteer,
                    span.text,
                    context,
                    qualifiers[span.start],
                    region_cue=span.sent.start in regional,
                )
            )
        }
        for span in spans:
            place = site_by_neighbour(span, resolved)
            known = resolved.get(span.start)
            # "Hillcrest barracks in Kandahar": the town named beside it beats a namesake abroad.
            if place is not None and (known is None or known.place.country != place.country):
                resolved[span.start] = PlaceMention(span.start, span.end, place)
            town = possessor(span, resolved)
            # "Karachi's Saddar": a part of the town, not a namesake abroad.
            if (
                known is not None
                and town is not None
                and town.feature == "city"
                and known.place.country != town.country
            ):
                district = replace(
                    town, name=span.text, feature="district", geonameid=None, text=span.text
                )
                resolved[span.start] = PlaceMention(span.start, span.end, district)
        analysis.places = sorted(resolved.values(), key=lambda mention: mention.start)
        return analysis

    def _add_actor_context(self, analysis: Analysis, context: Context) -> None:
        """Countries the article names through people and demonyms ("Pakistani officials")."""
        named = set(context.countries)
        for mention in analysis.mentions:
            country = mention.actor.country
            # Names are left out, and so are the countries a place name already stands for:
            # "voters in Georgia" are Georgian only by the actor resolver's reading of "Georgia".
            if country and len(country) == 3 and mention.kind != "name" and country not in named:
                context.add_country(country, "\x00actor")
        demonyms = self.gazetteer.demonyms
        previous = ""
        view = Tokens.of(analysis.doc)
        for text, lower in zip(view.text, view.lower, strict=True):
            # Two words first: "Costa Rican"; "North Korean" is not "Korean".
            if text[:1].isupper() and (
                country := demonyms.get(f"{previous} {lower}") or demonyms.get(lower)
            ):
                context.add_country(country, "\x00demonym")
            previous = lower
            said = self.gazetteer.context_words.get(lower)
            if said is not None and said != "region":
                context.add_country(said, "\x00word")

    def _regional_sentences(self, analysis: Analysis) -> set[int]:
        """Starts of the sentences that speak of a state or province ("the state's governor")."""
        doc = analysis.doc
        words = [word for word, said in self.gazetteer.context_words.items() if said == "region"]
        # "state's" is two tokens: "state" then a possessive.
        wanted = {doc.vocab.strings[word.removesuffix("'s")]: word for word in words}
        found: set[int] = set()
        for index, lower in enumerate(doc.to_array(LOWER).tolist()):
            word = wanted.get(lower)
            if word is None:
                continue
            token = doc[index]
            possessive = index + 1 < len(doc) and doc[index + 1].tag_ == "POS"
            if not word.endswith("'s") or possessive:
                found.add(token.sent.start)
        return found

    def _dateline(
        self, analysis: Analysis, found: Dateline, context: Context
    ) -> PlaceMention | None:
        """The dateline's place, read in the light of the body; it then informs the body."""
        place = self.resolve_dateline(found, context)
        span = analysis.doc.char_span(found.start, found.end, alignment_mode="expand")
        if place is None or span is None:
            return None
        context.dateline_country = place.country
        context.add(place, "\x00dateline")
        return PlaceMention(span.start, span.end, place)

    def resolve_dateline(self, dateline: Dateline, context: Context | None = None) -> Place | None:
        context = context or Context()
        qualifier = None
        if dateline.qualifier:
            entry = self.gazetteer.region(dateline.qualifier)
            qualifier = entry.place if entry else None
        place = choose(self.gazetteer, dateline.place, context, qualifier, DATELINE_DWARFED_RATIO)
        if qualifier is not None and (place is None or place.country != qualifier.country):
            # "KILLINGTON, Vt.": a town we do not know, in a region we do.
            place = qualifier
        return replace(place, text=dateline.place) if place else None

    def _qualifier(self, span: Span) -> Place | None:
        """The region or country right after a name: "Lebanon, Pennsylvania", "Tripoli, Lebanon"."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return None
        following = doc[span.end + 1]
        if not following.text[:1].isupper():
            return None
        for length in (4, 3, 2, 1):
            entry = self.gazetteer.region(doc[span.end + 1 : span.end + 1 + length].text)
            if entry is not None:
                return entry.place
        return None

    def locate_events(self, analysis: Analysis) -> Analysis:
        """Give each event in `analysis.events` a location (or None) with how it was chosen."""
        if not analysis.events:
            return analysis
        sentences = sentence_ranges(analysis)
        analysis.events = [
            replace(event, location=locate_event(event, analysis, self.gazetteer, sentences))
            for event in analysis.events
        ]
        return analysis

    def geocode(self, text: str, dateline: str | None = None) -> list[Place]:
        """All places in a short text (its dateline first, when it has one)."""
        from facta.nlp import load_model

        body = text
        if dateline and not find_dateline(text):
            stripped = dateline.strip()
            body = f"{stripped} {text}" if stripped[-1:] in "-–—" else f"{stripped} - {text}"
        analysis = Analysis(article=Article(id="geocode", text=body), doc=load_model()(body))
        self.find(analysis)
        found = [analysis.dateline.place] if analysis.dateline else []
        return found + [mention.place for mention in analysis.places]


NEIGHBOUR_WORDS = frozenset({"in", "near", "outside", "at", "on", "of"})


def possessor(span: Span, resolved: dict[int, PlaceMention]) -> Place | None:
    """The place that possesses the span in "Karachi's Saddar", if the span has one."""
    if span.start < 2 or span.doc[span.start - 1].tag_ != "POS":
        return None
    owner = next((m for m in resolved.values() if m.end == span.start - 1), None)
    return owner.place if owner is not None else None


def site_by_neighbour(span: Span, resolved: dict[int, PlaceMention]) -> Place | None:
    """A site we do not know, placed by the place it is said to be in: "Evin prison in
    Tehran", "Baghdad's Mansour neighbourhood" (the site lies within a few km of it)."""
    core = site_core(span.text)
    if core is None and span.text.casefold().endswith(" district"):
        core = (span.text[: -len(" district")], "district")  # "Karachi's Lyari district"
    if core is None:
        return None
    doc = span.doc
    neighbour = None
    if span.end + 1 < len(doc) and doc[span.end].lower_ in NEIGHBOUR_WORDS:
        after = span.end + 2 if doc[span.end + 1].lower_ == "the" else span.end + 1
        neighbour = resolved.get(after)
    place = neighbour.place if neighbour is not None else possessor(span, resolved)
    if place is None:
        return None
    return replace(place, name=span.text, feature=core[1], geonameid=None, text=span.text)


LOCATIVE_PREPOSITIONS = frozenset({"in", "inside", "across", "throughout", "within", "into"})


def _set_in(span: Span) -> bool:
    """A country named as where things are ("in Lebanon", "Lebanon's army"), not only as an
    actor ("the United States said", "U.S. officials", "talks with the United States")."""
    root = span.root
    if root.dep_ == "poss":
        return True
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS
