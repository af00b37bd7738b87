"""The pledge ledger: every promise and threat in the store, the later events that keep or
break it, its status, and how the pledger and recipient dealt with each other before and after.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

from facta.pledges.find import Pledge, find_pledges
from facta.pledges.knowledge import load_knowledge
from facta.pledges.link import Link, candidates, link_evidence
from facta.pledges.load import (
    dyad_values,
    evidence_pairs,
    latest_day,
    pledge_candidates,
    publication_days,
    records_by_id,
)
from facta.pledges.sides import same_side
from facta.store import Store

Record = dict[str, Any]
STATUSES = ("kept", "broken", "contested", "no_evidence")
ONGOING_CODES = frozenset({"087", "086", "035"})  # de-escalate, truce/cease-fire, ease up


def ledger(
    store: Store, window_days: int = 120, actor: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """CONTRACT pledge records, oldest first; `actor` filters by the pledger's code (a code
    without sectors, e.g. "IRN", matches any sector) and `status` by the status."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; choose one of {', '.join(STATUSES)}")
    knowledge = load_knowledge()
    candidates_found = pledge_candidates(store, knowledge)
    days = publication_days(store, candidates_found)
    for record in candidates_found:  # a pledge is made no later than its article appeared
        record["published"] = days.get(record["article_id"])
    pledges = find_pledges(candidates_found, knowledge)
    if actor:
        pledges = [p for p in pledges if code_matches(actor, p.actor.get("code"))]
    published = publication_days(store, pledges)
    for pledge in pledges:
        pledge.published = published.get(pledge.event["article_id"])
    found = [
        candidates(pledge, pairs, knowledge)
        for pledge, pairs in zip(
            pledges, evidence_pairs(store, pledges, knowledge, window_days), strict=True
        )
    ]
    events = records_by_id(store, {event_id for ids in found for event_id in ids})
    dyads = dyad_values(store, pledges, knowledge, window_days)
    news_until = latest_day(store)
    all_links = [
        link_evidence(pledge, [events[event_id] for event_id in found[index]], knowledge)
        for index, pledge in enumerate(pledges)
    ]
    denials = denials_in(
        store, {k.event["article_id"] for ks in all_links for k in ks if k.relation == "breaks"}
    )
    records = []
    for index, pledge in enumerate(pledges):
        links = all_links[index] + denied_breaches(pledge, all_links[index], denials, knowledge)
        values = {"before": dyads.get((index, False), []), "after": dyads.get((index, True), [])}
        record = pledge_record(pledge, links, values, window_days)
        record["overdue"] = overdue(record, news_until)
        if status is None or record["status"] == status:
            records.append(record)
    return records


