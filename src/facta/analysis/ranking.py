"""Who acts most and which pairs interact most: top actors and top dyads as DataFrames.

`level="code"` ranks full codes (IRNMIL); `level="country"` folds them into their country or
organisation (IRN, IGOUNO); actors with neither keep their code (REB).
"""

from __future__ import annotations

import pandas as pd

from facta.exports.filters import EventFilter, FilterError
from facta.store import Store

LEVELS = {
    "code": ("nullif(source_code, '')", "nullif(target_code, '')"),
    "country": (
        "coalesce(source_country, nullif(source_code, ''))",
        "coalesce(target_country, nullif(target_code, ''))",
    ),
}
_MEASURES = """
       count(*) AS events,
       count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperative,
       count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflictual,
       sum(goldstein) AS goldstein_sum,
       avg(goldstein) AS goldstein_mean
"""


def _sides(level: str) -> tuple[str, str]:
    if level not in LEVELS:
        raise FilterError(f"level {level!r}: choose code or country.")
    return LEVELS[level]


def _limit(n: int | None) -> str:
    return f"LIMIT {int(n)}" if n else ""


def top_actors(
    store: Store, n: int | None = 20, filters: EventFilter | None = None, level: str = "code"
) -> pd.DataFrame:
    """Actors by number of events they take part in, as source or target."""
    source, target = _sides(level)
    where, params = (filters or EventFilter()).where()
    sql = f"""
    WITH f AS (SELECT {source} AS s, {target} AS t, quad_class, goldstein FROM events {where}),
    sides AS (SELECT s AS actor, 1 AS as_source, quad_class, goldstein FROM f WHERE s IS NOT NULL
              UNION ALL
              SELECT t, 0, quad_class, goldstein FROM f WHERE t IS NOT NULL)
    SELECT actor, {_MEASURES}, sum(as_source) AS as_source, count(*) - sum(as_source) AS as_target
    FROM sides GROUP BY actor ORDER BY events DESC, actor {_limit(n)}
    """
    frame = store.con.execute(sql, params).df()
    return frame.astype({"as_source": "int64", "as_target": "int64"})


def top_dyads(
    store: Store,
    n: int | None = 20,
    filters: EventFilter | None = None,
    level: str = "code",
    directed: bool = True,
) -> pd.DataFrame:
    """Pairs by number of events between them; undirected pairs are written in code order."""
    source, target = _sides(level)
    if not directed:
        source, target = f"least({source}, {target})", f"greatest({source}, {target})"
    where, params = (filters or EventFilter()).where()
    sql = f"""
    SELECT {source} AS source, {target} AS target, {_MEASURES}
    FROM events {where}
    AND {source} IS NOT NULL AND {target} IS NOT NULL
    GROUP BY ALL ORDER BY events DESC, source, target {_limit(n)}
    """
    return store.con.execute(sql, params).df()
