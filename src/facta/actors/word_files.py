"""The small word files of data/actors that the actor steps read once: their rows, and the
"kind <TAB> word|word|..." files (binding, quotes, clients)."""

from __future__ import annotations

from importlib import resources


def shipped_rows(name: str) -> list[list[str]]:
    """The stripped cells of each line of data/actors/NAME that is neither blank nor a
    comment."""
    path = resources.files("facta") / "data" / "actors" / name
    return [
        [cell.strip() for cell in line.split("\t")]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def word_kinds(name: str) -> dict[str, frozenset[str]]:
    """kind -> its words, from a shipped file of "kind <TAB> word|word|..." lines."""
    return {
        row[0]: frozenset(
            w.strip() for w in (row[1] if len(row) > 1 else "").split("|") if w.strip()
        )
        for row in shipped_rows(name)
    }