def denials_in(store: Store, article_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Denials (CAMEO 016) in the articles that report a breach: article id -> records."""
    if not article_ids:
        return {}
    found: dict[str, list[dict[str, Any]]] = {}
    for record in store.event_records(
        "WHERE cameo LIKE '016%' AND article_id IN (SELECT unnest(?))", [sorted(article_ids)]
    ):
        found.setdefault(record["article_id"], []).append(record)
    return found


def denied_breaches(
    pledge: Pledge, links: list[Link], denials: dict[str, list[dict[str, Any]]], knowledge: Any
) -> list[Link]:
    """The pledger denying a breach in the article that reports it ("Kigali denied it")."""
    disputes = []
    for breach in (link for link in links if link.relation == "breaks"):
        for denial in denials.get(breach.event["article_id"], []):
            side = same_side(pledge.actor, denial.get("source"), knowledge)
            later = denial["sentence"] > breach.event["sentence"]
            if side and later and all(d.event is not denial for d in disputes):
                why = f"the pledger ({side}) denies the breach reported in the same article"
                disputes.append(Link(denial, "disputes", why))
    return disputes


def code_matches(wanted: str, code: str | None) -> bool:
    """The gold rule: "IRQ" matches any IRQ actor, "IRQGOV" only IRQGOV."""
    if not code:
        return False
    wanted = wanted.upper()
    return code == wanted or (
        len(wanted) in (3, 6) and code.startswith(wanted) and (len(code) - len(wanted)) % 3 == 0
    )


def overdue(record: dict[str, Any], news_until: str | None) -> bool:
    """A stated deadline the coded news has passed with the pledge not kept: worth a look, but
    not "broken" — the news may simply not report it."""
    deadline = record["deadline"]
    return bool(deadline and news_until and news_until > deadline and record["status"] != "kept")


def decide(links: list[Link], promised: dict[str, Any] | None = None) -> str:
    """Both ways: contested; never kept merely for lack of evidence; a denial alone proves nothing.

    A pledge to keep refraining ("stop attacks", a truce) is broken by a violation that comes
    after the last sign of compliance: holding a while does not keep it.
    """
    relations = {link.relation for link in links}
    if "breaks" in relations:
        if "disputes" in relations or "keeps" not in relations:
            return "contested" if "disputes" in relations else "broken"
        last_keep = max(link.event.get("date") or "" for link in links if link.relation == "keeps")
        last_break = max(
            link.event.get("date") or "" for link in links if link.relation == "breaks"
        )
        if ongoing(promised) and last_break > last_keep:
            return "broken"
        return "contested"
    return "kept" if "keeps" in relations else "no_evidence"


def ongoing(promised: dict[str, Any] | None) -> bool:
    """A commitment to a lasting state (refraining, de-escalating) rather than a one-off act."""
    if not promised:
        return False
    return promised.get("polarity") == "stop" or (promised.get("cameo") or "")[:3] in ONGOING_CODES


def pledge_record(
    pledge: Pledge, links: list[Link], dyad: dict[str, list[float]], window_days: int
) -> dict[str, Any]:
    event = pledge.event
    return {
        "pledge_id": pledge.pledge_id,
        "event_id": event["event_id"],
        "article_id": event["article_id"],
        "actor": pledge.actor,
        "recipient": pledge.recipient,
        "made": pledge.made,
        "kind": pledge.kind,
        "promised": pledge.promised,
        "deadline": pledge.deadline,
        "condition": pledge.condition,
        "attribution": event.get("attribution"),
        "status": decide(links, pledge.promised),
        "evidence": [link.to_dict() for link in links],
        "before_after": before_after(pledge, dyad, window_days),
        "text": pledge.sentence,
        "how": pledge.how,
        "restated": pledge.restated,
    }


def before_after(
    pledge: Pledge, dyad: dict[str, list[float]], window_days: int
) -> dict[str, Any] | None:
    """Event count and mean Goldstein of the dyad (pledger and recipient, both directions; the
    pledger with anyone when there is no recipient) in equal windows before and after `made`;
    `dyad` holds the Goldstein values of each window (see load.dyad_values)."""
    if not pledge.made:
        return None
    made = date.fromisoformat(pledge.made[:10])
    span, day = timedelta(days=window_days), timedelta(days=1)
    windows = {"before": (made - span, made - day), "after": (made + day, made + span)}
    summary: dict[str, Any] = {"window_days": window_days}
    for name, (first, last) in windows.items():
        values = dyad[name]
        summary[name] = {
            "start": first.isoformat(),
            "end": last.isoformat(),
            "events": len(values),
            "goldstein_mean": round(math.fsum(sorted(values)) / len(values), 2) if values else None,
        }
    return summary


def between(
    records: list[dict[str, Any]], a: str, b: str, since: str = "", until: str = ""
) -> list[dict[str, Any]]:
    """The dated pledges one side of a dyad made to the other, as the dyad chart marks them on
    the command line (PNG/SVG) and in the workbench alike. `a` and `b` are code prefixes,
    several joined by commas (CODMIL,CODGOV)."""
    from facta.exports.filters import actor_pattern

    sides = actor_pattern(a).split(","), actor_pattern(b).split(",")
    found = []
    for record in records:
        made = (record.get("made") or "")[:10]
        if not made or (since and made < since) or (until and made > until):
            continue
        actor = (record.get("actor") or {}).get("code") or ""
        recipient = (record.get("recipient") or {}).get("code") or ""
        if any(
            actor.startswith(x) and recipient.startswith(y)
            for one, other in (sides, sides[::-1])
            for x in one
            for y in other
        ):
            found.append(record)
    return found
