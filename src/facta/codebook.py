"""The CAMEO codebook: name, parent, quad class, Goldstein value and PLOVER type for each code.

Read from data/cameo/codes.tsv; `python -m facta.codebook CAMEO.tsv PLOVER.txt` rebuilds that file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from facta.errors import KnowledgeError

HEADER = """\
# The CAMEO event codebook with the PLOVER equivalent of each code, one code a line.
# Facts from the CAMEO manual (code, name, parent, quad class, Goldstein value) joined with the
# CAMEO -> PLOVER table of the PLOVER manual draft 0.8 (type, mode, context; contexts joined by ;).
# CAMEO 01 (public statement) has no PLOVER type; CAMEO 02 (appeal) is PLOVER REQUEST.
# Codes missing from the PLOVER table inherit their parent's PLOVER columns.
# Rebuild with: python -m facta.codebook cameo_event_codes.tsv cameo_to_plover_2021.txt
"""
COLUMNS = (
    "code",
    "name",
    "parent",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
)


@dataclass(frozen=True)
class CodeInfo:
    code: str
    name: str
    parent: str | None
    root: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]


def _read_rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def codebook() -> dict[str, CodeInfo]:
    """Every CAMEO code, keyed by code ("190", "0356")."""
    text = resources.files("facta").joinpath("data/cameo/codes.tsv").read_text(encoding="utf-8")
    rows = _read_rows(text)
    if not rows or rows[0][:2] != ["code", "name"]:
        raise KnowledgeError("data/cameo/codes.tsv has no 'code name ...' header line.")
    book: dict[str, CodeInfo] = {}
    for row in rows[1:]:
        code, name, parent, quad, goldstein, ptype, pmode, pcontext = (row + [""] * 8)[:8]
        book[code] = CodeInfo(
            code=code,
            name=name,
            parent=parent or None,
            root=code[:2],
            quad_class=int(quad),
            goldstein=float(goldstein),
            plover_type=ptype or None,
            plover_mode=pmode or None,
            plover_context=tuple(c for c in pcontext.split(";") if c),
        )
    return book


@lru_cache(maxsize=1)
def pledged_table() -> dict[str, str]:
    """data/cameo/pledged.tsv: action code or prefix -> the intent or threat code whose PLOVER
    view a pledge of that action takes."""
    text = resources.files("facta").joinpath("data/cameo/pledged.tsv").read_text(encoding="utf-8")
    rows = _read_rows(text)
    if not rows or rows[0][:2] != ["action", "pledge"]:
        raise KnowledgeError("data/cameo/pledged.tsv has no 'action pledge' header line.")
    book = codebook()
    table: dict[str, str] = {}
    for row in rows[1:]:
        action, pledge = (row + [""])[:2]
        if pledge not in book or not action.isdigit():
            raise KnowledgeError(f"data/cameo/pledged.tsv: bad line {chr(9).join(row)!r}.")
        table[action] = pledge
    return table


REGULAR_SECTORS = frozenset({"MIL", "COP"})
IRREGULAR_SECTORS = frozenset({"CRM"})


@lru_cache(maxsize=1)
def regular_force_table() -> dict[str, str]:
    """data/cameo/regular_force.tsv: unconventional-violence code -> the conventional-force
    code it takes when a state's regular forces are its source."""
    text = resources.files("facta").joinpath("data/cameo/regular_force.tsv").read_text("utf-8")
    rows = _read_rows(text)
    if not rows or rows[0][:2] != ["code", "regular"]:
        raise KnowledgeError("data/cameo/regular_force.tsv has no 'code regular' header line.")
    book = codebook()
    table = {}
    for row in rows[1:]:
        code, regular = (row + [""])[:2]
        if code not in book or regular not in book:
            raise KnowledgeError(f"data/cameo/regular_force.tsv: bad line {chr(9).join(row)!r}.")
        table[code] = regular
    return table


@lru_cache(maxsize=1)
def irregular_force_table() -> dict[str, str]:
    """data/cameo/irregular_force.tsv: conventional-force code -> the unconventional-violence
    code it takes when a criminal is its only source."""
    text = resources.files("facta").joinpath("data/cameo/irregular_force.tsv").read_text("utf-8")
    rows = _read_rows(text)
    if not rows or rows[0][:2] != ["code", "irregular"]:
        raise KnowledgeError("data/cameo/irregular_force.tsv has no 'code irregular' header line.")
    book = codebook()
    table = {}
    for row in rows[1:]:
        code, irregular = (row + [""])[:2]
        if code not in book or irregular not in book:
            raise KnowledgeError(f"data/cameo/irregular_force.tsv: bad line {chr(9).join(row)!r}.")
        table[code] = irregular
    return table


