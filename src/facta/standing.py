"""Corrections that stand for events written later: an analyst's merge of two actor codes
(facta.corrections) also recodes every event a coding run stores after it.

`Store.write_batch` calls `apply_merges` inside the batch's transaction, so a merge made while a
run is under way reaches every later batch, and each event it recodes is added to the merge's
record: undoing the merge restores those events too.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from facta.models import split_actor_code

SIDES = ("source", "target")


def merged_actor(actor: dict[str, Any], code: str) -> dict[str, Any]:
    """The actor record `actor` under the actor code `code`; its name and text are kept."""
    country, sectors = split_actor_code(code)
    return dict(actor, code=code, country=country, sectors=list(sectors))


def merge_sides(record: dict[str, Any], old_code: str, new_code: str) -> dict[str, Any]:
    """Recode the sides of an event record whose actor code is `old_code`; the sides as they
    were before (empty when neither side has that code)."""
    before = {s: record[s] for s in SIDES if (record.get(s) or {}).get("code") == old_code}
    for side, actor in before.items():
        record[side] = merged_actor(actor, new_code)
    return before


def apply_merges(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    """Recode event rows about to be stored by every merge still in force, oldest first, and
    add them to each merge's record of the sides it replaced."""
    merges = con.execute(
        "SELECT override_id, target_id, new_value, old_value FROM overrides "
        "WHERE action = 'merge' AND reverted_at IS NULL ORDER BY made_at, override_id"
    ).fetchall()
    for override_id, old_code, new_value, old_value in merges:
        new_code = json.loads(new_value)["code"]
        recoded: dict[str, dict[str, Any]] = {}
        for row in rows:
            if old_code not in (row["source_code"], row["target_code"]):
                continue
            record = json.loads(row["record"])
            before = merge_sides(record, old_code, new_code)
            if not before:
                continue
            for side in before:
                actor = record[side]
                row[f"{side}_code"] = actor["code"]
                row[f"{side}_country"] = actor["country"]
                row[f"{side}_sectors"] = actor["sectors"]
            row["record"] = json.dumps(record, ensure_ascii=False)
            row["corrected"] = True
            recoded[row["event_id"]] = before
        if recoded:
            replaced = json.loads(old_value) | recoded
            con.execute(
                "UPDATE overrides SET old_value = ? WHERE override_id = ?",
                [json.dumps(replaced, ensure_ascii=False), override_id],
            )
