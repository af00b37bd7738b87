"""The actors stage: every actor mention of an article resolved to a CAMEO-style Actor and
linked to the entity it names; roles the article states are learned for later articles.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from facta.actors.clients import for_clients
from facta.actors.compass import compass_countries
from facta.actors.knowledge import Knowledge
from facta.actors.linking import ArticleLinker
from facta.actors.mentions import to_mentions
from facta.actors.names import capitalised
from facta.actors.phrases import find_phrases
from facta.actors.pronouns import link_pronouns, link_whose, with_possessors
from facta.actors.quotes import link_quoted
from facta.actors.ruling import seat_ruling_parties
from facta.analysis_state import ActorFact, Analysis
from facta.models import Actor, Article

__all__ = ["ActorResolver"]


class ActorResolver:
    """Loads the shipped knowledge files plus the user's, once; then resolves article by article.

    `memory` maps a canonical name to what earlier articles taught about it (facts sorted by
    date); it is read, never written: the caller stores `analysis.learned`.
    """

    def __init__(
        self,
        extra_files: tuple[str, ...] = (),
        memory: dict[str, list[ActorFact]] | None = None,
        context_country: bool = True,
    ):
        self.knowledge = Knowledge(tuple(extra_files))
        self.memory = memory if memory is not None else {}
        self.context_country = context_country
        self._surnames: dict[str, str] = {}
        self._remembered: frozenset[str] = frozenset()
        self._indexed = -1
        self.counterparts = frozenset(
            key[-1] for key, entry in self.knowledge.lower.items() if entry.kind == "counterpart"
        )  # head words

    def resolve(self, analysis: Analysis) -> Analysis:
        doc = analysis.doc
        article = analysis.article
        surnames = self.memory_surnames()
        linker = ArticleLinker(doc, self.knowledge, self.memory, article.published, surnames)
        phrases = find_phrases(doc, self.knowledge, self._remembered)
        linked = linker.link(phrases)
        analysis.learned.extend(linker.learned(article.id))  # before any guess from context
        home = linker.apply_context(phrases) if self.context_country else None
        linker.apply_ethnic_homes()
        linker.private_persons(home)
        seat_ruling_parties(doc, linked)
        mentions = to_mentions(doc, linked)
        mentions += compass_countries(doc, mentions)
        person_ids = {entity.id for entity in linker.entities if entity.person or entity.personal}
        mentions += link_whose(doc, mentions)
        mentions += link_pronouns(doc, mentions, person_ids)
        mentions += link_quoted(doc, mentions, person_ids)
        mentions = with_possessors(doc, mentions, self.counterparts)
        mentions = for_clients(doc, mentions)
        analysis.set_mentions(mentions)
        return analysis

    def memory_surnames(self) -> dict[str, str]:
        """Surname -> memory key, rebuilt only when the memory has grown."""
        if len(self.memory) != self._indexed:
            self._surnames = {key.split()[-1].lower(): key for key in self.memory if key}
            self._remembered = frozenset(self._surnames)
            self._indexed = len(self.memory)
        return self._surnames

    def resolve_phrase(self, nlp: Language, text: str, date: str | None = None) -> Actor | None:
        """The actor a short phrase names ("Iraqi officials" -> IRQGOV), or None if unknown."""
        doc = nlp(text)
        analysis = self.resolve(
            Analysis(article=Article(id="phrase", text=text, published=date), doc=doc)
        )
        if not analysis.mentions:
            return self.known_name(text, date)
        root = next(iter(doc.sents)).root.i if len(doc) else 0
        chosen = analysis.mention_at(root) or max(
            analysis.mentions, key=lambda m: (len(m.actor.sectors) > 0, m.end - m.start)
        )
        # A phrase stands alone: it is no entity of an article.
        actor = replace(chosen.actor, text=text, entity=None)
        if actor.country is None:
            country = next((m.actor.country for m in analysis.mentions if m.actor.country), None)
            if country is not None:
                return replace(actor, code=country + "".join(actor.sectors), country=country)
        return actor

    def known_name(self, text: str, date: str | None) -> Actor | None:
        """A name the parser took for no one ("Sanders" alone, a town's name too): the person
        the knowledge base knows by it that day, before any gazetteer entry."""
        words = text.split()
        if not 1 <= len(words) <= 4 or not all(capitalised(word) for word in words):
            return None
        belief = self.knowledge.person(text, date)
        if belief is None or belief.found not in {"name", "surname"}:
            return None
        role = belief.role
        if not role.sectors:
            return None  # a bare country says no more than the place would
        return Actor(
            code=role.code,
            country=role.country,
            sectors=role.sectors,
            name=role.name,
            text=text,
            rule=belief.rule,
        )
