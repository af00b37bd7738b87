"""Linking the actor phrases of one article into entities: people by surname and title,
definite nominals ("the cleric") to the entity they name again, the story's country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from facta.actors.describe import FOREIGN, Description, describe
from facta.actors.knowledge import Entry, Knowledge, Match
from facta.actors.people import PeopleRecall
from facta.actors.phrases import NAME_KINDS, Phrase
from facta.analysis_state import ActorFact, Mention
from facta.models import Actor, actor_code

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SINGULAR = frozenset({"NN", "NNP"})
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
        "team",
    }
)
STATE = frozenset({"GOV", "MIL", "COP"})
ROLE_WORDS = frozenset({"sector", "generic", "counterpart"})
NON_STATE = frozenset({"REB", "OPP"})  # membership that outranks a title: rebel "General"
POLICE_WORDS = frozenset({"officer", "deputy", "trooper"})  # read as police in a police story
HOME_KINDS = frozenset({"country", "demonym", "capital", "group"})
HOME_MINIMUM = 2  # mentions a country needs to count as where the story is set
LOCATIVES = frozenset({"in", "inside", "across", "throughout", "within"})
LOCATIVE_WEIGHT = 2  # "in Iraq" says where the story happens more than "Iraq said"


@dataclass
class Entity:
    id: str
    name: str | None
    person: bool = False
    country: str | None = None
    sectors: tuple[str, ...] = ()
    group: str | None = None
    rule: str | None = None
    evidence: str | None = None  # words of the article that set the role
    titles: set[tuple[str, str]] = field(default_factory=set)  # (president, singular)
    learned: bool = False
    generic_sectors: bool = False
    named_group: bool = False  # an armed group, party or movement from the knowledge files
    named_org: bool = False  # an organisation from the knowledge files
    needs_country: bool = False  # "the company": unknown unless the story's country tells
    definite: bool = False  # introduced as "the …"
    personal: bool = False  # one person named by a role: "an army officer", "the governor"
    foreign: bool = False  # "foreign journalists": never the story's country

    def fill(self, found: Description, evidence: str) -> None:
        if self.country is None and found.country:
            self.country, self.learned = found.country, True
            self.evidence = self.evidence or evidence
            self.rule = self.rule or found.rule
        if (
            found.sectors[:1]
            and found.sectors[0] in NON_STATE
            and self.sectors[:1]
            and self.sectors[0] in STATE
            and found.sectors[0] not in self.sectors
        ):
            # "General X, the rebel group's commander": a rebel general, not the army's
            armed = {"MIL", "COP"} if found.sectors[0] == "REB" else set()
            self.sectors = (found.sectors[0], *(s for s in self.sectors if s not in armed))
            self.evidence, self.learned = self.evidence or evidence, True
        weaker = not self.sectors or (self.generic_sectors and not found.generic_only)
        if weaker and found.sectors:
            self.sectors, self.learned = found.sectors, True
            self.generic_sectors = found.generic_only
            self.evidence = self.evidence or evidence
            self.rule = self.rule or found.rule
        self.group = self.group or found.group

    def actor(self, text: str) -> Actor | None:
        if not (self.country or self.sectors) or (self.needs_country and not self.country):
            return None
        return Actor(
            code=actor_code(self.country, self.sectors),
            country=self.country,
            sectors=self.sectors,
            name=self.name,
            text=text,
            entity=self.id,
            group=self.group,
            rule=self.rule,
        )


@dataclass
class Linked:
    phrase: Phrase
    entity: Entity
    kind: str
    role: tuple[str, ...] = ()  # the sectors a description of the entity states itself


class ArticleLinker(PeopleRecall):
    """Per-article state: entities, and which phrase belongs to which."""

    def __init__(
        self,
        doc: Doc,
        knowledge: Knowledge,
        memory: dict[str, list[ActorFact]],
        date: str | None,
        surnames: dict[str, str] | None = None,
    ):
        self.doc = doc
        self.knowledge = knowledge
        self.memory = memory
        self.surnames = surnames or {}  # lower-cased surname -> memory key
        self.date = date
        self.entities: list[Entity] = []
        self.by_key: dict[object, Entity] = {}
        self.cache: dict[int, Description] = {}
        self.countries: set[str] = set()  # countries the article names (set by link)

    def new_entity(self, name: str | None, person: bool = False) -> Entity:
        entity = Entity(id=f"e{len(self.entities) + 1}", name=name, person=person)
        self.entities.append(entity)
        return entity

    def text(self, phrase: Phrase) -> str:
        return self.doc[phrase.start : phrase.end].text

    def head_lemma(self, phrase: Phrase) -> str:
        return self.doc[phrase.head].lemma_.lower()

    def link(self, phrases: list[Phrase]) -> list[Linked]:
        linked: dict[int, Linked] = {}
        for phrase in phrases:  # bodies as they were on the article's day ("Likud" in 2021)
            if phrase.entry is not None and phrase.entry.rows:
                phrase.entry = self.knowledge.dated(phrase.entry, self.date)
            phrase.clues = [
                Match(m.start, m.end, self.knowledge.dated(m.entry, self.date))
                if m.entry.rows
                else m
                for m in phrase.clues
            ]
        self.countries = {
            entry.country
            for phrase in phrases
            for entry in [phrase.entry, *(m.entry for m in phrase.clues)]
            if entry is not None and entry.kind in HOME_KINDS and entry.country
        }
        for phrase in phrases:  # people first, so "the cleric" can find the cleric named later
            if phrase.is_person:
                linked[phrase.head] = Linked(phrase, self.person_entity(phrase), "name")
        for phrase in phrases:
            if phrase.is_person:
                entity = linked[phrase.head].entity
                entity.fill(describe(self.doc, phrase, self.cache), self.text(phrase))
                for other in phrase.appositions:
                    if other.kind == "nominal" and self.doc[other.head].tag_ in SINGULAR:
                        found = describe(self.doc, other, self.cache)
                        entity.fill(found, self.text(other))
                        self.add_titles(entity, other)
                        role = () if found.generic_only else found.sectors
                        linked[other.head] = Linked(other, entity, "nominal", role)
                entity.titles.update(
                    (self.doc[m.end - 1].lemma_.lower(), "singular")
                    for m in phrase.clues
                    if m.entry.kind in ROLE_WORDS
                )
        for entity in self.entities:
            if entity.person:
                self.recall(entity)
        for phrase in phrases:  # "In Kinshasa, Foreign Minister X said": after the people file
            entity = linked[phrase.head].entity if phrase.is_person else None
            place = self.fronted_place(phrase) if entity is not None else None
            if entity is not None and place is not None and entity.sectors and not entity.country:
                entity.country = place.country
                entity.rule = f"{entity.rule}+in:{place.rule}"
        for phrase in phrases:
            if phrase.head in linked:
                continue
            found = self.non_person(phrase, linked)
            if found is not None:
                linked[phrase.head] = found
        for item in list(linked.values()):  # "the rebel group's commander, General X"
            entity = item.entity
            if entity.person and entity.country is None and item.phrase.kind == "nominal":
                owned = self.with_anaphor_owner(item.phrase, Description(), linked)
                if owned.country:
                    entity.country, entity.rule = owned.country, f"{entity.rule}+{owned.rule}"
        for entity in self.entities:  # the knowledge base last: the article's evidence first
            if entity.person:
                self.recall_dated(entity)
        self.officers_of_the_police(linked)
        return sorted(linked.values(), key=lambda item: item.phrase.start)

    def officers_of_the_police(self, linked: dict[int, Linked]) -> None:
        """ "Officers" in a story whose armed men are the police, not the army, are police:
        "Police said ... Other officers shot Brown" (the generic word reads MIL alone)."""
        officers = {
            item.entity.id
            for item in linked.values()
            if item.entity.sectors == ("MIL",)
            and not any(m.entry.kind == "sector" for m in item.phrase.clues)
            and self.doc[item.phrase.head].lemma_.lower() in POLICE_WORDS
        }
        armed = {e.sectors[:1] for e in self.entities if e.id not in officers}
        if not officers or ("COP",) not in armed or ("MIL",) in armed:
            return
        for entity in self.entities:
            if entity.id in officers:
                entity.sectors = ("COP",)
                entity.rule = f"{entity.rule}+police story"

    def non_person(self, phrase: Phrase, linked: dict[int, Linked]) -> Linked | None:
        found = self.with_person_country(phrase, describe(self.doc, phrase, self.cache))
        found = self.with_conjunct_country(phrase, found, linked)
        found = self.with_anaphor_owner(phrase, found, linked)
        place = self.fronted_place(phrase) if found.sectors and not found.country else None
        if place is not None and phrase.entry is None:
            found = Description(
                place.country, found.sectors, found.group, f"{found.rule}+in:{place.rule}"
            )
        if phrase.entry is not None:
            entry = phrase.entry
            if entry.kind in {"org", "group"}:
                key, name = ("named", entry.name), entry.name
            else:
                key = (entry.kind == "capital", entry.country)
                name = self.knowledge.country_names.get(entry.country or "", entry.name)
            entity = self.keyed(key, name, found)
            entity.named_group = entity.named_group or entry.kind == "group"
            entity.named_org = entity.named_org or entry.kind == "org"
            self.add_titles(entity, phrase)
            return Linked(phrase, entity, phrase.kind)
        named_group = any(m.entry.kind == "group" for m in phrase.clues)  # "M23 rebels"
        entity = self.antecedent(phrase, found, linked)
        if entity is not None:
            return Linked(phrase, entity, "nominal")
        definite = self.is_definite(phrase)
        singular = self.doc[phrase.head].tag_ in SINGULAR
        # "the prisoners": a role with no sector names an actor once a country is known
        sectorless = not found.known and any(
            m.entry.kind == "sector" and not m.entry.sectors for m in phrase.clues
        )
        if not (found.known or sectorless) or self.other_side_unnamed(phrase, found):
            return None
        if not singular:
            entity = self.keyed(
                ("plural", found.country, found.sectors, self.head_lemma(phrase)), None, found
            )
        else:
            entity = self.new_entity(None)
            entity.fill(found, self.text(phrase))
        entity.definite = entity.definite or definite
        entity.foreign = entity.foreign or any(
            child.dep_ == "amod" and child.lower_ in FOREIGN
            for child in self.doc[phrase.head].children
        )
        entity.named_group = entity.named_group or named_group
        entity.personal = entity.personal or (
            singular and any(m.entry.names_person for m in phrase.clues)
        )
        # "the company", "the prisoners": whose is not known unless the story's country tells
        entity.needs_country = (
            entity.needs_country
            or sectorless
            or (definite and singular and found.country is None and found.sectors[:1] == ("BUS",))
        )
        self.add_titles(entity, phrase)
        return Linked(phrase, entity, "nominal")

    def other_side_unnamed(self, phrase: Phrase, found: Description) -> bool:
        """'his counterpart', 'the other side': no actor unless a country or group is named."""
        kinds = {m.entry.kind for m in phrase.clues}
        return found.country is None and "counterpart" in kinds and not kinds & {"sector", "group"}

    def with_conjunct_country(
        self, phrase: Phrase, found: Description, linked: dict[int, Linked]
    ) -> Description:
        """'Venezuela's government and opposition', 'Iraqi troops and police': a bare role
        coordinated with a role of a country shares that country."""
        head = self.doc[phrase.head]
        if found.country is not None or phrase.kind != "nominal" or head.dep_ != "conj":
            return found
        if any(child.dep_ in {"det", "poss", "amod", "compound"} for child in head.lefts):
            return found
        other = linked.get(head.head.i)
        if other is None or other.phrase.kind != "nominal" or other.entity.country is None:
            return found
        return Description(
            other.entity.country,
            found.sectors,
            found.group,
            f"{found.rule}+conj:{other.entity.country}",
            found.generic_only,
        )

    def with_anaphor_owner(
        self, phrase: Phrase, found: Description, linked: dict[int, Linked]
    ) -> Description:
        """A possessive anaphor stands for what it names again: "the group's fighters", "the
        alliance's secretary-general", "the rebels' leader" take its country (and, for weak
        role words, its sectors)."""
        named = phrase.entry is not None or any(m.entry.kind in NAME_KINDS for m in phrase.clues)
        if found.country is not None or named:
            return found  # "the Islamic State group's branch" is Islamic State's
        for match in phrase.clues:
            token = self.doc[match.end - 1]
            rebels = match.entry.kind == "sector" and match.entry.sectors[:1] == ("REB",)
            if not (match.entry.kind == "anaphor" or rebels) or token.dep_ != "poss":
                continue
            if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
                continue
            owner = next(
                (e for e in self.earlier(phrase, linked) if owns(match.entry, e, rebels)), None
            )
            if owner is None or owner.country is None:
                return found
            sectors = found.sectors
            if found.generic_only or not sectors:
                sectors = owner.sectors  # "the group's leader" leads the group: PSEREB
            return Description(
                owner.country,
                sectors,
                found.group or owner.group,
                f"{found.rule}+of:{owner.name}",
            )
        return found

    def fronted_place(self, phrase: Phrase) -> Entry | None:
        """The country or capital of a sentence opening "In Kinshasa, …" whose subject is the
        phrase: wire copy's way of saying whose official speaks."""
        head = self.doc[phrase.head]
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        if any(c.dep_ == "amod" and c.lower_ in FOREIGN for c in head.children):
            return None
        for child in head.head.children:
            if child.dep_ != "prep" or child.lower_ != "in" or child.i != child.sent.start:
                continue
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
            end = place.right_edge.i + 1 if place is not None else 0
            if place is None or end >= len(self.doc) or self.doc[end].text != ",":
                return None
            words = tuple(t.lower_ for t in self.doc[place.left_edge.i : end])
            entry = self.knowledge.lower.get(words)
            if entry is not None and entry.kind in {"capital", "country"} and entry.country:
                return entry
        return None

    def earlier(self, phrase: Phrase, linked: dict[int, Linked]) -> list[Entity]:
        """Entities linked before the phrase, nearest first."""
        return [
            item.entity
            for item in sorted(linked.values(), key=lambda i: -i.phrase.start)
            if item.phrase.start < phrase.start
        ]

    def with_person_country(self, phrase: Phrase, found: Description) -> Description:
        """'the Maliki government', "Sadr's militiamen": the person's country."""
        for head in phrase.person_clues:
            if found.country is not None:
                break
            surname = self.doc[head].lower_
            person = self.by_key.get(("person", surname))
            country = person.country if person is not None else None
            if country is None and surname in self.knowledge.people:
                country = self.knowledge.people[surname].country
            if country is None and (belief := self.knowledge.person(surname, self.date)):
                country = belief.role.country
            if country:
                found = Description(country, found.sectors, found.group, f"{found.rule}+{surname}")
        return found

    def add_titles(self, entity: Entity, phrase: Phrase) -> None:
        """Remember what the entity was called, singular or plural: "the official" refers
        back to an official, not to "officials"."""
        number = self.number(phrase)
        entity.titles.add((self.head_lemma(phrase), number))
        entity.titles.update(
            (self.doc[m.end - 1].lemma_.lower(), number)
            for m in phrase.clues
            if m.entry.kind in ROLE_WORDS
        )

    def number(self, phrase: Phrase) -> str:
        return "plural" if self.doc[phrase.head].tag_ in {"NNS", "NNPS"} else "singular"

    def keyed(self, key: object, name: str | None, found: Description) -> Entity:
        entity = self.by_key.get(key)
        if entity is None:
            entity = self.new_entity(name)
            entity.country, entity.sectors, entity.group = found.country, found.sectors, found.group
            entity.rule = found.rule
            self.by_key[key] = entity
        return entity

    def is_definite(self, phrase: Phrase) -> bool:
        head = self.doc[phrase.head]
        determiners = [c.lower_ for c in head.lefts if c.dep_ == "det"]
        return bool(determiners) and determiners[0] in DEFINITE

    def antecedent(
        self, phrase: Phrase, found: Description, linked: dict[int, Linked]
    ) -> Entity | None:
        """'the cleric', 'the Iraqi president', 'the rebels', 'the group': met before."""
        if not self.is_definite(phrase):
            return None
        lemma = self.head_lemma(phrase)
        earlier = self.earlier(phrase, linked)
        title = (lemma, self.number(phrase))
        for entity in earlier:  # called the same before: "the ambassador", "the rebels"
            if title in entity.titles and found.country in (None, entity.country):
                return entity
        named = any(m.entry.kind in NAME_KINDS for m in phrase.clues)
        anaphor = next((m.entry for m in phrase.clues if m.entry.kind == "anaphor"), None)
        if anaphor is not None and not named:
            return self.appositive_name(phrase) or next(
                (entity for entity in earlier if points_to(anaphor, entity)), None
            )
        if not found.sectors or found.country:
            return None
        personal = any(m.entry.names_person for m in phrase.clues)
        plural = self.number(phrase) == "plural"
        if found.sectors[:1] == ("REB",) and not named and (plural or not personal):
            # "the rebels", "the rebel group": the armed group named before
            return next((e for e in earlier if e.named_group and e.sectors[:1] == ("REB",)), None)
        if not personal:
            return None
        for entity in earlier:  # same role: "the cleric" -> the cleric named before
            if entity.person and entity.sectors[:1] == found.sectors[:1]:
                return entity
        return None

    def appositive_name(self, phrase: Phrase) -> Entity | None:
        """'the anti-Iranian group Mujahideen-e Khalq': the group named right there."""
        for other in phrase.appositions:
            entry = other.entry
            if entry is not None and entry.kind in {"org", "group"}:
                entity = self.keyed(
                    ("named", entry.name), entry.name, describe(self.doc, other, self.cache)
                )
                entity.named_group = entity.named_group or entry.kind == "group"
                entity.named_org = entity.named_org or entry.kind == "org"
                return entity
        return None

    def home_country(self, phrases: list[Phrase]) -> str | None:
        """Where the story is set: the country most often named, as a place ("in Iraq")
        counting thrice, if one leads.
        (A dateline names a place, often a capital abroad: "NAIROBI —" for talks on Congo.)"""
        counts: Counter[str] = Counter()
        for phrase in phrases:
            entries = [phrase.entry] if phrase.entry else []
            entries += [m.entry for m in phrase.clues]
            head = self.doc[phrase.head]
            where = head.dep_ == "pobj" and head.head.lower_ in LOCATIVES  # "fighting in Iraq"
            for entry in entries:
                if entry.kind in HOME_KINDS and entry.country and len(entry.country) == 3:
                    counts[entry.country] += 1 + LOCATIVE_WEIGHT * where
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < HOME_MINIMUM:
            return None
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None  # a tie: no country dominates
        return ranked[0][0]

    def apply_context(self, phrases: list[Phrase]) -> None:
        """Domestic roles with no country ("the army", "police", "residents") belong to the
        country the story is set in; unattributed attackers ("gunmen") stay unknown."""
        home = self.home_country(phrases)
        if home is None:
            return
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

    def learned(self, article_id: str) -> list[ActorFact]:
        return [
            ActorFact(
                name=entity.name or "",
                country=entity.country,
                sectors=entity.sectors,
                article_id=article_id,
                date=self.date,
                evidence=entity.evidence or "",
            )
            for entity in self.entities
            if entity.person
            and entity.learned
            and entity.name
            and entity.evidence
            and len(entity.name.split()) > 1
        ]


def owns(clue: Entry, entity: Entity, rebels: bool) -> bool:
    """Whether the entity is what a possessive clue stands for: "the group's" (an anaphor),
    "the rebels'" (the armed group named before)."""
    if rebels:
        return entity.named_group and entity.sectors[:1] == ("REB",)
    return points_to(clue, entity)


def points_to(anaphor: Entry, entity: Entity) -> bool:
    """Whether an anaphor ("the group", "the bloc", "the alliance") may stand for the entity:
    its last column lists 'group', 'org', 'IGO' or organisation codes."""
    targets = set((anaphor.group or "group").split())
    if entity.named_group:
        return "group" in targets
    country = entity.country or ""
    if country in targets:
        return True  # "NATO leaders met … warned the alliance"
    return entity.named_org and ("org" in targets or ("IGO" in targets and country[:3] == "IGO"))


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
