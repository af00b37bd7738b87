"""Analyst corrections to coded events: reject, recode, change an actor, merge two actor codes.

Each correction is one row of the `overrides` table (who, when, what, why, old and new values)
applied to the events row and its record JSON, and can be undone; `facta serve` uses these.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from facta.errors import FactaError
from facta.standing import SIDES, merge_sides
from facta.store import Store, now

ORGANISATION_PREFIXES = ("IGO", "NGO")


def sector_codes() -> frozenset[str]:
    """The sector codes of conventions.md, from the export's sector table."""
    from facta.exports.geography import sector_names

    return frozenset(sector_names())


class CorrectionError(FactaError):
    """A correction cannot be made: unknown event, bad code, nothing to undo, read-only store."""


@dataclass(frozen=True)
class Override:
    """One stored correction, as listed on the web workbench."""

    override_id: str
    target_kind: str  # event | actor
    target_id: str
    action: str  # reject | code | actor | merge
    field: str | None
    old_value: Any
    new_value: Any
    who: str | None
    why: str | None
    made_at: str
    reverted_at: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def summary(self) -> tuple[str, str]:
        """The old and new values in a few words: ("190", "193"), ("CODREB", "unknown")."""
        if self.action == "merge":
            return f"{self.target_id} in {len(self.old_value)} events", self.new_value["code"]
        if self.action == "reject":
            return "kept", "rejected"
        if self.action == "code":
            return self.old_value.get("cameo") or "", self.new_value.get("cameo") or ""
        side = self.field or "source"
        before = (self.old_value.get(side) or {}).get("code") or "unknown"
        after = (self.new_value.get(side) or {}).get("code") or "unknown"
        return before, after


def parse_actor_code(code: str, name: str | None = None) -> dict[str, Any] | None:
    """An actor record for a code typed by an analyst: "IRNMIL", "IGOUNO", "REB"; "" is unknown."""
    value = code.strip().upper()
    if not value:
        return None
    if not value.isalpha() or len(value) % 3:
        raise CorrectionError(f"actor code {code!r} is not like IRN, IRNMIL, IGOUNO or REB.")
    if value[:3] in ORGANISATION_PREFIXES and len(value) >= 6:
        country, rest = value[:6], value[6:]
    elif value[:3] in sector_codes():
        country, rest = None, value
    else:
        country, rest = value[:3], value[3:]
    sectors = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    unknown = [s for s in sectors if s not in sector_codes()]
    if unknown:
        raise CorrectionError(f"actor code {code!r}: {unknown[0]} is not a sector code.")
    return {"code": value, "country": country, "sectors": sectors, "name": name, "text": None}


def code_fragment(cameo: str) -> dict[str, Any]:
    """The record fields a CAMEO code decides, from facta's codebook."""
    from facta.codebook import codebook

    info = codebook().get(cameo.strip())
    if info is None:
        raise CorrectionError(f"{cameo!r} is not a CAMEO code (e.g. 190, 0311, 111).")
    return {
        "cameo": info.code,
        "root": info.root,
        "quad_class": info.quad_class,
        "goldstein": info.goldstein,
        "plover": {
            "type": info.plover_type,
            "mode": info.plover_mode,
            "context": list(info.plover_context),
        },
    }


def columns_for(fragment: dict[str, Any]) -> dict[str, Any]:
    """The events-table columns that mirror a record fragment."""
    columns: dict[str, Any] = {}
    for key, value in fragment.items():
        if key in ("cameo", "root", "quad_class", "goldstein"):
            columns[key] = value
        elif key == "plover":
            columns["plover_type"] = (value or {}).get("type")
            columns["plover_mode"] = (value or {}).get("mode")
        elif key in SIDES:
            actor = value or {}
            columns[f"{key}_code"] = actor.get("code")
            columns[f"{key}_country"] = actor.get("country")
            columns[f"{key}_sectors"] = actor.get("sectors") if value else None
            columns[f"{key}_name"] = actor.get("name")
        elif key == "rejected":
            columns["rejected"] = bool(value)
    return columns


