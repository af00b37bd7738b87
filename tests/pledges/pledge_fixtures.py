"""Actors and event builders shared by the pledge ledger tests."""

from __future__ import annotations

from facta.codebook import lookup
from facta.models import Actor, Attribution, Event, Evidence, Modality, Promised

IRAN_GOV = Actor("IRNGOV", "IRN", ("GOV",), "Iran", "Iran")
IRAN_MIL = Actor("IRNMIL", "IRN", ("MIL",), "Qods Force", "the Qods Force")
IRAQ_GOV = Actor("IRQGOV", "IRQ", ("GOV",), "Iraq", "the Iraqi government")
MILITIAS = Actor("IRQREB", "IRQ", ("REB",), None, "militias")
US_GOV = Actor("USAGOV", "USA", ("GOV",), "United States", "Washington")
US_MIL = Actor("USAMIL", "USA", ("MIL",), None, "US troops")
RWANDA_GOV = Actor("RWAGOV", "RWA", ("GOV",), "Rwanda", "Kigali")
SYRIA_REB = Actor("SYRREB", "SYR", ("REB",), None, "rebels in Syria")


def make_event(
    event_id: str,
    when: str,
    cameo: str,
    source: Actor | None,
    target: Actor | None,
    text: str,
    *,
    promised: Promised | None = None,
    negated: bool = False,
    future: bool = False,
    hypothetical: bool = False,
    speaker: Actor | None = None,
    words: tuple[str, str] | None = None,
    article: str | None = None,
) -> Event:
    """An event as the coder would store it; `words` = (source words, trigger word) in `text`."""
    info = lookup(cameo)
    source_span = trigger_span = None
    if words is not None:
        start = text.index(words[0])
        source_span = (start, start + len(words[0]))
        start = text.index(words[1])
        trigger_span = (start, start + len(words[1]))
    return Event(
        event_id=event_id,
        article_id=article or f"article-{event_id}",
        sentence=0,
        cameo=cameo,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        source=source,
        target=target,
        date=when,
        date_precision="day",
        modality=Modality(negated=negated, future=future, hypothetical=hypothetical),
        attribution=Attribution(
            speaker=speaker, text=speaker.text if speaker else None, cue="said" if speaker else None
        ),
        evidence=Evidence(text=text, trigger=trigger_span, source=source_span),
        rule="test",
        confidence=0.8,
        promised=promised,
    )