def irregular_force(code: str, sectors: tuple[str, ...] | list[str]) -> str:
    """ "The suspect opened fire on a trooper": 190 by a criminal is 180."""
    if sectors and set(sectors) <= IRREGULAR_SECTORS:
        return irregular_force_table().get(code, code)
    return code


def regular_force(code: str, sectors: tuple[str, ...] | list[str]) -> str:
    """ "Soldiers killed two villagers": 1823 by the military is 190 (CAMEO convention)."""
    if REGULAR_SECTORS & set(sectors):
        return regular_force_table().get(code, code)
    return code


@lru_cache(maxsize=1)
def doer_code_table() -> dict[tuple[str, str], str]:
    """data/cameo/doer_codes.tsv: (code, the doer's sector) -> the more specific code."""
    text = resources.files("facta").joinpath("data/cameo/doer_codes.tsv").read_text("utf-8")
    rows = _read_rows(text)
    if not rows or rows[0][:3] != ["code", "sector", "refined"]:
        raise KnowledgeError("data/cameo/doer_codes.tsv has no 'code sector refined' header line.")
    book = codebook()
    table = {}
    for row in rows[1:]:
        code, sector, refined = (row + ["", ""])[:3]
        if code not in book or refined not in book or len(sector) != 3:
            raise KnowledgeError(f"data/cameo/doer_codes.tsv: bad line {chr(9).join(row)!r}.")
        table[(code, sector)] = refined
    return table


def doer_code(code: str, sectors: tuple[str, ...] | list[str]) -> str:
    """ "Detectives are investigating the fire": 090 by the police is 091."""
    table = doer_code_table()
    return next((table[(code, s)] for s in sectors if (code, s) in table), code)


def pledged(code: str) -> CodeInfo:
    """The codebook entry whose PLOVER view a promised or intended `code` takes ("will send
    aid" 073 -> 0333, PLOVER AGREE); the code's own entry when the table does not list it."""
    table = pledged_table()
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return lookup(table[code[:end]])
    return lookup(code)


def lookup(code: str) -> CodeInfo:
    """The codebook entry for a CAMEO code; raises KeyError for a code CAMEO does not have."""
    return codebook()[code]


def event_fields(code: str) -> dict[str, Any]:
    """What an event record takes from its CAMEO code: the code, root, quad class, Goldstein
    score and PLOVER type, mode and context."""
    info = lookup(code)
    return {
        "cameo": code,
        "root": info.root,
        "quad_class": info.quad_class,
        "goldstein": info.goldstein,
        "plover_type": info.plover_type,
        "plover_mode": info.plover_mode,
        "plover_context": info.plover_context,
    }


def _parse_plover(text: str) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if not body or ":" not in body or not body[0].isdigit():
            continue
        code, rest = (part.strip() for part in body.split(":", 1))
        fields = [field.strip() for field in rest.split(",")] + ["", ""]
        contexts = ";".join(c.strip() for c in fields[2].split(";") if c.strip())
        table.setdefault(code, (fields[0], fields[1], contexts))
    return table


def build_table(cameo_tsv: str, plover_txt: str) -> str:
    """Join the CAMEO code list and the PLOVER conversion table into our codes.tsv text."""
    plover = _parse_plover(plover_txt)
    for code in [c for c in list(plover) if len(c) == 2]:
        plover[code] = (plover[code][0], "", "")
    plover.setdefault("02", ("REQUEST", "", ""))
    lines = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    resolved: dict[str, tuple[str, str, str]] = {}
    for row in _read_rows(cameo_tsv)[1:]:
        code, name, parent, quad, goldstein = (row + [""] * 5)[:5]
        columns = plover.get(code) or resolved.get(parent) or plover.get(code[:2]) or ("", "", "")
        if code.startswith("01"):
            columns = ("", "", "")
        resolved[code] = columns
        lines.append("\t".join([code, name, parent, quad, goldstein, *columns]))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(
            "usage: python -m facta.codebook CAMEO_CODES.tsv CAMEO_TO_PLOVER.txt", file=sys.stderr
        )
        return 2
    table = build_table(Path(argv[0]).read_text("utf-8"), Path(argv[1]).read_text("utf-8"))
    target = Path(__file__).parent / "data" / "cameo" / "codes.tsv"
    target.write_text(table, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
