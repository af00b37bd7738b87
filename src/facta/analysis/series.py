"""Dyad time series: how two actors treat each other, per day, week or month, both directions.

Counts per quad class, Goldstein sum and mean; asserted events only unless `include` says so.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from facta.exports.filters import EventFilter, FilterError, actor_pattern, direction_sql
from facta.store import Store

PERIODS = {"day": "D", "week": "W-MON", "month": "MS"}  # DuckDB date_trunc part -> pandas freq
QUAD_COLUMNS = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)
SERIES_COLUMNS = (
    "period",
    "source",
    "target",
    "events",
    *QUAD_COLUMNS,
    "cooperative",
    "conflictual",
    "goldstein_sum",
    "goldstein_mean",
)

_SQL = """
SELECT date_trunc('{by}', coalesce(e.date, a.pub_date)) AS period,
       e.reverse,
       count(*) AS events,
       count(*) FILTER (WHERE e.quad_class = 1) AS verbal_cooperation,
       count(*) FILTER (WHERE e.quad_class = 2) AS material_cooperation,
       count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,
       count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,
       sum(e.goldstein) AS goldstein_sum
FROM (SELECT date, article_id, quad_class, goldstein,
             CASE WHEN {forward} THEN 0 ELSE 1 END AS reverse
      FROM events {where}) e
LEFT JOIN articles a ON a.article_id = e.article_id
WHERE coalesce(e.date, a.pub_date) IS NOT NULL
GROUP BY ALL ORDER BY 1, 2
"""


def dyad_series(
    store: Store,
    a: str,
    b: str,
    by: str = "week",
    include: tuple[str, ...] = (),
    filters: EventFilter | None = None,
) -> pd.DataFrame:
    """One row per period and direction (source=a,target=b then source=b,target=a), with zero
    rows for quiet periods between the first and last event. Actor arguments match code
    prefixes (IRN matches IRNGOV, IRNMIL…). Events with no date take their article's date."""
    if by not in PERIODS:
        raise FilterError(f"--by {by!r}: choose day, week or month.")
    a, b = actor_pattern(a), actor_pattern(b)
    base = filters or EventFilter()
    where, params = replace(base, dyad=(a, b), include=include or base.include).where()
    forward, forward_params = direction_sql(a, b)
    sql = _SQL.format(by=by, where=where, forward=forward)
    frame = store.con.execute(sql, [*forward_params, *params]).df()
    return _complete(frame, a, b, by)


def _complete(frame: pd.DataFrame, a: str, b: str, by: str) -> pd.DataFrame:
    counts = ["events", *QUAD_COLUMNS]
    if frame.empty:
        result = pd.DataFrame(columns=list(SERIES_COLUMNS)).astype(
            {
                "period": "datetime64[ns]",
                **dict.fromkeys(counts, "int64"),
                "goldstein_sum": float,
                "source": object,
                "target": object,
            }
        )
    else:
        frame["period"] = pd.to_datetime(frame["period"])
        periods = pd.date_range(frame["period"].min(), frame["period"].max(), freq=PERIODS[by])
        index = pd.MultiIndex.from_product([periods, [0, 1]], names=["period", "reverse"])
        result = frame.set_index(["period", "reverse"]).reindex(index).reset_index()
        result[counts] = result[counts].fillna(0).astype("int64")
        result["goldstein_sum"] = result["goldstein_sum"].fillna(0.0).astype(float)
        result["source"] = result["reverse"].map({0: a, 1: b})
        result["target"] = result["reverse"].map({0: b, 1: a})
    result["cooperative"] = result["verbal_cooperation"] + result["material_cooperation"]
    result["conflictual"] = result["verbal_conflict"] + result["material_conflict"]
    events = result["events"].astype(float)
    result["goldstein_mean"] = (result["goldstein_sum"] / events).where(events > 0)
    result = result[list(SERIES_COLUMNS)]
    result.attrs.update(dyad=(a, b), by=by)
    return result
