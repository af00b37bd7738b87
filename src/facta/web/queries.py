"""What each workbench page reads from the store: parameterised SQL over one DuckDB cursor.

Filters come from the query string through `EventQuery`; only whitelisted column names ever
reach SQL text, every value is a parameter.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

import duckdb

from facta.exports.filters import EventFilter, FilterError
from facta.text import shorten

PAGE_SIZE = 50
SORTS = {
    "date": "date",
    "cameo": "cameo",
    "source": "source_code",
    "target": "target_code",
    "goldstein": "goldstein",
    "confidence": "confidence",
    "place": "location_name",
}
MODALITY_CHOICES = ("asserted", "all", "negated", "future", "hypothetical")
ATTRIBUTION_CHOICES = ("any", "article", "reported", "anonymous")
TABLE_COLUMNS = (
    "event_id, article_id, date, source_code, source_name, target_code, target_name, cameo, "
    "root, quad_class, goldstein, plover_type, negated, future, hypothetical, attributed, "
    "anonymous, location_name, location_country, rule, confidence, rejected, corrected"
)


def rows_as_dicts(
    cursor: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
) -> list[dict[str, Any]]:
    result = cursor.execute(sql, params or [])
    names = [column[0] for column in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


@dataclass(frozen=True)
class EventQuery:
    """The events-table form: filters, sort and page, as typed in the query string."""

    actor: str = ""
    dyad_a: str = ""
    dyad_b: str = ""
    code: str = ""
    quad: str = ""
    since: str = ""
    until: str = ""
    place: str = ""
    modality: str = "asserted"
    attribution: str = "any"
    rejected: bool = False
    sort: str = "date"
    order: str = "desc"
    page: int = 1

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> EventQuery:
        def text(name: str, default: str = "") -> str:
            return (params.get(name) or default).strip()[:80]

        page_text = (params.get("page") or "1").strip()
        if not (page_text.isascii() and page_text.isdigit()) or len(page_text) > 9:
            raise FilterError("page must be a whole number below a billion.")
        page = max(1, int(page_text))
        return cls(
            actor=text("actor"),
            dyad_a=text("a"),
            dyad_b=text("b"),
            code=text("code"),
            quad=text("quad"),
            since=text("since"),
            until=text("until"),
            place=text("place"),
            modality=text("modality", "asserted"),
            attribution=text("attribution", "any"),
            rejected=params.get("rejected") == "1",
            sort=text("sort", "date"),
            order="asc" if params.get("order") == "asc" else "desc",
            page=page,
        )

    def params(self, **changes: Any) -> dict[str, str]:
        """The query-string values of this form (non-empty only), with `changes` applied."""
        values = {
            "actor": self.actor,
            "a": self.dyad_a,
            "b": self.dyad_b,
            "code": self.code,
            "quad": self.quad,
            "since": self.since,
            "until": self.until,
            "place": self.place,
            "modality": self.modality if self.modality != "asserted" else "",
            "attribution": self.attribution if self.attribution != "any" else "",
            "rejected": "1" if self.rejected else "",
            "sort": self.sort,
            "order": self.order,
            "page": str(self.page),
        }
        values.update({key: str(value) for key, value in changes.items()})
        return {key: value for key, value in values.items() if value}

    def event_filter(self) -> EventFilter:
        if self.modality not in MODALITY_CHOICES:
            raise FilterError(f"modality {self.modality!r}: choose {', '.join(MODALITY_CHOICES)}.")
        if self.attribution not in ATTRIBUTION_CHOICES:
            raise FilterError(
                f"attribution {self.attribution!r}: choose {', '.join(ATTRIBUTION_CHOICES)}."
            )
        if bool(self.dyad_a) != bool(self.dyad_b):
            raise FilterError("a dyad needs both actors (a and b).")
        if self.quad and self.quad not in ("1", "2", "3", "4"):
            raise FilterError("quad class must be 1, 2, 3 or 4.")
        return EventFilter(
            actor=self.actor or None,
            dyad=(self.dyad_a, self.dyad_b) if self.dyad_a else None,
            cameo=self.code or None,
            quad_class=int(self.quad) if self.quad else None,
            since=self.since or None,
            until=self.until or None,
            place=self.place or None,
            include=() if self.modality == "asserted" else ("all",),
            anonymous=True if self.attribution == "anonymous" else None,
            attributed={"article": False, "reported": True}.get(self.attribution),
        )

    def where(self) -> tuple[str, list[Any]]:
        where, params = self.event_filter().where()
        if self.modality in ("negated", "future", "hypothetical"):
            where += f" AND coalesce({self.modality}, false)"
        if self.rejected:
            where = where.replace("NOT coalesce(rejected, false)", "coalesce(rejected, false)", 1)
        return where, params

    def order_by(self) -> str:
        column = SORTS.get(self.sort, "date")
        direction = "ASC" if self.order == "asc" else "DESC"
        return f"{column} {direction} NULLS LAST, rowid"


def count_events(cursor: duckdb.DuckDBPyConnection, query: EventQuery) -> int:
    where, params = query.where()
    return int(cursor.execute(f"SELECT count(*) FROM events {where}", params).fetchall()[0][0])


def event_page(
    cursor: duckdb.DuckDBPyConnection, query: EventQuery
) -> tuple[list[dict[str, Any]], int]:
    """One page of the filtered, sorted events table, and how many events match in all."""
    where, params = query.where()
    total = cursor.execute(f"SELECT count(*) FROM events {where}", params).fetchall()[0][0]
    offset = (query.page - 1) * PAGE_SIZE
    ids = cursor.execute(
        f"SELECT event_id FROM events {where} ORDER BY {query.order_by()} "
        f"LIMIT {PAGE_SIZE} OFFSET {int(offset)}",
        params,
    ).fetchall()
    return events_by_id(cursor, [row[0] for row in ids]), int(total)


def placeholders(values: list[Any]) -> str:
    """ "?, ?, ?" for a short list: DuckDB looks such lists up in the primary-key index."""
    return ", ".join("?" for _ in values)


def events_by_id(cursor: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    """Table rows (with article titles) for these events, in the order given.

    Sorting only ids first and fetching the few rows after keeps large stores fast."""
    if not ids:
        return []
    rows = rows_as_dicts(
        cursor,
        f"SELECT e.*, a.title FROM (SELECT {TABLE_COLUMNS} FROM events "
        f"WHERE event_id IN ({placeholders(ids)})) e LEFT JOIN articles a USING (article_id)",
        ids,
    )
    position = {event_id: index for index, event_id in enumerate(ids)}
    return sorted(rows, key=lambda row: position[row["event_id"]])


def overview_counts(cursor: duckdb.DuckDBPyConnection) -> dict[str, int]:
    row = cursor.execute(
        """SELECT (SELECT count(*) FROM articles WHERE status = 'coded'),
                  count(*) FILTER (WHERE NOT coalesce(rejected, false)),
                  count(*) FILTER (WHERE NOT coalesce(rejected, false) AND NOT coalesce(negated, false)
                                   AND NOT coalesce(future, false)
                                   AND NOT coalesce(hypothetical, false)),
                  count(*) FILTER (WHERE rejected), count(*) FILTER (WHERE corrected),
                  (SELECT count(*) FROM places),
                  (SELECT count(*) FROM overrides WHERE reverted_at IS NULL)
           FROM events"""
    ).fetchall()[0]
    names = ("articles", "events", "asserted", "rejected", "corrected", "places", "corrections")
    return dict(zip(names, (int(value or 0) for value in row), strict=True))


def period_for(
    cursor: duckdb.DuckDBPyConnection, where: str = "WHERE true", params: list[Any] | None = None
) -> str:
    """day, week or month: whichever gives a readable number of bars for the date range."""
    first, last = cursor.execute(
        f"SELECT min(date), max(date) FROM events {where}", params or []
    ).fetchall()[0]
    if first is None:
        return "month"
    days = (last - first).days
    return "day" if days <= 45 else "week" if days <= 400 else "month"


def quad_series(
    cursor: duckdb.DuckDBPyConnection, by: str, window: EventFilter | None = None
) -> list[dict[str, Any]]:
    """Events per period and quad class, asserted and not rejected, oldest first; quiet periods
    between the first and the last are there with zero counts, so time runs evenly."""
    where, params = (window or EventFilter()).where()
    return zero_filled(_quad_rows(cursor, by, where, params), by)


def zero_filled(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    if not rows:
        return rows
    found = {row["period"]: row for row in rows}
    filled, period = [], rows[0]["period"]
    while period <= rows[-1]["period"]:
        filled.append(found.get(period) or {"period": period, "q1": 0, "q2": 0, "q3": 0, "q4": 0})
        if by == "month":
            period = period.replace(
                year=period.year + period.month // 12, month=period.month % 12 + 1
            )
        else:
            period += timedelta(days=7 if by == "week" else 1)
    return filled


def _quad_rows(
    cursor: duckdb.DuckDBPyConnection, by: str, where: str, params: list[Any]
) -> list[dict[str, Any]]:
    return rows_as_dicts(
        cursor,
        f"""SELECT date_trunc('{by}', date) AS period,
                   count(*) FILTER (WHERE quad_class = 1) AS q1,
                   count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3,
                   count(*) FILTER (WHERE quad_class = 4) AS q4
            FROM events {where} AND date IS NOT NULL GROUP BY 1 ORDER BY 1""",
        params,
    )


AREA_FEATURES = ("country", "admin1", "region", "continent", "water")
FEATURE_SQL = "coalesce(json_extract_string(record, '$.location.feature'), '')"


def map_points(cursor: duckdb.DuckDBPyConnection, query: EventQuery) -> list[dict[str, Any]]:
    """Events grouped by place (name and coordinates), with their quad-class counts: only
    places that are points (towns, sites, districts), never the centre of a country or region."""
    return _places(cursor, query, "NOT IN", "round(lat, 2) AS lat, round(lon, 2) AS lon", 400)


def map_areas(cursor: duckdb.DuckDBPyConnection, query: EventQuery) -> list[dict[str, Any]]:
    """Events located only at a country, province, region or body of water: listed beside the
    map, since a dot at the area's centre would claim a place nobody named."""
    return _places(cursor, query, "IN", f"{FEATURE_SQL} AS feature", 100)