class Corrections:
    """Corrections on one writable store: `Corrections(store).reject(event_id, who=…, why=…)`."""

    def __init__(self, store: Store):
        self.store = store
        self.con = store.con

    # --- reading ----------------------------------------------------------------------------

    def record(self, event_id: str) -> dict[str, Any]:
        rows = self.con.execute(
            "SELECT record, rejected FROM events WHERE event_id = ?", [event_id]
        ).fetchall()
        if not rows:
            raise CorrectionError(f"no event {event_id!r} in this store.")
        record = json.loads(rows[0][0])
        record["rejected"] = bool(rows[0][1])
        return record

    def history(self, target_id: str | None = None, limit: int = 200) -> list[Override]:
        """Corrections, newest first; for one event or actor code when `target_id` is given."""
        where, params = ("WHERE target_id = ?", [target_id]) if target_id else ("", [])
        return self._overrides(where, params, limit)

    def find(self, override_id: str) -> Override:
        found = self._overrides("WHERE override_id = ?", [override_id], 1)
        if not found:
            raise CorrectionError(f"no correction {override_id!r}.")
        return found[0]

    def _overrides(self, where: str, params: list[Any], limit: int) -> list[Override]:
        rows = self.con.execute(
            "SELECT override_id, target_kind, target_id, action, field, old_value, new_value, "
            f"who, why, made_at, reverted_at FROM overrides {where} "
            "ORDER BY made_at DESC, override_id LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [
            Override(
                *row[:5],
                json.loads(row[5]),
                json.loads(row[6]),
                row[7],
                row[8],
                str(row[9]),
                str(row[10]) if row[10] else None,
            )
            for row in rows
        ]

    # --- corrections ------------------------------------------------------------------------

    def reject(self, event_id: str, who: str | None = None, why: str | None = None) -> str:
        """Mark an event wrong: every view, export and the pledge ledger leave it out."""
        old = {"rejected": self.record(event_id)["rejected"]}
        return self._event_change(event_id, "reject", "rejected", old, {"rejected": True}, who, why)

    def change_code(
        self, event_id: str, cameo: str, who: str | None = None, why: str | None = None
    ) -> str:
        """Recode an event; root, quad class, Goldstein and PLOVER follow from the codebook."""
        new = code_fragment(cameo)
        record = self.record(event_id)
        old = {key: record.get(key) for key in new}
        return self._event_change(event_id, "code", "cameo", old, new, who, why)

    def change_actor(
        self,
        event_id: str,
        side: str,
        code: str,
        who: str | None = None,
        why: str | None = None,
        name: str | None = None,
    ) -> str:
        """Replace an event's source or target actor by the actor with `code` ("" = unknown)."""
        if side not in SIDES:
            raise CorrectionError(f"side {side!r}: choose source or target.")
        record = self.record(event_id)
        actor = parse_actor_code(code, name)
        if actor and record.get(side):
            actor["text"] = record[side].get("text")
            actor["name"] = name or (
                record[side].get("name")
                if code.upper() == (record[side].get("code") or "")
                else None
            )
        return self._event_change(
            event_id, "actor", side, {side: record.get(side)}, {side: actor}, who, why
        )

    def merge_actors(
        self, old_code: str, new_code: str, who: str | None = None, why: str | None = None
    ) -> str:
        """Every event whose source or target code is exactly `old_code` gets `new_code`, and
        so does every event stored after it (facta.standing), until it is undone."""
        new_actor = parse_actor_code(new_code)
        old_code = old_code.strip().upper()
        if not old_code or new_actor is None or old_code == new_actor["code"]:
            raise CorrectionError("merge needs two different actor codes.")
        before: dict[str, dict[str, Any]] = {}
        rows = self.con.execute(
            "SELECT event_id, record FROM events WHERE source_code = ? OR target_code = ?",
            [old_code, old_code],
        ).fetchall()
        if not rows:
            raise CorrectionError(f"no event has the actor code {old_code}.")
        with self._writing():
            for event_id, text in rows:
                record = json.loads(text)
                before[event_id] = merge_sides(record, old_code, new_actor["code"])
                self._apply(event_id, {side: record[side] for side in before[event_id]})
                self.con.execute(
                    "UPDATE events SET corrected = true WHERE event_id = ?", [event_id]
                )
            return self._insert(
                "actor", old_code, "merge", "code", before, {"code": new_actor["code"]}, who, why
            )

    def undo(self, override_id: str) -> None:
        """Restore the values a correction replaced and mark it reverted."""
        override = self.find(override_id)
        if override.reverted_at:
            raise CorrectionError(f"correction {override_id} was already undone.")
        with self._writing():
            if override.action != "merge":
                self._check_latest(override)
            self.con.execute(
                "UPDATE overrides SET reverted_at = ? WHERE override_id = ?", [now(), override_id]
            )
            restored = (
                override.old_value
                if override.action == "merge"
                else {override.target_id: override.old_value}
            )
            for event_id, fragment in restored.items():
                self._apply(event_id, fragment)
                self._refresh_corrected(event_id)

    def _check_latest(self, override: Override) -> None:
        later = self.con.execute(
            "SELECT count(*) FROM overrides WHERE target_id = ? AND field = ? "
            "AND reverted_at IS NULL AND made_at > ?",
            [override.target_id, override.field, override.made_at],
        ).fetchall()[0][0]
        if later:
            raise CorrectionError("a later correction changed the same field; undo that one first.")

    # --- internals --------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            with self.store.transaction():
                yield
        except Exception as error:
            if "read-only" in str(error).lower():
                raise CorrectionError(
                    "this store is open read-only; start 'facta serve --allow-edits' to correct."
                ) from None
            raise

    def _event_change(
        self,
        event_id: str,
        action: str,
        field: str,
        old: dict[str, Any],
        new: dict[str, Any],
        who: str | None,
        why: str | None,
    ) -> str:
        with self._writing():
            self._apply(event_id, new)
            override_id = self._insert("event", event_id, action, field, old, new, who, why)
            self._refresh_corrected(event_id)
        return override_id

    def _apply(self, event_id: str, fragment: dict[str, Any]) -> None:
        record = self.record(event_id)
        record.pop("rejected", None)
        record.update({k: v for k, v in fragment.items() if k != "rejected"})
        columns = columns_for(fragment)
        columns["record"] = json.dumps(record, ensure_ascii=False)
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self.con.execute(
            f"UPDATE events SET {assignments} WHERE event_id = ?", [*columns.values(), event_id]
        )

    def _refresh_corrected(self, event_id: str) -> None:
        self.con.execute(
            "UPDATE events SET corrected = EXISTS (SELECT 1 FROM overrides o WHERE "
            "o.reverted_at IS NULL AND ((o.target_id = ? AND o.action IN ('code', 'actor')) "
            "OR (o.action = 'merge' AND json_exists(o.old_value, ?)))) WHERE event_id = ?",
            [event_id, f'$."{event_id}"', event_id],
        )

    def _insert(
        self,
        kind: str,
        target: str,
        action: str,
        field: str,
        old: Any,
        new: Any,
        who: str | None,
        why: str | None,
    ) -> str:
        override_id = uuid.uuid4().hex[:16]
        self.con.execute(
            "INSERT INTO overrides VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            [
                override_id,
                kind,
                target,
                action,
                field,
                json.dumps(old, ensure_ascii=False),
                json.dumps(new, ensure_ascii=False),
                who or None,
                why or None,
                now(),
            ],
        )
        return override_id
