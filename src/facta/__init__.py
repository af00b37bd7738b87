"""facta: political event data from news, with modality, attribution, places and pledges.

The Python API: `code_text` codes one article; `resolve_actor` codes a short actor phrase.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from facta.models import Actor, Event
    from facta.pipeline import Pipeline

__all__ = ["__version__", "code_text", "resolve_actor", "default_pipeline"]


@lru_cache(maxsize=2)
def default_pipeline(model: str | None = None) -> Pipeline:
    """The pipeline the API functions share, loaded once per process."""
    from facta.pipeline import Pipeline, PipelineOptions

    return Pipeline(PipelineOptions(model=model))


def code_text(
    text: str,
    date: str | None = None,
    title: str | None = None,
    source: str | None = None,
    model: str | None = None,
) -> list[Event]:
    """Code one article's text; `date` (ISO 8601) is its publication date."""
    from facta.ingest.identity import make_article
    from facta.isolation import code_in_chunks

    article = make_article(text=text, title=title, published=date, source=source, origin="api")
    return code_in_chunks(default_pipeline(model), article).events


def resolve_actor(text: str, date: str | None = None, model: str | None = None) -> Actor | None:
    """The actor a short phrase names ("American warplanes" -> USAMIL), or None if unknown."""
    from dataclasses import replace

    from facta.models import actor_code

    pipeline = default_pipeline(model)
    actor = pipeline.actors.resolve_phrase(pipeline.nlp, text, date)
    if (
        actor is not None
        and actor.country is None
        and actor.sectors
        and actor.sectors[0]
        not in (
            "REB",
            "CRM",
        )
    ):
        place = place_as_actor(pipeline, text, date, whole=False)
        if place is not None:  # "Chicago police": the city's country
            actor = replace(
                actor,
                country=place.country,
                code=actor_code(place.country, actor.sectors),
                rule=f"{actor.rule}+{place.rule}",
            )
    return actor if actor is not None else place_as_actor(pipeline, text, date)


def place_as_actor(
    pipeline: Pipeline, text: str, date: str | None, whole: bool = True
) -> Actor | None:
    """A city or region standing for its people or authorities ("Kharkiv", "Xinjiang"):
    CAMEO codes it as its country (a capital is already its government)."""
    from facta.analysis_state import Analysis
    from facta.models import Actor, Article

    doc = pipeline.nlp(text)
    analysis = Analysis(article=Article(id="phrase", text=text, published=date), doc=doc)
    analysis = pipeline.places.find(pipeline.actors.resolve(analysis))
    root = next(iter(doc.sents)).root if len(doc) else None
    places = [
        p.place
        for p in analysis.places
        if root is not None and (not whole or p.start <= root.i < p.end)
    ]
    if not places and whole and text.strip()[:1].isupper():  # a name the tagger missed
        from facta.places.resolve import unambiguous

        places = [unambiguous(pipeline.places.gazetteer, text.strip())]
    place = places[0] if places else None
    if place is None or not place.country:
        return None
    return Actor(
        code=place.country,
        country=place.country,
        name=place.name,
        text=text,
        rule=f"places: {place.name} ({place.feature}) stands for its country",
    )
