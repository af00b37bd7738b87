"""A small hand-made store for export and analysis tests: events written with Store.write_batch.

Codes take their root, quad class and Goldstein value from facta's CAMEO codebook.
"""

from __future__ import annotations

from pathlib import Path

from facta.codebook import lookup
from facta.models import Actor, Article, Attribution, Event, Evidence, Modality, Place
from facta.store import ArticleResult, Store

BAGHDAD = Place(
    name="Baghdad",
    country="IRQ",
    lat=33.34,
    lon=44.4,
    feature="city",
    geonameid=98182,
    admin1="Baghdad",
    text="Baghdad",
)
IRAQ = Place(
    name="Iraq", country="IRQ", lat=33.0, lon=44.0, feature="country", geonameid=99237, text="Iraq"
)


def actor(code: str | None, country: str | None, *sectors: str, name: str | None = None) -> Actor:
    return Actor(code=code or "", country=country, sectors=sectors, name=name, text=name)


def event(
    event_id: str,
    article: str,
    sentence: int,
    day: str | None,
    cameo: str,
    source: Actor | None,
    target: Actor | None,
    **extra: object,
) -> Event:
    info = lookup(cameo)
    return Event(
        event_id=event_id,
        article_id=article,
        sentence=sentence,
        cameo=cameo,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        plover_context=info.plover_context,
        source=source,
        target=target,
        date=day,
        date_precision="day" if day else None,
        evidence=Evidence(text=f"Made-up sentence {sentence}\tfor {event_id}."),
        rule=f"test:{cameo}",
        **extra,
    )


IRNMIL = actor("IRNMIL", "IRN", "MIL", name="Qods Force")
IRNGOV = actor("IRNGOV", "IRN", "GOV", name="Iranian government")
USAGOV = actor("USAGOV", "USA", "GOV", name="United States government")
IRQ = actor("IRQ", "IRQ", name="Iraq")
IRQCVL = actor("IRQCVL", "IRQ", "CVL", name="Iraqi villagers")
UN = actor("IGOUNO", "IGOUNO", name="United Nations")
REBELS = actor("REB", None, "REB", name="gunmen")

EVENTS = {
    "a1": [
        event("00000000000000a1", "a1", 0, "2008-05-05", "190", IRNMIL, IRQ, location=BAGHDAD),
        event(
            "00000000000000a2",
            "a1",
            1,
            "2008-05-06",
            "112",
            USAGOV,
            IRNGOV,
            attribution=Attribution(text="a US official", anonymous=True, cue="according to"),
        ),
        event(
            "00000000000000a3",
            "a1",
            5,
            "2008-05-07",
            "190",
            IRNGOV,
            USAGOV,
            modality=Modality(negated=True),
        ),
    ],
    "a2": [
        event("00000000000000b1", "a2", 0, "2008-05-14", "036", IRNGOV, USAGOV),
        event("00000000000000b2", "a2", 4, "2008-05-15", "042", USAGOV, IRNGOV),
        event(
            "00000000000000b3",
            "a2",
            6,
            "2008-05-16",
            "057",
            USAGOV,
            IRNGOV,
            modality=Modality(future=True),
        ),
        event("00000000000000b4", "a2", 7, "2008-05-16", "193", USAGOV, IRNMIL),  # rejected
        event("00000000000000b5", "a2", 8, "2008-05-13", "070", UN, IRQ, location=IRAQ),
        event("00000000000000b6", "a2", 9, None, "180", REBELS, IRQCVL),
    ],
}
REJECTED = "00000000000000b4"


def article(article_id: str, published: str, source: str, url: str | None = None) -> Article:
    return Article(
        id=article_id,
        text="Text of " + article_id,
        title=f"Story {article_id}",
        published=published,
        source=source,
        url=url,
        language="en",
    )


def build_store(path: Path) -> Path:
    """Write two coded articles (a1 with two near-duplicates) and mark one event rejected."""
    results = [
        ArticleResult(
            article("a1", "2008-05-07", "Monitor", "https://example.org/a1"),
            "coded",
            events=EVENTS["a1"],
        ),
        ArticleResult(
            article("a2", "2008-05-16", "Wire", "https://example.org/a2"),
            "coded",
            events=EVENTS["a2"],
        ),
        ArticleResult(article("d1", "2008-05-07", "Other Paper"), "duplicate", duplicate_of="a1"),
        ArticleResult(article("d2", "2008-05-08", "Monitor"), "duplicate", duplicate_of="a1"),
    ]
    with Store(path) as store:
        store.write_batch(results, run_id="test")
        store.con.execute("UPDATE events SET rejected = true WHERE event_id = ?", [REJECTED])
    return path
