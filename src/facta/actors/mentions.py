"""The article's actor mentions from its linked phrases: one per phrase, never overlapping,
coordinated countries ("US and Iraqi officials") split apart."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from facta.actors.entities import Linked
from facta.actors.phrases import Phrase
from facta.analysis_state import Mention
from facta.models import Actor, actor_code


def to_mentions(doc: Doc, items: list[Linked]) -> list[Mention]:
    """One Mention per linked phrase, never overlapping; coordinated countries split apart."""
    mentions: list[Mention] = []
    last_end = 0
    for item in items:
        phrase, entity = item.phrase, item.entity
        start = max(phrase.start, last_end)
        for clue in split_countries(phrase):
            if clue.start < start:
                continue
            actor = Actor(
                code=actor_code(clue.entry.country, entity.sectors),
                country=clue.entry.country,
                sectors=entity.sectors,
                name=None,
                text=doc[clue.start : clue.end].text,
                entity=None,
                group=entity.group,
                rule=clue.entry.rule,
            )
            mentions.append(Mention(clue.start, clue.end, actor, "nominal"))
            start = clue.end
        while start < phrase.end and doc[start].dep_ in {"cc", "punct"}:
            start += 1
        if start >= phrase.end:
            continue
        actor = entity.actor(doc[start : phrase.end].text)
        if actor is not None and item.role and item.role[0] not in actor.sectors:
            # "the provincial governor, Major General X": the governor is GOV, the general MIL
            actor = replace(actor, code=actor_code(actor.country, item.role), sectors=item.role)
        if actor is not None:
            mentions.append(Mention(start, phrase.end, actor, item.kind))
            last_end = phrase.end
    return mentions


def split_countries(phrase: Phrase) -> list:
    """'US and Iraqi officials': every country clue but the last names its own actor."""
    if phrase.kind != "nominal":
        return []
    clues = [
        m
        for m in sorted(phrase.clues, key=lambda m: m.start)
        if m.entry.kind in {"country", "demonym"} and m.entry.country
    ]
    countries = {m.entry.country for m in clues}
    return clues[:-1] if len(countries) > 1 else []
