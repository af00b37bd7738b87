"""Link later events to a pledge: does an event do the promised action (or stop it, refuse it,
deny it), by the pledger or an actor tied to it, against a compatible target? Each link says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from facta.codebook import lookup
from facta.pledges.find import Pledge, iso_day
from facta.pledges.knowledge import Knowledge, family_of
from facta.pledges.sides import names_of, same_side, tie

Record = dict[str, Any]
TALK_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})


@dataclass(frozen=True)
class Link:
    event: Record
    relation: str  # keeps | breaks | disputes
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event["event_id"],
            "relation": self.relation,
            "date": self.event.get("date"),
            "text": (self.event.get("evidence") or {}).get("text"),
            "why": self.why,
        }


def action_match(promised: dict[str, Any], event: Record, knowledge: Knowledge) -> str | None:
    """Why the event is the promised action (CAMEO family, root, related root, PLOVER), or None."""
    wanted = promised.get("cameo")
    if not wanted:
        return None
    code, root = event["cameo"], event["cameo"][:2]
    family, found = family_of(wanted), family_of(code)
    if found.startswith(family) or family.startswith(found):
        return f"CAMEO {code} is in the family of the promised {wanted}"
    rules = knowledge.family(wanted[:2])
    if rules.scope == "root" and root == wanted[:2]:
        return f"CAMEO {code} shares root {root} with the promised {wanted}"
    if root in rules.related:
        return f"CAMEO {code} (root {root}) is related to the promised {wanted}"
    plover = event.get("plover") or {}
    if (
        root not in TALK_ROOTS
        and promised.get("plover")
        and plover.get("type") == promised["plover"]
    ):
        modes = {plover.get("mode"), _plover_mode(wanted)} - {None, ""}
        if len(modes) <= 1:
            return f"PLOVER {plover['type']} as promised" + (f" ({modes.pop()})" if modes else "")
    return None


def _plover_mode(cameo: str) -> str | None:
    try:
        return lookup(cameo).plover_mode
    except KeyError:
        return None


def listed(code: str, codes: tuple[str, ...]) -> bool:
    return any(code.startswith(family_of(listed_code)) for listed_code in codes)


def actor_match(pledge: Pledge, event: Record, knowledge: Knowledge) -> str | None:
    side = same_side(pledge.actor, event.get("source"), knowledge)
    if side and not other_group(pledge, event, knowledge):
        return side
    phrase = tie(pledge.actor, event, knowledge)
    if phrase:
        return f'{event["source"]["code"]} tied to {pledge.actor.get("code")} by "{phrase}"'
    return None


def other_group(pledge: Pledge, event: Record, knowledge: Knowledge) -> bool:
    """Two armed groups share a code (M23 and another Congolese militia are both CODREB): the
    event belongs to another group when its sentence names groups and none is the pledger's."""
    state = set(knowledge.cues["state_sectors"])
    if set(pledge.actor.get("sectors") or ()) <= state:
        return False
    speaker = (pledge.event.get("attribution") or {}).get("text") or ""
    own = knowledge.groups_named(
        " ".join(
            [
                pledge.sentence,
                speaker,
                pledge.actor.get("name") or "",
                pledge.actor.get("text") or "",
            ]
        )
    )
    named = knowledge.groups_named((event.get("evidence") or {}).get("text") or "")
    return bool(own and named and not own & named)


def target_match(pledge: Pledge, event: Record, knowledge: Knowledge) -> str | None:
    """Why the event's target fits the pledge; None when it is another state the pledge never named."""
    target = event.get("target")
    if target is None or not target.get("country"):
        if pledge.kind == "threat" and pledge.recipient is None:
            return None  # force against no one in particular does not carry out a threat
        return "target unknown"
    if same_side(pledge.actor, target, knowledge):
        return None  # the pledger acting on itself
    country = target["country"]
    if country.startswith(("IGO", "NGO")):
        return f"target {target['code']} is an international body"
    recipient = pledge.recipient
    if recipient is None:
        return "no recipient to compare"
    if recipient.get("country") == country:
        return f"target {target['code']} is on the recipient's side"
    words = pledge.sentence + " " + (pledge.promised.get("text") or "")
    for name in names_of(target, knowledge):
        if name in words and re.search(r"\b" + re.escape(name) + r"\b", words):
            return f"target {target['code']} is named in the pledge"
    return None


