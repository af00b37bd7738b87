"""Read from the store only what the ledger needs: pledge candidates, the later events that may
be evidence, and light rows for the dyad counts — so the ledger scales with pledges, not events.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from facta.pledges.find import Pledge
from facta.pledges.knowledge import Knowledge
from facta.store import Store

Record = dict[str, Any]
LIVE = "rejected IS NOT TRUE AND cameo IS NOT NULL"
ASSERTED = "negated IS NOT TRUE AND future IS NOT TRUE AND hypothetical IS NOT TRUE"


def pledge_candidates(store: Store, knowledge: Knowledge) -> list[Record]:
    """Events that may be pledges: listed pledge codes, frames with an action, future events."""
    prefixes = sorted(knowledge.codes)
    where = (f"WHERE {LIVE} AND (promised_cameo IS NOT NULL OR future "
             "OR list_has_any(?, [cameo[1:2], cameo[1:3], cameo[1:4]]))")
    return list(store.event_records(where, [prefixes]))


def evidence_candidates(store: Store, pledges: list[Pledge], knowledge: Knowledge,
                        window_days: int) -> list[Record]:
    """Dated, non-future, non-hypothetical events in the pledges' windows whose code could bear
    on a promised action (its root, related roots, keeping or breaking codes, PLOVER type)."""
    dated = [p for p in pledges if p.made and p.promised.get("cameo")]
    if not dated:
        return []
    roots: set[str] = set()
    plover: set[str] = set()
    for pledge in dated:
        wanted = pledge.promised["cameo"]
        family = knowledge.family(wanted[:2])
        extra = family.stop_kept_by + family.do_broken_by + knowledge.opposite(wanted)
        roots.update({wanted[:2], *family.related}, (code[:2] for code in extra))
        if pledge.promised.get("plover"):
            plover.add(pledge.promised["plover"])
    first = min(p.made[:10] for p in dated)
    last = (date.fromisoformat(max(p.made[:10] for p in dated)) + timedelta(days=window_days))
    where = (f"WHERE {LIVE} AND date > CAST(? AS DATE) AND date <= CAST(? AS DATE) "
             "AND future IS NOT TRUE AND hypothetical IS NOT TRUE "
             "AND (list_contains(?, root) OR list_contains(?, plover_type) "
             "OR (root = '12' AND promised_cameo IS NOT NULL))")
    return list(store.event_records(where, [first, last.isoformat(), sorted(roots), sorted(plover)]))


def dyad_rows(store: Store, pledges: list[Pledge], window_days: int) -> list[Record]:
    """Asserted events of the pledgers' and recipients' countries around the pledges, as light
    records (actors, date, Goldstein) for the before/after counts."""
    dated = [p for p in pledges if p.made]
    countries = sorted({c for p in dated for c in ((p.actor or {}).get("country"),
                                                   (p.recipient or {}).get("country")) if c})
    if not countries:
        return []
    span = timedelta(days=window_days)
    first = date.fromisoformat(min(p.made[:10] for p in dated)) - span
    last = date.fromisoformat(max(p.made[:10] for p in dated)) + span
    rows = store.con.execute(
        "SELECT event_id, CAST(date AS VARCHAR), source_code, source_country, source_sectors, "
        "target_code, target_country, target_sectors, goldstein FROM events "
        f"WHERE {LIVE} AND {ASSERTED} AND date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) "
        "AND (list_contains(?, source_country) OR list_contains(?, target_country))",
        [first.isoformat(), last.isoformat(), countries, countries],
    ).fetchall()
    return [
        {"event_id": row[0], "date": row[1], "goldstein": row[8],
         "source": _actor(row[2], row[3], row[4]), "target": _actor(row[5], row[6], row[7]),
         "modality": {"negated": False, "future": False, "hypothetical": False}}
        for row in rows
    ]


def _actor(code: str | None, country: str | None, sectors: list[str] | None) -> Record | None:
    if code is None and country is None:
        return None
    return {"code": code, "country": country, "sectors": list(sectors or [])}


def publication_days(store: Store, pledges: list[Pledge]) -> dict[str, str]:
    """The publication day of each pledge's article: article id -> YYYY-MM-DD."""
    ids = sorted({p.event["article_id"] for p in pledges})
    if not ids:
        return {}
    rows = store.con.execute(
        "SELECT article_id, CAST(pub_date AS VARCHAR) FROM articles "
        "WHERE pub_date IS NOT NULL AND list_contains(?, article_id)", [ids]).fetchall()
    return dict(rows)


def latest_day(store: Store) -> str | None:
    """The date of the store's latest live event: how far the coded news reaches."""
    row = store.con.execute(f"SELECT CAST(max(date) AS VARCHAR) FROM events WHERE {LIVE}").fetchall()
    return row[0][0] if row else None
