"""Find pledges among coded events: promises (CAMEO 03x, truces), threats (13x) and implicit
pledges (an actor saying it will do something), with their deadline and condition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from facta.models import stable_id
from facta.months import MONTH_NAMES
from facta.pledges.knowledge import Knowledge
from facta.pledges.sides import same_side
from facta.text import shorten

Record = dict[str, Any]


@dataclass
class Pledge:
    """A promise or threat found in one event, and what the ledger learns about it."""

    event: Record
    actor: Record
    kind: str
    promised: dict[str, Any]
    how: str  # why this event is a pledge: the code, the frame, or the implicit future
    deadline: str | None = None
    condition: str | None = None
    restated: list[str] = field(default_factory=list)
    published: str | None = None  # the publication day of the pledge's article, when known

    @property
    def pledge_id(self) -> str:
        return stable_id("pledge", self.event["event_id"])

    @property
    def made(self) -> str | None:
        """The event's day, but never after its article's publication: "we will hand it over
        by July" was said when the article appeared; July is the deadline."""
        day, published = iso_day(self.event.get("date")), self.event.get("published")
        return min(day, published) if day and published else day

    @property
    def recipient(self) -> Record | None:
        return self.event.get("target")

    @property
    def sentence(self) -> str:
        return (self.event.get("evidence") or {}).get("text") or ""


def iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD day of an ISO date or datetime; None for anything else."""
    text = (value or "")[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def find_pledges(events: list[Record], knowledge: Knowledge) -> list[Pledge]:
    """Every pledge in `events`, one per sentence, pledger and promised action, oldest first."""
    found: dict[tuple, Pledge] = {}
    for event in events:
        pledge = explicit_pledge(event, knowledge) or implicit_pledge(event, knowledge)
        if pledge is None:
            continue
        key = (
            event["article_id"],
            event["sentence"],
            pledge.actor.get("code"),
            pledge.promised["cameo"],
            pledge.promised["polarity"],
        )
        if key not in found or (found[key].recipient is None and pledge.recipient is not None):
            found[key] = pledge
    return merge_restatements(list(found.values()), knowledge)


def explicit_pledge(event: Record, knowledge: Knowledge) -> Pledge | None:
    """A promise or threat the coder coded as such (03x, 13x, a truce, an agreement)."""
    modality = event["modality"]
    if modality["negated"] or event.get("source") is None:
        return None
    sentence = (event.get("evidence") or {}).get("text") or ""
    if modality["hypothetical"] and find_condition(sentence, knowledge) is None:
        return None  # "could threaten" is no pledge; "threatened sanctions if …" is one
    entry = knowledge.pledge_code(event["cameo"])
    coded = event.get("promised")
    if entry is None or (entry.needs_action and not coded):
        return None
    if coded and coded.get("cameo"):
        promised = dict(coded)
        how = f"CAMEO {event['cameo']} with the promised action the coder extracted"
    else:
        promised = {
            "cameo": entry.action,
            "plover": _plover(entry.action),
            "polarity": entry.polarity,
            "text": (coded or {}).get("text") or _clause(event),
        }
        how = f"CAMEO {event['cameo']}: the action is the one this code implies"
    kind = entry.kind
    if (
        kind == "promise"
        and promised["polarity"] == "do"
        and (promised.get("cameo") or "")[:2] in knowledge.cues["threat_roots"]
    ):
        kind, how = "threat", how + "; a vow to use force or pressure is a threat"
    return _with_terms(Pledge(event, event["source"], kind, promised, how), knowledge)


def implicit_pledge(event: Record, knowledge: Knowledge) -> Pledge | None:
    """A future action stated by its own actor ("we will reopen the crossing", the minister
    said) or announced as a promise ("returned with promises that Iran would support…")."""
    modality = event["modality"]
    cues = knowledge.cues
    if (
        not modality["future"]
        or modality["hypothetical"]
        or event.get("promised")
        or in_condition(event, knowledge)
    ):
        return None
    source = event.get("source")
    has_country = source is not None and bool(source.get("country"))
    speaker = (event.get("attribution") or {}).get("speaker")
    word = promise_word(event, knowledge)
    first_person = source is not None and bool(_source_words(event) & set(cues["first_person"]))
    speaker_acts = (
        source is None
        or first_person
        or (
            has_country
            and speaker is not None
            and (not speaker.get("country") or same_side(source, speaker, knowledge))
        )
    )
    if speaker is not None and event["root"] in cues["implicit_roots"] and speaker_acts:
        pledger = source if has_country and not first_person else speaker
        how = f"{speaker.get('text') or speaker.get('code')} says it will"
    elif word and has_country and event["root"] in cues["promise_word_roots"]:
        pledger, how = source, f'announced as a "{word}": it will'
    else:
        return None
    conflict = event["root"] in cues["threat_roots"]
    if event["root"] == "16" and not event.get("target"):
        conflict = False  # "will stop weapons crossing the border": cutting aid, aimed at no one
    if modality["negated"] and not conflict:
        return None  # "we will not release them" is a refusal, not a pledge
    kind = "threat" if conflict and not modality["negated"] else "promise"
    promised = {
        "cameo": event["cameo"],
        "plover": (event.get("plover") or {}).get("type"),
        "polarity": "stop" if modality["negated"] else "do",
        "text": _clause(event),
    }
    how = f"implicit: {how}{' not' if modality['negated'] else ''} do CAMEO {event['cameo']}"
    return _with_terms(Pledge(event, pledger, kind, promised, how), knowledge)


def in_condition(event: Record, knowledge: Knowledge) -> bool:
    """The event's trigger stands in a condition clause ("only after the FDLR is disarmed")."""
    evidence = event.get("evidence") or {}
    trigger = evidence.get("trigger")
    if not trigger:
        return False
    clause = (evidence.get("text") or "")[: trigger[0]].rsplit(",", 1)[-1].lower()
    words = " ".join(
        re.findall(r"[\w'’-]+", clause)[-int(knowledge.cues["condition_window_words"]) :]
    )
    return any(
        re.search(r"\b" + re.escape(cue) + r"\b", words)
        for cue in knowledge.cues["condition_openers"]
    )


