"""Why a filter matched no events: codes that match nothing, events kept out as not asserted,
outside the dates, or undated (and so out of every time series). One sentence per reason.
"""

from __future__ import annotations

from dataclasses import replace

from facta.exports.filters import EventFilter, matches
from facta.store import Store


def count(store: Store, filters: EventFilter) -> int:
    where, params = filters.where()
    return int(store.con.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0])


def unknown_codes(store: Store, filters: EventFilter) -> list[str]:
    """The actor codes of the filter that begin no source or target code in the store."""
    patterns = [filters.actor, filters.source, filters.target, *(filters.dyad or ())]
    codes = [code for pattern in patterns if pattern for code in pattern.split(",")]
    missing = []
    for code in dict.fromkeys(codes):
        as_source, source_params = matches("source_code", code)
        as_target, target_params = matches("target_code", code)
        found = store.con.execute(
            f"SELECT count(*) FROM events WHERE {as_source} OR {as_target}",
            [*source_params, *target_params],
        ).fetchone()[0]
        if not found:
            missing.append(code)
    return missing


def why_none(store: Store, filters: EventFilter, dated: bool = False) -> list[str]:
    """Sentences saying why `filters` keep no event (or, with `dated`, no dated event)."""
    reasons = []
    missing = unknown_codes(store, filters)
    if missing:
        codes = ", ".join(missing)
        reasons.append(f"no event in the store has an actor code beginning with {codes}.")
        return reasons
    every = replace(filters, include=("all",))
    kept_out = count(store, every) - count(store, filters)
    if kept_out > 0:
        reasons.append(
            f"{kept_out} matching events are negated, future or hypothetical and are left out "
            "by default; add --include all (or negated, future, hypothetical) to keep them."
        )
    undated = count_undated(store, replace(every, since=None, until=None))
    if filters.since or filters.until:
        any_date = count(store, replace(every, since=None, until=None)) - undated
        inside = count(store, every)
        if any_date > inside:
            reasons.append(f"{any_date - inside} matching events fall outside --since/--until.")
    if undated and (dated or filters.since or filters.until):
        reasons.append(
            f"{undated} matching events have no date (neither the text nor the article gave "
            "one), so no time series or date filter can place them; code their articles "
            "with --date."
        )
    if not reasons:
        reasons.append("no event matches these filters together; try fewer of them.")
    return reasons


def count_undated(store: Store, filters: EventFilter) -> int:
    """Matching events with no date of their own and no publication date to fall back on."""
    where, params = filters.where()
    return int(
        store.con.execute(
            f"SELECT count(*) FROM (SELECT article_id FROM events {where} AND date IS NULL) e "
            "LEFT JOIN articles a USING (article_id) WHERE a.pub_date IS NULL",
            params,
        ).fetchone()[0]
    )