def stopped(event: Record, knowledge: Knowledge) -> str | None:
    """A stop word just before the event's trigger: "halted attacks", "ended its support"."""
    evidence = event.get("evidence") or {}
    trigger = evidence.get("trigger")
    text = evidence.get("text") or ""
    if not trigger:
        return None
    before = re.findall(r"[\w'’-]+", text[: trigger[0]].lower())
    window = " ".join(before[-int(knowledge.cues["stop_window_words"]) :])
    for word in knowledge.cues["stop_words"]:
        if word in window and re.search(r"\b" + re.escape(word) + r"\b", window):
            return word
    return None


def relation(pledge: Pledge, event: Record, knowledge: Knowledge) -> tuple[str, str] | None:
    """(relation, why) of one later event to the pledge, or None when it is no evidence."""
    modality = event["modality"]
    if modality["future"] or modality["hypothetical"]:
        return None
    promised = pledge.promised
    polarity = promised.get("polarity")
    rules = knowledge.family((promised.get("cameo") or "  ")[:2])
    code = event["cameo"]
    if event.get("promised"):
        refused = code.startswith("12") and polarity == "do" and not modality["negated"]
        reason = (
            action_match(
                promised, {**event, "cameo": event["promised"].get("cameo") or ""}, knowledge
            )
            if refused
            else None
        )
        return ("breaks", f"refused: {reason}") if reason else None
    if not modality["negated"] and polarity == "stop" and listed(code, rules.stop_kept_by):
        return "keeps", f"CAMEO {code} ends the action the pledger promised to stop"
    if not modality["negated"] and polarity == "do" and listed(code, rules.do_broken_by):
        return "breaks", f"CAMEO {code} is a refusal of the promised action"
    opposite = knowledge.opposite(promised.get("cameo") or "")
    if not modality["negated"] and polarity == "do" and listed(code, opposite):
        return "breaks", f"CAMEO {code} is the opposite of the promised {promised['cameo']}"
    reason = action_match(promised, event, knowledge)
    if reason is None:
        return None
    halt = stopped(event, knowledge)
    if modality["negated"]:
        said_by = (event.get("attribution") or {}).get("speaker")
        if polarity == "stop" and same_side(pledge.actor, said_by, knowledge):
            return "disputes", f"the pledger denies the action ({reason})"
        return None  # "did not attack" is not evidence of the action either way
    if halt:
        return ("keeps" if polarity == "stop" else "breaks"), f'"{halt}" the action: {reason}'
    if polarity == "stop":
        return "breaks", f"the action happened: {reason}"
    if pledge.kind == "threat":
        return "keeps", f"carried out: {reason}"
    return "keeps", f"the action happened: {reason}"


def candidates(
    pledge: Pledge, pairs: list[tuple[str, str | None]], knowledge: Knowledge
) -> list[str]:
    """The ids of the events of the pledge's window (see load.evidence_pairs) by the pledger's
    country, or whose sentence holds a tie phrase naming the pledger, in date order."""
    names = [n.lower() for n in names_of(pledge.actor, knowledge) if len(n) > 1]
    found = []
    for event_id, text in pairs:
        if text is not None:  # not by the pledger's country: a tie phrase must name the pledger
            lowered = text.lower()  # a plain substring test first: the tie pattern is costly
            if not any(name in lowered for name in names) or not knowledge.has_tie(names, text):
                continue
        found.append(event_id)
    return found


def undated_retelling(pledge: Pledge, event: Record) -> bool:
    """An event of the pledge's own article dated on its publication day: the coder gives that
    date when the clause names none, so the event may well predate the pledge it would judge."""
    return (
        event["article_id"] == pledge.event["article_id"]
        and pledge.published is not None
        and iso_day(event.get("date")) == pledge.published
    )


def link_evidence(pledge: Pledge, events: list[Record], knowledge: Knowledge) -> list[Link]:
    """Of the candidate `events` (oldest first), those that keep, break or dispute the pledge."""
    links = []
    own = {pledge.event["event_id"], *pledge.restated}
    seen: set[tuple] = set()  # one link per sentence and relation, however many targets it has
    for event in events:
        if event["event_id"] in own or undated_retelling(pledge, event):
            continue
        found = relation(pledge, event, knowledge)
        if found is None:
            continue
        who = actor_match(pledge, event, knowledge)
        whom = target_match(pledge, event, knowledge) if who else None
        key = (event["article_id"], event["sentence"], found[0])
        if who and whom and key not in seen:
            seen.add(key)
            late = pledge.deadline and event["date"] > pledge.deadline
            why = f"{found[1]}; actor: {who}; {whom}" + ("; after the deadline" if late else "")
            links.append(Link(event, found[0], why))
    return links
