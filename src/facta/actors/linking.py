"""Linking the actor phrases of one article into entities: people by surname and title,
definite nominals ("the cleric") to the entity they name again, the story's country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from facta.actors.describe import FOREIGN, Description, describe
from facta.actors.entities import Entity, Linked
from facta.actors.knowledge import Entry, Knowledge, Match
from facta.actors.people import PeopleRecall, is_accused
from facta.actors.phrases import NAME_KINDS, Phrase
from facta.actors.story_country import HOME_KINDS, StoryCountry
from facta.analysis_state import ActorFact

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SINGULAR = frozenset({"NN", "NNP"})
ROLE_WORDS = frozenset({"sector", "generic", "counterpart"})
GROUP_NOUNS = frozenset({"group", "movement", "faction", "organisation", "organization"})
GROUP_ROLES = frozenset({("OPP",), ("REB",), ("NGO",), ("LAB",)})
PARTY_ROLES = frozenset({("GOV",), ("OPP",), ("LEG",)})  # what "the party" may point back to
# bodies mostly named before "the company", "the newspaper", "the charity" points back to them
NAMED_BODY_SECTORS = frozenset({"BUS", "MED", "NGO", "EDU", "HLH"})
OFFICES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
SIDES = frozenset({"GOV", "OPP", "REB"})  # what a person's party or faction takes from them
POLICE_WORDS = frozenset({"officer", "deputy", "trooper"})  # read as police in a police story


class ArticleLinker(PeopleRecall, StoryCountry):
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
                entity = self.person_entity(phrase)
                entity.subject |= self.is_subject(phrase)
                entity.body_like |= self.body_like(phrase)
                entity.accused |= is_accused(self.doc[phrase.head])
                linked[phrase.head] = Linked(phrase, entity, "name")
        for phrase in phrases:
            if phrase.is_person:
                entity = linked[phrase.head].entity
                entity.fill(describe(self.doc, phrase, self.cache), self.text(phrase))
                for other in phrase.appositions:
                    if other.kind == "nominal" and self.doc[other.head].tag_ in SINGULAR:
                        found = describe(self.doc, other, self.cache)
                        if self.known_beyond(entity, found):
                            found = Description(found.country, (), found.group, found.rule)
                        entity.fill(found, self.text(other))
                        self.add_titles(entity, other)
                        role = () if found.generic_only else found.sectors
                        linked[other.head] = Linked(other, entity, "nominal", role)
                    elif other.kind == "demonym" and self.doc[other.head].tag_ != "NNPS":
                        # "Jane Roe, a Kenyan street vendor": her country, not her role
                        entity.fill(describe(self.doc, other, self.cache), self.text(other))
                        linked[other.head] = Linked(other, entity, "nominal")
                self.works_for(entity, phrase)
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
            elif entity.person and entity.country is None and entity.generic_sectors:
                owned = self.with_anaphor_owner(item.phrase, Description(), linked)
                if owned.country:  # "group leader X" leads the group: its country and role
                    entity.country, entity.sectors = owned.country, owned.sectors
                    entity.generic_sectors = False
                    entity.rule = f"{entity.rule}+{owned.rule}"
        for entity in self.entities:  # the knowledge base last: the article's evidence first
            if entity.person:
                self.recall_dated(entity)
                self.office_over_party(entity)
        self.officers_of_the_police(linked)
        return sorted(linked.values(), key=lambda item: item.phrase.start)

    def known_beyond(self, entity: Entity, found: Description) -> bool:
        """ "Jane Roe, a critic of the plan": a civilian's people noun says nothing of a
        person the knowledge base knows in a role that day (an opposition leader)."""
        if found.sectors != ("CVL",) or not self.date:
            return False
        belief = self.knowledge.person(entity.name or "", self.date)
        return belief is not None and belief.found == "name" and bool(belief.role.sectors)

    def is_subject(self, phrase: Phrase) -> bool:
        """Whether the name is the subject of a clause, as people who say or do something
        are: "Roe said", "said Roe", "Roe alleged"."""
        return self.doc[phrase.head].dep_ in {"nsubj", "nsubjpass"}

    def body_like(self, phrase: Phrase) -> bool:
        """A "person" whose name holds a role, place or body word: "Saudi Gazette", "Bacha Khan
        University", "Japan Display" (the parser's slips)."""
        start, end = phrase.name_span or (phrase.start, phrase.end)
        known = (self.knowledge.lower.get((t.lower_,)) for t in self.doc[start:end])
        return any(start <= m.start < end for m in phrase.clues) or any(
            entry is not None and entry.kind != "person" for entry in known
        )

    def works_for(self, entity: Entity, phrase: Phrase) -> None:
        """A person of a body takes the body's role over their own title: "chairman of the
        X Party" is the party's (OPP), "a lawyer with the advocacy group Y" the group's (NGO),
        "an analyst at the Z Institute" the institute's."""
        for body in phrase.employers:
            found = describe(self.doc, body, self.cache)
            if not found.sectors or found.generic_only:
                continue
            entity.sectors, entity.generic_sectors, entity.learned = found.sectors, False, True
            entity.country = entity.country or found.country
            entity.evidence = entity.evidence or self.text(body)
            entity.rule = f"{entity.rule}+of:{found.rule}" if entity.rule else found.rule
            return

    def with_employer(self, phrase: Phrase, found: Description) -> Description:
        """'researchers at the Center for Strategic and International Studies': the body's."""
        for body in phrase.employers:
            of = describe(self.doc, body, self.cache)
            if of.sectors and not of.generic_only:
                rule = "+".join(filter(None, (found.rule, f"of:{of.rule}")))
                return Description(found.country or of.country, of.sectors, found.group, rule)
        return found

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
        officers |= {  # "officer Jane Roe": a person the same word alone calls an officer
            entity.id
            for entity in self.entities
            if entity.person
            and entity.sectors == ("MIL",)
            and entity.generic_sectors
            and {lemma for lemma, _ in entity.titles} & POLICE_WORDS
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
        found = self.with_employer(phrase, found)
        place = self.fronted_place(phrase) if found.sectors and not found.country else None
        if place is not None and phrase.entry is None:
            found = Description(
                place.country, found.sectors, found.group, f"{found.rule}+in:{place.rule}"
            )
        if phrase.entry is not None:
            entry = phrase.entry
            if entry.kind in {"org", "group"}:
                key, name = body_key(entry, found), entry.name
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
        named_again = [m.entry.kind == "anaphor" and m.entry.group == "named" for m in phrase.clues]
        if named_again and all(named_again):
            return None  # "the center of Damascus": no body so named before, no actor
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
            # "group leader X": a title naming the group of the story, with no article
            titled = (
                phrase.is_person
                and match.entry.kind == "anaphor"
                and token.dep_ == "compound"
                and "group" in (match.entry.group or "group").split()
            )
            if not (match.entry.kind == "anaphor" or rebels) or token.dep_ != "poss":
                if not titled:
                    continue
            elif not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
                continue
            earlier = self.earlier(phrase, linked)
            owner = next((e for e in earlier if owns(match.entry, e, rebels)), None)
            if owner is None and match.entry.kind == "anaphor":
                # no named group before: a group the story described ("dissident groups")
                owner = next((e for e in earlier if described_group(match.entry, e)), None)
            if owner is None or owner.country is None:
                return found
            sectors = found.sectors
            if found.generic_only or not sectors:
                sectors = owner.sectors  # "the group's leader" leads the group: PSEREB
            return Description(
                owner.country,
                sectors,
                found.group or owner.group,
                "+".join(filter(None, (found.rule, f"of:{owner.name or owner.id}"))),
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
        """'the Maliki government', "Sadr's militiamen": the person's country; "Roe's party",
        "Roe's faction" (a body word that only points back) the person's side too."""
        for head in phrase.person_clues:
            if found.country is not None:
                break
            surname = self.doc[head].lower_
            person = self.by_key.get(("person", surname))
            country = person.country if person is not None else None
            sectors = person.sectors if person is not None else ()
            if country is None and surname in self.knowledge.people:
                country = self.knowledge.people[surname].country
                sectors = self.knowledge.people[surname].sectors
            if country is None and (belief := self.knowledge.person(surname, self.date)):
                country, sectors = belief.role.country, belief.role.sectors
            side = bool(sectors) and set(sectors) <= SIDES and not found.sectors
            owner = self.doc[head].dep_ == "poss"  # "Roe's party", not "anti-Roe groups"
            if side and owner and self.owned_body(phrase):
                found = Description(found.country, sectors, found.group, found.rule)
            if country:
                found = Description(country, found.sectors, found.group, f"{found.rule}+{surname}")
        return found

    def owned_body(self, phrase: Phrase) -> bool:
        """Whether the phrase is a party, faction or movement named only by its word."""
        return bool(phrase.clues) and all(
            m.entry.kind == "anaphor" and {"group", "party"} & set(m.entry.group.split())
            for m in phrase.clues
            if m.entry.kind != "person"
        )

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
            return (
                self.appositive_name(phrase)
                or next((entity for entity in earlier if points_to(anaphor, entity)), None)
                or next((entity for entity in earlier if described_group(anaphor, entity)), None)
            )
        if not found.sectors or found.country:
            return None
        personal = any(m.entry.names_person for m in phrase.clues)
        plural = self.number(phrase) == "plural"
        if found.sectors[:1] == ("REB",) and not named and (plural or not personal):
            # "the rebels", "the rebel group": the armed group named before
            return next((e for e in earlier if e.named_group and e.sectors[:1] == ("REB",)), None)
        if not personal and not plural and found.sectors[0] in NAMED_BODY_SECTORS:
            # "the company", "the tech giant", "the newspaper": the body of that kind named
            # before ("Apple … the company said")
            return next(
                (e for e in earlier if e.named_org and e.sectors[:1] == found.sectors[:1]), None
            )
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
                found = describe(self.doc, other, self.cache)
                entity = self.keyed(body_key(entry, found), entry.name, found)
                entity.named_group = entity.named_group or entry.kind == "group"
                entity.named_org = entity.named_org or entry.kind == "org"
                return entity
        return None

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


def body_key(entry: Entry, found: Description) -> tuple[str, ...]:
    """A named body's entity key; another state's body of the same name ("Canada's
    Department of Justice" in a story of the US one) is another entity."""
    if found.country is None or found.country == entry.country:
        return ("named", entry.name)
    return ("named", entry.name, found.country)


def owns(clue: Entry, entity: Entity, rebels: bool) -> bool:
    """Whether the entity is what a possessive clue stands for: "the group's" (an anaphor),
    "the rebels'" (the armed group named before)."""
    if rebels:
        return entity.named_group and entity.sectors[:1] == ("REB",)
    return points_to(clue, entity)


def described_group(anaphor: Entry, entity: Entity) -> bool:
    """Whether an unnamed group the story described ("one of Cuba's dissident groups", "an
    opposition umbrella group") is what "the group" or "group leader" points back to."""
    if entity.person or entity.named_org or "group" not in (anaphor.group or "group").split():
        return False
    called = {lemma for lemma, _ in entity.titles}
    return entity.sectors[:1] in GROUP_ROLES and bool(called & GROUP_NOUNS)


def points_to(anaphor: Entry, entity: Entity) -> bool:
    """Whether an anaphor ("the group", "the bloc", "the alliance") may stand for the entity:
    its last column lists 'group', 'org', 'IGO' or organisation codes."""
    targets = set((anaphor.group or "group").split())
    if "person" in targets:  # "the billionaire": someone named before who holds no office
        return entity.person and not set(entity.sectors[:1]) & OFFICES
    if entity.named_group:
        return "group" in targets or ("party" in targets and entity.sectors[:1] in PARTY_ROLES)
    country = entity.country or ""
    if country in targets:
        return True  # "NATO leaders met … warned the alliance"
    return entity.named_org and ("org" in targets or ("IGO" in targets and country[:3] == "IGO"))