def promise_word(event: Record, knowledge: Knowledge) -> str | None:
    """A promise word ("promises", "vowed") shortly before the event's trigger."""
    evidence = event.get("evidence") or {}
    trigger = evidence.get("trigger")
    if not trigger:
        return None
    words = re.findall(r"[\w'’-]+", (evidence.get("text") or "")[: trigger[0]].lower())
    window = words[-int(knowledge.cues["promise_window_words"]) :]
    return next((w for w in window if w in knowledge.cues["promise_words"]), None)


def merge_restatements(pledges: list[Pledge], knowledge: Knowledge) -> list[Pledge]:
    """A pledge repeated later (same pledger and action, to anyone, in the same or equivalent
    words) is one pledge, made when first said."""
    pledges.sort(
        key=lambda p: (
            p.made or "9999",
            not p.promised["cameo"],
            p.event["article_id"],
            p.event["sentence"],
        )
    )
    kept: list[Pledge] = []
    by_pledger: dict[tuple, list[Pledge]] = {}  # (kind, country or code): the candidates
    for pledge in pledges:
        group = by_pledger.setdefault(
            (pledge.kind, pledge.actor.get("country") or pledge.actor.get("code")), []
        )
        earlier = next((p for p in group if _restates(pledge, p, knowledge)), None)
        if earlier is None:
            kept.append(pledge)
            group.append(pledge)
        else:
            earlier.restated.append(pledge.event["event_id"])
    return kept


