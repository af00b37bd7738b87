"""The nouns every stage shares: Article, Actor, Place, Event and their parts.

Each record is a frozen dataclass with one `to_dict()` that is the documented JSON record
(see the README's "Event record"); stages build new records rather than mutating old ones.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """A news story as ingested, before any NLP."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as given
    source: str | None = None  # publisher or site name
    url: str | None = None
    author: str | None = None
    language: str | None = None  # ISO 639-1, given or detected
    origin: str | None = None  # where it came from: path[:line], "-" for stdin, or a URL

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Failure:
    """An input that could not be ingested or coded, with the reason in one sentence."""

    origin: str  # path, path:line, or URL
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    """A CAMEO-style actor: country or IGO code plus sector codes.

    `code` is `country` (or the IGO code) followed by the sector codes, e.g. IRNMIL, USAGOV,
    IGOUNO. `entity` is the within-article entity id that links every mention of one actor.
    """

    code: str
    country: str | None
    sectors: tuple[str, ...] = ()
    name: str | None = None  # canonical name: "Qassem Soleimani", "Iran", "United Nations"
    text: str | None = None  # as written in this mention
    entity: str | None = None
    group: str | None = None  # ethnic or religious group when the text gives one ("Kurdish")
    rule: str | None = None  # which knowledge entry or clue set the code
    # a role presumed, not read: a named person nothing describes is taken for a civilian
    presumed: bool = False

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "name": self.name,
            "text": self.text,
        }
        if self.entity is not None:
            record["entity"] = self.entity
        if self.group is not None:
            record["group"] = self.group
        if self.rule is not None:
            record["rule"] = self.rule
        return record


# CAMEO sector codes facta uses (see the README's actor codes).
SECTOR_CODES = frozenset(
    [
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "OPP",
        "REB",
        "SPY",
        "MED",
        "REL",
        "BUS",
        "EDU",
        "NGO",
        "CVL",
        "REF",
        "LAB",
        "CRM",
        "ELI",
        "HLH",
    ]
)


ORGANISATION_PREFIXES = ("IGO", "NGO")


def split_actor_code(code: str) -> tuple[str | None, tuple[str, ...]]:
    """A CAMEO-style code split into country (or IGO/NGO code) and three-letter parts:
    'IRQGOV' -> (IRQ, (GOV,)), 'IGOUNO' -> (IGOUNO, ()), 'REB' -> (None, (REB,))."""
    if code[:3] in ORGANISATION_PREFIXES and len(code) >= 6:
        country, rest = code[:6], code[6:]
    elif code[:3] in SECTOR_CODES:
        country, rest = None, code
    else:
        country, rest = code[:3], code[3:]
    return country, tuple(rest[i : i + 3] for i in range(0, len(rest), 3))


def actor_code(country: str | None, sectors: tuple[str, ...] | list[str]) -> str:
    """The CAMEO-style code for a country (or IGO code) and sectors: ("IRN", ["MIL"]) -> IRNMIL."""
    return (country or "") + "".join(sectors)


@dataclass(frozen=True)
class Place:
    """A resolved place. `feature` is one of: country, admin1, admin2, city, district,
    site (base, camp, zone, building), water, region, continent (a part of the world)."""

    name: str  # canonical name
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    geonameid: int | None = None
    admin1: str | None = None
    text: str | None = None  # as written
    how: str | None = None  # how an event's place was chosen: clause, sentence, dateline, country

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Modality:
    negated: bool = False
    future: bool = False  # promised, intended or scheduled
    hypothetical: bool = False  # conditional, possible, asked-for

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Attribution:
    """Who asserts the event. All None/False when the article itself asserts it."""

    speaker: Actor | None = None
    text: str | None = None  # the words naming the source: "a US official"
    anonymous: bool = False
    cue: str | None = None  # "according to", "said", "says"
    chain: tuple[str, ...] = ()  # nested reports, outermost first: ("a US official", "Talabani")

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "text": self.text,
            "anonymous": self.anonymous,
            "cue": self.cue,
            "chain": list(self.chain),
        }


@dataclass(frozen=True)
class Evidence:
    """The sentence behind an event; spans are character offsets into `text`."""

    text: str
    trigger: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    target: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        def span(value: tuple[int, int] | None) -> list[int] | None:
            return list(value) if value else None

        return {
            "text": self.text,
            "trigger": span(self.trigger),
            "source": span(self.source),
            "target": span(self.target),
        }


@dataclass(frozen=True)
class Promised:
    """The action a promise or threat commits to: "stop arming groups" = stop + 07 (AID)."""

    cameo: str | None
    plover: str | None
    polarity: str  # "do" or "stop"
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, when, where, according to whom, and why coded so."""

    event_id: str
    article_id: str
    sentence: int
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    date_precision: str | None = None
    modality: Modality = field(default_factory=Modality)
    attribution: Attribution = field(default_factory=Attribution)
    location: Place | None = None
    evidence: Evidence | None = None
    rule: str | None = None
    confidence: float = 0.5
    promised: Promised | None = None
    background: bool = False  # past context the article recalls, dated by its own words
    mentions: tuple[int, ...] = ()  # further sentences that tell this same event
    # Doc token range [start, end) of the event's clause: used by later stages, not exported.
    tokens: tuple[int, int] | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "date": self.date,
            "date_precision": self.date_precision,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": {
                "type": self.plover_type,
                "mode": self.plover_mode,
                "context": list(self.plover_context),
            },
            "modality": self.modality.to_dict(),
            "attribution": self.attribution.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "rule": self.rule,
            "confidence": self.confidence,
            "promised": self.promised.to_dict() if self.promised else None,
            "background": self.background,
            "mentions": list(self.mentions),
        }


def event_id(
    article_id: str,
    sentence: int,
    trigger: tuple[int, int],
    cameo: str,
    source: Actor | None,
    target: Actor | None,
) -> str:
    """An event's id: the same trigger, code and sides in the same article give the same id,
    so re-coding an article never duplicates its events."""
    codes = (source.code if source else None, target.code if target else None)
    return stable_id(article_id, sentence, *trigger, cameo, *codes)


def stable_id(*parts: object) -> str:
    """A short id that is the same whenever the same parts are given (16 hex digits)."""
    import hashlib

    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=8).hexdigest()
