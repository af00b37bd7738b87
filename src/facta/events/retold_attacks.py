"""One attack told as several acts, or told again with fewer words, is one event; distinct
attacks (another place, other means, "also", victims who fire back) stay apart.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from spacy.tokens import Span

from facta.analysis_state import Analysis
from facta.events.tellings import Told, compatible
from facta.events.vocabulary import WORDS
from facta.models import Actor, Event

VIOLENT_EVENT_ROOTS = frozenset({"18", "19", "20"})
FURTHER_WORDS = WORDS["further_act"]

# Codes that tell what an attack did to its victims rather than how: an attack told with a
# specific act ("bombed", "opened fire") keeps that act's code.
CONSEQUENCE_CODES = frozenset({"180", "182", "1823", "190"})


def one_attack(
    told: list[Told], places: dict[int, set[str]] | None = None, published: date | None = None
) -> list[Told]:
    """One attack told as several acts is one event: "killed 20 people and injured 42" by
    one doer in one sentence, and victims told later with no doer ("a deputy was killed in
    the incident") join the attack told before them. Attacks by different doers stay apart."""
    places = places or {}
    kept: list[Told] = []
    for item in told:
        host = None
        if item.event.root in VIOLENT_EVENT_ROOTS:
            host = next(
                (k for k in kept if same_attack(k, item, places, published)),
                None,
            )
        if host is None:
            kept.append(item)
            continue
        better, other = (item, host) if fuller(item.event, host.event) else (host, item)
        sentences = {better.event.sentence}
        mentions = tuple(
            dict.fromkeys(
                s
                for s in (*host.event.mentions, host.event.sentence, item.event.sentence)
                if s not in sentences
            )
        )
        event = better.event
        if event.cameo in CONSEQUENCE_CODES and other.event.cameo not in CONSEQUENCE_CODES:
            event = replace(
                event,
                cameo=other.event.cameo,
                quad_class=other.event.quad_class,
                goldstein=other.event.goldstein,
                plover_type=other.event.plover_type,
                plover_mode=other.event.plover_mode,
                rule=other.event.rule,
            )
        host.event = replace(event, mentions=mentions)
        host.token, host.dated = better.token, better.dated or other.dated
    return kept


def same_attack(
    first: Told, later: Told, places: dict[int, set[str]], published: date | None
) -> bool:
    a, b = first.event, later.event
    if a.root not in VIOLENT_EVENT_ROOTS or not compatible(first, later, published):
        return False
    if a.sentence == b.sentence:  # one doer's acts in one sentence, on the same victims
        same_doer = b.source is None or a.source is None or a.source.code == b.source.code
        # "hitting 158 Islamic State targets (REB) and killing 100 militants (SYRREB)"
        return same_doer and (a.target is None or b.target is None or one_doer(a.target, b.target))
    # told again with fewer words, on the same ground: a later victim with no doer ("a deputy
    # was killed in the incident"), or the same doer's act with no victim ("the bomber struck
    # as the vehicle passed")
    fewer = b.source is None or (
        b.target is None and a.target is not None and same_means(a, b) and not further(later)
    )
    # told again in full by loose names: "a suicide bomber (REB) struck ... someone had blown
    # himself up (TURREB)": the same kind of doer, the same victims, the same means; or told
    # by its doer with no victim ("the attacker detonated the bomb")
    again = (
        a.source is not None
        and ((a.target is not None and b.target is not None) or b.source is not None)
        and a.root == b.root == "18"
        and not further(later)
    )
    return (
        (fewer or again)
        and not (turned(a.target, b.source) or turned(a.source, b.target))
        and same_ground(places, a.sentence, b.sentence)
        and (a.source is None or b.source is None or one_doer(a.source, b.source))
        and fits(a.target, b.target, lambda actor: actor.country)
    )


def one_doer(one: Actor, other: Actor) -> bool:
    """One doer (or victim) under two names: the same code, or the same kind of actor where
    one name gives no country ("a suicide bomber", "the Kurdish militant")."""
    if one.code == other.code:
        return True
    return one.sectors == other.sectors and not (one.country and other.country)


def same_means(one: Event, other: Event) -> bool:
    """Two tellings of an attack agree on how it was done, or one leaves it open ("killed",
    "attacked"): shelling and a drone strike by one army are two acts. An irregular attack
    (18) is told in loose words ("the bombing", "blew himself up"): any 18 code agrees."""
    if one.cameo[:3] == other.cameo[:3] or one.root == other.root == "18":
        return True
    return open_means(one.cameo) or open_means(other.cameo)


def open_means(code: str) -> bool:
    return code in CONSEQUENCE_CODES or (len(code) == 3 and code.endswith("0"))


def further(item: Told) -> bool:
    """ "had also struck", "attacked again", "another attack": a further act, not a retelling."""
    token = item.token
    if token is None:
        return False
    return any(child.lower_ in FURTHER_WORDS for child in token.children) or any(
        child.lower_ in FURTHER_WORDS for child in token.head.children if token.dep_ == "xcomp"
    )


def turned(victim: Actor | None, doer: Actor | None) -> bool:
    """The victim of one act is the doer of the other: "deputies were shot ... they returned
    fire" tells two acts, not one."""
    return victim is not None and doer is not None and victim.code == doer.code


def fits(one: Actor | None, other: Actor | None, part: Callable[[Actor], str | None]) -> bool:
    return one is None or other is None or part(one) == part(other)


def fuller(one: Event, other: Event) -> bool:
    """`one` names more of the attack than `other`: a doer first, then a victim."""
    return (one.source is not None, one.target is not None) > (
        other.source is not None,
        other.target is not None,
    )


def places_by_sentence(analysis: Analysis, sentences: list[Span]) -> dict[int, set[str]]:
    """The names of the places each sentence mentions, each with the state or province it
    lies in (marked "in:"): "Dayton" brings "in:Ohio"."""
    found: dict[int, set[str]] = {}
    starts = [sentence.start for sentence in sentences]
    for mention in analysis.places:
        index = bisect_right(starts, mention.start) - 1
        names = found.setdefault(index, set())
        names.add(mention.place.name)
        if mention.place.admin1 and mention.place.feature != "admin1":
            names.add(f"in:{mention.place.admin1}")
    return found


def same_ground(places: dict[int, set[str]], one: int, other: int) -> bool:
    """Two sentences may tell one violent event unless each names places and none in common:
    a town and the state it lies in are common ground ("in Ohio ... in Dayton")."""
    a, b = places.get(one, set()), places.get(other, set())
    if not a or not b:
        return True
    named_a = {name for name in a if not name.startswith("in:")}
    named_b = {name for name in b if not name.startswith("in:")}
    within_a = {f"in:{name}" for name in named_a}
    within_b = {f"in:{name}" for name in named_b}
    return bool(named_a & named_b or within_a & b or within_b & a)  # not two towns of one state
