"""Read from the store only what the ledger needs: pledge candidates, per pledge the later events
that may be evidence (chosen in SQL), their records, and the dyad's Goldstein values per window.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

import pyarrow as pa

from facta.pledges.find import Pledge
from facta.pledges.knowledge import Knowledge, family_of, tie_key
from facta.pledges.link import TALK_ROOTS
from facta.pledges.sides import names_of
from facta.store import Store

Record = dict[str, Any]
LIVE = "rejected IS NOT TRUE AND cameo IS NOT NULL"
ASSERTED = "negated IS NOT TRUE AND future IS NOT TRUE AND hypothetical IS NOT TRUE"
COLUMN_TYPES = {  # of the pledge rows handed to SQL; any other column is text
    "pledge": pa.int64(),
    "made": pa.date32(),
    "last": pa.date32(),
    "bucket": pa.int64(),
    "roots": pa.list_(pa.string()),
    "names": pa.list_(pa.string()),
    "related": pa.list_(pa.string()),
    "listed": pa.list_(pa.string()),
    "by_root": pa.bool_(),
    "tie": pa.bool_(),
    "dyad": pa.bool_(),
    "present": pa.bool_(),
    "state": pa.bool_(),
}


def pledge_candidates(store: Store, knowledge: Knowledge) -> list[Record]:
    """Events that may be pledges (see find.explicit_pledge and find.implicit_pledge): asserted
    events with a listed pledge code; future events of a root an implicit pledge may have."""
    prefixes = sorted(knowledge.codes)
    roots = sorted({*knowledge.cues["implicit_roots"], *knowledge.cues["promise_word_roots"]})
    where = (
        f"WHERE {LIVE} AND ((future AND hypothetical IS NOT TRUE AND list_contains(?, root)) "
        "OR (negated IS NOT TRUE AND list_has_any(?, [cameo[1:2], cameo[1:3], cameo[1:4], cameo[1:5]])))"
    )
    return list(store.event_records(where, [roots, prefixes]))


def evidence_pairs(
    store: Store, pledges: list[Pledge], knowledge: Knowledge, window_days: int
) -> list[list[tuple[str, str | None]]]:
    """For each pledge, the events in its window that may keep, break or dispute it, in the
    order the ledger weighs them: (event id, None) for an event by the pledger's country, (event
    id, its sentence) for another that may be tied to the pledger (see link.candidates).

    The store keeps the events whose code could bear on any promised action (its root, related
    roots, keeping or breaking codes, PLOVER type); SQL then narrows them per pledge to events
    by the pledger's country or whose record holds a tie phrase, and drops what the ledger would
    reject anyway (another action, a negation of a "do" pledge, the pledger acting on itself).
    """
    found: list[list[tuple[str, str | None]]] = [[] for _ in pledges]
    width = max(1, window_days // 4)
    rows = []
    for index, pledge in enumerate(pledges):
        if pledge.made and pledge.promised.get("cameo"):
            row = _evidence_row(index, pledge, knowledge, window_days)
            rows.extend(
                {**row, "bucket": bucket}
                for bucket in range(
                    _bucket(row["made"] + timedelta(days=1), width), _bucket(row["last"], width) + 1
                )
            )
    if not rows:
        return found
    first = min(row["made"] for row in rows)
    last = max(row["last"] for row in rows)
    roots = sorted({root for row in rows for root in row["roots"]} | {row["root"] for row in rows})
    plover = sorted({row["plover"] for row in rows if row["plover"]})
    state = list(knowledge.cues["state_sectors"])
    ties = _tie_literals(knowledge)
    fits = f"""e.date > p.made AND e.date <= p.last
          AND (length(e.cameo) < 2 OR starts_with(e.cameo, p.family)
               OR starts_with(p.family, CASE WHEN length(e.cameo) = 3 AND e.cameo[3:3] = '0'
                                             THEN e.cameo[1:2] ELSE e.cameo END)
               OR (p.by_root AND starts_with(e.cameo, p.root))
               OR list_contains(p.related, e.cameo[1:2])
               OR list_has_any(p.listed, [e.cameo[1:2], e.cameo[1:3], e.cameo[1:4], e.cameo[1:5]])
               OR (e.plover_type = p.plover AND NOT list_contains($talk, e.cameo[1:2]))
               OR (starts_with(e.cameo, '12') AND p.polarity = 'do'))
          AND (NOT e.negated OR p.polarity = 'stop')
          AND NOT ({_same_side("p.", "e.target_")} AND coalesce(e.target_country, '') <> '')"""
    query = f"""
        WITH candidate AS (
            SELECT event_id, date, cameo, plover_type, article_id, sentence, source_code,
                   source_country, list_has_all($state, coalesce(source_sectors, [])) AS source_state,
                   target_code, target_country,
                   list_has_all($state, coalesce(target_sectors, [])) AS target_state,
                   coalesce(negated, false) AS negated, (date - DATE '1970-01-01') // $width AS bucket,
                   {"regexp_matches(record, $ties)" if ties else "true"} AS tieable, record
            FROM events
            WHERE {LIVE} AND date > $first AND date <= $last
              AND future IS NOT TRUE AND hypothetical IS NOT TRUE
              AND (list_contains($roots, root) OR list_contains($plover, plover_type)
                   OR (root = '12' AND promised_cameo IS NOT NULL))
        ), tieable AS (
            SELECT * EXCLUDE (record), json_extract_string(record, '$.evidence.text') AS text,
                   lower(text) AS words
            FROM candidate WHERE tieable
        ), pairs AS (
            SELECT p.pledge, e.event_id, e.date, true AS own, e.article_id, e.sentence,
                   NULL AS text
            FROM candidate e JOIN {{pledges}} p
              ON e.source_country = p.country AND e.bucket = p.bucket
            WHERE {fits} AND coalesce(p.country, '') <> ''
              AND ({_same_side("p.", "e.source_")} OR e.tieable)
            UNION ALL
            SELECT p.pledge, e.event_id, e.date, false AS own, e.article_id, e.sentence,
                   coalesce(e.text, '') AS text
            FROM tieable e JOIN {{pledges}} p ON e.bucket = p.bucket
            WHERE {fits} AND p.tie AND e.source_country IS DISTINCT FROM p.country
              AND len(list_filter(p.names, lambda name: contains(e.words, name))) > 0
        )
        SELECT pledge, event_id, text FROM pairs
        ORDER BY pledge, date, own DESC, article_id, sentence, event_id
    """
    params = {
        "state": state,
        "first": first,
        "last": last,
        "roots": roots,
        "plover": plover,
        "width": width,
        "talk": sorted(TALK_ROOTS),
    }
    if ties:
        params["ties"] = ties
    for index, event_id, text in _with_table(store, "facta_pledge_windows", rows, query, params):
        found[index].append((event_id, text))
    return found


def records_by_id(store: Store, ids: set[str]) -> dict[str, Record]:
    """The stored records of the events `ids`: event id -> record."""
    rows = store.con.execute(
        "SELECT event_id, record FROM events WHERE event_id IN (SELECT unnest(?))", [sorted(ids)]
    ).fetchall()
    return {event_id: json.loads(record) for event_id, record in rows}


def dyad_values(
    store: Store, pledges: list[Pledge], knowledge: Knowledge, window_days: int
) -> dict[tuple[int, bool], list[float]]:
    """The Goldstein values of the dyad's asserted events (pledger and recipient, both ways; the
    pledger with anyone when there is no recipient) in the windows before and after each
    pledge: (pledge index, after) -> values.

    One query for all pledges: events of a pledger's or recipient's country meet the pledges of
    their window by a join on country and a coarse date bucket. The values come in the order the
    ledger has always summed them: the pledge's countries (in the order their set gives), source
    side before target side, then date and store order."""
    rows = []
    span = timedelta(days=window_days)
    for index, pledge in enumerate(pledges):
        countries = [
            c
            for c in {(pledge.actor or {}).get("country"), (pledge.recipient or {}).get("country")}
            - {None}
            if c
        ]
        if not pledge.made or not countries:
            continue
        made = date.fromisoformat(pledge.made[:10])
        row = {
            "pledge": index,
            "made": made,
            "country0": countries[0],
            "country1": countries[1] if len(countries) > 1 else None,
            "dyad": pledge.recipient is not None,
            **{f"a_{k}": v for k, v in _side(pledge.actor, knowledge).items()},
            **{f"r_{k}": v for k, v in _side(pledge.recipient, knowledge).items()},
        }
        first, last = _bucket(made - span, window_days), _bucket(made + span, window_days)
        rows.extend(
            {**row, "country": country, "bucket": bucket}
            for country in countries
            for bucket in range(first, last + 1)
        )
    if not rows:
        return {}
    a_source, a_target = _same_side("p.a_", "e.source_"), _same_side("p.a_", "e.target_")
    r_source, r_target = _same_side("p.r_", "e.source_"), _same_side("p.r_", "e.target_")
    query = f"""
        WITH dyad AS (
            SELECT rowid AS position, date, source_code, source_country,
                   list_has_all($state, coalesce(source_sectors, [])) AS source_state,
                   target_code, target_country,
                   list_has_all($state, coalesce(target_sectors, [])) AS target_state,
                   coalesce(goldstein, 0.0) AS goldstein,
                   (date - DATE '1970-01-01') // $width AS bucket
            FROM events
            WHERE {LIVE} AND {ASSERTED} AND date BETWEEN $first AND $last
              AND (list_contains($countries, source_country)
                   OR list_contains($countries, target_country))
        ), sides AS (
            SELECT *, source_country AS country, true AS by_source FROM dyad
            WHERE source_country IS NOT NULL
            UNION ALL
            SELECT *, target_country AS country, false AS by_source FROM dyad
            WHERE target_country IS NOT NULL
        ), matched AS (
            SELECT p.pledge, e.date > p.made AS after, e.goldstein, e.date, e.position,
                   CASE WHEN e.source_country = p.country0 THEN 0
                        WHEN e.target_country = p.country0 THEN 1
                        WHEN e.source_country = p.country1 THEN 2 ELSE 3 END AS first_read,
                   CASE WHEN e.country = p.country0 THEN 0 ELSE 2 END
                       + CASE WHEN e.by_source THEN 0 ELSE 1 END AS read
            FROM sides e JOIN {{pledges}} p ON e.country = p.country AND e.bucket = p.bucket
            WHERE e.date BETWEEN p.made - $days AND p.made + $days AND e.date <> p.made
              AND CASE WHEN p.dyad THEN ({a_source} AND {r_target}) OR ({r_source} AND {a_target})
                       ELSE {a_source} OR {a_target} END
        )
        SELECT pledge, after, list(goldstein ORDER BY first_read, date, position)
        FROM matched WHERE read = first_read GROUP BY pledge, after
    """
    made = [row["made"] for row in rows]
    params = {
        "state": list(knowledge.cues["state_sectors"]),
        "width": window_days,
        "first": min(made) - span,
        "last": max(made) + span,
        "days": window_days,
        "countries": sorted({row["country"] for row in rows}),
    }
    return {
        (index, after): values
        for index, after, values in _with_table(store, "facta_pledge_dyads", rows, query, params)
    }


def _bucket(day: date, width: int) -> int:
    return (day - date(1970, 1, 1)).days // width


def _evidence_row(index: int, pledge: Pledge, knowledge: Knowledge, window_days: int) -> Record:
    """What SQL needs to keep the events link.relation could relate to the pledge."""
    wanted, polarity = pledge.promised["cameo"], pledge.promised.get("polarity")
    rules = knowledge.family(wanted[:2])
    listed = (rules.stop_kept_by if polarity == "stop" else ()) + (
        rules.do_broken_by + knowledge.opposite(wanted) if polarity == "do" else ()
    )
    made = date.fromisoformat(pledge.made[:10])
    names = [n.lower() for n in names_of(pledge.actor, knowledge) if len(n) > 1]
    return {
        "pledge": index,
        "made": made,
        "last": made + timedelta(days=window_days),
        "root": wanted[:2],
        "family": family_of(wanted),
        "by_root": rules.scope == "root",
        "related": sorted(rules.related),
        "listed": sorted({family_of(c) for c in listed}),
        "roots": sorted(
            {
                *rules.related,
                *(
                    code[:2]
                    for code in rules.stop_kept_by + rules.do_broken_by + knowledge.opposite(wanted)
                ),
            }
        ),
        "plover": pledge.promised.get("plover") or None,
        "polarity": polarity,
        "tie": bool(tie_key(names)),
        "names": names,
        **_side(pledge.actor, knowledge),
    }


def _side(actor: Record | None, knowledge: Knowledge) -> Record:
    """An actor as the SQL of same_side needs it: present, code, country, all state sectors."""
    state = set(knowledge.cues["state_sectors"])
    actor = actor or {}
    return {
        "present": bool(actor),
        "code": actor.get("code"),
        "country": actor.get("country"),
        "state": set(actor.get("sectors") or ()) <= state,
    }


def _same_side(actor: str, side: str) -> str:
    """SQL for sides.same_side(actor, event side): `actor` the prefix of columns made by _side
    ("p.", "p.a_"), `side` the prefix of an event's code, country and state ("e.source_")."""
    return (
        f"({actor}present AND coalesce({side}code, '') <> '' "
        f"AND (coalesce({side}code = {actor}code, false) "
        f"OR (coalesce({actor}country, '') <> '' AND coalesce({side}country = {actor}country, false) "
        f"AND {actor}state AND {side}state)))"
    )


