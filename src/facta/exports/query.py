"""The one SQL query every export reads: filtered events, flattened, with article counts.

NumArticles counts the coded article and its near-duplicates; NumSources the distinct
publishers among them (at least 1); both come from the articles table.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from facta.exports.filters import EventFilter
from facta.store import Store

FLAT_COLUMNS = (
    "event_id",
    "article_id",
    "sentence",
    "date",
    "date_precision",
    "source_code",
    "source_country",
    "source_sectors",
    "source_name",
    "source_text",
    "target_code",
    "target_country",
    "target_sectors",
    "target_name",
    "target_text",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "negated",
    "future",
    "hypothetical",
    "attributed",
    "anonymous",
    "speaker_code",
    "attribution_text",
    "location_name",
    "location_country",
    "admin1",
    "lat",
    "lon",
    "geonameid",
    "location_feature",
    "rule",
    "confidence",
    "promised_cameo",
    "corrected",
    "evidence",
    "publisher",
    "url",
    "title",
    "pub_date",
    "ingested_at",
    "num_articles",
    "num_sources",
)

_SELECT = """
WITH e AS (SELECT * FROM events {where}),
counts AS (
    SELECT CASE WHEN status = 'duplicate' THEN duplicate_of ELSE article_id END AS coded_id,
           count(*) AS num_articles, count(DISTINCT source) AS num_sources
    FROM articles
    WHERE status IN ('coded', 'duplicate')
      AND (article_id IN (SELECT article_id FROM e) OR duplicate_of IN (SELECT article_id FROM e))
    GROUP BY 1
)
SELECT e.event_id, e.article_id, e.sentence, e.date, e.date_precision,
       e.source_code, e.source_country, e.source_sectors, e.source_name,
       json_extract_string(e.record, '$.source.text') AS source_text,
       e.target_code, e.target_country, e.target_sectors, e.target_name,
       json_extract_string(e.record, '$.target.text') AS target_text,
       e.cameo, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
       CAST(json_extract(e.record, '$.plover.context') AS VARCHAR[]) AS plover_context,
       e.negated, e.future, e.hypothetical, e.attributed, e.anonymous, e.speaker_code,
       json_extract_string(e.record, '$.attribution.text') AS attribution_text,
       e.location_name, e.location_country, e.admin1, e.lat, e.lon, e.geonameid,
       json_extract_string(e.record, '$.location.feature') AS location_feature,
       e.rule, e.confidence, e.promised_cameo, e.corrected,
       json_extract_string(e.record, '$.evidence.text') AS evidence,
       a.source AS publisher, a.url, a.title, a.pub_date, a.ingested_at,
       coalesce(c.num_articles, 1) AS num_articles,
       greatest(coalesce(c.num_sources, 0), 1) AS num_sources
FROM e
LEFT JOIN articles a ON a.article_id = e.article_id
LEFT JOIN counts c ON c.coded_id = e.article_id
ORDER BY e.date NULLS LAST, e.article_id, e.sentence, e.event_id
"""


def flat_query(filters: EventFilter) -> tuple[str, list[object]]:
    where, params = filters.where()
    return _SELECT.format(where=where), params


def flat_rows(store: Store, filters: EventFilter, batch: int = 4096) -> Iterator[dict[str, Any]]:
    """Filtered events as dicts keyed by FLAT_COLUMNS, oldest first, read in batches."""
    sql, params = flat_query(filters)
    cursor = store.con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row, strict=True))
