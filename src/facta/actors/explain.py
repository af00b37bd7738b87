"""What facta believes a name stands for, and why: the curated files, the knowledge base on a
date, every role it knows; and adding a line to the user's knowledge-base file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from facta.actors import kb
from facta.actors.knowledge import Entry, Knowledge, _tokenizer
from facta.actors.names import fold
from facta.errors import InputError, KnowledgeError

CODE = re.compile(r"^(?:[A-Z]{3})+$")


@dataclass(frozen=True)
class Explanation:
    name: str
    day: str | None
    code: str | None  # what facta uses for a bare mention of the name
    source: str | None  # file:line
    confidence: float | None
    why: str
    roles: list[kb.Role]  # every role the knowledge base holds for that person


def curated(knowledge: Knowledge, name: str) -> Entry | None:
    """The line of the shipped or user files (people.tsv, organisations.tsv…) naming it whole."""
    words = tuple(token.text for token in _tokenizer()(name))
    entry = knowledge.exact.get(words) or knowledge.lower.get(tuple(w.lower() for w in words))
    return entry or knowledge.people.get(fold(name))


def explain(knowledge: Knowledge, name: str, day: str | None = None) -> Explanation:
    belief = knowledge.person(name, day)
    roles = knowledge.base.roles(belief.person) if belief else []
    if belief is not None and knowledge.base.is_users(belief):
        why = f"your knowledge-base file; {belief.why}"
        return Explanation(
            name, day, belief.role.code, belief.role.source, belief.confidence, why, roles
        )
    entry = curated(knowledge, name)
    if entry is not None and entry.kind == "person" and belief and day and belief.role.dated:
        # dated roles outrank the undated people file (linking.ArticleLinker.recall)
        why = f"{belief.why}; dated roles outrank the people file ({entry.rule})"
        role = belief.role
        return Explanation(name, day, role.code, role.source, belief.confidence, why, roles)
    if entry is not None and entry.rows:
        dated = knowledge.dated(entry, day)  # a party in or out of government on the day
        code = (dated.country or "") + "".join(dated.sectors)
        why = "knowledge-base body, as it stood on the day" if day else "knowledge-base body"
        return Explanation(name, day, code, dated.rule, None, why, roles)
    if entry is not None and entry.kind not in {"sector", "generic", "title", "anaphor"}:
        code = (entry.country or "") + "".join(entry.sectors)
        why = f"{entry.kind} line of a curated file (it outranks the knowledge base)"
        if belief is not None:
            why += f"; the knowledge base would say {belief.role.code} ({belief.why})"
        return Explanation(name, day, code, entry.rule, None, why, roles)
    if belief is None:
        return Explanation(name, day, None, None, None, "not known to facta", [])
    role = belief.role
    return Explanation(name, day, role.code, role.source, belief.confidence, belief.why, roles)


def add_line(
    name: str,
    code: str,
    start: str = "",
    end: str = "",
    note: str = "person",
    path: Path | None = None,
) -> Path:
    """Append 'name code start end note' to the user's knowledge-base file (created if new)."""
    code = code.strip().upper()
    if not CODE.match(code):
        raise InputError(f"'{code}' is no actor code: three-letter parts, e.g. IRQGOV or IGOUNO.")
    try:
        start, end = kb.iso_day(start, False, "--from"), kb.iso_day(end, True, "--to")
    except KnowledgeError as error:
        raise InputError(str(error)) from None
    if start and end and end < start:
        raise InputError(f"--to {end} is before --from {start}.")
    if not name.strip() or "\t" in name:
        raise InputError("the name must be non-empty and hold no tab.")
    path = path or kb.user_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "" if path.is_file() else "# names<TAB>code<TAB>start<TAB>end<TAB>note (facta actors add)\n"
    )
    with path.open("a", encoding="utf-8") as handle:
        handle.write(header + "\t".join((name.strip(), code, start, end, note)) + "\n")
    return path
