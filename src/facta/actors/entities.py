"""The entities an article's actor phrases are linked to (a person, a body, a role), and
the link of one phrase to its entity."""

from __future__ import annotations

from dataclasses import dataclass, field

from facta.actors.describe import Description
from facta.actors.phrases import Phrase
from facta.models import Actor, actor_code

STATE = frozenset({"GOV", "MIL", "COP"})
NON_STATE = frozenset({"REB", "OPP"})  # membership that outranks a title: rebel "General"


@dataclass
class Entity:
    """One actor of the article (a person, a body, a role) and what the text says of it."""

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
    recalled: bool = False  # a person memory or the knowledge files know
    private: bool = False  # a person nothing describes, presumed a civilian
    subject: bool = False  # the subject of a clause once ("Roe said", "Roe alleged")
    body_like: bool = False  # a "name" holding a role or place word ("Saudi Gazette")
    accused: bool = False  # arrested, charged, accused, convicted: a suspect

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
            presumed=self.private,
        )


@dataclass
class Linked:
    """An actor phrase and the entity it names; `kind` says how ("name", "nominal")."""

    phrase: Phrase
    entity: Entity
    kind: str
    role: tuple[str, ...] = ()  # the sectors a description of the entity states itself