def _places(
    cursor: duckdb.DuckDBPyConnection, query: EventQuery, test: str, columns: str, limit: int
) -> list[dict[str, Any]]:
    where, params = query.where()
    areas = ", ".join(f"'{feature}'" for feature in AREA_FEATURES)
    return rows_as_dicts(
        cursor,
        f"""SELECT location_name AS name, location_country AS country, {columns},
                   count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS q1,
                   count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3,
                   count(*) FILTER (WHERE quad_class = 4) AS q4
            FROM events {where} AND lat IS NOT NULL AND lon IS NOT NULL
            AND {FEATURE_SQL} {test} ({areas})
            GROUP BY ALL ORDER BY events DESC, name LIMIT {int(limit)}""",
        params,
    )


def article(cursor: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(
        cursor,
        "SELECT article_id, title, published, source, url, author, language, status, reason, "
        "duplicate_of, text, words FROM articles WHERE article_id = ?",
        [article_id],
    )
    return rows[0] if rows else None


def article_events(cursor: duckdb.DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """The article's events as records, with their review flags, in reading order."""
    rows = cursor.execute(
        "SELECT record, rejected, corrected FROM events WHERE article_id = ? "
        "ORDER BY sentence, event_id",
        [article_id],
    ).fetchall()
    events = []
    for record, rejected, corrected in rows:
        event = json.loads(record)
        event.update(rejected=bool(rejected), corrected=bool(corrected))
        events.append(event)
    return events


def article_places(cursor: duckdb.DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    return rows_as_dicts(
        cursor,
        "SELECT start_char, end_char, text, name, country, admin1, feature, lat, lon "
        "FROM places WHERE article_id = ? ORDER BY start_char",
        [article_id],
    )


def actor_profile(cursor: duckdb.DuckDBPyConnection, code: str) -> dict[str, Any]:
    """Names written for an actor code, what actor memory learned over time, its event counts."""
    names = rows_as_dicts(
        cursor,
        """SELECT name, count(*) AS events FROM (
               SELECT source_name AS name FROM events WHERE source_code = ?
               UNION ALL SELECT target_name FROM events WHERE target_code = ?)
           WHERE name IS NOT NULL GROUP BY name ORDER BY events DESC, name LIMIT 30""",
        [code, code],
    )
    facts = rows_as_dicts(
        cursor,
        """SELECT f.name, coalesce(f.country, '') || array_to_string(f.sectors, '') AS code,
                  f.date, f.evidence, f.origin, f.article_id
           FROM actor_facts f
           WHERE coalesce(f.country, '') || array_to_string(f.sectors, '') = ?
              OR f.name IN (SELECT source_name FROM events WHERE source_code = ?
                            UNION SELECT target_name FROM events WHERE target_code = ?)
           ORDER BY f.name, f.date NULLS FIRST LIMIT 200""",
        [code, code, code],
    )
    roles = cursor.execute(
        """SELECT count(*) FILTER (WHERE source_code = ?), count(*) FILTER (WHERE target_code = ?),
                  min(date), max(date)
           FROM events WHERE (source_code = ? OR target_code = ?)
           AND NOT coalesce(rejected, false)""",
        [code, code, code, code],
    ).fetchall()[0]
    return {
        "names": names,
        "facts": facts,
        "as_source": roles[0],
        "as_target": roles[1],
        "first": roles[2],
        "last": roles[3],
    }


def dyad_events(
    cursor: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    since: str = "",
    until: str = "",
    limit: int = 50,
) -> list[dict[str, Any]]:
    query = replace(EventQuery(), dyad_a=a, dyad_b=b, modality="all", since=since, until=until)
    where, params = query.where()
    ids = cursor.execute(
        f"SELECT event_id FROM events {where} ORDER BY date DESC NULLS LAST, rowid "
        f"LIMIT {int(limit)}",
        params,
    ).fetchall()
    return events_by_id(cursor, [row[0] for row in ids])


def dyad_pledges(
    cursor: duckdb.DuckDBPyConnection, a: str, b: str, since: str = "", until: str = ""
) -> list[tuple[str, str]]:
    """(date, label) of each dated promise (CAMEO 03x) or threat (13x) one actor of the dyad
    made to the other: the pledge markers when the full ledger has not been computed."""
    query = replace(EventQuery(), dyad_a=a, dyad_b=b, modality="all", since=since, until=until)
    where, params = query.where()
    rows = cursor.execute(
        f"""SELECT event_id, strftime(date, '%Y-%m-%d'), source_code, cameo
            FROM events {where} AND date IS NOT NULL
            AND (starts_with(cameo, '03') OR starts_with(cameo, '13'))
            ORDER BY date, rowid LIMIT 61""",
        params,
    ).fetchall()
    # the promised words live in the record JSON: read it for these few events only
    ids = [row[0] for row in rows]
    texts = (
        dict(
            cursor.execute(
                "SELECT event_id, json_extract_string(record, '$.promised.text') FROM events "
                f"WHERE event_id IN ({placeholders(ids)})",
                ids,
            ).fetchall()
        )
        if rows
        else {}
    )
    return [
        (
            day,
            f"{source or '?'} {'threat' if cameo.startswith('13') else 'promise'}: "
            f"{shorten(texts.get(event_id) or cameo, 50)}",
        )
        for event_id, day, source, cameo in rows
    ]