def _tie_literals(knowledge: Knowledge) -> str | None:
    """A case-blind regular expression for the fixed words of every tie phrase ("-backed",
    "loyal to "): a record without any of them holds no tie. None when a phrase has none."""
    parts = []
    for phrase in knowledge.ties:
        longest = max(phrase.split("{X}"), key=len)
        if not longest:
            return None
        parts.append("".join("\\" + c if c in r"\.^$|?*+()[]{}-/" else c for c in longest))
    return "(?i)(?:" + "|".join(parts) + ")"


def _with_table(
    store: Store, name: str, rows: list[Record], query: str, params: dict[str, Any]
) -> list[tuple]:
    """Run `query` with `rows` registered as table {pledges} (a name unique to this call)."""
    table = f"{name}_{uuid.uuid4().hex}"
    schema = pa.schema(
        [
            (column, COLUMN_TYPES.get(column.removeprefix("a_").removeprefix("r_"), pa.string()))
            for column in rows[0]
        ]
    )
    store.con.register(table, pa.Table.from_pylist(rows, schema=schema))
    try:
        return store.con.execute(query.replace("{pledges}", table), params).fetchall()
    finally:
        store.con.unregister(table)


def publication_days(store: Store, pledges: list[Pledge] | list[Record]) -> dict[str, str]:
    """The publication day of each pledge's (or event's) article: article id -> YYYY-MM-DD."""
    ids = sorted({(p.event if isinstance(p, Pledge) else p)["article_id"] for p in pledges})
    if not ids:
        return {}
    rows = store.con.execute(
        "SELECT article_id, CAST(pub_date AS VARCHAR) FROM articles "
        "WHERE pub_date IS NOT NULL AND list_contains(?, article_id)",
        [ids],
    ).fetchall()
    return dict(rows)


def latest_day(store: Store) -> str | None:
    """The date of the store's latest live event: how far the coded news reaches."""
    row = store.con.execute(
        f"SELECT CAST(max(date) AS VARCHAR) FROM events WHERE {LIVE}"
    ).fetchall()
    return row[0][0] if row else None