def _restates(pledge: Pledge, earlier: Pledge, knowledge: Knowledge) -> bool:
    """Whether `pledge` repeats `earlier`: the same kind and action by the same pledger, where
    a bare country ("Rwanda") is the same pledger as its government or forces ("Kigali");
    a pledge reported without its action repeats one made the same day."""
    code, other = pledge.actor.get("code") or "", earlier.actor.get("code") or ""
    if pledge.kind != earlier.kind or not (
        code == other
        or (
            min(code, other, key=len) == pledge.actor.get("country") == earlier.actor.get("country")
        )
    ):
        return False
    if not pledge.promised["cameo"]:
        return earlier.made == pledge.made
    return knowledge.same_action_key(
        pledge.promised["cameo"] or "", pledge.promised["polarity"]
    ) == knowledge.same_action_key(earlier.promised["cameo"] or "", earlier.promised["polarity"])


def _with_terms(pledge: Pledge, knowledge: Knowledge) -> Pledge:
    pledge.deadline = find_deadline(pledge.sentence, pledge.made, knowledge)
    pledge.condition = find_condition(pledge.sentence, knowledge)
    return pledge


def find_deadline(sentence: str, made: str | None, knowledge: Knowledge) -> str | None:
    """The stated deadline as an ISO date: "within ten days", "by June", "before the end of July"."""
    if not made:
        return None
    start = date.fromisoformat(made[:10])
    numbers: dict[str, int] = knowledge.cues["number_words"]
    units: dict[str, int] = knowledge.cues["unit_days"]
    within = re.search(
        r"\bwithin (?:the next )?(\d+|[a-z-]+) (" + "|".join(units) + r")\b",
        sentence,
        re.IGNORECASE,
    )
    if within:
        count = within.group(1).lower()
        amount = int(count) if count.isdigit() else numbers.get(count)
        if amount:
            return (start + timedelta(days=amount * units[within.group(2).lower()])).isoformat()
    month = re.search(
        r"\b(?:by|before) (?:the end of )?(" + "|".join(MONTH_NAMES) + r")(?: (\d{1,2})\b)?",
        sentence,
        re.IGNORECASE,
    )
    if month:
        number = MONTH_NAMES.index(month.group(1).lower()) + 1
        year = start.year + (1 if number < start.month else 0)
        if month.group(2):
            return date(year, number, int(month.group(2))).isoformat()
        following = date(year + (number == 12), number % 12 + 1, 1)
        return (following - timedelta(days=1)).isoformat()
    if re.search(r"\bby the end of (?:the|this) year\b", sentence, re.IGNORECASE):
        return date(start.year, 12, 31).isoformat()
    return None


def find_condition(sentence: str, knowledge: Knowledge) -> str | None:
    """The condition a pledge states: the words from "if", "unless", "once"… to the clause end."""
    cues = sorted(knowledge.cues["condition_cues"], key=len, reverse=True)
    match = re.search(
        r"\b(" + "|".join(re.escape(c) for c in cues) + r")\b([^.;:\"“”]+)", sentence, re.IGNORECASE
    )
    if not match:
        return None
    return (match.group(1) + match.group(2).split(",")[0]).strip()


def _source_words(event: Record) -> set[str]:
    """The words naming the event's source, with the word before them ("our forces")."""
    evidence = event.get("evidence") or {}
    span, text = evidence.get("source"), evidence.get("text") or ""
    if not span:
        return set(re.findall(r"\w+", ((event.get("source") or {}).get("text") or "").lower()))
    before = re.findall(r"\w+", text[: span[0]].lower())[-1:]
    return set(before) | set(re.findall(r"\w+", text[span[0] : span[1]].lower()))


def _clause(event: Record) -> str:
    """The words of the event's sentence from its trigger on, as a short action text."""
    evidence = event.get("evidence") or {}
    text = evidence.get("text") or ""
    trigger = evidence.get("trigger")
    start = trigger[0] if trigger else 0
    end = re.compile(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})\.(?:\s|$)|[;\"“”]")
    return shorten(end.split(text[start:], maxsplit=1)[0], 160)


def _plover(cameo: str | None) -> str | None:
    if not cameo:
        return None
    from facta.codebook import lookup

    try:
        return lookup(cameo).plover_type
    except KeyError:
        return None
