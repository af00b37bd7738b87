"""Talks and their sponsors. A consultation told with a sponsor ("met under EU auspices",
"U.N.-sponsored talks between A and B") is also a mediation (045) by the sponsor with each
side (`mediations`, for the sentence coder). Talks told as happening with no sides of their
own ("the U.N.-brokered talks, which close on Thursday") are held between whom the story
puts in those talks (`story_talks`, for the discourse pass, on the whole article).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.codebook import event_fields
from facta.events import clauses
from facta.events.qualify import assess_modality, find_attribution, resolve_date
from facta.events.qualify.anchored_dates import anchored_date
from facta.events.qualify.cues import _cues
from facta.events.qualify.dates import textual_date
from facta.events.tellings import Told
from facta.events.told_nouns import evidence_at
from facta.events.vocabulary import WORDS
from facta.models import Actor, Event, event_id
from facta.token_view import Tokens

TALKS_NOUNS = WORDS["talks_noun"]
SPONSORING = WORDS["sponsoring_participle"]
JOINING = WORDS["joining_verb"]
TAKING_PART = WORDS["taking_part_verb"]
UNSURE_DETERMINERS = frozenset({"a", "an", "any", "no", "new", "further", "more"})
SPONSORSHIP = WORDS["sponsorship_noun"]
NAMING_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})
MEDIATION = "045"
CONSULT_ROOT = "04"
RULE = "events: the sides the story puts in the {noun}"
SPONSOR_RULE = "events: the sponsor mediates with each side"


def story_talks(told: list[Told], analysis: Analysis) -> list[Told]:
    """Events for each telling of talks under way at a time of its own that names no sides,
    between the sides the article puts in talks of that word, and from the sponsor it names."""
    view = Tokens.of(analysis.doc)
    nouns = [
        analysis.doc[i]
        for i, pos in enumerate(view.pos)
        if pos == "NOUN" and view.lemma[i].lower() in TALKS_NOUNS
    ]
    coded = {item.token.i for item in told if item.token is not None}
    added: list[Told] = []
    for noun in nouns:
        happening = under_way(noun)
        if noun.i in coded or happening is None or clauses.between(noun, analysis):
            continue
        if (anchored_date(happening, analysis) or textual_date(happening, analysis)) is None:
            continue  # with no day of its own, it is a telling of talks told before
        kin = [n for n in nouns if same_talks(n, noun)]
        mediator = next((m for n in kin if (m := sponsor(n, analysis)) is not None), None)
        sides = parties(kin, analysis) + told_sides(told, {n.i for n in kin})
        mediating = mediator.code if mediator is not None else None
        sides = list({side.code: side for side in sides if side.code != mediating}.values())
        pairs = [(a, b) for a in sides for b in sides if a.code != b.code]
        pairs += [(mediator, side) for side in sides if mediator is not None]
        added += [
            Told(talks_event(source, target, noun, happening, analysis, mediator), noun, False)
            for source, target in pairs
        ]
    return sorted(told + added, key=lambda item: item.event.sentence) if added else told


def same_talks(one: Token, other: Token) -> bool:
    """Two tellings that may name the same talks: one word, and no kinds that differ ("the
    peace talks" and "the talks" may; "trade talks" and "peace talks" may not)."""
    return one.lemma_.lower() == other.lemma_.lower() and same_kind(one, other)


def same_kind(one: Token, other: Token) -> bool:
    """Whether two talks nouns name no kinds that differ: "the peace talks" and "the
    negotiations" may be one round; "trade talks" and "peace negotiations" are not."""
    kinds = [
        {c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
        for noun in (one, other)
    ]
    return not kinds[0] or not kinds[1] or kinds[0] == kinds[1]


def under_way(noun: Token) -> Token | None:
    """The verb that tells talks as happening at a time ("peace talks resumed in Oslo", "the
    talks, which resume on Wednesday"), unless denied or only supposed; None for talks only
    spoken of ("no talks are planned", "a new round of talks")."""
    if any(c.dep_ == "det" and c.lower_ in UNSURE_DETERMINERS for c in noun.children):
        return None
    time_verbs = _cues("dates.yaml", "event_time_verbs")
    verbs = [  # "talks to close the deal" name their aim, not their happening
        c
        for c in noun.children
        if c.dep_ in {"relcl", "acl"}
        and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(noun.head)
    for verb in verbs:
        modality = assess_modality(verb)
        if verb.lemma_.lower() in time_verbs and not (modality.negated or modality.hypothetical):
            return verb
    return None


def sponsor(token: Token, analysis: Analysis) -> Actor | None:
    """Who sponsors the talks or meeting `token` tells: "U.N.-sponsored talks", "met under EU
    auspices", "under the auspices of the United Nations"."""
    for word in token.children:
        named: list[Token] = []
        if word.dep_ == "amod" and word.lemma_.lower() in SPONSORING:
            named = [c for c in word.children if c.dep_ in NAMING_DEPS]
        elif word.dep_ == "prep" and word.lower_ == "under":
            held = [o for o in word.children if o.dep_ == "pobj" and o.lower_ in SPONSORSHIP]
            named = [c for o in held for c in o.children if c.dep_ in NAMING_DEPS | {"poss"}]
            named += [n for o in held for n in clauses.prep_objects(o, ("of",))]
        for head in named:
            found = clauses.arguments(head, analysis)
            if found:
                return found[0].mention.actor
    return None


def mediations(found: list[Event], token: Token, analysis: Analysis) -> list[Event]:
    """The sponsor of a consultation (sponsor) mediates (045) with each of its sides."""
    mediator = sponsor(token, analysis)
    if mediator is None:
        return []
    sides: dict[str, tuple[Actor, Event]] = {}
    for event in found:
        for actor in (event.source, event.target):
            if actor is not None and actor.country != mediator.country:
                sides.setdefault(actor.code, (actor, event))
    return [
        replace(
            event,
            event_id=event_id(
                analysis.article.id,
                event.sentence,
                (token.idx, token.idx + len(token)),
                MEDIATION,
                mediator,
                side,
            ),
            **event_fields(MEDIATION),
            source=mediator,
            target=side,
            rule=f"{event.rule} + {SPONSOR_RULE}",
        )
        for side, event in sides.values()
    ]


def parties(nouns: list[Token], analysis: Analysis) -> list[Actor]:
    """Whom the story puts in the talks: the sides between which they are held, whom someone
    joins in them ("join the government's envoys in the talks"), and who attends or takes
    part in them, told as done ("the rebel delegation arrived at the talks")."""
    heads: list[Token] = []
    for noun in nouns:
        heads += [a.head for a in clauses.between(noun, analysis)]
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.dep_ == "dobj" and noun.dep_ == "pobj":  # "join the envoys in the talks"
            verb = verb.head
        if noun.dep_ not in {"pobj", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = verb.lemma_.lower()
        if lemma in JOINING and noun.dep_ == "pobj":
            heads += [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in JOINING | TAKING_PART and plainly_done(verb):
            heads += [s for s in [clauses.subject(verb)] if s is not None]
    found: dict[str, Actor] = {}
    for head in heads:
        for argument in clauses.arguments(head, analysis):
            found.setdefault(argument.mention.actor.code, argument.mention.actor)
    return list(found.values())


def told_sides(told: list[Told], nouns: set[int]) -> list[Actor]:
    """The sides of the talks as events told with those talks give them ("the government and
    the rebels held talks"); a mediator (045) is no side."""
    found: list[Actor] = []
    for item in told:
        event = item.event
        if item.token is None or item.token.i not in nouns or event.root != CONSULT_ROOT:
            continue
        if event.modality.negated or event.modality.hypothetical:
            continue
        found += [a for a in (event.source, event.target) if a is not None]
        if event.cameo == MEDIATION and event.source is not None:
            found.remove(event.source)
    return found


def plainly_done(verb: Token) -> bool:
    """Told as done: not denied, supposed or ahead, and not an infinitive ("under pressure
    to attend the talks", "allowed them to join the talks")."""
    modality = assess_modality(verb)
    if modality.negated or modality.hypothetical or modality.future:
        return False
    return verb.tag_ != "VB" and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def talks_event(
    source: Actor,
    target: Actor,
    noun: Token,
    happening: Token,
    analysis: Analysis,
    mediator: Actor | None,
) -> Event:
    """The negotiation (046) or mediation (045) told at `noun`, dated and qualified by the
    verb that tells it happening."""
    cameo = MEDIATION if source is mediator else "046"
    sentence = noun.sent
    index = next(i for i, s in enumerate(analysis.doc.sents) if s.start == sentence.start)
    start, end = noun.idx, noun.idx + len(noun)
    date, precision = resolve_date(happening, analysis)
    return Event(
        event_id=event_id(analysis.article.id, index, (start, end), cameo, source, target),
        article_id=analysis.article.id,
        sentence=index,
        **event_fields(cameo),
        source=source,
        target=target,
        date=date,
        date_precision=precision,
        modality=assess_modality(happening),
        attribution=find_attribution(noun, analysis, source=source),
        evidence=evidence_at(noun),
        rule=RULE.format(noun=noun.lemma_.lower()),
        confidence=0.4,
        tokens=(sentence.start, sentence.end),
    )
